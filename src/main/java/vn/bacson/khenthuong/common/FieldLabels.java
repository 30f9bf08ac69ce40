package vn.bacson.khenthuong.common;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The label of a form field as the page shows it, for the error summaries: "Số phiếu tán thành – Nguyễn Văn A:
 * Trường này là bắt buộc." says what to fix, "Trường này là bắt buộc." alone does not. Fields of a nominee row
 * ({@code nominees[2].votesFor}, {@code votes[0].votesFor}) are named with the nominee when the page knows it.
 * Templates call it as {@code ${@fieldLabels.describe(field, message, names)}}.
 */
@Component("fieldLabels")
public class FieldLabels {

    private static final Pattern ROW_FIELD = Pattern.compile("^(\\w+)\\[(\\d+)]\\.(\\w+)$");

    /** Field name (the last part of the path) → message key of its label on the pages. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("meetingDate", "task.meetingDate"),
            Map.entry("membersTotal", "task.membersTotal"),
            Map.entry("membersPresent", "task.membersPresent"),
            Map.entry("absentWrittenOpinions", "task.absentWrittenOpinions"),
            Map.entry("comment", "task.comment"),
            Map.entry("votesFor", "task.votesFor"),
            Map.entry("award", "task.award"),
            Map.entry("appraisal", "task.appraisal"),
            Map.entry("recommendedAward", "task.recommendedAward"),
            Map.entry("note", "task.note"),
            Map.entry("selected", "task.selected"),
            Map.entry("nomineeId", "council.session.nominee"),
            Map.entry("campaignId", "council.session.campaign"),
            Map.entry("awards", "task.award"),
            Map.entry("votes", "task.votesFor"),
            Map.entry("nominees", "council.session.nominee"));

    private final MessageSource messages;

    FieldLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** "label: message", or the message alone for a field without a label (e.g. the whole form). */
    /** Every field error of a refused request, each naming its field ("Số thành viên có mặt: ..."). */
    public List<String> describeAll(DomainException refusal) {
        return refusal.violations().stream()
                .map(v -> describe(v.field(), v.message(), null))
                .toList();
    }

    public String describe(String field, String message, List<String> nomineeNames) {
        String label = label(field, nomineeNames);
        return label == null ? message : label + ": " + message;
    }

    /** The field's label, with the nominee's name (or its row number) for a row field; null when unknown. */
    public String label(String field, List<String> nomineeNames) {
        if (field == null || field.isBlank()) {
            return null;
        }
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            int index = Integer.parseInt(row.group(2));
            String name = nomineeNames != null && index < nomineeNames.size() ? nomineeNames.get(index) : null;
            String who = name != null ? name : text("form.row", index + 1);
            String label = labelOf(row.group(3));
            return label == null ? who : label + " – " + who;
        }
        return labelOf(field);
    }

    private String labelOf(String name) {
        String key = LABELS.get(name);
        return key == null ? null : text(key);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
