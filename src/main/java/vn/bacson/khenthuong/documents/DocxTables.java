package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.XhtmlNodes.children;
import static vn.bacson.khenthuong.documents.XhtmlNodes.classes;
import static vn.bacson.khenthuong.documents.XhtmlNodes.span;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.w3c.dom.Element;

/**
 * An XHTML table as a DOCX table of the given width: ruled (class grid) or invisible (layout), column widths from
 * the first row's {@code width: n%}, colspans, a repeated header row for thead.
 */
final class DocxTables {

    private static final Pattern WIDTH = Pattern.compile("width:\\s*(\\d+(?:\\.\\d+)?)%");

    /** Writes what a cell holds into the DOCX cell, at the width left inside it. */
    interface CellContent {
        void write(Element td, XWPFTableCell cell, int width);
    }

    private DocxTables() {}

    static void write(XWPFDocument docx, Element element, List<Element> rows, int width, CellContent content) {
        boolean grid = classes(element).contains("grid");
        int[] columnWidths = columnWidths(rows.get(0), width);
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
                content.write(td, cell, Math.max(cellWidth - 200, 400));
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
}
