package vn.bacson.khenthuong.posting;

import static vn.bacson.khenthuong.dossier.HistoryRepository.SYSTEM;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.calendar.BusinessCalendar;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.campaign.CampaignService;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.dossier.DossierPostings;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierView.PublicPostingView;
import vn.bacson.khenthuong.dossier.FeedbackView;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.HistoryRepository;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.posting.PostedDossier.CampaignRef;
import vn.bacson.khenthuong.posting.PostedDossier.PostedNominee;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * The optional public posting (niêm yết công khai) of a dossier's nominees before the council meets: opened and
 * closed by the dossier's process, listed publicly, and the citizens' feedback it collects ({@link PostingFeedback}:
 * accepted from anyone while the posting is open, read by staff only).
 */
@Service
@Transactional
public class PublicPostingService implements DossierPostings {

    /** The public list shows at most this many characters of a nominee's achievement summary. */
    public static final int SUMMARY_LENGTH = 300;

    public static final int MAX_SENDER_NAME = 100;
    public static final int MAX_CONTACT = 100;
    public static final int MAX_CONTENT = 2000;

    private final PostingRepository postings;
    private final FeedbackRepository feedback;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final CampaignService campaignService;
    private final CampaignRepository campaigns;
    private final UnitRepository units;
    private final BusinessCalendar calendar;
    private final PostingFeedback citizens;
    private final Clock clock;
    private final ZoneId zone;

    PublicPostingService(
            PostingRepository postings,
            FeedbackRepository feedback,
            DossierRepository dossiers,
            NomineeRepository nominees,
            HistoryRepository history,
            CampaignService campaignService,
            CampaignRepository campaigns,
            UnitRepository units,
            BusinessCalendar calendar,
            FeedbackRateLimiter limiter,
            PublicPostingSettings settings,
            ApplicationEventPublisher events,
            Clock clock,
            ZoneId businessZone) {
        this.postings = postings;
        this.feedback = feedback;
        this.nominees = nominees;
        this.history = history;
        this.campaignService = campaignService;
        this.campaigns = campaigns;
        this.units = units;
        this.calendar = calendar;
        this.citizens = new PostingFeedback(
                postings,
                feedback,
                dossiers,
                nominees,
                new FeedbackValidation(nominees, settings),
                limiter,
                events,
                clock,
                businessZone);
        this.clock = clock;
        this.zone = businessZone;
    }

    // --- the process: open and close -------------------------------------------------------------------------

    /** Working days of posting for the campaign's dossiers; 0 = the dossier goes straight to the council. */
    @Transactional(readOnly = true)
    public int daysFor(UUID campaignId) {
        return campaignService.publicPostingDays(campaignId);
    }

    /**
     * Opens the dossier's posting now, until the end of the n-th working day after today (n = the campaign's
     * posting days; weekends and app.calendar.holidays do not count), and writes it into the history.
     *
     * @return when the posting ends (the process's timer fires then)
     */
    public Instant open(UUID dossierId, UUID campaignId) {
        int days = daysFor(campaignId);
        if (days <= 0) {
            throw new IllegalStateException("campaign " + campaignId + " has no public posting");
        }
        Instant now = clock.instant();
        Instant endsAt = calendar.deadlineAfterWorkingDays(now, days);
        postings.open(dossierId, campaignId, now, endsAt);
        history.add(
                dossierId,
                now,
                SYSTEM,
                HistoryAction.POSTING_OPENED,
                null,
                "Niêm yết công khai danh sách đối tượng đề nghị từ ngày %s đến hết ngày %s (%d ngày làm việc) để lấy ý kiến nhân dân trước khi Hội đồng xét."
                        .formatted(date(now), date(endsAt), days));
        return endsAt;
    }

    /** The posting's time is up: no more feedback; the history says how many messages came. */
    public void close(UUID dossierId) {
        closeWith(dossierId, "Hết thời gian niêm yết công khai");
    }

    /** The dossier was withdrawn during its posting: the posting stops (nothing happens if none was open). */
    public void closeOnWithdrawal(UUID dossierId) {
        closeWith(dossierId, "Hồ sơ đã rút nên dừng niêm yết công khai");
    }

    private void closeWith(UUID dossierId, String reason) {
        Instant now = clock.instant();
        if (postings.close(dossierId, now)) {
            long count = feedback.countByDossier(dossierId);
            history.add(
                    dossierId,
                    now,
                    SYSTEM,
                    HistoryAction.POSTING_CLOSED,
                    null,
                    reason + "; đã nhận " + count + " ý kiến của người dân.");
        }
    }

