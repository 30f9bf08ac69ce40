package vn.bacson.khenthuong.dossier;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.FieldViolation;

/** Builds {@link NomineeBatch}es from the stored nominees and dossiers. */
@Component
public class NomineeBatches {

    private final NomineeRepository nominees;
    private final DossierRepository dossiers;

    NomineeBatches(NomineeRepository nominees, DossierRepository dossiers) {
        this.nominees = nominees;
        this.dossiers = dossiers;
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
