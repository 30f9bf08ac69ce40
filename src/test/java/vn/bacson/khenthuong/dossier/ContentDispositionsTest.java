package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;

class ContentDispositionsTest {

    @Test
    void aVietnameseNameTravelsExactlyInFilenameStarWithAnAsciiFallback() {
        String header = ContentDispositions.attachment("Báo cáo thành tích Đỗ Thị Hương.pdf");

        assertThat(header).startsWith("attachment; ");
        assertThat(header).contains("filename=\"Bao cao thanh tich Do Thi Huong.pdf\"");
        assertThat(header).matches("\\p{ASCII}*");
        // a client following RFC 6266 reads back exactly the stored name
        assertThat(ContentDisposition.parse(header).getFilename()).isEqualTo("Báo cáo thành tích Đỗ Thị Hương.pdf");
        String encoded = header.substring(header.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Báo cáo thành tích Đỗ Thị Hương.pdf");
    }

    @Test
    void quotesAndLineBreaksCannotEndTheHeaderOrAddAnother() {
        String header = ContentDispositions.attachment("a\"; filename=evil.exe\r\nSet-Cookie: x=1\r\n.pdf");

        assertThat(header).doesNotContain("\r").doesNotContain("\n");
        assertThat(header).matches("\\p{ASCII}*");
        // exactly two quotes: the ones around the fallback name
        assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
        assertThat(header).contains("filename=\"a__ filename=evil.exeSet-Cookie: x=1.pdf\"");
        ContentDisposition parsed = ContentDisposition.parse(header);
        assertThat(parsed.getType()).isEqualTo("attachment");
        assertThat(parsed.getFilename()).isEqualTo("a\"; filename=evil.exeSet-Cookie: x=1.pdf");
    }

    @Test
    void pathsAndInvisibleCharactersAreStrippedFromStoredNames() {
        assertThat(FileNames.clean("C:\\Users\\thon1\\Tờ trình.docx")).isEqualTo("Tờ trình.docx");
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("hoso\u202Efdp.exe")).isEqualTo("hosofdp.exe");
        assertThat(FileNames.clean("   ")).isEqualTo("tai-lieu");
        assertThat(FileNames.clean(null)).isEqualTo("tai-lieu");
        assertThat(FileNames.clean("x".repeat(400) + ".pdf")).hasSize(FileNames.MAX_LENGTH);
    }

    @Test
    void theExtensionTellsTheTruthAboutTheDetectedType() {
        assertThat(FileNames.withExtensionOf("bien-ban.exe", ContentSniffer.PDF))
                .isEqualTo("bien-ban.exe.pdf");
        assertThat(FileNames.withExtensionOf("anh.JPG", ContentSniffer.JPEG)).isEqualTo("anh.JPG");
        assertThat(FileNames.withExtensionOf("to-trinh", ContentSniffer.DOCX)).isEqualTo("to-trinh.docx");
    }

    @Test
    void aNameWithoutAnyAsciiLetterStillHasAFallback() {
        assertThat(ContentDispositions.asciiFallback("\"\"")).isEqualTo("__");
        assertThat(ContentDispositions.asciiFallback("文件")).isEqualTo("__");
    }
}
