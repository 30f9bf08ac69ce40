package vn.bacson.khenthuong.posting;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.FeedbackView;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * The citizens' feedback on a posting: accepted from anyone while the posting is open (within the rate limit),
 * announced by {@link FeedbackReceived}, and read by staff only (reviewers, the office lead, the chairman).
 */
final class PostingFeedback {

    static final int FINGERPRINT_LENGTH = 12;

    private final PostingRepository postings;
    private final FeedbackRepository feedback;
    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final FeedbackValidation validation;
    private final FeedbackRateLimiter limiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    PostingFeedback(
            PostingRepository postings,
            FeedbackRepository feedback,
            DossierRepository dossiers,
            NomineeRepository nominees,
            FeedbackValidation validation,
            FeedbackRateLimiter limiter,
            ApplicationEventPublisher events,
            Clock clock,
            ZoneId zone) {
        this.postings = postings;
        this.feedback = feedback;
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.validation = validation;
        this.limiter = limiter;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    FeedbackReceipt submit(UUID dossierId, FeedbackRequest request, String senderAddress) {
        TextRules.require(request);
        Instant now = clock.instant();
        PublicPosting posting =
                postings.find(dossierId).orElseThrow(() -> new DomainException(ErrorCode.PUBLIC_POSTING_NOT_FOUND));
        if (!posting.isOpen(now)) {
            throw new DomainException(
                    ErrorCode.PUBLIC_POSTING_CLOSED,
                    "Thời gian niêm yết công khai của hồ sơ này đã kết thúc (hạn cuối: hết ngày "
                            + Formats.date(posting.endsAt(), zone) + ") nên không nhận thêm ý kiến.");
        }
        Feedback accepted = validation.validate(
                dossierId, request == null ? new FeedbackRequest(null, null, null, null) : request, now, senderAddress);
        if (!limiter.tryAcquire(senderAddress == null ? "" : senderAddress)) {
            throw new DomainException(ErrorCode.FEEDBACK_RATE_LIMITED);
        }
        feedback.insert(accepted);
        // in this transaction: whoever is told about it (the office lead's e-mail) is told only if it was kept
        events.publishEvent(
                new FeedbackReceived(dossierId, posting.campaignId(), accepted.receivedAt(), posting.endsAt()));
        return new FeedbackReceipt(
                accepted.id(), dossierId, accepted.nomineeId(), at(accepted.receivedAt()), at(posting.endsAt()));
    }

    PageResult<FeedbackView> read(UUID dossierId, CurrentUser user, PageQuery page) {
        Dossier dossier = dossiers.find(dossierId)
                .filter(d -> user.isStaff()
                        || (user.unitCode() != null && user.unitCode().equals(d.unitCode())))
                .orElseThrow(() -> new DomainException(ErrorCode.DOSSIER_NOT_FOUND));
        if (!user.isStaff()) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN,
                    "Ý kiến của người dân chỉ dành cho cán bộ xét duyệt, Trưởng phòng Văn hóa - Xã hội và Chủ tịch UBND xã.");
        }
        Map<UUID, String> names =
                nominees.findByDossier(dossier.id()).stream().collect(Collectors.toMap(Nominee::id, Nominee::fullName));
        List<FeedbackView> items = feedback.findByDossier(dossier.id(), page.offset(), page.size()).stream()
                .map(f -> view(f, names))
                .toList();
        return page.result(items, feedback.countByDossier(dossier.id()));
    }

    private FeedbackView view(Feedback f, Map<UUID, String> nomineeNames) {
        return new FeedbackView(
                f.id(),
                f.dossierId(),
                f.nomineeId(),
                f.nomineeId() == null ? null : nomineeNames.get(f.nomineeId()),
                f.senderName(),
                f.contact(),
                f.content(),
                at(f.receivedAt()),
                f.senderHash()
                        .substring(
                                0, Math.min(FINGERPRINT_LENGTH, f.senderHash().length())));
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
