package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.DocumentKind;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.HistoryAction;
import vn.bacson.khenthuong.dossier.IneligibilityReason;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.dossier.Stage;

/** Every text of the pages exists in Vietnamese and in English, so no page ever shows a raw message key. */
class WebMessagesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([a-zA-Z][a-zA-Z0-9_.-]*)[}(]");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        load("messages_vi.properties").stringPropertyNames());
    }

    @Test
    void vietnameseTextsCarryTheirDiacritics() throws IOException {
        Properties vi = load("messages_vi.properties");
        assertThat(vi.getProperty("nav.unit")).isEqualTo("Hồ sơ của đơn vị");
        assertThat(vi.getProperty("reason.DISCIPLINED")).contains("khiển trách");
    }

    @Test
    void everyKeyNamedInATemplateExists() throws IOException {
        Properties vi = load("messages_vi.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    if (!vi.containsKey(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueThePagesNameByEnumHasAText() throws IOException {
        Properties vi = load("messages_vi.properties");
        Set<String> missing = new TreeSet<>();
        check(vi, "status.", DossierStatus.values(), missing);
        check(vi, "stage.", Stage.values(), missing);
        check(vi, "reason.", IneligibilityReason.values(), missing);
        check(vi, "history.", HistoryAction.values(), missing);
        check(vi, "outcome.", Outcome.values(), missing);
        check(vi, "docKind.", DocumentKind.values(), missing);
        check(vi, "award.", AwardForm.values(), missing);
        assertThat(missing).isEmpty();
    }

    @Test
    void aTextWithArgumentsDoublesItsApostrophes() throws IOException {
        // with arguments a text goes through MessageFormat, where a lone ' starts a quote: "the commune's rule"
        // would print as "the communes rule" and hide what follows a second one
        List<String> broken = new ArrayList<>();
        for (String bundle : List.of("messages_vi.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String text = messages.getProperty(key);
                if (ARGUMENT.matcher(text).find()
                        && LONE_APOSTROPHE.matcher(text).find()) {
                    broken.add(bundle + " " + key);
                }
            }
        }
        assertThat(broken).as("texts with {n} and a single ': write it ''").isEmpty();
    }

    private static void check(Properties messages, String prefix, Enum<?>[] values, Set<String> missing) {
        for (Enum<?> value : values) {
            if (!messages.containsKey(prefix + value.name())) {
                missing.add(prefix + value.name());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new ClassPathResource(name).getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
