package vn.bacson.khenthuong.dossier;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.bacson.khenthuong.campaign.AwardForm;

/**
 * The words for the codes of a dossier — stage, status, nominee type, award form, result, eligibility, reason of
 * ineligibility, kind of document — as written once in the message bundles ({@code messages_vi.properties},
 * {@code messages_en.properties}, which the templates read directly too). Pages follow the reader's language
 * ({@link #inReadersLanguage()}); official documents and exports are always Vietnamese ({@link #vietnamese()}), and
 * so are e-mails, in their own words where a mail says a value differently ({@link #mail()}: keys {@code mail.*}).
 *
 * <p>It lives beside the codes (most of them are this package's) so that every module that names them can use it
 * without a cycle. Null in, null out; a code without a text shows as the code.
 */
public final class Labels {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final MessageSource BUNDLES = bundles();
    private static final Labels READERS_LANGUAGE = new Labels(LocaleContextHolder::getLocale, null);
    private static final Labels VIETNAMESE_LABELS = new Labels(() -> VIETNAMESE, null);
    private static final Labels MAIL = new Labels(() -> VIETNAMESE, "mail.");

    private final Supplier<Locale> locale;
    /** A prefix whose keys, where they exist, say a value in a medium's own words; null for none. */
    private final String variant;

    private Labels(Supplier<Locale> locale, String variant) {
        this.locale = locale;
        this.variant = variant;
    }

    /** In the language of the current request (Vietnamese unless the reader chose English): what a page shows. */
    public static Labels inReadersLanguage() {
        return READERS_LANGUAGE;
    }

    /** Always Vietnamese: official documents and exports. */
    public static Labels vietnamese() {
        return VIETNAMESE_LABELS;
    }

    /** Always Vietnamese, in an e-mail's words: "Thẩm định hồ sơ (Phòng Văn hóa - Xã hội)" for a stage. */
    public static Labels mail() {
        return MAIL;
    }

    /** Pages: who acts ("Phòng Văn hóa - Xã hội thẩm định"); mails: the step and who takes it. */
    public String stage(Stage stage) {
        return text("stage.", stage);
    }

    public String status(DossierStatus status) {
        return text("status.", status);
    }

    public String nomineeType(NomineeType type) {
        return text("nomineeType.", type);
    }

    /** "Giấy khen của Chủ tịch UBND xã". */
    public String award(AwardForm form) {
        return text("award.", form);
    }

    /** A nominee's result: "Được tặng Giấy khen của Chủ tịch UBND xã". */
    public String outcome(Outcome outcome) {
        return text("outcome.", outcome);
    }

    public String eligibility(Eligibility eligibility) {
        return text("eligibility.", eligibility);
    }

    /** Pages: the reason explained in a sentence; mails: as an item of a list, in lower case. */
    public String reason(IneligibilityReason reason) {
        return text("reason.", reason);
    }

    /** The reason in a few words, for counts and exports: "Đang chịu kỷ luật". */
    public String reasonInBrief(IneligibilityReason reason) {
        return text("reason.brief.", reason);
    }

    public String documentKind(DocumentKind kind) {
        return text("docKind.", kind);
    }

    private String text(String prefix, Enum<?> code) {
        if (code == null) {
            return null;
        }
        String key = prefix + code.name();
        Locale in = locale.get();
        if (variant != null) {
            String own = BUNDLES.getMessage(variant + key, null, null, in);
            if (own != null) {
                return own;
            }
        }
        return BUNDLES.getMessage(key, null, code.name(), in);
    }

    /** The bundles as the application reads them (web.WebConfig): UTF-8, Vietnamese for any other language. */
    private static MessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        return source;
    }
}
