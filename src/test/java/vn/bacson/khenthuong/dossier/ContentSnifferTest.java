package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void aPdfIsRecognisedByItsHeader() {
        byte[] pdf = ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(sniffer.detect(pdf)).contains(ContentSniffer.PDF);
    }

    @Test
    void pngAndJpegAreRecognised() {
        byte[] png = {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1A,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0,
            (byte) 0x90,
            0x77,
            0x53,
            (byte) 0xDE
        };
        byte[] jpeg = {
            (byte) 0xFF,
            (byte) 0xD8,
            (byte) 0xFF,
            (byte) 0xE0,
            0,
            16,
            'J',
            'F',
            'I',
            'F',
            0,
            1,
            1,
            0,
            0,
            1,
            0,
            1,
            0,
            0,
            (byte) 0xFF,
            (byte) 0xD9
        };
        assertThat(sniffer.detect(png)).contains(ContentSniffer.PNG);
        assertThat(sniffer.detect(jpeg)).contains(ContentSniffer.JPEG);
    }

    @Test
    void aDocxIsAZipCarryingWordDocumentXml() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
        assertThat(sniffer.detect(docx)).contains(ContentSniffer.DOCX);
    }

    @Test
    void aDocxIsRecognisedWhateverTheOrderOfItsEntries() throws IOException {
        byte[] docx = zip("word/document.xml", "_rels/.rels", "[Content_Types].xml");
        assertThat(sniffer.detect(docx)).contains(ContentSniffer.DOCX);
    }

    @Test
    void otherZipsAndMacroDocumentsAreRefused() throws IOException {
        assertThat(sniffer.detect(zip("[Content_Types].xml", "xl/workbook.xml")))
                .isEmpty();
        assertThat(sniffer.detect(zip("payload.exe"))).isEmpty();
        assertThat(sniffer.detect(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin")))
                .isEmpty();
    }

    @Test
    void aWordDocIsAnOle2FileWithAWordDocumentStream() {
        assertThat(sniffer.detect(ole2("WordDocument"))).contains(ContentSniffer.DOC);
        assertThat(sniffer.detect(ole2("Workbook"))).isEmpty();
    }

    @Test
    void anExecutableOrTextNamedPdfIsRefused() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        System.arraycopy(
                "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII), 0, exe, 0x4E, 39);
        byte[] text = "Tờ trình đề nghị khen thưởng (giả làm .pdf)".getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThat(sniffer.detect(exe)).isEmpty();
        assertThat(sniffer.detect(text)).isEmpty();
        assertThat(sniffer.detect(html)).isEmpty();
        assertThat(sniffer.detect(new byte[0])).isEmpty();
    }

    @Test
    void aTruncatedZipIsRefused() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length - 30);
        assertThat(sniffer.detect(truncated)).isEmpty();
    }

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A minimal OLE2 compound file: the header, then one directory sector whose second entry is the stream. */
    static byte[] ole2(String streamName) {
        byte[] b = new byte[1024];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        b[0x1A] = 0x3E; // minor version
        b[0x1C] = (byte) 0xFE; // byte order mark FFFE
        b[0x1D] = (byte) 0xFF;
        b[0x1E] = 9; // sector shift: 512
        b[0x20] = 6; // mini sector shift
        directoryEntry(b, 512, "Root Entry", 5);
        directoryEntry(b, 512 + 128, streamName, 2);
        return b;
    }

    private static void directoryEntry(byte[] b, int offset, String name, int type) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(utf16, 0, b, offset, utf16.length);
        b[offset + 0x40] = (byte) (utf16.length + 2);
        b[offset + 0x42] = (byte) type;
    }
}
