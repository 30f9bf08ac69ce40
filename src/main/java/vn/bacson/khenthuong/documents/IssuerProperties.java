package vn.bacson.khenthuong.documents;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything under {@code app.issuer:} in config/application.yml: who issues the official documents, who signs
 * them, the legal bases of each template set and the reward amounts. Another commune uses the system by
 * changing this block alone.
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
