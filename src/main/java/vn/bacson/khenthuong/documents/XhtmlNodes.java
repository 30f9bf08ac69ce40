package vn.bacson.khenthuong.documents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading the document templates' XHTML for the DOCX: classes, child elements, table rows, colspans. */
final class XhtmlNodes {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "div", "table");

    private XhtmlNodes() {}

    static boolean isBlock(Element e) {
        return BLOCKS.contains(e.getTagName());
    }

    static Set<String> classes(Element e) {
        String value = e.getAttribute("class");
        return value.isBlank()
                ? Set.of()
                : Set.copyOf(Arrays.asList(value.trim().toLowerCase(Locale.ROOT).split("\\s+")));
    }

    static int span(Element cell) {
        String colspan = cell.getAttribute("colspan");
        return colspan.isBlank() ? 1 : Integer.parseInt(colspan.trim());
    }

    static List<Element> children(Element parent, String... tags) {
        List<Element> out = new ArrayList<>();
        Set<String> wanted = Set.of(tags);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && wanted.contains(e.getTagName())) {
                out.add(e);
            }
        }
        return out;
    }

    /** The rows of this table (through thead/tbody), not of tables nested in its cells. */
    static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getTagName().equals("tr")) {
                    out.add(e);
                } else if (Set.of("thead", "tbody", "tfoot").contains(e.getTagName())) {
                    out.addAll(children(e, "tr"));
                }
            }
        }
        return out;
    }

    /** The nearest ancestor-or-self that says yes or no decides. */
    static boolean ancestorMatches(Element element, Predicate<Element> yes, Predicate<Element> no) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (yes.test(e)) {
                return true;
            }
            if (no.test(e)) {
                return false;
            }
        }
        return false;
    }
}
