package vn.bacson.khenthuong.dossier;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/** Uploaded file names as we keep them: no path, no control or bidi-override characters, at most 255 characters. */
final class FileNames {

    static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "tai-lieu";

    private FileNames() {}

    static String clean(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && !isFormatting(cp))
                .forEach(out::appendCodePoint);
        String result = out.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1);
        }
        if (result.isBlank()) {
            return FALLBACK;
        }
        return truncate(result, MAX_LENGTH);
    }

    /** Keeps the name but makes its extension tell the truth about the detected type ("x.exe" → "x.exe.pdf"). */
    static String withExtensionOf(String cleanName, String contentType) {
        List<String> extensions = ContentSniffer.EXTENSIONS.get(contentType);
        if (extensions == null) {
            return cleanName;
        }
        int dot = cleanName.lastIndexOf('.');
        String extension = dot < 0 ? "" : cleanName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (extensions.contains(extension)) {
            return cleanName;
        }
        String suffix = "." + extensions.get(0);
        return truncate(cleanName, MAX_LENGTH - suffix.length()) + suffix;
    }

    private static boolean isFormatting(int cp) {
        // bidi overrides and isolates can make "gdp.exe" look like "exe.pdg"; zero-width characters hide text
        return Character.getType(cp) == Character.FORMAT;
    }

    private static String truncate(String value, int maxLength) {
        if (value.length() <= maxLength) {
            return value;
        }
        int end = maxLength;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }
}
