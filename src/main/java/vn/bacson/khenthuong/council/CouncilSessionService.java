package vn.bacson.khenthuong.council;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.documents.AwardeeRow;
import vn.bacson.khenthuong.documents.AwardeeRows;
import vn.bacson.khenthuong.documents.CampaignTemplateSets;
import vn.bacson.khenthuong.documents.MinutesData;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.documents.OfficialDocuments;
import vn.bacson.khenthuong.documents.VoteRow;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.review.BatchCompletionService;
import vn.bacson.khenthuong.review.BatchCompletionService.DossierCompletion;
import vn.bacson.khenthuong.review.CouncilVoteRule;

/**
 * One council meeting for many dossiers: completes the COUNCIL_REVIEW task of every dossier whose nominees are
 * voted on, in one transaction, and keeps the meeting and its votes for the minutes.
 */
@Service
public class CouncilSessionService {

    private static final Pattern NOMINEE_FIELD = Pattern.compile("^nominees\\[(\\d+)]");

    private final CouncilSessionRepository sessions;
    private final CampaignRepository campaigns;
    private final NomineeRepository nominees;
    private final AwardeeRows rows;
    private final BatchCompletionService batch;
    private final CouncilVoteRule rule;
    private final OfficialDocuments documents;
    private final CampaignTemplateSets templateSets;
    private final ObjectMapper json;
    private final Clock clock;

