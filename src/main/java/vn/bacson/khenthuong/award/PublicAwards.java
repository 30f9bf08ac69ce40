package vn.bacson.khenthuong.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Settings;
import vn.bacson.khenthuong.documents.AwardeeRows;
import vn.bacson.khenthuong.documents.CampaignNominees;
import vn.bacson.khenthuong.documents.OfficialDocuments;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.dossier.Outcome;

/**
 * The public results of a campaign (công khai): who was awarded what, under which decision. Only what the
 * decisions themselves publish: names, type, position, unit, award, decision number and date.
 */
@Service
public class PublicAwards {

    record CampaignInfo(String code, String title, String planNumber) {}

    record DecisionInfo(String number, LocalDate decidedOn, String issuedBy) {}

    record Awardee(
            String fullName,
            NomineeType type,
            String position,
            String unit,
            String award,
            String awardLabel,
            String decisionNumber,
            LocalDate decidedOn) {}

    public record Results(CampaignInfo campaign, List<DecisionInfo> decisions, List<Awardee> awardees) {

        public List<Awardee> collectives() {
            return awardees.stream()
                    .filter(a -> a.type() != NomineeType.INDIVIDUAL)
                    .toList();
        }

        public List<Awardee> individuals() {
            return awardees.stream()
                    .filter(a -> a.type() == NomineeType.INDIVIDUAL)
                    .toList();
        }
    }

    private final CampaignRepository campaigns;
    private final CampaignNominees nominees;
    private final AwardeeRows rows;
    private final JdbcClient jdbc;
    private final CommuneSettings communeSettings;

    PublicAwards(
            CampaignRepository campaigns,
            CampaignNominees nominees,
            AwardeeRows rows,
            JdbcClient jdbc,
            CommuneSettings communeSettings) {
        this.campaigns = campaigns;
        this.nominees = nominees;
        this.rows = rows;
        this.jdbc = jdbc;
        this.communeSettings = communeSettings;
    }

    public Results of(String code) {
        Campaign campaign =
                campaigns.findByCode(code).orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        Map<UUID, DecisionInfo> decisions = new LinkedHashMap<>();
        Settings.Issuer issuer = communeSettings.current().issuer();
        String commune = "Chủ tịch Ủy ban nhân dân xã " + issuer.placeName();
        String province = "Chủ tịch Ủy ban nhân dân tỉnh " + issuer.province();
        jdbc.sql(
                        "select id, number, decided_on from decision where in_commune(commune_code) and campaign_id = ? order by decision_year, sequence_no")
                .param(campaign.id())
                .query((rs, row) -> Map.entry(
                        rs.getObject("id", UUID.class),
                        new DecisionInfo(rs.getString("number"), rs.getObject("decided_on", LocalDate.class), commune)))
                .list()
                .forEach(e -> decisions.put(e.getKey(), e.getValue()));
        List<Nominee> awarded = nominees.submitted(campaign.id()).stream()
                .filter(n -> (n.outcome() == Outcome.GIAY_KHEN_CHU_TICH_XA && n.decisionId() != null)
                        || n.outcome() == Outcome.BANG_KHEN_CHU_TICH_TINH)
                .toList();
        Map<UUID, String> units = rows.unitNames(
                awarded.stream().map(Nominee::dossierId).distinct().toList());
        List<Awardee> awardees = new ArrayList<>();
        Map<String, DecisionInfo> provinceDecisions = new HashMap<>();
        for (Nominee n : awarded) {
            boolean local = n.outcome() == Outcome.GIAY_KHEN_CHU_TICH_XA;
            DecisionInfo decision = local
                    ? decisions.get(n.decisionId())
                    : new DecisionInfo(n.provinceDecisionNumber(), n.provinceDecidedOn(), province);
            if (!local && decision.number() != null) {
                provinceDecisions.putIfAbsent(decision.number(), decision);
            }
            awardees.add(new Awardee(
                    n.fullName(),
                    n.type(),
                    n.type() == NomineeType.INDIVIDUAL ? n.position() : null,
                    units.get(n.dossierId()),
                    n.outcome().name(),
                    OfficialDocuments.awardLabel(n.outcome().name()),
                    decision == null ? null : decision.number(),
                    decision == null ? null : decision.decidedOn()));
        }
        List<DecisionInfo> all = new ArrayList<>(decisions.values());
        all.addAll(provinceDecisions.values());
        all.sort(Comparator.comparing(DecisionInfo::decidedOn, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Results(new CampaignInfo(campaign.code(), campaign.title(), campaign.planNumber()), all, awardees);
    }

    public List<Campaign> campaigns() {
        return campaigns.findPage(0, 200);
    }
}
