package vn.bacson.khenthuong.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.bacson.khenthuong.campaign.AwardForm;

@Repository
public class NomineeRepository {

    private static final String COLUMNS = "id, dossier_id, position_no, nominee_type, full_name, birth_year, "
            + "position_title, gender, women_share, proposed_award, achievement_summary, emulation_contents, initiative, "
            + "discipline_level, discipline_decided_on, member_disciplined, hold_status, bang_khen_ground, eligibility, "
            + "reasons, selected, appraisal, recommended_award, appraisal_note, votes_for, council_passed, "
            + "decided_award, outcome, decision_id, province_decision_number, province_decided_on";

    private final JdbcClient jdbc;

    public NomineeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key under which "the same person or collective" is recognised: case, spacing and Unicode form folded. */
    public static String nameKey(String fullName) {
        String nfc = Normalizer.normalize(fullName == null ? "" : fullName, Normalizer.Form.NFC);
        return nfc.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public void insert(UUID id, UUID dossierId, int positionNo, NomineeInput n) {
        jdbc.sql("insert into nominee (id, dossier_id, position_no, nominee_type, full_name, name_key, birth_year, "
                        + "position_title, gender, women_share, proposed_award, achievement_summary, emulation_contents, "
                        + "initiative, discipline_level, discipline_decided_on, member_disciplined, hold_status, "
                        + "bang_khen_ground) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(concat(List.of(id, dossierId, positionNo), inputValues(n), List.of()))
                .update();
    }

    /** Rewrites what the unit said about a nominee; the check results are reset to PENDING. */
    public void updateInput(UUID id, int positionNo, NomineeInput n) {
        jdbc.sql("update nominee set position_no = ?, nominee_type = ?, full_name = ?, name_key = ?, birth_year = ?, "
                        + "position_title = ?, gender = ?, women_share = ?, proposed_award = ?, achievement_summary = ?, "
                        + "emulation_contents = ?, initiative = ?, discipline_level = ?, discipline_decided_on = ?, "
                        + "member_disciplined = ?, hold_status = ?, bang_khen_ground = ?, eligibility = 'PENDING', "
                        + "reasons = '' where in_commune(commune_code) and id = ?")
                .params(concat(List.of(positionNo), inputValues(n), List.of(id)))
                .update();
    }

    public void delete(UUID id) {
        jdbc.sql("delete from nominee where in_commune(commune_code) and id = ?")
                .param(id)
                .update();
    }

    public Optional<Nominee> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from nominee where in_commune(commune_code) and id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    public List<Nominee> findByDossier(UUID dossierId) {
        return jdbc.sql("select " + COLUMNS
                        + " from nominee where in_commune(commune_code) and dossier_id = ? order by position_no")
                .param(dossierId)
                .query(this::map)
                .list();
    }

    public List<Nominee> findByDossiers(Collection<UUID> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        "select " + COLUMNS
                                + " from nominee where in_commune(commune_code) and dossier_id in (:ids) order by dossier_id, position_no")
                .param("ids", dossierIds)
                .query(this::map)
                .list();
    }

    public List<Nominee> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from nominee where in_commune(commune_code) and id in (:ids)")
                .param("ids", ids)
                .query(this::map)
                .list();
    }

