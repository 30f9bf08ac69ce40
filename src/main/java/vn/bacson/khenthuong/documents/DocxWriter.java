package vn.bacson.khenthuong.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The DOCX twin of a document's XHTML: the same paragraphs, tables and runs, in Times New Roman on A4 with the
 * margins of Decree 30/2020. Understands the small vocabulary the document templates use: p, h1, h2, div
 * (page-break), table (grid = ruled, layout = invisible), th/td with colspan, b/strong, i/em, u, span, br and the
 * classes center, right, justify, indent, bold, italic, underline, s11..s16, rule (a short line, PDF only).
 */
final class DocxWriter {

    private static final int TWIPS_PER_MM = 57; // 1440 twips per inch / 25.4
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int DEFAULT_SIZE = 14;
    private static final int TABLE_SIZE = 12;
    private static final Pattern WIDTH = Pattern.compile("width:\\s*(\\d+(?:\\.\\d+)?)%");

    private final XWPFDocument docx = new XWPFDocument();
    private final int textWidth;
    private boolean pageBreakPending;
    private final Set<XWPFTableCell> startedCells = Collections.newSetFromMap(new IdentityHashMap<>());

    private DocxWriter(boolean landscape) {
        CTSectPr section = docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        CTPageMar margins = section.addNewPgMar();
        if (landscape) {
            size.setW(BigInteger.valueOf(A4_LONG));
            size.setH(BigInteger.valueOf(A4_SHORT));
            size.setOrient(STPageOrientation.LANDSCAPE);
            margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
            margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
            margins.setLeft(BigInteger.valueOf(25L * TWIPS_PER_MM));
            margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
            textWidth = A4_LONG - 40 * TWIPS_PER_MM;
        } else {
            size.setW(BigInteger.valueOf(A4_SHORT));
            size.setH(BigInteger.valueOf(A4_LONG));
            margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
            margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
            margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
            margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
            textWidth = A4_SHORT - 45 * TWIPS_PER_MM;
        }
    }

    static byte[] write(org.w3c.dom.Document xhtml) {
        Element body = (Element) xhtml.getElementsByTagName("body").item(0);
        DocxWriter writer = new DocxWriter(classes(body).contains("landscape"));
        writer.blocks(body, writer.docx, writer.textWidth);
        try (XWPFDocument document = writer.docx;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setCreator("Thi đua, khen thưởng");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The block children of a container, in order; loose inline content becomes one paragraph. */
    private void blocks(Element container, IBody target, int width) {
        List<Node> inline = new ArrayList<>();
        for (Node child = container.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && isBlock(e)) {
                flushInline(container, inline, target);
                block(e, target, width);
            } else {
                inline.add(child);
            }
        }
        flushInline(container, inline, target);
    }

    private void flushInline(Element container, List<Node> inline, IBody target) {
        boolean hasText = inline.stream()
                .anyMatch(n -> !n.getTextContent().isBlank()
                        || (n instanceof Element e && e.getTagName().equals("br")));
        if (hasText) {
            XWPFParagraph paragraph = paragraph(target, container);
            List<Run> runs = new ArrayList<>();
            for (Node node : inline) {
                collect(node, container, runs);
            }
            write(paragraph, runs);
        }
        inline.clear();
    }

    private void block(Element element, IBody target, int width) {
        String tag = element.getTagName();
        Set<String> classes = classes(element);
        switch (tag) {
            case "table" -> table(element, target, width);
            case "p", "h1", "h2", "h3" -> {
                if (classes.contains("rule") || classes.contains("pdf-only")) {
                    return;
                }
                XWPFParagraph paragraph = paragraph(target, element);
                List<Run> runs = new ArrayList<>();
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    collect(child, element, runs);
                }
                write(paragraph, runs);
            }
            default -> {
                if (classes.contains("page-break")) {
                    pageBreakPending = true;
                }
                if (!classes.contains("pdf-only")) {
                    blocks(element, target, width);
                }
            }
        }
    }

    private XWPFParagraph paragraph(IBody target, Element element) {
        XWPFParagraph paragraph = target instanceof XWPFTableCell cell ? cellParagraph(cell) : docx.createParagraph();
        if (pageBreakPending && target == docx) {
            paragraph.setPageBreak(true);
            pageBreakPending = false;
        }
        paragraph.setAlignment(alignment(element));
        boolean inTable = target instanceof XWPFTableCell;
        paragraph.setSpacingAfter(inTable ? 0 : 100);
        paragraph.setSpacingBefore(inTable ? 0 : 20);
        if (classes(element).contains("indent")) {
            paragraph.setIndentationFirstLine(10 * TWIPS_PER_MM);
        }
        return paragraph;
    }

    /** A new cell starts with one empty paragraph: use it first. */
    private XWPFParagraph cellParagraph(XWPFTableCell cell) {
        if (startedCells.add(cell)) {
            return cell.getParagraphs().get(0);
        }
        return cell.addParagraph();
    }

