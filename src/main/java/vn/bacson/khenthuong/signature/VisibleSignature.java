package vn.bacson.khenthuong.signature;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The visible signature block of Decree 30/2020: placed in the signer's signing space (above the printed name in
 * the signature column), drawn with the seal image on the left and the signer, title, organisation and time.
 */
final class VisibleSignature {

    static final float WIDTH = 230;
    static final float HEIGHT = 60;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss xxx");

    /** Where the block goes: the page and the rectangle in PDF user space. */
    record Placement(int page, PDRectangle rectangle) {}

    private VisibleSignature() {}

    /**
     * The signing space above the first line on any page that reads exactly the signer's name (the signature
     * column); without one, the lower right of the last page.
     */
    static Placement place(PDDocument document, String signerName) throws IOException {
        NameFinder finder = new NameFinder(signerName.strip());
        for (int page = 1; page <= document.getNumberOfPages() && finder.found == null; page++) {
            finder.setStartPage(page);
            finder.setEndPage(page);
            finder.page = page - 1;
            finder.getText(document);
        }
        if (finder.found != null) {
            TextPosition first = finder.found.get(0);
            TextPosition last = finder.found.get(finder.found.size() - 1);
            PDPage page = document.getPage(finder.foundPage);
            float pageHeight = page.getMediaBox().getHeight();
            float centre = (first.getXDirAdj() + last.getXDirAdj() + last.getWidthDirAdj()) / 2;
            float baselineFromBottom = pageHeight - first.getYDirAdj();
            float bottom = baselineFromBottom + first.getHeightDir() + 2;
            return new Placement(finder.foundPage, new PDRectangle(centre - WIDTH / 2, bottom, WIDTH, HEIGHT));
        }
        int last = document.getNumberOfPages() - 1;
        PDRectangle box = document.getPage(last).getMediaBox();
        return new Placement(last, new PDRectangle(box.getWidth() - WIDTH - 40, 80, WIDTH, HEIGHT));
    }

    /** A one-page PDF whose signature field carries the block's appearance, as PDFBox takes it for a signature. */
    static InputStream template(PDDocument document, Placement placement, SignatureBlock block) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(document.getPage(placement.page()).getMediaBox());
            template.addPage(page);
            PDAcroForm form = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            widget.setRectangle(placement.rectangle());
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject xobject = new PDFormXObject(new PDStream(template));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(WIDTH, HEIGHT));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream content = new PDPageContentStream(template, stream)) {
                draw(template, content, block);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            template.save(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    private static void draw(PDDocument template, PDPageContentStream content, SignatureBlock block)
            throws IOException {
        float sealSize = HEIGHT - 4;
        if (block.sealPng() != null && block.sealPng().length > 0) {
            PDImageXObject seal = PDImageXObject.createFromByteArray(template, block.sealPng(), "seal.png");
            content.drawImage(seal, 2, 2, sealSize, sealSize);
        }
        PDFont regular;
        PDFont bold;
        try (InputStream r = font("LiberationSerif-Regular.ttf");
                InputStream b = font("LiberationSerif-Bold.ttf")) {
            regular = PDType0Font.load(template, r);
            bold = PDType0Font.load(template, b);
        }
        content.setStrokingColor(new Color(200, 16, 46));
        content.setLineWidth(0.8f);
        content.addRect(sealSize + 6, 1, WIDTH - sealSize - 7, HEIGHT - 2);
        content.stroke();
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(bold, "Ký bởi: " + block.signerName()));
        lines.add(new Line(regular, "Chức vụ: " + block.signerTitle()));
        lines.add(new Line(regular, "Cơ quan: " + block.organization()));
        lines.add(new Line(regular, "Thời gian ký: " + TIME.format(block.signedAt())));
        float x = sealSize + 10;
        float maxWidth = WIDTH - x - 4;
        float y = HEIGHT - 13;
        content.setNonStrokingColor(Color.BLACK);
        for (Line line : lines) {
            float size = 8.5f;
            while (size > 5 && line.font().getStringWidth(line.text()) / 1000 * size > maxWidth) {
                size -= 0.5f;
            }
            content.beginText();
            content.setFont(line.font(), size);
            content.newLineAtOffset(x, y);
            content.showText(line.text());
            content.endText();
            y -= 13.5f;
        }
    }

    private record Line(PDFont font, String text) {}

    private static InputStream font(String file) {
        InputStream in = VisibleSignature.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing");
        }
        return in;
    }

    /** Finds the first text line that reads exactly the signer's name. */
    private static final class NameFinder extends PDFTextStripper {
        private final String name;
        private int page;
        private int foundPage;
        private List<TextPosition> found;

        NameFinder(String name) throws IOException {
            this.name = name;
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (found != null) {
                return;
            }
            List<TextPosition> match = positionsOf(name, positions);
            if (!match.isEmpty()) {
                found = match;
                foundPage = page;
            }
        }
    }

    /**
     * The glyphs of {@code text} within a line (the signature column shares its line with "Nơi nhận"), or none.
     * A glyph may carry more than one character (a letter with its tone mark), so offsets are counted per glyph.
     */
    static List<TextPosition> positionsOf(String text, List<TextPosition> line) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[line.size()];
        for (int i = 0; i < line.size(); i++) {
            starts[i] = joined.length();
            joined.append(line.get(i).getUnicode());
        }
        String normalized = java.text.Normalizer.normalize(joined, java.text.Normalizer.Form.NFC);
        int at = normalized.equals(joined.toString()) ? normalized.indexOf(text) : joined.indexOf(text);
        if (at < 0) {
            return List.of();
        }
        List<TextPosition> match = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            if (starts[i] >= at && starts[i] < at + text.length()) {
                match.add(line.get(i));
            }
        }
        return match;
    }
}
