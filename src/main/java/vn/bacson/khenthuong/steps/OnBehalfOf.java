package vn.bacson.khenthuong.steps;

/**
 * A completion made by a delegate for the person who holds the task (ủy quyền): the task may be assigned to
 * {@code username}, and the dossier's history records "{@code <delegate>} thay mặt {@code displayName}".
 */
public record OnBehalfOf(String username, String displayName) {

    /** The history comment: "Thay mặt Nông Thị Lan (bxdd)", then the reviewer's own comment if any. */
    String historyComment(String comment) {
        String note = "Thay mặt " + displayName + " (" + username + ")";
        return comment == null || comment.isBlank() ? note + "." : note + ": " + comment;
    }
}