    private void table(Element element, IBody target, int width) {
        boolean grid = classes(element).contains("grid");
        List<Element> rows = descendants(element, "tr");
        if (rows.isEmpty()) {
            return;
        }
        int[] columnWidths = columnWidths(rows.get(0), width);
        if (target instanceof XWPFTableCell) {
            throw new IllegalStateException("document templates must not nest tables");
        }
        if (pageBreakPending) {
            XWPFParagraph breakParagraph = docx.createParagraph();
            breakParagraph.createRun().addBreak(BreakType.PAGE);
            pageBreakPending = false;
        }
        XWPFTable table = docx.createTable();
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblWidth tableWidth = table.getCTTbl().getTblPr().isSetTblW()
                ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        tableWidth.setType(STTblWidth.DXA);
        tableWidth.setW(BigInteger.valueOf(width));
        if (!grid) {
            table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
        }
        for (int r = 0; r < rows.size(); r++) {
            Element tr = rows.get(r);
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            if (tr.getParentNode() instanceof Element parent
                    && parent.getTagName().equals("thead")) {
                row.setRepeatHeader(true);
            }
            List<Element> cells = children(tr, "td", "th");
            int column = 0;
            for (int c = 0; c < cells.size(); c++) {
                Element td = cells.get(c);
                XWPFTableCell cell = c < row.getTableCells().size() ? row.getCell(c) : row.addNewTableCell();
                int span = span(td);
                int cellWidth = 0;
                for (int k = column; k < Math.min(column + span, columnWidths.length); k++) {
                    cellWidth += columnWidths[k];
                }
                column += span;
                var tcPr = cell.getCTTc().isSetTcPr()
                        ? cell.getCTTc().getTcPr()
                        : cell.getCTTc().addNewTcPr();
                tcPr.addNewTcW().setW(BigInteger.valueOf(Math.max(cellWidth, 200)));
                tcPr.getTcW().setType(STTblWidth.DXA);
                if (span > 1) {
                    tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
                }
                blocks(td, cell, Math.max(cellWidth - 200, 400));
            }
            // a row of the first table row's shape may have fewer cells (colspan): drop the extra empty ones
            while (row.getTableCells().size() > cells.size()) {
                row.removeCell(row.getTableCells().size() - 1);
            }
        }
    }

    private static int[] columnWidths(Element firstRow, int width) {
        List<Element> cells = children(firstRow, "td", "th");
        List<Double> percents = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        int columns = 0;
        for (Element cell : cells) {
            Matcher m = WIDTH.matcher(cell.getAttribute("style"));
            int span = span(cell);
            columns += span;
            spans.add(span);
            percents.add(m.find() ? Double.parseDouble(m.group(1)) : -1);
        }
        double given = percents.stream()
                .filter(p -> p > 0)
                .mapToDouble(Double::doubleValue)
                .sum();
        long unspecified = percents.stream().filter(p -> p <= 0).count();
        double rest = unspecified == 0 ? 0 : Math.max(0, 100 - given) / unspecified;
        int[] widths = new int[columns];
        int column = 0;
        for (int i = 0; i < cells.size(); i++) {
            double percent = percents.get(i) > 0 ? percents.get(i) : rest;
            int span = spans.get(i);
            for (int k = 0; k < span; k++) {
                widths[column++] = (int) (width * percent / 100 / span);
            }
        }
        return widths;
    }

    /** A piece of text with its formatting. */
    private record Run(String text, boolean bold, boolean italic, boolean underline, int size, boolean lineBreak) {}

    private void collect(Node node, Element paragraph, List<Run> runs) {
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
                    collect(child, paragraph, runs);
                }
            }
        }
    }

    private static void write(XWPFParagraph paragraph, List<Run> runs) {
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
                r.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
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

    private static ParagraphAlignment alignment(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            Set<String> classes = classes(e);
            if (classes.contains("center")
                    || e.getTagName().equals("h1")
                    || e.getTagName().equals("h2")
                    || e.getTagName().equals("th")) {
                return ParagraphAlignment.CENTER;
            }
            if (classes.contains("right")) {
                return ParagraphAlignment.RIGHT;
            }
            if (classes.contains("left") || e.getTagName().equals("td")) {
                return ParagraphAlignment.LEFT;
            }
            if (classes.contains("justify")) {
                return ParagraphAlignment.BOTH;
            }
        }
        return ParagraphAlignment.BOTH;
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

    private interface Test {
        boolean test(Element e);
    }

    /** The nearest ancestor-or-self that says yes or no decides. */
    private static boolean ancestorMatches(Element element, Test yes, Test no) {
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

    private static boolean isBlock(Element e) {
        return Set.of("p", "h1", "h2", "h3", "div", "table").contains(e.getTagName());
    }

    private static int span(Element cell) {
        String colspan = cell.getAttribute("colspan");
        return colspan.isBlank() ? 1 : Integer.parseInt(colspan.trim());
    }

    private static Set<String> classes(Element e) {
        String value = e.getAttribute("class");
        return value.isBlank()
                ? Set.of()
                : Set.copyOf(Arrays.asList(value.trim().toLowerCase(Locale.ROOT).split("\\s+")));
    }

    private static List<Element> children(Element parent, String... tags) {
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
    private static List<Element> descendants(Element table, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getTagName().equals(tag)) {
                    out.add(e);
                } else if (Set.of("thead", "tbody", "tfoot").contains(e.getTagName())) {
                    out.addAll(children(e, tag));
                }
            }
        }
        return out;
    }
}
