package vn.bacson.khenthuong.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.Formats;
import vn.bacson.khenthuong.criteria.CompletenessService;
import vn.bacson.khenthuong.decision.Decision;
import vn.bacson.khenthuong.decision.DecisionNumberService;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.Labels;
import vn.bacson.khenthuong.dossier.MissingDocument;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.notification.NoticePayload.AmendmentNotice;
import vn.bacson.khenthuong.notification.NoticePayload.DecisionNotice;
import vn.bacson.khenthuong.notification.NoticePayload.Due;
import vn.bacson.khenthuong.notification.NoticePayload.OfCampaign;
import vn.bacson.khenthuong.notification.NoticePayload.OfDossier;
import vn.bacson.khenthuong.notification.NoticePayload.OfWindow;
import vn.bacson.khenthuong.notification.NoticePayload.ProvinceProposalNotice;
import vn.bacson.khenthuong.notification.NoticePayload.TaskNotice;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * The variables of a mail template: the event's payload ({@code p}, the record its event carries), completed with
 * what our tables say now about the dossier, its nominees and the campaign. Everything a user typed (titles, names,
 * comments) goes into the body only, where Thymeleaf escapes it.
 */
@Component
class MailContent {

    /** A nominee as the e-mail lists it. */
    record NomineeLine(
            String name,
            String type,
            String proposedAward,
            String eligibility,
            List<String> reasons,
            String outcome,
            String decision,
            boolean councilRejected) {}

    /** One task of a TASK_CREATED digest. */
    record TaskLine(String title, String stage, String due, String link, String dossierLink) {}

    record DossierInfo(
            UUID id,
            String number,
            String title,
            String unitName,
            String link,
            String amendmentDue,
            String returnComment) {}

    record CampaignInfo(UUID id, String code, String title, String planNumber, String deadline, String link) {}

    /** Mails are official and always Vietnamese, in their own words where they have them. */
    private static final Labels WORDS = Labels.mail();

    private final DossierRepository dossiers;
    private final NomineeRepository nominees;
    private final CampaignRepository campaigns;
    private final UnitRepository units;
    private final CompletenessService completeness;
    private final DecisionNumberService decisions;
    private final NoticeJson notices;
    private final ZoneId zone;
    private final String baseUrl;

    MailContent(
            DossierRepository dossiers,
            NomineeRepository nominees,
            CampaignRepository campaigns,
            UnitRepository units,
            CompletenessService completeness,
            DecisionNumberService decisions,
            NoticeJson notices,
            ZoneId businessZone,
            AppProperties app) {
        this.dossiers = dossiers;
        this.nominees = nominees;
        this.campaigns = campaigns;
        this.units = units;
        this.completeness = completeness;
        this.decisions = decisions;
        this.notices = notices;
        this.zone = businessZone;
        this.baseUrl = stripSlash(app.baseUrl() == null ? "http://localhost:8080" : app.baseUrl());
    }

    /** The variables for one row (or, for a digest, the first row with all tasks listed). */
    Map<String, Object> variables(List<OutboxRow> rows) {
        OutboxRow row = rows.get(0);
        NoticePayload payload = notices.read(row.event(), row.payload());
        Map<String, Object> vars = new HashMap<>();
        vars.put("baseUrl", baseUrl);
        vars.put("recipient", row.recipient());
        vars.put("event", row.event().name());
        vars.put("p", payload);
        UUID campaignId = row.campaignId() != null ? row.campaignId() : campaignId(payload);
        UUID dossierId = row.dossierId() != null ? row.dossierId() : dossierId(payload);
        Optional<Dossier> dossier = dossierId == null ? Optional.empty() : dossiers.find(dossierId);
        if (campaignId == null && dossier.isPresent()) {
            campaignId = dossier.get().campaignId();
        }
        Optional<Campaign> campaign = campaignId == null ? Optional.empty() : campaigns.find(campaignId);
        vars.put("campaign", campaign.map(this::campaignInfo).orElse(null));
        vars.put("dossier", dossier.map(this::dossierInfo).orElse(null));
        List<Nominee> list = dossier.map(d -> nominees.findByDossier(d.id())).orElse(List.of());
        vars.put("nominees", list.stream().map(this::line).toList());
        // the unit downloads its Quyết định from the page behind this link (it signs in first if need be)
        vars.put(
                "decisionLink",
                dossier.isPresent() && list.stream().anyMatch(n -> n.decisionId() != null)
                        ? dossierLink(dossier.get().id()) + "/decision.pdf"
                        : null);
        TaskNotice task = payload instanceof TaskNotice t ? t : null;
        vars.put("stage", task == null ? null : stage(task.stage()));
        vars.put("due", payload instanceof Due due ? Formats.dateTime(due.dueAt(), zone) : null);
        vars.put("taskLink", task == null || task.taskId() == null ? null : baseUrl + "/tasks/" + task.taskId());
        vars.put("comment", payload instanceof AmendmentNotice amendment ? text(amendment.comment()) : null);
        vars.put("decisionNumber", payload instanceof DecisionNotice decision ? text(decision.decisionNumber()) : null);
        vars.put("deadline", deadline(payload, campaign));
        if (payload instanceof ProvinceProposalNotice proposal) {
            vars.put("proposalLink", baseUrl + "/province/proposals/" + proposal.proposalId());
            vars.put("due", proposal.dueAt() == null ? null : Formats.dateTime(proposal.dueAt(), zone));
            vars.put("comment", text(proposal.comment()));
            vars.put("decisionNumber", text(proposal.decisionNumber()));
        }
        if (row.event() == NotificationEvent.AMENDMENT_REQUESTED && dossier.isPresent()) {
            vars.put("missing", missing(dossier.get().id(), list));
        }
        if (row.event() == NotificationEvent.TASK_CREATED) {
            vars.put("tasks", rows.stream().map(this::task).toList());
        }
        return vars;
    }

