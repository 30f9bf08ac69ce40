package vn.bacson.khenthuong.web;

import java.util.List;
import java.util.function.Supplier;

/**
 * The "add a row" and "remove row i" buttons of the forms that hold a list (nominees of a dossier, achievement rows
 * of a report): the server changes the list and shows the form again, so the pages need no script.
 */
public final class FormRows {

    private FormRows() {}

    /**
     * Applies the button that was pressed, if any.
     *
     * @return true when a button changed the rows (nothing is saved then)
     */
    public static <T> boolean edit(List<T> rows, Supplier<T> newRow, String addPressed, Integer removeIndex) {
        if (addPressed != null) {
            rows.add(newRow.get());
            return true;
        }
        if (removeIndex != null) {
            if (removeIndex >= 0 && removeIndex < rows.size()) {
                rows.remove((int) removeIndex);
            }
            return true;
        }
        return false;
    }
}
