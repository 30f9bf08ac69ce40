package vn.bacson.khenthuong.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * Every Vietnamese letter reaches the PDF as its own glyph: the fonts are embedded without OpenType glyph
 * substitution, which is right only as long as each letter has a precomposed glyph and the text is composed (NFC)
 * before it is drawn (DocumentRenderer).
 */
class VietnameseGlyphsTest {

    private static final DocumentTestSupport SUPPORT = new DocumentTestSupport();

    /** Each vowel with each of the five tone marks and none, and đ, one word a vowel (lower and upper case). */
    private static final String LETTERS =
            "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ";

    private static final List<String> WORDS = List.of(
            "Ủy", "ban", "nhân", "dân", "xã", "Bắc", "Sơn", "Quyết", "định", "khen", "thưởng", "Nguyễn", "Thị", "Hường",
            "ỹ", "ự", "ẫ", "Ỗ", "Nghiêng", "Khuyến", "Hoằng", "Thuở");

    private static String letterWords() {
        return LETTERS + " " + LETTERS.toUpperCase(Locale.ROOT);
    }

    /** A decision for one person: the name and the position are printed in its annex. */
    private static byte[] decision(String name, String position) {
        AwardeeRow row = new AwardeeRow(
                UUID.fromString("00000000-0000-0000-0000-000000000001"),
                NomineeType.INDIVIDUAL,
                name,
                position,
                "Thôn 1",
                "Hoàn thành xuất sắc nhiệm vụ",
                "GIAY_KHEN_CHU_TICH_XA",
                null);
        DecisionData data = new DecisionData(
                "12/QĐ-UBND",
                LocalDate.of(2025, 9, 5),
                DocumentTestSupport.campaign(),
                "ND152-2025",
                List.of(row),
                LocalDate.of(2025, 8, 28));
        return SUPPORT.renderer().render(SUPPORT.documents().decision(data), DocumentFormat.PDF);
    }

    private static String words() {
        return String.join(" ", WORDS);
    }

    @Test
    void everyVietnameseLetterIsDrawnWithItsOwnGlyph() {
        String text = Normalizer.normalize(
                DocumentTestSupport.pdfText(decision("Nguyễn Thị Hường", words() + " " + letterWords())),
                Normalizer.Form.NFC);

        assertThat(text.split("[\\s,]+")).contains(WORDS.toArray(String[]::new));
        assertThat(text.split("[\\s,]+")).contains(letterWords().split(" "));
        assertThat(text).doesNotContain("#", "\uFFFD");
    }

    @Test
    void decomposedTextIsDrawnAsTheComposedLetters() {
        String nfd = Normalizer.normalize(words() + " " + letterWords(), Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(words() + " " + letterWords());

        byte[] decomposed = decision(Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD), nfd);
        byte[] composed = decision("Nguyễn Thị Hường", words() + " " + letterWords());

        assertThat(DocumentTestSupport.pdfText(decomposed)).isEqualTo(DocumentTestSupport.pdfText(composed));
        assertThat(samePixels(decomposed, composed)).isTrue();
    }

    /** The pages' pixels at 50 dpi, one array per page. */
    private static List<int[]> pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            return IntStream.range(0, document.getNumberOfPages())
                    .mapToObj(page -> {
                        try {
                            BufferedImage image = renderer.renderImageWithDPI(page, 50, ImageType.RGB);
                            BufferedImage argb =
                                    new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                            argb.getGraphics().drawImage(image, 0, 0, null);
                            return ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean samePixels(byte[] one, byte[] other) {
        return Arrays.deepEquals(pages(one).toArray(), pages(other).toArray());
    }

    @Test
    void theComparisonSeesOneToneMark() {
        assertThat(samePixels(decision("Nguyễn Thị Hường", "Trưởng thôn"), decision("Nguyễn Thị Hưởng", "Trưởng thôn")))
                .isFalse();
    }
}
