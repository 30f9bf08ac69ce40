package vn.bacson.khenthuong.dossier;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * The nominees of a dossier as its unit drafts them: written in the order given, text trimmed and the documented
 * defaults filled in; on a rewrite, a nominee with an id is updated, one without is added and one left out is
 * removed with its documents.
 */
final class DraftNominees {

    private final NomineeRepository nominees;
    private final DocumentRepository documents;

    DraftNominees(NomineeRepository nominees, DocumentRepository documents) {
        this.nominees = nominees;
        this.documents = documents;
    }

    /** The nominees of a new dossier. */
    void insertAll(UUID dossierId, List<NomineeInput> inputs) {
        for (int i = 0; i < inputs.size(); i++) {
            nominees.insert(UUID.randomUUID(), dossierId, i + 1, normalize(inputs.get(i)));
        }
    }

    /** The dossier's nominees become {@code inputs}; an id not of this dossier (or given twice) is refused. */
    void rewrite(UUID dossierId, List<NomineeInput> inputs) {
        Map<UUID, Nominee> existing = new HashMap<>();
        nominees.findByDossier(dossierId).forEach(n -> existing.put(n.id(), n));
        Set<UUID> kept = new HashSet<>();
        for (NomineeInput input : inputs) {
            if (input.id() != null && (!existing.containsKey(input.id()) || !kept.add(input.id()))) {
                throw new DomainException(
                        ErrorCode.UNKNOWN_NOMINEE,
                        "Đối tượng đề nghị có mã " + input.id() + " không thuộc hồ sơ này (hoặc bị lặp lại).");
            }
        }
        for (UUID removed : existing.keySet()) {
            if (!kept.contains(removed)) {
                documents.deleteByNominee(removed);
                nominees.delete(removed);
            }
        }
        for (int i = 0; i < inputs.size(); i++) {
            NomineeInput input = normalize(inputs.get(i));
            if (input.id() == null) {
                nominees.insert(UUID.randomUUID(), dossierId, i + 1, input);
            } else {
                nominees.updateInput(input.id(), i + 1, input);
            }
        }
    }

    /** Trimmed text, blank as absent, the documented defaults (discipline NONE, hold NONE, no contents). */
    static NomineeInput normalize(NomineeInput n) {
        return new NomineeInput(
                n.id(),
                n.type(),
                n.fullName().strip(),
                n.birthYear(),
                blankToNull(n.position()),
                n.gender(),
                n.womenShare(),
                n.proposedAward(),
                blankToNull(n.achievementSummary()),
                n.emulationContents() == null || n.emulationContents().isEmpty()
                        ? EnumSet.noneOf(EmulationContent.class)
                        : EnumSet.copyOf(n.emulationContents()),
                blankToNull(n.initiative()),
                n.disciplineLevel() == null ? DisciplineLevel.NONE : n.disciplineLevel(),
                n.disciplineDecidedOn(),
                Boolean.TRUE.equals(n.memberDisciplined()),
                n.holdStatus() == null ? HoldStatus.NONE : n.holdStatus(),
                n.bangKhenGround());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
