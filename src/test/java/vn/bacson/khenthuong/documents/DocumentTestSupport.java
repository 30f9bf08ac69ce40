package vn.bacson.khenthuong.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.FileSystemResource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.common.AppProperties;

/**
 * The document generation as the application configures it (config/application.yml, the real templates and
 * fonts), without a Spring context; and the readers a user's eyes stand in for: PDF text (PDFBox), DOCX text
 * (POI) and page images.
 */
public final class DocumentTestSupport {

    public static final Path SCREENSHOTS = Path.of("docs/screenshots/documents");

    private final IssuerProperties issuer;
    private final AppProperties app;
    private final DocumentRenderer renderer;
    private final OfficialDocuments documents;

    public DocumentTestSupport() {
        try {
            StandardEnvironment environment = new StandardEnvironment();
            new YamlPropertySourceLoader()
                    .load("application", new FileSystemResource("config/application.yml"))
                    .forEach(environment.getPropertySources()::addLast);
            Binder binder = new Binder(ConfigurationPropertySources.get(environment));
            issuer = binder.bind("app.issuer", IssuerProperties.class).get();
            app = binder.bind("app", AppProperties.class).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        renderer = new DocumentRenderer(engine, issuer);
        documents = new OfficialDocuments(issuer, new Rewards(issuer), app);
    }

    public IssuerProperties issuer() {
        return issuer;
    }

    public AppProperties app() {
        return app;
    }

    public DocumentRenderer renderer() {
        return renderer;
    }

    public OfficialDocuments documents() {
        return documents;
    }

    public static Campaign campaign() {
        return new Campaign(
                UUID.randomUUID(),
                "DH-2025",
                "Thi đua chào mừng Đại hội Đảng bộ xã Bắc Sơn lần thứ I, nhiệm kỳ 2025 - 2030",
                "05/KH-UBND",
                LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 8, 20),
                20,
                Set.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH),
                CampaignLevel.COMMUNE,
                Instant.parse("2025-07-10T01:00:00Z"),
                "vhxh");
    }

    public static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pdfPages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String docxText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page 1 as a PNG in docs/screenshots/documents, for a person to check the layout. */
    public static BufferedImage screenshot(byte[] pdf, String name) {
        return screenshot(pdf, 0, name);
    }

    /** One page (from 0) as a PNG in docs/screenshots/documents. */
    public static BufferedImage screenshot(byte[] pdf, int page, String name) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
            Files.createDirectories(SCREENSHOTS);
            ImageIO.write(image, "png", SCREENSHOTS.resolve(name + ".png").toFile());
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
