package vn.bacson.khenthuong.dossier;

import java.util.List;
import java.util.UUID;

/**
 * Body of POST /api/dossiers and PUT /api/dossiers/{id}. On PUT the campaign cannot change (campaignId may be
 * left out); a nominee with an id is updated, one without is added, one left out is removed.
 */
public record DossierRequest(UUID campaignId, String title, List<NomineeInput> nominees) {}
