package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.XhtmlNodes.ancestorMatches;
import static vn.bacson.khenthuong.documents.XhtmlNodes.classes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a paragraph as DOCX runs: each piece with the bold, italic, underline and size its XHTML ancestors
 * give it (b/strong, i/em, u, the classes bold, italic, underline, s11..s16), white space collapsed as HTML does.
 */
final class DocxRuns {

    private static final int DEFAULT_SIZE = 14;
    private static final int TABLE_SIZE = 12;

    /** A piece of text with its formatting. */
    private record Run(String text, boolean bold, boolean italic, boolean underline, int size, boolean lineBreak) {}

    private final List<Run> runs = new ArrayList<>();

    /** Adds the text under {@code node}, leaving out what is for the PDF only. */
    void collect(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
            String text = node.getNodeValue().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                Element parent = (Element) node.getParentNode();
                runs.add(new Run(text, bold(parent), italic(parent), underline(parent), size(parent), false));
            }
        } else if (node instanceof Element e) {
            if (e.getTagName().equals("br")) {
                runs.add(new Run("", false, false, false, size(e), true));
            } else if (!classes(e).contains("pdf-only")) {
                for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                    collect(child);
                }
            }
        }
    }

    void writeTo(XWPFParagraph paragraph) {
        // collapse white space as HTML does: none at the start, the end, or around a line break, never two
        boolean atLineStart = true;
        List<Run> cleaned = new ArrayList<>();
        for (Run run : runs) {
            if (run.lineBreak()) {
                trimEnd(cleaned);
                cleaned.add(run);
                atLineStart = true;
                continue;
            }
            String text = run.text();
            if (atLineStart || endsWithSpace(cleaned)) {
                text = text.stripLeading();
            }
            if (!text.isEmpty()) {
                cleaned.add(new Run(text, run.bold(), run.italic(), run.underline(), run.size(), false));
                atLineStart = false;
            }
        }
        trimEnd(cleaned);
        for (Run run : cleaned) {
            XWPFRun r = paragraph.createRun();
            r.setFontFamily(DocumentRenderer.FONT_FAMILY);
            r.setFontSize(run.size());
            if (run.lineBreak()) {
                r.addBreak();
                continue;
            }
            r.setText(run.text());
            r.setBold(run.bold());
            r.setItalic(run.italic());
            if (run.underline()) {
                r.setUnderline(UnderlinePatterns.SINGLE);
            }
        }
    }

    private static boolean endsWithSpace(List<Run> runs) {
        return !runs.isEmpty()
                && !runs.get(runs.size() - 1).lineBreak()
                && runs.get(runs.size() - 1).text().endsWith(" ");
    }

    private static void trimEnd(List<Run> runs) {
        while (!runs.isEmpty()) {
            Run last = runs.get(runs.size() - 1);
            if (last.lineBreak()) {
                return;
            }
            String text = last.text().stripTrailing();
            runs.remove(runs.size() - 1);
            if (!text.isEmpty()) {
                runs.add(new Run(text, last.bold(), last.italic(), last.underline(), last.size(), false));
                return;
            }
        }
    }

    private static boolean bold(Element element) {
        return ancestorMatches(
                element,
                e -> Set.of("b", "strong", "th", "h1", "h2", "h3").contains(e.getTagName())
                        || classes(e).contains("bold"),
                e -> classes(e).contains("normal"));
    }

    private static boolean italic(Element element) {
        return ancestorMatches(
                element,
                e -> Set.of("i", "em").contains(e.getTagName()) || classes(e).contains("italic"),
                e -> classes(e).contains("upright"));
    }

    private static boolean underline(Element element) {
        return ancestorMatches(
                element,
                e -> e.getTagName().equals("u")
                        || classes(e).contains("underline")
                        || classes(e).contains("motto"),
                e -> false);
    }

    private static int size(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            for (String c : classes(e)) {
                if (c.matches("s\\d\\d")) {
                    return Integer.parseInt(c.substring(1));
                }
            }
            if (e.getTagName().equals("table") && classes(e).contains("grid")) {
                return TABLE_SIZE;
            }
        }
        return DEFAULT_SIZE;
    }
}
