package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.XhtmlNodes.classes;
import static vn.bacson.khenthuong.documents.XhtmlNodes.isBlock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The DOCX twin of a document's XHTML: the same paragraphs, tables ({@link DocxTables}) and runs
 * ({@link DocxRuns}), in Times New Roman on A4 with the margins of Decree 30/2020. Understands the small vocabulary the document templates use: p, h1, h2, div
 * (page-break), table (grid = ruled, layout = invisible), th/td with colspan, b/strong, i/em, u, span, br and the
 * classes center, right, justify, indent, bold, italic, underline, s11..s16, rule (a short line, PDF only).
 */
final class DocxWriter {

    private static final int TWIPS_PER_MM = 57; // 1440 twips per inch / 25.4
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;

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
            DocxRuns runs = new DocxRuns();
            inline.forEach(runs::collect);
            runs.writeTo(paragraph);
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
                DocxRuns runs = new DocxRuns();
                for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                    runs.collect(child);
                }
                runs.writeTo(paragraph);
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
        List<Element> rows = XhtmlNodes.rows(element);
        if (rows.isEmpty()) {
            return;
        }
        if (target instanceof XWPFTableCell) {
            throw new IllegalStateException("document templates must not nest tables");
        }
        if (pageBreakPending) {
            XWPFParagraph breakParagraph = docx.createParagraph();
            breakParagraph.createRun().addBreak(BreakType.PAGE);
            pageBreakPending = false;
        }
        DocxTables.write(docx, element, rows, width, this::blocks);
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
}