    // --- the dossier view ------------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, PublicPostingView> of(Collection<UUID> dossierIds) {
        Instant now = clock.instant();
        Map<UUID, PublicPostingView> views = new HashMap<>();
        for (PublicPosting p : postings.findAll(dossierIds)) {
            views.put(
                    p.dossierId(),
                    new PublicPostingView(at(p.startsAt()), at(p.endsAt()), p.isOpen(now), p.feedbackCount()));
        }
        return views;
    }

    // --- the public list -------------------------------------------------------------------------------------

    /** Dossiers under posting now, of one campaign or all; what the posting publishes about their nominees. */
    @Transactional(readOnly = true)
    public PageResult<PostedDossier> openPostings(UUID campaignId, PageQuery page) {
        if (campaignId != null && campaigns.find(campaignId).isEmpty()) {
            throw new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND);
        }
        Instant now = clock.instant();
        List<PostingRepository.OpenPosting> rows = postings.findOpen(campaignId, now, page.offset(), page.size());
        long total = postings.countOpen(campaignId, now);
        Map<UUID, List<Nominee>> byDossier =
                nominees
                        .findByDossiers(rows.stream()
                                .map(PostingRepository.OpenPosting::dossierId)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(Nominee::dossierId, LinkedHashMap::new, Collectors.toList()));
        Map<String, String> unitNames =
                units
                        .findAll(rows.stream()
                                .map(PostingRepository.OpenPosting::unitCode)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Unit::code, Unit::name));
        Map<UUID, CampaignRef> campaignRefs = new HashMap<>();
        List<PostedDossier> items = new ArrayList<>();
        for (PostingRepository.OpenPosting row : rows) {
            CampaignRef campaign = campaignRefs.computeIfAbsent(row.campaignId(), this::campaignRef);
            items.add(new PostedDossier(
                    row.dossierId(),
                    campaign,
                    unitNames.getOrDefault(row.unitCode(), row.unitCode()),
                    row.title(),
                    at(row.startsAt()),
                    at(row.endsAt()),
                    byDossier.getOrDefault(row.dossierId(), List.of()).stream()
                            .filter(Nominee::isInRunning)
                            .map(PublicPostingService::posted)
                            .toList()));
        }
        return page.result(items, total);
    }

    /** The campaign with this public code (campaign codes appear in public addresses). */
    @Transactional(readOnly = true)
    public Optional<CampaignRef> campaignByCode(String code) {
        return campaigns.findByCode(code).map(c -> new CampaignRef(c.id(), c.code(), c.title()));
    }

    private CampaignRef campaignRef(UUID id) {
        Campaign c = campaigns.find(id).orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        return new CampaignRef(c.id(), c.code(), c.title());
    }

    private static PostedNominee posted(Nominee n) {
        return new PostedNominee(
                n.id(),
                n.fullName(),
                n.type(),
                n.type() == NomineeType.INDIVIDUAL ? n.position() : null,
                n.recommendedAward() != null ? n.recommendedAward() : n.proposedAward(),
                shorten(n.achievementSummary()));
    }

    static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip();
        if (clean.length() <= SUMMARY_LENGTH) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', SUMMARY_LENGTH - 1);
        return clean.substring(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH - 1) + "…";
    }

    // --- citizens' feedback ----------------------------------------------------------------------------------

    /**
     * Accepts a citizen's message about a dossier under posting. A dossier never posted (or unknown) is
     * PUBLIC_POSTING_NOT_FOUND; one whose posting is over (or that was withdrawn) PUBLIC_POSTING_CLOSED; invalid
     * fields VALIDATION_FAILED; too many messages from the address FEEDBACK_RATE_LIMITED.
     *
     * @param senderAddress the sender's IP address: only its keyed hash is kept
     */
    public FeedbackReceipt submit(UUID dossierId, FeedbackRequest request, String senderAddress) {
        return citizens.submit(dossierId, request, senderAddress);
    }

    /** Staff read the feedback of a dossier, newest first; a unit may not (403), nor see others' dossiers (404). */
    @Override
    @Transactional(readOnly = true)
    public PageResult<FeedbackView> feedback(UUID dossierId, CurrentUser user, PageQuery page) {
        return citizens.read(dossierId, user, page);
    }

    // ---------------------------------------------------------------------------------------------------------

    private String date(Instant instant) {
        return Formats.date(instant, zone);
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
