package vn.bacson.khenthuong.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Settings;

/**
 * Draws up an official document: Thymeleaf renders the template of the campaign's template set to XHTML, which
 * is parsed once and becomes both the PDF (openhtmltopdf, A4, Liberation Serif embedded under the name Times New
 * Roman) and the DOCX ({@link DocxWriter}), so the two always hold the same text.
 *
 * <p>The text is put in Unicode NFC first, so every Vietnamese letter is one precomposed character with a glyph of
 * its own in the font; the fonts are therefore embedded with OpenType glyph substitution (GSUB) off. With GSUB on,
 * PDFBox 3 builds and compiles a regular expression of the font's substitutions for every string it draws, about
 * half of the CPU time of a decision's PDF, for no change in the glyphs drawn (pages pixel-identical at 100 dpi).
 *
 * <p>Templates live in {@code templates/documents/}: {@code documents/<set>/<name>.html} when a template set
 * needs its own layout, otherwise the shared {@code documents/<name>.html}.
 */
@Component
public class DocumentRenderer {

    static final String FONT_FAMILY = "Times New Roman";
    private static final String[][] FONTS = {
        {"fonts/LiberationSerif-Regular.ttf", "400", "NORMAL"},
        {"fonts/LiberationSerif-Bold.ttf", "700", "NORMAL"},
        {"fonts/LiberationSerif-Italic.ttf", "400", "ITALIC"},
        {"fonts/LiberationSerif-BoldItalic.ttf", "700", "ITALIC"}
    };

    private final ITemplateEngine templates;
    private final IssuerProperties issuer;
    private final byte[][] fonts;

    private final Supplier<Settings> commune;

    /** Renders in the current commune: its issuer block on every page. */
    @Autowired
    public DocumentRenderer(ITemplateEngine templates, IssuerProperties issuer, CommuneSettings communeSettings) {
        this(templates, issuer, communeSettings::current);
    }

    /** Renders with app.issuer alone (tests of one commune). */
    public DocumentRenderer(ITemplateEngine templates, IssuerProperties issuer) {
        this(templates, issuer, (Supplier<Settings>) null);
    }

    private DocumentRenderer(ITemplateEngine templates, IssuerProperties issuer, Supplier<Settings> commune) {
        this.templates = templates;
        this.issuer = issuer;
        this.commune = commune;
        this.fonts = new byte[FONTS.length][];
        for (int i = 0; i < FONTS.length; i++) {
            fonts[i] = read(FONTS[i][0]);
        }
    }

    private IssuerProperties issuer() {
        return commune == null ? issuer : issuer.in(commune.get());
    }

    public byte[] render(OfficialDocument document, DocumentFormat format) {
        Document xhtml = xhtml(document);
        return format == DocumentFormat.PDF ? pdf(xhtml) : DocxWriter.write(xhtml);
    }

    /** The XHTML text the template produces, for tests and for looking at a template while writing it. */
    String html(OfficialDocument document) {
        Context context = new Context(Locale.forLanguageTag("vi"), document.model());
        context.setVariable("issuer", issuer());
        context.setVariable("templateSet", issuer.templateSet(document.templateSet()));
        context.setVariable("templateSetCode", document.templateSet());
        return templates.process(templateName(document), context);
    }

    private String templateName(OfficialDocument document) {
        String own = "documents/" + document.templateSet() + "/" + document.template();
        return new ClassPathResource("templates/" + own + ".html").exists() ? own : "documents/" + document.template();
    }

    private Document xhtml(OfficialDocument document) {
        // text stored before the input rule may hold characters XML forbids: drop them, never fail the document;
        // decomposed letters (NFD, as some keyboards and pasted text give them) are composed, see the class comment
        String html = Normalizer.normalize(TextRules.clean(html(document)), Normalizer.Form.NFC);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("template " + document.template() + " is not well-formed XHTML", e);
        }
    }

    private byte[] pdf(Document xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.withProducer(issuer().name());
            for (int i = 0; i < FONTS.length; i++) {
                builder.useFont(
                        new WithoutGlyphSubstitution(pdf, fonts[i]),
                        FONT_FAMILY,
                        Integer.valueOf(FONTS[i][1]),
                        FontStyle.valueOf(FONTS[i][2]),
                        true);
            }
            builder.withW3cDocument(xhtml, "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * One face, embedded as a subset with GSUB off (see the class comment), loaded into the document only when the
     * layout first asks for it, as openhtmltopdf does with a font given as a stream.
     */
    private static final class WithoutGlyphSubstitution extends PDFontSupplier {

        private final PDDocument pdf;
        private final byte[] bytes;
        private PDFont font;

        WithoutGlyphSubstitution(PDDocument pdf, byte[] bytes) {
            super(null);
            this.pdf = pdf;
            this.bytes = bytes;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
                    pdf.registerTrueTypeFontForClosing(ttf);
                    ttf.setEnableGsub(false);
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " is missing", e);
        }
    }
}
