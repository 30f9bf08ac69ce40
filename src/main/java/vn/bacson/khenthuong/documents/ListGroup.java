package vn.bacson.khenthuong.documents;

import java.util.List;

/**
 * A table group of a document's attached list (the decision's, the Tờ trình's): collectives, households or
 * individuals, with its heading, column headings, rows, count and subtotal.
 */
public record ListGroup(
        String heading, String nameHeading, String descriptionHeading, List<Row> rows, String count, String subtotal) {

    /** One line of the group: number, name, description, and the amount or the achievement. */
    public record Row(int no, String name, String description, String amount) {}
}
