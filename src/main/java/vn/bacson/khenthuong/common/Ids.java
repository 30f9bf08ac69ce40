package vn.bacson.khenthuong.common;

import java.util.UUID;

/** Reading identifiers from text that may not hold one. */
public final class Ids {

    private Ids() {}

    /**
     * The UUID the text spells, or null when it is null, blank or no UUID: a form field left empty, a business key
     * of a process that is not a dossier's.
     */
    public static UUID uuidOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAUuid) {
            return null;
        }
    }
}