    /**
     * Other live nominations of the same person or collective in the campaign: same name key and, for people,
     * the same birth year when both gave one. Drafts, withdrawn, rejected and expired dossiers do not count.
     */
    public boolean existsOtherNomination(
            UUID campaignId, UUID dossierId, String nameKey, NomineeType type, Integer birthYear) {
        return jdbc.sql(
                                "select count(*) from nominee n join dossier d on d.id = n.dossier_id and in_commune(d.commune_code) "
                                        + "where d.campaign_id = :campaign and d.id <> :dossier and n.name_key = :key "
                                        + "and n.nominee_type = :type "
                                        + "and d.status not in ('DRAFT', 'WITHDRAWN', 'REJECTED', 'EXPIRED') "
                                        + "and n.eligibility <> 'INELIGIBLE' "
                                        + "and (:year is null or n.birth_year is null or n.birth_year = :year)")
                        .param("campaign", campaignId)
                        .param("dossier", dossierId)
                        .param("key", nameKey)
                        .param("type", type.name())
                        .param("year", birthYear, java.sql.Types.INTEGER)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void updateEligibility(UUID id, Eligibility eligibility, Set<IneligibilityReason> reasons) {
        jdbc.sql("update nominee set eligibility = ?, reasons = ? where in_commune(commune_code) and id = ?")
                .params(eligibility.name(), Sets.join(reasons), id)
                .update();
    }

    public void updateSelection(UUID id, boolean selected) {
        jdbc.sql("update nominee set selected = ? where in_commune(commune_code) and id = ?")
                .params(selected, id)
                .update();
    }

    public void updateAppraisal(UUID id, Appraisal appraisal, AwardForm recommendedAward, String note) {
        jdbc.sql(
                        "update nominee set appraisal = ?, recommended_award = ?, appraisal_note = ? where in_commune(commune_code) and id = ?")
                .params(appraisal.name(), name(recommendedAward), note, id)
                .update();
    }

    public void updateCouncilVote(UUID id, int votesFor, boolean passed) {
        jdbc.sql("update nominee set votes_for = ?, council_passed = ? where in_commune(commune_code) and id = ?")
                .params(votesFor, passed, id)
                .update();
    }

    public void updateDecidedAward(UUID id, ChairmanAward award) {
        jdbc.sql("update nominee set decided_award = ? where in_commune(commune_code) and id = ?")
                .params(award.name(), id)
                .update();
    }

    public void updateOutcome(UUID id, Outcome outcome, UUID decisionId) {
        jdbc.sql(
                        "update nominee set outcome = ?, decision_id = coalesce(?, decision_id) where in_commune(commune_code) and id = ?")
                .params(outcome.name(), decisionId, id)
                .update();
    }

    public void updateProvinceDecision(UUID id, Outcome outcome, String decisionNumber, LocalDate decidedOn) {
        jdbc.sql(
                        "update nominee set outcome = ?, province_decision_number = ?, province_decided_on = ? where in_commune(commune_code) and id = ?")
                .params(outcome.name(), decisionNumber, decidedOn, id)
                .update();
    }

    /** Back to the start of review: a returned dossier goes through every stage again. */
    public void resetReview(UUID dossierId) {
        jdbc.sql(
                        "update nominee set selected = null, appraisal = null, recommended_award = null, appraisal_note = null, "
                                + "votes_for = null, council_passed = null, decided_award = null, outcome = 'PENDING' "
                                + "where in_commune(commune_code) and dossier_id = ? and outcome <> 'GIAY_KHEN_CHU_TICH_XA' "
                                + "and outcome <> 'BANG_KHEN_CHU_TICH_TINH'")
                .param(dossierId)
                .update();
    }

    /** The unit's input columns, in the order insert and updateInput name them (nominee_type .. bang_khen_ground). */
    private static List<Object> inputValues(NomineeInput n) {
        return Arrays.asList(
                n.type().name(),
                n.fullName().trim(),
                nameKey(n.fullName()),
                n.birthYear(),
                n.position(),
                name(n.gender()),
                n.womenShare(),
                n.proposedAward().name(),
                n.achievementSummary(),
                Sets.join(n.emulationContents()),
                n.initiative(),
                nameOr(n.disciplineLevel(), DisciplineLevel.NONE),
                n.disciplineDecidedOn(),
                Boolean.TRUE.equals(n.memberDisciplined()),
                nameOr(n.holdStatus(), HoldStatus.NONE),
                name(n.bangKhenGround()));
    }

    private static List<Object> concat(List<Object> before, List<Object> middle, List<Object> after) {
        List<Object> all = new ArrayList<>(before);
        all.addAll(middle);
        all.addAll(after);
        return all;
    }

    private Nominee map(ResultSet rs, int row) throws SQLException {
        return new Nominee(
                rs.getObject("id", UUID.class),
                rs.getObject("dossier_id", UUID.class),
                rs.getInt("position_no"),
                NomineeType.valueOf(rs.getString("nominee_type")),
                rs.getString("full_name"),
                (Integer) rs.getObject("birth_year", Integer.class),
                rs.getString("position_title"),
                parse(rs.getString("gender"), Gender::valueOf),
                (Integer) rs.getObject("women_share", Integer.class),
                AwardForm.valueOf(rs.getString("proposed_award")),
                rs.getString("achievement_summary"),
                Sets.split(rs.getString("emulation_contents"), EmulationContent.class, EmulationContent::valueOf),
                rs.getString("initiative"),
                DisciplineLevel.valueOf(rs.getString("discipline_level")),
                rs.getObject("discipline_decided_on", LocalDate.class),
                rs.getBoolean("member_disciplined"),
                HoldStatus.valueOf(rs.getString("hold_status")),
                parse(rs.getString("bang_khen_ground"), BangKhenGround::valueOf),
                Eligibility.valueOf(rs.getString("eligibility")),
                Sets.split(rs.getString("reasons"), IneligibilityReason.class, IneligibilityReason::valueOf),
                (Boolean) rs.getObject("selected", Boolean.class),
                parse(rs.getString("appraisal"), Appraisal::valueOf),
                parse(rs.getString("recommended_award"), AwardForm::valueOf),
                rs.getString("appraisal_note"),
                (Integer) rs.getObject("votes_for", Integer.class),
                (Boolean) rs.getObject("council_passed", Boolean.class),
                parse(rs.getString("decided_award"), ChairmanAward::valueOf),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("decision_id", UUID.class),
                rs.getString("province_decision_number"),
                rs.getObject("province_decided_on", LocalDate.class));
    }

    private static <E> E parse(String value, java.util.function.Function<String, E> parser) {
        return value == null ? null : parser.apply(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String nameOr(Enum<?> value, Enum<?> fallback) {
        return value == null ? fallback.name() : value.name();
    }
}
