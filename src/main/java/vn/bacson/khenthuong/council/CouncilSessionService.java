package vn.bacson.khenthuong.council;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DateRange;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.documents.AwardeeRow;
import vn.bacson.khenthuong.documents.AwardeeRows;
import vn.bacson.khenthuong.documents.CampaignTemplateSets;
import vn.bacson.khenthuong.documents.MinutesData;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.documents.OfficialDocuments;
import vn.bacson.khenthuong.documents.VoteRow;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeBatch;
import vn.bacson.khenthuong.dossier.NomineeBatches;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.stage.ReviewInCouncil;
import vn.bacson.khenthuong.stage.StageCompletions;
import vn.bacson.khenthuong.stage.StageCompletions.DossierCompletion;

/**
 * One council meeting for many dossiers: completes the COUNCIL_REVIEW task of every dossier whose nominees are
 * voted on, in one transaction, and keeps the meeting and its votes for the minutes.
 */
@Service
public class CouncilSessionService {

    private static final NomineeBatch.Waiting WAITING =
            new NomineeBatch.Waiting(Stage.COUNCIL_REVIEW, "NOT_IN_COUNCIL_REVIEW", "không chờ Hội đồng xét");

    private final CouncilSessionRepository sessions;
    private final CampaignRepository campaigns;
    private final NomineeRepository nominees;
    private final AwardeeRows rows;
    private final NomineeBatches batches;
    private final StageCompletions batch;
    private final CouncilVoteRule rule;
    private final OfficialDocuments documents;
    private final CampaignTemplateSets templateSets;
    private final Clock clock;

    CouncilSessionService(
            CouncilSessionRepository sessions,
            CampaignRepository campaigns,
            NomineeRepository nominees,
            AwardeeRows rows,
            NomineeBatches batches,
            StageCompletions batch,
            CouncilVoteRule rule,
            OfficialDocuments documents,
            CampaignTemplateSets templateSets,
            Clock clock) {
        this.sessions = sessions;
        this.campaigns = campaigns;
        this.nominees = nominees;
        this.rows = rows;
        this.batches = batches;
        this.batch = batch;
        this.rule = rule;
        this.documents = documents;
        this.templateSets = templateSets;
        this.clock = clock;
    }

    @Transactional
    public CouncilSession record(CouncilSessionRequest request, CurrentUser user) {
        if (!user.has(Roles.COUNCIL)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        TextRules.require(request);
        if (request.campaignId() == null) {
            throw DomainException.invalid("campaignId", "REQUIRED", "Trường này là bắt buộc.");
        }
        DateRange.RECENT_PAST.require("meetingDate", request.meetingDate(), clock);
        Campaign campaign = campaigns
                .find(request.campaignId())
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        List<CouncilSessionRequest.Vote> votes = request.votes() == null ? List.of() : request.votes();
        if (votes.isEmpty()) {
            throw DomainException.invalid("votes", "REQUIRED", "Cần kết quả biểu quyết của ít nhất một đối tượng.");
        }
        List<UUID> nomineeIds =
                votes.stream().map(v -> v == null ? null : v.nomineeId()).toList();
        List<FieldViolation> invalid = new ArrayList<>();
        NomineeBatch checked = batches.group("votes", campaign.id(), nomineeIds, WAITING, invalid);
        if (!invalid.isEmpty()) {
            throw DomainException.invalid(invalid);
        }
        List<FieldViolation> incomplete = batches.missingNominees(checked, nomineeIds, "kết quả biểu quyết");
        if (!incomplete.isEmpty()) {
            throw new DomainException(ErrorCode.INCOMPLETE_VOTES, ErrorCode.INCOMPLETE_VOTES.message(), incomplete);
        }
        Map<UUID, List<Integer>> byDossier = checked.byDossier();

        for (Map.Entry<UUID, List<Integer>> entry : byDossier.entrySet()) {
            // the session's meeting, with this dossier's votes: its COUNCIL_REVIEW command
            ReviewInCouncil command = new ReviewInCouncil(
                    request.meetingDate(),
                    request.membersTotal(),
                    request.membersPresent(),
                    request.absentWrittenOpinions(),
                    request.comment(),
                    entry.getValue().stream()
                            .map(i -> new ReviewInCouncil.Nominee(
                                    votes.get(i).nomineeId(), votes.get(i).votesFor()))
                            .toList());
            try {
                batch.completeAll(Stage.COUNCIL_REVIEW, user, List.of(new DossierCompletion(entry.getKey(), command)));
            } catch (DomainException e) {
                throw checked.inRequestTerms(e, entry.getKey());
            }
        }

        Map<UUID, String> unitNames = rows.unitNames(byDossier.keySet());
        List<CouncilSession.Vote> recorded = new ArrayList<>();
        int total = request.membersTotal();
        for (List<Integer> indexes : byDossier.values()) {
            for (int i : indexes) {
                Nominee n = checked.nominee(votes.get(i).nomineeId());
                int votesFor = votes.get(i).votesFor();
                String award = n.recommendedAward() != null
                        ? n.recommendedAward().name()
                        : n.proposedAward() == null ? null : n.proposedAward().name();
                recorded.add(new CouncilSession.Vote(
                        n.id(),
                        n.dossierId(),
                        recorded.size() + 1,
                        n.type(),
                        n.fullName(),
                        n.position(),
                        unitNames.get(n.dossierId()),
                        award,
                        votesFor,
                        rule.passes(votesFor, total)));
            }
        }
        CouncilSession session = new CouncilSession(
                UUID.randomUUID(),
                campaign.id(),
                request.meetingDate(),
                total,
                request.membersPresent(),
                request.absentWrittenOpinions() == null ? 0 : request.absentWrittenOpinions(),
                request.comment(),
                user.username(),
                clock.instant(),
                recorded);
        sessions.insert(session);
        return session;
    }

    public Optional<CouncilSession> find(UUID id) {
        return sessions.find(id);
    }

    public PageResult<CouncilSession> list(UUID campaignId, PageQuery page) {
        return page.result(
                sessions.findByCampaign(campaignId, page.offset(), page.size()), sessions.countByCampaign(campaignId));
    }

    /** The date of the campaign's latest council meeting, which decisions and the Tờ trình cite. */
    public Optional<LocalDate> latestMeetingDate(UUID campaignId) {
        return sessions.latestMeetingDate(campaignId);
    }

    public OfficialDocument minutes(CouncilSession session) {
        Campaign campaign = campaigns
                .find(session.campaignId())
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        List<VoteRow> votes = session.votes().stream()
                .map(v -> new VoteRow(
                        new AwardeeRow(
                                v.nomineeId(),
                                v.type(),
                                v.fullName(),
                                v.position(),
                                v.unitName(),
                                null,
                                v.proposedAward(),
                                null),
                        v.votesFor(),
                        v.passed()))
                .toList();
        return documents.minutes(new MinutesData(
                session.meetingDate(),
                campaign,
                templateSets.of(campaign.id()),
                session.membersTotal(),
                session.membersPresent(),
                session.absentWrittenOpinions(),
                session.comment(),
                votes));
    }
}
