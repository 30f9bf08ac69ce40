package vn.bacson.khenthuong.commune;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import vn.bacson.khenthuong.common.AppProperties;

/**
 * The defaults of every commune's settings, read from config/application.yml where they have always been:
 * {@code app.issuer} (issuer block, signer, Tờ trình pattern), {@code app.decision.number-pattern},
 * {@code app.council}, {@code app.workflow.stage-working-days}, {@code app.mail.from} and the signing key
 * {@code app.signing.alias}. The other parts of
 * {@code app.issuer} (template sets, rewards, recipients) stay installation-wide and are read by documents.
 */
final class SettingsDefaults {

    /** MailSettings' own default, for an installation that sets no app.mail.from. */
    static final String MAIL_FROM = "Thi đua - Khen thưởng xã Bắc Sơn <thiduakhenthuong@bacson.example>";

    /** Stages of the province's review: not part of a commune's settings. */
    static final String PROVINCE_STAGES = "PROVINCE_";

    private SettingsDefaults() {}

    static Settings read(Environment environment, AppProperties app) {
        Binder binder = Binder.get(environment);
        IssuerBlock issuer = binder.bind("app.issuer", Bindable.of(IssuerBlock.class))
                .orElseThrow(() -> new IllegalStateException("app.issuer is not configured (config/application.yml)"));
        Settings.Signer signer = issuer.signer() == null ? new Settings.Signer("", "CHỦ TỊCH", "") : issuer.signer();
        String from = binder.bind("app.mail.from", String.class).orElse(MAIL_FROM);
        String signingKey = binder.bind("app.signing.alias", String.class).orElse("");
        AppProperties.Council council = app.council();
        // the commune's review stages; the province's (PROVINCE_*) are the province's deadlines, not a commune's
        // (process.ProvinceSettings reads them from app.workflow.stage-working-days)
        Map<String, Integer> days = app.workflow() == null || app.workflow().stageWorkingDays() == null
                ? Map.of()
                : app.workflow().stageWorkingDays().entrySet().stream()
                        .filter(e -> !e.getKey().startsWith(PROVINCE_STAGES))
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Settings(
                new Settings.Issuer(
                        issuer.name(),
                        issuer.headerLines(),
                        issuer.superiorBody(),
                        issuer.placeName(),
                        issuer.province()),
                signer,
                app.decision() == null || app.decision().numberPattern() == null
                        ? "{n}/QĐ-UBND"
                        : app.decision().numberPattern(),
                issuer.submissionNumberPattern() == null ? "{n}/TTr-UBND" : issuer.submissionNumberPattern(),
                council == null
                        ? new Settings.CouncilRule(2, 3, 1, 2)
                        : new Settings.CouncilRule(
                                council.quorumNumerator(),
                                council.quorumDenominator(),
                                council.thresholdNumerator(),
                                council.thresholdDenominator()),
                days,
                from,
                null,
                List.of(),
                signingKey.strip());
    }

    /** The part of app.issuer that is per commune. */
    record IssuerBlock(
            String name,
            List<String> headerLines,
            String superiorBody,
            String placeName,
            String province,
            Settings.Signer signer,
            String submissionNumberPattern) {}
}
