package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One installation serves every commune of a province, and its province is configuration: no page, e-mail or text
 * may print a commune's or the province's name that it did not get from the commune's settings or the
 * configuration. A name in a template's sample text (replaced by {@code th:text} when drawn), a comment or an input's
 * placeholder is not printed; anything else is. This found the e-mail letterhead that said Bắc Sơn for every
 * commune and the header that named Bắc Sơn to the province's reviewers.
 */
class NoPlaceNamesInTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern PLACE_NAMES =
            Pattern.compile("bắc sơn|bac son|lạng sơn|lang son|vũ lễ|vu le", Pattern.CASE_INSENSITIVE);
    /** An element whose content th:text or th:utext replaces, with no element inside it. */
    private static final Pattern REPLACED_CONTENT =
            Pattern.compile("<([\\w:]+)\\b[^>]*\\bth:u?text=\"[^\"]*\"[^>]*>[^<]*</\\1>", Pattern.DOTALL);

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern NOT_PRINTED = Pattern.compile("\\b(?:th:[\\w-]+|placeholder)=\"[^\"]*\"");
    /** A message that shows an example of what to type, e.g. "(ví dụ ỦY BAN NHÂN DÂN XÃ VŨ LỄ)". */
    private static final Pattern EXAMPLE = Pattern.compile("\\((?:ví dụ|e\\.g\\.)[^)]*\\)");

    @Test
    void templatesPrintNoPlaceNameOfTheirOwn() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String printed = printed(Files.readString(file, StandardCharsets.UTF_8));
                Matcher name = PLACE_NAMES.matcher(printed);
                while (name.find()) {
                    found.add(TEMPLATES.relativize(file) + ": …"
                            + printed.substring(Math.max(0, name.start() - 60), name.end()) + "…");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void messagesNameNoPlaceButInExamples() throws IOException {
        List<String> found = new ArrayList<>();
        for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
            for (String line : Files.readAllLines(Path.of("src/main/resources", bundle), StandardCharsets.UTF_8)) {
                if (!line.startsWith("#")
                        && PLACE_NAMES
                                .matcher(EXAMPLE.matcher(line).replaceAll(""))
                                .find()) {
                    found.add(bundle + ": " + line);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckSeesAPrintedNameAndLetsSampleTextBe() {
        assertThat(printed("<p style=\"x\">ỦY BAN NHÂN DÂN XÃ BẮC SƠN</p>")).contains("BẮC SƠN");
        assertThat(printed("<p>tỉnh <th:block th:text=\"${province}\">Lạng Sơn</th:block></p>"))
                .doesNotContain("Lạng Sơn");
        assertThat(printed("<input placeholder=\"Xã Vũ Lễ\"><!-- Bắc Sơn -->")).doesNotContain("Vũ Lễ", "Bắc Sơn");
    }

    /** The text of a template that is printed as it stands. */
    private static String printed(String template) {
        String text = COMMENT.matcher(template).replaceAll("");
        String before;
        do {
            before = text;
            text = REPLACED_CONTENT.matcher(text).replaceAll("");
        } while (!text.equals(before));
        return NOT_PRINTED.matcher(text).replaceAll("");
    }
}
