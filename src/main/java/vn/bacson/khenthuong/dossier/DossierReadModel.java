package vn.bacson.khenthuong.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.DossierView.DecisionRef;
import vn.bacson.khenthuong.dossier.DossierView.HistoryView;
import vn.bacson.khenthuong.dossier.DossierView.NomineeView;
import vn.bacson.khenthuong.dossier.DossierView.PublicPostingView;
import vn.bacson.khenthuong.dossier.DossierView.UnitRef;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/** Builds the API view of dossiers from our tables (one batch query per table for a page of dossiers). */
@Component
class DossierReadModel {

    private final NomineeRepository nominees;
    private final DocumentRepository documents;
    private final DocumentSignatures signatures;
    private final AchievementReportRepository reports;
    private final HistoryRepository history;
    private final UnitRepository units;
    private final DossierCompleteness completeness;
    private final DossierPostings postings;
    private final JdbcClient jdbc;
    private final ZoneId zone;

    DossierReadModel(
            NomineeRepository nominees,
            DocumentRepository documents,
            DocumentSignatures signatures,
            AchievementReportRepository reports,
            HistoryRepository history,
            UnitRepository units,
            DossierCompleteness completeness,
            DossierPostings postings,
            JdbcClient jdbc,
            ZoneId businessZone) {
        this.nominees = nominees;
        this.documents = documents;
        this.signatures = signatures;
        this.reports = reports;
        this.history = history;
        this.units = units;
        this.completeness = completeness;
        this.postings = postings;
        this.jdbc = jdbc;
        this.zone = businessZone;
    }

    DossierView view(Dossier dossier) {
        return views(List.of(dossier)).get(0);
    }

