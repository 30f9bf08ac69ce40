package vn.bacson.khenthuong.commune;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of one commune as every consumer reads them ({@link CommuneSettings#current()}): the commune's own
 * values over the defaults of config/application.yml. Nothing in it is null except {@code sealPng} (no scanned
 * seal: the signature block draws a stand-in).
 *
 * @param issuer the issuing body of the official documents and the place of their date line
 * @param signer who signs the commune's decisions
 * @param decisionNumberPattern e.g. {@code {n}/QĐ-UBND}; {n} the number, {year} the year
 * @param submissionNumberPattern the Tờ trình's, e.g. {@code {n}/TTr-UBND}
 * @param council the council's quorum and pass threshold
 * @param stageWorkingDays working days of each review stage (keys: the stage names)
 * @param mailFrom the sender of the commune's e-mails
 * @param sealPng the scanned seal (PNG) of the visible signature, or null
 * @param localHolidays the commune's own days off, on top of the national calendar (app.calendar.holidays)
 * @param signingKeyAlias the key the commune signs with: its alias in the installation's key store or its label on
 *     the token; empty: the installation's default key (app.signing.alias, or the store's first key)
 */
public record Settings(
        Issuer issuer,
        Signer signer,
        String decisionNumberPattern,
        String submissionNumberPattern,
        CouncilRule council,
        Map<String, Integer> stageWorkingDays,
        String mailFrom,
        byte[] sealPng,
        List<LocalDate> localHolidays,
        String signingKeyAlias) {

    public Settings {
        if (issuer == null || signer == null || council == null) {
            throw new IllegalArgumentException("issuer, signer and council are required");
        }
        stageWorkingDays = Map.copyOf(stageWorkingDays);
        localHolidays = localHolidays == null ? List.of() : List.copyOf(localHolidays);
        signingKeyAlias = signingKeyAlias == null ? "" : signingKeyAlias;
    }

    /** The same settings signing with another key (empty: the installation's default key). */
    public Settings withSigningKeyAlias(String alias) {
        return new Settings(
                issuer,
                signer,
                decisionNumberPattern,
                submissionNumberPattern,
                council,
                stageWorkingDays,
                mailFrom,
                sealPng,
                localHolidays,
                alias);
    }

    /** The issuing body: in running text, as the header prints it (one line each), its superior body, place, province. */
    public record Issuer(
            String name, List<String> headerLines, String superiorBody, String placeName, String province) {

        public Issuer {
            headerLines = headerLines == null ? List.of() : List.copyOf(headerLines);
            superiorBody = superiorBody == null ? "" : superiorBody;
        }
    }

    /** The signer block: authority line (e.g. KT. CHỦ TỊCH, empty when the chairman signs), title and name. */
    public record Signer(String authority, String title, String name) {

        public Signer {
            authority = authority == null ? "" : authority;
        }
    }

    /**
     * The council's rule: a meeting is valid when present × qd ≥ total × qn; a nominee passes when votesFor × td
     * &gt; total × tn. Integer arithmetic, so 2/3 of 9 is exactly 6.
     */
    public record CouncilRule(
            int quorumNumerator, int quorumDenominator, int thresholdNumerator, int thresholdDenominator) {

        public CouncilRule {
            if (quorumDenominator <= 0 || thresholdDenominator <= 0) {
                throw new IllegalArgumentException("council quorum and threshold denominators must be positive");
            }
        }

        public boolean hasQuorum(int membersPresent, int membersTotal) {
            return (long) membersPresent * quorumDenominator >= (long) membersTotal * quorumNumerator;
        }

        public boolean passes(int votesFor, int membersTotal) {
            return (long) votesFor * thresholdDenominator > (long) membersTotal * thresholdNumerator;
        }

        /** The smallest number of members that makes a quorum, for messages. */
        public int quorumOf(int membersTotal) {
            long needed = ((long) membersTotal * quorumNumerator + quorumDenominator - 1) / quorumDenominator;
            return (int) needed;
        }
    }

    /** Working days of a review stage; IllegalStateException for a stage without a figure (configuration error). */
    public int stageWorkingDays(String stage) {
        Integer days = stageWorkingDays.get(stage);
        if (days == null) {
            throw new IllegalStateException("app.workflow.stage-working-days." + stage + " is not configured");
        }
        return days;
    }

    public Set<LocalDate> localHolidaySet() {
        return Set.copyOf(localHolidays);
    }

    /** The decision number from the pattern: {n} = the number, {year} = the year. */
    public String decisionNumber(int sequenceNo, int year) {
        return decisionNumberPattern
                .replace("{n}", Integer.toString(sequenceNo))
                .replace("{year}", Integer.toString(year));
    }

    public boolean hasSeal() {
        return sealPng != null && sealPng.length > 0;
    }
}
