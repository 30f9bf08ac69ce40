package vn.bacson.khenthuong.commune;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What a commune set for itself (one row of {@code commune_settings}): every component null where the commune
 * follows the configured default. The one overlay rule of the settings lives here: {@link #over} puts these values
 * over the defaults, {@link #of} keeps of a wanted set only what differs from the defaults, so a later change of
 * config/ still reaches whatever a commune did not set.
 */
public record SettingsOverride(
        String issuerName,
        List<String> headerLines,
        String superiorBody,
        String placeName,
        String province,
        String signerAuthority,
        String signerTitle,
        String signerName,
        String decisionNumberPattern,
        String submissionNumberPattern,
        Integer quorumNumerator,
        Integer quorumDenominator,
        Integer thresholdNumerator,
        Integer thresholdDenominator,
        Map<String, Integer> stageWorkingDays,
        String mailFrom,
        byte[] sealPng,
        List<LocalDate> localHolidays,
        String signingKeyAlias) {

    /** Nothing set: the commune follows config/ entirely. */
    public static final SettingsOverride NONE = new SettingsOverride(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);

    public SettingsOverride {
        headerLines = headerLines == null ? null : List.copyOf(headerLines);
        stageWorkingDays = stageWorkingDays == null || stageWorkingDays.isEmpty() ? null : Map.copyOf(stageWorkingDays);
        localHolidays = localHolidays == null || localHolidays.isEmpty() ? null : List.copyOf(localHolidays);
        sealPng = sealPng == null || sealPng.length == 0 ? null : sealPng;
        signingKeyAlias = signingKeyAlias == null || signingKeyAlias.isBlank() ? null : signingKeyAlias;
    }

    /** These values over the defaults; stage days per stage, local holidays the commune's own (none by default). */
    public Settings over(Settings defaults) {
        Settings.Issuer di = defaults.issuer();
        Settings.Signer ds = defaults.signer();
        Settings.CouncilRule dc = defaults.council();
        Map<String, Integer> days = new TreeMap<>(defaults.stageWorkingDays());
        if (stageWorkingDays != null) {
            days.putAll(stageWorkingDays);
        }
        return new Settings(
                new Settings.Issuer(
                        or(issuerName, di.name()),
                        or(headerLines, di.headerLines()),
                        or(superiorBody, di.superiorBody()),
                        or(placeName, di.placeName()),
                        or(province, di.province())),
                new Settings.Signer(
                        or(signerAuthority, ds.authority()), or(signerTitle, ds.title()), or(signerName, ds.name())),
                or(decisionNumberPattern, defaults.decisionNumberPattern()),
                or(submissionNumberPattern, defaults.submissionNumberPattern()),
                new Settings.CouncilRule(
                        or(quorumNumerator, dc.quorumNumerator()),
                        or(quorumDenominator, dc.quorumDenominator()),
                        or(thresholdNumerator, dc.thresholdNumerator()),
                        or(thresholdDenominator, dc.thresholdDenominator())),
                days,
                or(mailFrom, defaults.mailFrom()),
                sealPng != null ? sealPng : defaults.sealPng(),
                localHolidays != null ? localHolidays : defaults.localHolidays(),
                or(signingKeyAlias, defaults.signingKeyAlias()));
    }

    /** Of the wanted settings, what differs from the defaults (the rest follows config/); the seal as given. */
    public static SettingsOverride of(Settings wanted, Settings defaults) {
        Settings.Issuer wi = wanted.issuer();
        Settings.Issuer di = defaults.issuer();
        Settings.Signer ws = wanted.signer();
        Settings.Signer ds = defaults.signer();
        Settings.CouncilRule wc = wanted.council();
        Settings.CouncilRule dc = defaults.council();
        Map<String, Integer> days = new LinkedHashMap<>();
        wanted.stageWorkingDays().forEach((stage, n) -> {
            if (!Objects.equals(defaults.stageWorkingDays().get(stage), n)) {
                days.put(stage, n);
            }
        });
        return new SettingsOverride(
                unless(wi.name(), di.name()),
                unless(wi.headerLines(), di.headerLines()),
                unless(wi.superiorBody(), di.superiorBody()),
                unless(wi.placeName(), di.placeName()),
                unless(wi.province(), di.province()),
                unless(ws.authority(), ds.authority()),
                unless(ws.title(), ds.title()),
                unless(ws.name(), ds.name()),
                unless(wanted.decisionNumberPattern(), defaults.decisionNumberPattern()),
                unless(wanted.submissionNumberPattern(), defaults.submissionNumberPattern()),
                unless(wc.quorumNumerator(), dc.quorumNumerator()),
                unless(wc.quorumDenominator(), dc.quorumDenominator()),
                unless(wc.thresholdNumerator(), dc.thresholdNumerator()),
                unless(wc.thresholdDenominator(), dc.thresholdDenominator()),
                days,
                unless(wanted.mailFrom(), defaults.mailFrom()),
                wanted.sealPng(),
                unless(wanted.localHolidays(), defaults.localHolidays()),
                unless(wanted.signingKeyAlias(), defaults.signingKeyAlias()));
    }

    /** The same values with another seal (null: none). */
    public SettingsOverride withSeal(byte[] png) {
        return new SettingsOverride(
                issuerName,
                headerLines,
                superiorBody,
                placeName,
                province,
                signerAuthority,
                signerTitle,
                signerName,
                decisionNumberPattern,
                submissionNumberPattern,
                quorumNumerator,
                quorumDenominator,
                thresholdNumerator,
                thresholdDenominator,
                stageWorkingDays,
                mailFrom,
                png,
                localHolidays,
                signingKeyAlias);
    }

    private static <T> T or(T own, T fallback) {
        return own != null ? own : fallback;
    }

    private static <T> T unless(T wanted, T fallback) {
        return Objects.equals(wanted, fallback) ? null : wanted;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof SettingsOverride o)) {
            return false;
        }
        Function<SettingsOverride, List<Object>> parts = s -> Arrays.asList(
                s.issuerName,
                s.headerLines,
                s.superiorBody,
                s.placeName,
                s.province,
                s.signerAuthority,
                s.signerTitle,
                s.signerName,
                s.decisionNumberPattern,
                s.submissionNumberPattern,
                s.quorumNumerator,
                s.quorumDenominator,
                s.thresholdNumerator,
                s.thresholdDenominator,
                s.stageWorkingDays,
                s.mailFrom,
                s.localHolidays,
                s.signingKeyAlias);
        return parts.apply(this).equals(parts.apply(o)) && Arrays.equals(sealPng, o.sealPng);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issuerName, placeName, decisionNumberPattern, mailFrom, Arrays.hashCode(sealPng));
    }
}
