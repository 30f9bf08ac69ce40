package vn.bacson.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.bacson.khenthuong.campaign.AwardForm;

class LabelsTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void pagesFollowTheReadersLanguageWhileMailsAndDocumentsStayVietnamese() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(Labels.inReadersLanguage().stage(Stage.COUNCIL_REVIEW)).isEqualTo("Council review");
        assertThat(Labels.vietnamese().stage(Stage.COUNCIL_REVIEW)).isEqualTo("Hội đồng Thi đua - Khen thưởng xét");
        assertThat(Labels.mail().stage(Stage.COUNCIL_REVIEW))
                .isEqualTo("Xét duyệt tại Hội đồng Thi đua - Khen thưởng xã");

        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThat(Labels.inReadersLanguage().status(DossierStatus.DECIDED)).isEqualTo("Đã có quyết định");
    }

    @Test
    void aMailUsesItsOwnWordsWhereItHasThemAndThePagesWordsElsewhere() {
        assertThat(Labels.mail().reason(IneligibilityReason.DISCIPLINED))
                .isEqualTo("đang trong thời hạn kỷ luật từ khiển trách trở lên");
        assertThat(Labels.vietnamese().reason(IneligibilityReason.DISCIPLINED)).startsWith("Đang trong thời gian");
        assertThat(Labels.mail().outcome(Outcome.GIAY_KHEN_CHU_TICH_XA))
                .isEqualTo(Labels.vietnamese().outcome(Outcome.GIAY_KHEN_CHU_TICH_XA))
                .isEqualTo("Được tặng Giấy khen của Chủ tịch UBND xã");
        assertThat(Labels.mail().award(AwardForm.BANG_KHEN_CHU_TICH_TINH))
                .isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(Labels.vietnamese().reasonInBrief(IneligibilityReason.UNIT_DISSOLVED))
                .isEqualTo("Đơn vị đã giải thể, sáp nhập");
        assertThat(Labels.vietnamese().stage(null)).isNull();
    }

    @Test
    void everyCodeHasAWordInEveryLanguageAndMedium() {
        List<String> raw = new ArrayList<>();
        for (Locale locale : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            LocaleContextHolder.setLocale(locale);
            for (Labels labels : List.of(Labels.inReadersLanguage(), Labels.vietnamese(), Labels.mail())) {
                check(raw, Stage.values(), labels::stage);
                check(raw, DossierStatus.values(), labels::status);
                check(raw, NomineeType.values(), labels::nomineeType);
                check(raw, AwardForm.values(), labels::award);
                check(raw, Outcome.values(), labels::outcome);
                check(raw, Eligibility.values(), labels::eligibility);
                check(raw, IneligibilityReason.values(), labels::reason);
                check(raw, IneligibilityReason.values(), labels::reasonInBrief);
                check(raw, DocumentKind.values(), labels::documentKind);
            }
        }
        assertThat(raw).isEmpty();
    }

    private static <E extends Enum<E>> void check(List<String> raw, E[] values, Function<E, String> label) {
        for (E value : values) {
            if (value.name().equals(label.apply(value))) {
                raw.add(value.getDeclaringClass().getSimpleName() + "." + value.name());
            }
        }
    }
}