    List<DossierView> views(List<Dossier> dossiers) {
        if (dossiers.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = dossiers.stream().map(Dossier::id).toList();
        Map<UUID, List<Nominee>> nomineesByDossier = nominees.findByDossiers(ids).stream()
                .collect(Collectors.groupingBy(Nominee::dossierId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Unit> unitsByCode =
                units
                        .findAll(dossiers.stream()
                                .map(Dossier::unitCode)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Unit::code, Function.identity()));
        Map<UUID, DecisionRef> decisionsById = decisions(nomineesByDossier.values().stream()
                .flatMap(List::stream)
                .map(Nominee::decisionId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        Map<UUID, PublicPostingView> postingsById = postings.of(ids);
        Map<UUID, List<AchievementReport>> reportsByDossier =
                reports.findByDossiers(ids).stream().collect(Collectors.groupingBy(AchievementReport::dossierId));
        // one query per table for the whole page, not per dossier (the list of 20 made 130 statements)
        Map<UUID, List<MissingDocument>> missingByDossier = completeness.missingDocuments(ids);
        Map<UUID, List<DocumentView>> documentsByDossier = signatures.views(ids, zone);
        Map<UUID, List<HistoryEntry>> historyByDossier = history.findByDossiers(ids);
        return dossiers.stream()
                .map(d -> view(
                        d,
                        nomineesByDossier.getOrDefault(d.id(), List.of()),
                        reportsByDossier.getOrDefault(d.id(), List.of()),
                        unitsByCode.get(d.unitCode()),
                        decisionsById,
                        postingsById.get(d.id()),
                        missingByDossier.getOrDefault(d.id(), List.of()),
                        documentsByDossier.getOrDefault(d.id(), List.of()),
                        historyByDossier.getOrDefault(d.id(), List.of())))
                .toList();
    }

    private DossierView view(
            Dossier d,
            List<Nominee> dossierNominees,
            List<AchievementReport> dossierReports,
            Unit unit,
            Map<UUID, DecisionRef> decisions,
            PublicPostingView posting,
            List<MissingDocument> missing,
            List<DocumentView> documentViews,
            List<HistoryEntry> dossierHistory) {
        Map<UUID, Integer> positions = new HashMap<>();
        dossierNominees.forEach(n -> positions.put(n.id(), n.positionNo()));
        boolean waiting = d.status() == DossierStatus.IN_REVIEW || d.status() == DossierStatus.AMENDMENT_REQUESTED;
        DecisionRef decision = dossierNominees.stream()
                .map(Nominee::decisionId)
                .filter(Objects::nonNull)
                .map(decisions::get)
                .filter(Objects::nonNull)
                .min(Comparator.comparing(DecisionRef::decidedOn).thenComparing(DecisionRef::number))
                .orElse(null);
        Nominee byProvince = dossierNominees.stream()
                .filter(n -> n.provinceDecisionNumber() != null)
                .findFirst()
                .orElse(null);
        if (byProvince != null) {
            decision = decision == null
                    ? new DecisionRef(null, null, byProvince.provinceDecidedOn(), byProvince.provinceDecisionNumber())
                    : decision.withProvince(byProvince.provinceDecisionNumber());
        }
        return new DossierView(
                d.id(),
                d.campaignId(),
                new UnitRef(d.unitCode(), unit == null ? d.unitCode() : unit.name()),
                d.title(),
                d.status(),
                waiting ? d.stage() : null,
                at(d.submittedAt()),
                missing,
                d.status() == DossierStatus.AMENDMENT_REQUESTED ? at(d.amendmentDueAt()) : null,
                d.status() == DossierStatus.AMENDMENT_REQUESTED ? d.returnComment() : null,
                dossierNominees.stream().map(NomineeView::of).toList(),
                documentViews,
                dossierReports.stream()
                        .sorted(Comparator.comparing(r -> positions.getOrDefault(r.nomineeId(), Integer.MAX_VALUE)))
                        .map(r -> AchievementReportView.Summary.of(r, zone))
                        .toList(),
                dossierHistory.stream()
                        .map(h -> new HistoryView(at(h.at()), h.actor(), h.action(), h.stage(), h.comment()))
                        .toList(),
                decision,
                posting,
                at(d.createdAt()),
                d.createdBy(),
                at(d.updatedAt()),
                d.version());
    }

    /**
     * The unit's dossiers (withdrawn ones left out) in one line each, latest change first, at most {@code limit}:
     * one query for the dossiers with their nominee counts, one for their decisions.
     */
    List<DossierSummary> summaries(String unitCode, UUID campaignId, int limit) {
        List<Object> params = new java.util.ArrayList<>();
        params.add(unitCode);
        String campaign = "";
        if (campaignId != null) {
            campaign = " and d.campaign_id = ?";
            params.add(campaignId);
        }
        params.add(limit);
        List<Dossier> found = new java.util.ArrayList<>();
        Map<UUID, Integer> nomineeCounts = new HashMap<>();
        jdbc.sql("select d.id, d.campaign_id, d.title, d.status, d.stage, d.submitted_at, d.amendment_due_at, "
                        + "d.return_comment, d.updated_at, "
                        + "(select count(*) from nominee n where in_commune(n.commune_code) and n.dossier_id = d.id) as nominee_count "
                        + "from dossier d where in_commune(d.commune_code) and d.unit_code = ? and d.status <> 'WITHDRAWN'"
                        + campaign
                        + " order by d.updated_at desc, d.id limit ?")
                .params(params)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    nomineeCounts.put(id, rs.getInt("nominee_count"));
                    found.add(new Dossier(
                            id,
                            rs.getObject("campaign_id", UUID.class),
                            unitCode,
                            rs.getString("title"),
                            DossierStatus.valueOf(rs.getString("status")),
                            rs.getString("stage") == null ? null : Stage.valueOf(rs.getString("stage")),
                            instant(rs.getTimestamp("submitted_at")),
                            instant(rs.getTimestamp("amendment_due_at")),
                            rs.getString("return_comment"),
                            null,
                            null,
                            instant(rs.getTimestamp("updated_at")),
                            0));
                });
        Map<UUID, DecisionRef> decisionOf =
                firstDecisions(found.stream().map(Dossier::id).toList());
        return found.stream()
                .map(d -> {
                    boolean amendment = d.status() == DossierStatus.AMENDMENT_REQUESTED;
                    boolean waiting = d.status() == DossierStatus.IN_REVIEW || amendment;
                    return new DossierSummary(
                            d.id(),
                            d.campaignId(),
                            d.title(),
                            d.status(),
                            waiting ? d.stage() : null,
                            nomineeCounts.getOrDefault(d.id(), 0),
                            at(d.submittedAt()),
                            amendment ? at(d.amendmentDueAt()) : null,
                            amendment ? d.returnComment() : null,
                            at(d.updatedAt()),
                            decisionOf.get(d.id()));
                })
                .toList();
    }

    /** The earliest decision about each dossier's nominees (as in the dossier view), in one query. */
    private Map<UUID, DecisionRef> firstDecisions(List<UUID> dossierIds) {
        Map<UUID, DecisionRef> first = new HashMap<>();
        if (dossierIds.isEmpty()) {
            return first;
        }
        Comparator<DecisionRef> order =
                Comparator.comparing(DecisionRef::decidedOn).thenComparing(DecisionRef::number);
        jdbc.sql(
                        "select distinct n.dossier_id, dc.id, dc.number, dc.decided_on from nominee n "
                                + "join decision dc on dc.id = n.decision_id where in_commune(n.commune_code) and n.dossier_id in (:ids)")
                .param("ids", dossierIds)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    DecisionRef ref = decision(rs, 0);
                    first.merge(
                            rs.getObject("dossier_id", UUID.class), ref, (a, b) -> order.compare(a, b) <= 0 ? a : b);
                });
        return first;
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private Map<UUID, DecisionRef> decisions(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, number, decided_on from decision where in_commune(commune_code) and id in (:ids)")
                .param("ids", ids)
                .query(this::decision)
                .list()
                .stream()
                .collect(Collectors.toMap(DecisionRef::id, Function.identity()));
    }

    private DecisionRef decision(ResultSet rs, int row) throws SQLException {
        return new DecisionRef(
                rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("decided_on", LocalDate.class));
    }

    private OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
