package vn.bacson.khenthuong.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.FieldViolation;

/** Builds {@link NomineeBatch}es from the stored nominees and dossiers. */
@Component
public class NomineeBatches {

    private final NomineeRepository nominees;
    private final DossierRepository dossiers;
    private final CampaignRepository campaigns;

    NomineeBatches(NomineeRepository nominees, DossierRepository dossiers, CampaignRepository campaigns) {
        this.nominees = nominees;
        this.dossiers = dossiers;
        this.campaigns = campaigns;
    }

    /**
     * What a batch form (council session, batch decision) shows: the campaigns to choose from, the chosen one
     * (the newest when none is asked for), its dossiers waiting at the stage, and each nominee's row index in the
     * form ({@code votes[i]}, {@code awards[i]}).
     */
    public record BatchForm(
            List<Campaign> campaigns, Campaign campaign, List<WaitingDossier> waiting, Map<UUID, Integer> rowIndex) {

        /** What the page template reads: campaigns, campaign, waiting, and the row index under its own name. */
        public Map<String, Object> pageAttributes(String rowIndexName) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("campaigns", campaigns);
            attributes.put("campaign", campaign);
            attributes.put("waiting", waiting);
            attributes.put(rowIndexName, rowIndex);
            return attributes;
        }
    }

    public BatchForm form(UUID campaignId, Stage stage) {
        List<Campaign> all = campaigns.findPage(0, 200);
        Campaign campaign = campaignId == null
                ? (all.isEmpty() ? null : all.get(0))
                : campaigns.find(campaignId).orElse(null);
        List<WaitingDossier> waiting = campaign == null ? List.of() : waitingAt(campaign.id(), stage);
        Map<UUID, Integer> index = new HashMap<>();
        waiting.forEach(w -> w.nominees().forEach(n -> index.put(n.id(), index.size())));
        return new BatchForm(all, campaign, waiting, index);
    }

    /** A dossier waiting at a stage, with its nominees still in the running: one block of a batch form. */
    public record WaitingDossier(Dossier dossier, List<Nominee> nominees) {}

    /** How many dossiers one batch form offers at the most. */
    public static final int FORM_LIMIT = 500;

    /** The campaign's dossiers waiting at the stage, oldest submission first, for a batch form. */
    List<WaitingDossier> waitingAt(UUID campaignId, Stage stage) {
        List<Dossier> waiting = dossiers.findWaitingAt(campaignId, stage, FORM_LIMIT);
        Map<UUID, List<Nominee>> running = new HashMap<>();
        nominees.findByDossiers(waiting.stream().map(Dossier::id).toList()).stream()
                .filter(Nominee::isInRunning)
                .forEach(n -> running.computeIfAbsent(n.dossierId(), d -> new ArrayList<>())
                        .add(n));
        return waiting.stream()
                .map(d -> new WaitingDossier(d, running.getOrDefault(d.id(), List.of())))
                .toList();
    }

    /** See {@link NomineeBatch#group}. */
    public NomineeBatch group(
            String list,
            UUID campaignId,
            List<UUID> nomineeIds,
            NomineeBatch.Waiting waiting,
            List<FieldViolation> invalid) {
        return NomineeBatch.group(list, campaignId, nomineeIds, waiting, nominees, dossiers, invalid);
    }

    /** See {@link NomineeBatch#missingNominees}. */
    public List<FieldViolation> missingNominees(NomineeBatch batch, List<UUID> nomineeIds, String what) {
        return batch.missingNominees(nomineeIds, nominees, what);
    }
}
