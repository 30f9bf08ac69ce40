package vn.bacson.khenthuong.steps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.FieldViolation;

/**
 * The field errors of one completion: first those of the stage command itself (its annotations, what could not be
 * read), then those of the rules that need the dossier. All are answered together, in the order of the fields.
 */
final class Violations {

    private final List<FieldViolation> found;
    private final Comparator<FieldViolation> order;

    Violations(List<FieldViolation> ofTheCommand, Comparator<FieldViolation> order) {
        this.found = new ArrayList<>(ofTheCommand);
        this.order = order;
    }

    void add(String field, String code, String message) {
        found.add(new FieldViolation(field, code, message));
    }

    void add(FieldViolation violation) {
        found.add(violation);
    }

    /** Whether the field is faulty already: a rule that compares it with others leaves it alone. */
    boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    boolean allMatch(Predicate<FieldViolation> test) {
        return found.stream().allMatch(test);
    }

    void removeIf(Predicate<FieldViolation> test) {
        found.removeIf(test);
    }

    /** 400 VALIDATION_FAILED with every field error, if there is any. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            List<FieldViolation> sorted = new ArrayList<>(found);
            sorted.sort(order);
            throw DomainException.invalid(sorted);
        }
    }
}
