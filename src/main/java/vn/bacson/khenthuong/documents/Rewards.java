package vn.bacson.khenthuong.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.NomineeType;

/** Reward money per award form and nominee type: coefficient × base salary (app.issuer.rewards). */
@Component
public class Rewards {

    public static final String GIAY_KHEN = "GIAY_KHEN_CHU_TICH_XA";
    public static final String BANG_KHEN = "BANG_KHEN_CHU_TICH_TINH";

    private final IssuerProperties.Rewards settings;

    public Rewards(IssuerProperties issuer) {
        this.settings = issuer.rewards();
    }

    /** The coefficient of the base salary; a household's is householdFactor × the individual one. */
    public BigDecimal coefficient(String awardForm, NomineeType type) {
        var byType = settings.coefficients().get(awardForm);
        if (byType == null) {
            throw new IllegalStateException("app.issuer.rewards.coefficients has no " + awardForm);
        }
        if (type == NomineeType.HOUSEHOLD) {
            return byType.get(NomineeType.INDIVIDUAL.name()).multiply(settings.householdFactor());
        }
        BigDecimal coefficient = byType.get(type.name());
        if (coefficient == null) {
            throw new IllegalStateException("app.issuer.rewards.coefficients." + awardForm + " has no " + type);
        }
        return coefficient;
    }

    /** The amount in đồng, rounded up to app.issuer.rewards.round-up-to. */
    public long amount(String awardForm, NomineeType type) {
        BigDecimal exact = coefficient(awardForm, type).multiply(BigDecimal.valueOf(settings.baseSalary()));
        long step = Math.max(1, settings.roundUpTo());
        return exact.divide(BigDecimal.valueOf(step), 0, RoundingMode.CEILING).longValueExact() * step;
    }

    public long baseSalary() {
        return settings.baseSalary();
    }

    public String fund() {
        return settings.fund();
    }
}