    CouncilSessionService(
            CouncilSessionRepository sessions,
            CampaignRepository campaigns,
            NomineeRepository nominees,
            AwardeeRows rows,
            BatchCompletionService batch,
            CouncilVoteRule rule,
            OfficialDocuments documents,
            CampaignTemplateSets templateSets,
            ObjectMapper json,
            Clock clock) {
        this.sessions = sessions;
        this.campaigns = campaigns;
        this.nominees = nominees;
        this.rows = rows;
        this.batch = batch;
        this.rule = rule;
        this.documents = documents;
        this.templateSets = templateSets;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CouncilSession record(CouncilSessionRequest request, CurrentUser user) {
        if (!user.has(Roles.COUNCIL)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        if (request.campaignId() == null) {
            throw DomainException.invalid("campaignId", "REQUIRED", "Trường này là bắt buộc.");
        }
        Campaign campaign = campaigns
                .find(request.campaignId())
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        List<CouncilSessionRequest.Vote> votes = request.votes() == null ? List.of() : request.votes();
        if (votes.isEmpty()) {
            throw DomainException.invalid("votes", "REQUIRED", "Cần kết quả biểu quyết của ít nhất một đối tượng.");
        }
        Map<UUID, Nominee> byId = new LinkedHashMap<>();
        nominees.findAll(votes.stream()
                        .map(CouncilSessionRequest.Vote::nomineeId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach(n -> byId.put(n.id(), n));
        Map<UUID, Dossier> dossiers = rows.dossiers(
                byId.values().stream().map(Nominee::dossierId).distinct().toList());

        List<FieldViolation> unknown = new ArrayList<>();
        List<FieldViolation> invalid = new ArrayList<>();
        // per dossier: the index in the request of each of its votes, in order
        Map<UUID, List<Integer>> byDossier = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            String field = "votes[" + i + "]";
            CouncilSessionRequest.Vote vote = votes.get(i);
            if (vote == null || vote.nomineeId() == null) {
                invalid.add(new FieldViolation(field + ".nomineeId", "REQUIRED", "Trường này là bắt buộc."));
                continue;
            }
            Nominee nominee = byId.get(vote.nomineeId());
            Dossier dossier = nominee == null ? null : dossiers.get(nominee.dossierId());
            if (dossier == null || !dossier.campaignId().equals(campaign.id())) {
                unknown.add(new FieldViolation(
                        field + ".nomineeId",
                        ErrorCode.UNKNOWN_NOMINEE.name(),
                        "Đối tượng này không thuộc hồ sơ nào của phong trào thi đua."));
            } else if (!seen.add(vote.nomineeId())) {
                invalid.add(new FieldViolation(field + ".nomineeId", "DUPLICATE", "Đối tượng này được nêu nhiều lần."));
            } else if (dossier.status() != DossierStatus.IN_REVIEW || dossier.stage() != Stage.COUNCIL_REVIEW) {
                invalid.add(new FieldViolation(
                        field + ".nomineeId",
                        "NOT_IN_COUNCIL_REVIEW",
                        "Hồ sơ «" + dossier.title() + "» không chờ Hội đồng xét."));
            } else {
                byDossier.computeIfAbsent(dossier.id(), d -> new ArrayList<>()).add(i);
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_NOMINEE, ErrorCode.UNKNOWN_NOMINEE.message(), unknown);
        }
        if (!invalid.isEmpty()) {
            throw DomainException.invalid(invalid);
        }
        List<FieldViolation> incomplete = new ArrayList<>();
        byDossier.forEach((dossierId, indexes) -> {
            Set<UUID> listed = new HashSet<>();
            indexes.forEach(i -> listed.add(votes.get(i).nomineeId()));
            List<String> missing = nominees.findByDossier(dossierId).stream()
                    .filter(Nominee::isInRunning)
                    .filter(n -> !listed.contains(n.id()))
                    .map(Nominee::fullName)
                    .toList();
            if (!missing.isEmpty()) {
                incomplete.add(new FieldViolation(
                        "votes",
                        "MISSING_NOMINEE",
                        "Hồ sơ «" + dossiers.get(dossierId).title() + "»: chưa có kết quả biểu quyết cho "
                                + String.join(", ", missing) + "."));
            }
        });
        if (!incomplete.isEmpty()) {
            throw new DomainException(ErrorCode.INCOMPLETE_VOTES, ErrorCode.INCOMPLETE_VOTES.message(), incomplete);
        }

        for (Map.Entry<UUID, List<Integer>> entry : byDossier.entrySet()) {
            ObjectNode payload = json.createObjectNode();
            payload.put(
                    "meetingDate",
                    request.meetingDate() == null ? null : request.meetingDate().toString());
            payload.put("membersTotal", request.membersTotal());
            payload.put("membersPresent", request.membersPresent());
            payload.put("absentWrittenOpinions", request.absentWrittenOpinions());
            payload.put("comment", request.comment());
            ArrayNode items = payload.putArray("nominees");
            for (int i : entry.getValue()) {
                items.addObject()
                        .put("nomineeId", votes.get(i).nomineeId().toString())
                        .put("votesFor", votes.get(i).votesFor());
            }
            try {
                batch.completeAll(
                        Stage.COUNCIL_REVIEW, user, List.of(new DossierCompletion(entry.getKey(), payload, Map.of())));
            } catch (DomainException e) {
                throw inRequestTerms(e, entry.getValue());
            }
        }

        Map<UUID, String> unitNames = rows.unitNames(byDossier.keySet());
        List<CouncilSession.Vote> recorded = new ArrayList<>();
        int total = request.membersTotal();
        for (List<Integer> indexes : byDossier.values()) {
            for (int i : indexes) {
                Nominee n = byId.get(votes.get(i).nomineeId());
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

    /** The per-dossier payload's field names (nominees[k]) as the request's (votes[i]). */
    private static DomainException inRequestTerms(DomainException e, List<Integer> indexes) {
        if (e.violations().isEmpty()) {
            return e;
        }
        List<FieldViolation> mapped = e.violations().stream()
                .map(v -> {
                    Matcher m = NOMINEE_FIELD.matcher(v.field());
                    if (m.find()) {
                        int k = Integer.parseInt(m.group(1));
                        String index = k < indexes.size() ? Integer.toString(indexes.get(k)) : m.group(1);
                        return new FieldViolation(
                                "votes[" + index + "]" + v.field().substring(m.end()), v.code(), v.message());
                    }
                    return v.field().equals("nominees") ? new FieldViolation("votes", v.code(), v.message()) : v;
                })
                .toList();
        return new DomainException(e.code(), e.getMessage(), mapped);
    }

    public Optional<CouncilSession> find(UUID id) {
        return sessions.find(id);
    }

    public PageResult<CouncilSession> list(UUID campaignId, PageQuery page) {
        return new PageResult<>(
                sessions.findByCampaign(campaignId, page.offset(), page.size()),
                page.page(),
                page.size(),
                sessions.countByCampaign(campaignId));
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
