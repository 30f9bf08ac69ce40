package vn.bacson.khenthuong.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import vn.bacson.khenthuong.dossier.DossierRequest;
import vn.bacson.khenthuong.dossier.NomineeInput;

class TextRulesTest {

    @Test
    void everyCharacterXmlForbidsOrABidiOverrideIsRefused() {
        for (String bad : List.of(
                "\u0000", "\u0001", "\u001F", "\u000B", "\uFFFE", "\uFFFF", "\uD800", "\uDC00", "\u202E", "\u2066")) {
            assertThat(TextRules.check("title", "Hồ sơ " + bad + " thôn 1"))
                    .as("U+%04X", (int) bad.charAt(0))
                    .hasValueSatisfying(v -> {
                        assertThat(v.field()).isEqualTo("title");
                        assertThat(v.code()).isEqualTo("CONTROL_CHARACTER");
                        assertThat(v.message()).contains("ký tự điều khiển");
                    });
        }
    }

    @Test
    void vietnameseEmojiCombiningMarksTabsAndLineBreaksAreText() {
        for (String good : List.of(
                "Nguyễn Thị Hường",
                "Tiến bộ 🎉👍🏽",
                "Tie\u0302\u0301n bo\u0323\u0302",
                "dòng 1\r\ndòng 2\tcột",
                "${7*7}",
                "<script>alert(1)</script>")) {
            assertThat(TextRules.check("title", good)).as(good).isEmpty();
        }
    }

    @Test
    void aTextOverTheLimitIsRefusedAsTooLong() {
        assertThat(TextRules.check("comment", "a".repeat(TextRules.MAX_LENGTH))).isEmpty();
        assertThat(TextRules.check("comment", "a".repeat(1_000_000)))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("TEXT_TOO_LONG"));
    }

    @Test
    void violationsNameTheFieldByTheApiPath() throws Exception {
        DossierRequest request =
                new DossierRequest(null, "Hồ sơ\u0001", List.of(nominee("Nguyễn Văn A"), nominee("B\u0000")));
        assertThat(TextRules.violations(request))
                .extracting(FieldViolation::field)
                .containsExactly("title", "nominees[1].fullName");

        var tree =
                new ObjectMapper().readTree("{\"votes\":[{\"note\":\"x\"},{\"note\":\"\\u0001\"}],\"comment\":\"ok\"}");
        assertThat(TextRules.violations(tree)).extracting(FieldViolation::field).containsExactly("votes[1].note");

        var form = new LinkedMultiValueMap<String, String>();
        form.add("comment", "ổn");
        form.add("nominees[0].fullName", "\uFFFF");
        assertThat(TextRules.violations(form))
                .extracting(FieldViolation::field)
                .containsExactly("nominees[0].fullName");
        assertThat(TextRules.violations(Map.of("a", "b"))).isEmpty();

        assertThatThrownBy(() -> TextRules.require(request))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void cleanDropsOnlyTheForbiddenCharacters() {
        assertThat(TextRules.clean("A\u0000B\u0001C\uFFFFD\u202EE\uD800F")).isEqualTo("ABCDEF");
        assertThat(TextRules.clean("Tiến bộ 🎉 e\u0301\r\n\t")).isEqualTo("Tiến bộ 🎉 e\u0301\r\n\t");
        assertThat(TextRules.clean(null)).isNull();
    }

    private static NomineeInput nominee(String fullName) {
        return new NomineeInput(
                null, null, fullName, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
