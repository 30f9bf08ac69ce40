package vn.bacson.khenthuong.documents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.commune.Settings;

/**
 * Everything under {@code app.issuer:} in config/application.yml: who issues the official documents, who signs
 * them, the legal bases of each template set and the reward amounts. The issuer block, place, signer and Tờ trình
 * pattern are the defaults of every commune's settings: a document prints {@link #in} its commune's settings.
 */
@ConfigurationProperties("app.issuer")
public record IssuerProperties(
        /* the issuing body in running text, e.g. ỦY BAN NHÂN DÂN XÃ BẮC SƠN */
        String name,
        /* the issuing body as printed in the header block, one line each */
        List<String> headerLines,
        /* the superior body line above the issuing body (Decree 30/2020), empty for none */
        String superiorBody,
        String placeName,
        String province,
        Signer signer,
        Council council,
        String submissionNumberPattern,
        String submissionAddressees,
        List<String> submissionTo,
        String proposingOffice,
        String executors,
        List<String> decisionRecipients,
        List<String> submissionRecipients,
        List<String> minutesRecipients,
        Rewards rewards,
        String defaultTemplateSet,
        Map<String, TemplateSet> templateSets) {

    /** The signer block: authority line (e.g. KT. CHỦ TỊCH, empty when the chairman signs), title and name. */
    public record Signer(String authority, String title, String name) {}

    /** The commune council as named in the minutes, and its chair and secretary. */
    public record Council(String name, String chairTitle, String chairName, String secretaryName, String venue) {}

    /**
     * Reward money: coefficient × base salary (Decree 152/2025 art. 54), per award form and nominee type; a
     * household gets householdFactor × the individual amount. roundUpTo: amounts are rounded up to a multiple of
     * it (1 = exact).
     */
    public record Rewards(
            long baseSalary,
            Map<String, Map<String, BigDecimal>> coefficients,
            BigDecimal householdFactor,
            long roundUpTo,
            String fund) {}

    /**
     * A versioned set of templates with its legal reference. The bases are the "Căn cứ" lines of each document;
     * they may name {plan}, {campaign} and {minutes}.
     */
    public record TemplateSet(
            String legalReference,
            String achievementForm,
            List<String> decisionBases,
            List<String> submissionBases,
            List<String> minutesBases) {}

    /**
     * These properties with the issuer block, signer and Tờ trình pattern of a commune's settings
     * (commune.CommuneSettings): what a document of that commune prints. The rest (template sets, rewards,
     * recipients, council names) stays installation-wide.
     */
    public IssuerProperties in(Settings commune) {
        Settings.Issuer own = commune.issuer();
        Settings.Signer signed = commune.signer();
        return new IssuerProperties(
                own.name(),
                own.headerLines(),
                own.superiorBody(),
                own.placeName(),
                own.province(),
                new Signer(signed.authority(), signed.title(), signed.name()),
                council,
                commune.submissionNumberPattern(),
                submissionAddressees,
                submissionTo,
                proposingOffice,
                executors,
                decisionRecipients,
                submissionRecipients,
                minutesRecipients,
                rewards,
                defaultTemplateSet,
                templateSets);
    }

    /** The commune settings these properties alone make (one commune, tests): app.decision and app.council too. */
    public Settings asSettings(AppProperties app) {
        AppProperties.Council c = app.council();
        return new Settings(
                new Settings.Issuer(name, headerLines, superiorBody, placeName, province),
                new Settings.Signer(signer.authority(), signer.title(), signer.name()),
                app.decision().numberPattern(),
                submissionNumberPattern,
                new Settings.CouncilRule(
                        c.quorumNumerator(), c.quorumDenominator(), c.thresholdNumerator(), c.thresholdDenominator()),
                app.workflow() == null || app.workflow().stageWorkingDays() == null
                        ? Map.of()
                        : app.workflow().stageWorkingDays(),
                "",
                null,
                List.of(),
                "");
    }

    public TemplateSet templateSet(String code) {
        TemplateSet set = templateSets.get(code);
        if (set == null) {
            set = templateSets.get(defaultTemplateSet);
        }
        if (set == null) {
            throw new IllegalStateException(
                    "app.issuer.template-sets has no set " + code + " nor the default " + defaultTemplateSet);
        }
        return set;
    }
}
