package vn.bacson.khenthuong.stage;

import jakarta.validation.groups.Default;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the command records share: text as the services keep it, rows kept in place, validation groups. */
final class Commands {

    private Commands() {}

    /** Stripped; blank is absent. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** An unmodifiable copy that keeps null rows in place, so field names like nominees[2] still point at them. */
    static <T> List<T> rows(List<T> rows) {
        return rows == null ? null : Collections.unmodifiableList(new ArrayList<>(rows));
    }

    static Class<?>[] groups(boolean goingOn, boolean explained) {
        List<Class<?>> groups = new ArrayList<>(List.of(Default.class));
        if (goingOn) {
            groups.add(StageCommand.GoingOn.class);
        }
        if (explained) {
            groups.add(StageCommand.Explained.class);
        }
        return groups.toArray(Class<?>[]::new);
    }
}
