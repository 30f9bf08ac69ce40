package vn.bacson.khenthuong.dossier;

import java.util.List;
import java.util.UUID;

/**
 * Port through which the dossier view lists the documents a dossier still lacks (implemented by the criteria feature,
 * which owns the rule of what each nominee needs).
 */
public interface DossierCompleteness {

    /** The documents still missing, per nominee where the document is a nominee's; empty when complete. */
    List<MissingDocument> missingDocuments(UUID dossierId);

    /** The same for several dossiers (a page of the list) in a fixed number of queries; every id has an entry. */
    java.util.Map<UUID, List<MissingDocument>> missingDocuments(java.util.Collection<UUID> dossierIds);
}