    String dossierLink(UUID dossierId) {
        return baseUrl + "/dossiers/" + dossierId;
    }

    /** The dossier's number as units quote it: the first 8 characters of its id, in capitals. */
    static String number(UUID dossierId) {
        return dossierId.toString().substring(0, 8).toUpperCase();
    }

    private TaskLine task(OutboxRow row) {
        TaskNotice p = (TaskNotice) notices.read(row.event(), row.payload());
        UUID dossierId = row.dossierId() != null ? row.dossierId() : p.dossierId();
        String title = text(p.title());
        if (title == null && dossierId != null) {
            title = dossiers.find(dossierId).map(Dossier::title).orElse("");
        }
        return new TaskLine(
                title,
                stage(p.stage()),
                Formats.dateTime(p.dueAt(), zone),
                p.taskId() == null ? baseUrl + "/tasks" : baseUrl + "/tasks/" + p.taskId(),
                dossierId == null ? null : dossierLink(dossierId));
    }

    private DossierInfo dossierInfo(Dossier d) {
        String unitName = units.find(d.unitCode()).map(Unit::name).orElse(d.unitCode());
        return new DossierInfo(
                d.id(),
                number(d.id()),
                d.title(),
                unitName,
                dossierLink(d.id()),
                Formats.dateTime(d.amendmentDueAt(), zone),
                d.returnComment());
    }

    private CampaignInfo campaignInfo(Campaign c) {
        Instant deadline = c.submissionDeadline(zone);
        return new CampaignInfo(
                c.id(),
                c.code(),
                c.title(),
                c.planNumber(),
                Formats.date(deadline, zone),
                baseUrl + "/campaigns/" + c.id());
    }

    private NomineeLine line(Nominee n) {
        List<String> reasons = n.reasons() == null
                ? List.of()
                : n.reasons().stream().sorted().map(WORDS::reason).toList();
        String decision = null;
        if (n.provinceDecisionNumber() != null) {
            decision = "Quyết định số " + n.provinceDecisionNumber()
                    + (n.provinceDecidedOn() == null ? "" : " ngày " + Formats.date(n.provinceDecidedOn()));
        } else if (n.decisionId() != null) {
            decision = decisions
                    .find(n.decisionId())
                    .map(MailContent::decisionText)
                    .orElse(null);
        }
        return new NomineeLine(
                n.fullName(),
                orEmpty(WORDS.nomineeType(n.type())),
                orEmpty(WORDS.award(n.proposedAward())),
                orEmpty(WORDS.eligibility(n.eligibility())),
                reasons,
                WORDS.outcome(n.outcome()),
                decision,
                Boolean.FALSE.equals(n.councilPassed()));
    }

    private static String decisionText(Decision d) {
        return "Quyết định số " + d.number() + (d.decidedOn() == null ? "" : " ngày " + Formats.date(d.decidedOn()));
    }

    private List<String> missing(UUID dossierId, List<Nominee> list) {
        Map<UUID, String> names = new LinkedHashMap<>();
        list.forEach(n -> names.put(n.id(), n.fullName()));
        List<String> words = new ArrayList<>();
        for (MissingDocument m : completeness.missingDocuments(dossierId)) {
            String nominee = m.nomineeId() == null ? null : names.get(m.nomineeId());
            words.add(WORDS.documentKind(m.kind()) + (nominee == null ? "" : " của " + nominee));
        }
        return words;
    }

    private String deadline(NoticePayload payload, Optional<Campaign> campaign) {
        if (payload instanceof OfWindow window && window.deadline() != null) {
            return Formats.date(window.deadline());
        }
        return campaign.map(this::campaignInfo).map(CampaignInfo::deadline).orElse(null);
    }

    private static UUID campaignId(NoticePayload payload) {
        return payload instanceof OfCampaign about ? about.campaignId() : null;
    }

    private static UUID dossierId(NoticePayload payload) {
        return payload instanceof OfDossier about ? about.dossierId() : null;
    }

    private static String stage(Stage stage) {
        return stage == null ? null : WORDS.stage(stage);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
