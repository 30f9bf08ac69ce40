package vn.bacson.khenthuong.criteria;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * Checks every nominee of a dossier against the criteria of the plan (section V) and the law, writes each
 * nominee's eligibility and reasons, and answers how many may go on.
 */
@Service
public class EligibilityService {

    /** Result of assessing a dossier: counts by eligibility. */
    public record Assessment(int eligible, int ineligible, int pending) {
        public boolean anyEligible() {
            return eligible > 0;
        }
    }

    private final DossierRepository dossiers;
    private final CampaignRepository campaigns;
    private final UnitRepository units;
    private final NomineeRepository nominees;
    private final Clock clock;
    private final ZoneId zone;

    public EligibilityService(
            DossierRepository dossiers,
            CampaignRepository campaigns,
            UnitRepository units,
            NomineeRepository nominees,
            Clock clock,
            ZoneId businessZone) {
        this.dossiers = dossiers;
        this.campaigns = campaigns;
        this.units = units;
        this.nominees = nominees;
        this.clock = clock;
        this.zone = businessZone;
    }

    /** Assesses every nominee of the dossier (again, after a resubmission) and records the result on each. */
    @Transactional
    public Assessment assess(UUID dossierId) {
        Dossier dossier = dossiers.find(dossierId).orElseThrow(() -> new DomainException(ErrorCode.DOSSIER_NOT_FOUND));
        Campaign campaign = campaigns
                .find(dossier.campaignId())
                .orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND));
        boolean unitDissolved = units.find(dossier.unitCode())
                .map(Unit::dissolved)
                .orElseThrow(() ->
                        new IllegalStateException("dossier " + dossierId + " has unknown unit " + dossier.unitCode()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);

        int eligible = 0;
        int ineligible = 0;
        int pending = 0;
        List<Nominee> earlier = new ArrayList<>();
        for (Nominee nominee : nominees.findByDossier(dossierId)) {
            boolean duplicate = earlier.stream().anyMatch(other -> samePersonOrCollective(other, nominee))
                    || nominees.existsOtherNomination(
                            campaign.id(),
                            dossierId,
                            NomineeRepository.nameKey(nominee.fullName()),
                            nominee.type(),
                            nominee.birthYear());
            earlier.add(nominee);

            Set<IneligibilityReason> reasons = NomineeRules.reasons(nominee, campaign, unitDissolved, duplicate, today);
            Eligibility eligibility = NomineeRules.eligibility(reasons);
            nominees.updateEligibility(nominee.id(), eligibility, reasons);
            switch (eligibility) {
                case ELIGIBLE -> eligible++;
                case INELIGIBLE -> ineligible++;
                case PENDING -> pending++;
            }
        }
        return new Assessment(eligible, ineligible, pending);
    }

    /**
     * The same person or collective listed twice in one dossier: same name key and type, and for people the
     * same birth year when both gave one (the rule {@link NomineeRepository#existsOtherNomination} applies
     * across the campaign).
     */
    static boolean samePersonOrCollective(Nominee a, Nominee b) {
        return a.type() == b.type()
                && NomineeRepository.nameKey(a.fullName()).equals(NomineeRepository.nameKey(b.fullName()))
                && (a.birthYear() == null || b.birthYear() == null || Objects.equals(a.birthYear(), b.birthYear()));
    }
}
