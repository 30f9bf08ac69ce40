package vn.bacson.khenthuong.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads the QR codes of a PDF page as a phone would: the page drawn as an image (PDFBox), decoded by ZXing. */
public final class QrCodes {

    private QrCodes() {}

    /** The texts of the QR codes on one page (from 0), drawn at 200 dpi; empty when there is none. */
    public static List<String> onPage(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return decode(new PDFRenderer(document).renderImageWithDPI(page, 200));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> decode(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            Result[] found = new QRCodeMultiReader()
                    .decodeMultiple(
                            bitmap,
                            Map.of(
                                    DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE,
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.QR_CODE)));
            return Arrays.stream(found).map(Result::getText).toList();
        } catch (NotFoundException none) {
            return List.of();
        }
    }
}
