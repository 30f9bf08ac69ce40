package vn.bacson.khenthuong.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** poppler's {@code pdfsig}: how a reader outside the system sees the signatures of a PDF. */
public final class Pdfsig {

    private Pdfsig() {}

    /** pdfsig's report of the file (signer, "Signature is Valid.", "Total document signed"); fails when it fails. */
    public static String report(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("signed", ".pdf");
        try {
            Files.write(file, pdf);
            Process process = new ProcessBuilder("pdfsig", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pdfsig failed: " + out);
            }
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
