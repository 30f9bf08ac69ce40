package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.VietnameseText.count;
import static vn.bacson.khenthuong.documents.VietnameseText.dateInWords;
import static vn.bacson.khenthuong.documents.VietnameseText.nomineeTypeInText;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.commune.Settings;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * What the official documents share: the template set, the issuer's place-and-date line, signer block and name in
 * running text, the Căn cứ lines with the campaign filled in, the campaign as a phrase, and the counts of nominees
 * by type as an administrative text writes them.
 */
final class DocumentParts {

    /** The order of the groups of a list: collectives, households, individuals. */
    static final List<NomineeType> GROUP_ORDER =
            List.of(NomineeType.COLLECTIVE, NomineeType.HOUSEHOLD, NomineeType.INDIVIDUAL);

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V"};
    /** Printed where the clerk writes the number when the document is registered (Decree 30/2020). */
    static final String NUMBER_BLANK = "\u00A0".repeat(7);

    private final IssuerProperties configured;
    private final Supplier<Settings> commune;

    /** {@code commune}: the settings of the commune the document is drawn up for (the current one). */
    DocumentParts(IssuerProperties configured, Supplier<Settings> commune) {
        this.configured = configured;
        this.commune = commune;
    }

    /** The issuer as the current commune's documents print it. */
    IssuerProperties issuer() {
        return configured.in(commune.get());
    }

    /** The current commune's settings (decision number pattern, council rule). */
    Settings commune() {
        return commune.get();
    }

    /** A template set the configuration knows, else the default one. */
    String templateSet(String requested) {
        return requested != null && issuer().templateSets().containsKey(requested)
                ? requested
                : issuer().defaultTemplateSet();
    }

    /** "Bắc Sơn, ngày 05 tháng 9 năm 2025". */
    String placeDate(LocalDate date) {
        return VietnameseText.placeAndDate(issuer().placeName(), date);
    }

    /** The legal bases of the set with the campaign filled in; a line whose value is unknown is left out. */
    List<String> bases(List<String> lines, Campaign campaign, LocalDate minutesDate) {
        List<String> out = new ArrayList<>();
        for (String line : lines == null ? List.<String>of() : lines) {
            if ((line.contains("{plan}")
                            && (campaign.planNumber() == null
                                    || campaign.planNumber().isBlank()))
                    || (line.contains("{minutes}") && minutesDate == null)) {
                continue;
            }
            out.add(line.replace("{plan}", campaign.planNumber() == null ? "" : campaign.planNumber())
                    .replace("{campaign}", campaignPhrase(campaign))
                    .replace("{minutes}", minutesDate == null ? "" : dateInWords(minutesDate))
                    .replace("{proposer}", issuer().proposingOffice()));
        }
        return out;
    }

    List<String> signerLines(boolean onBehalfOfCommittee) {
        List<String> lines = new ArrayList<>();
        if (onBehalfOfCommittee) {
            lines.add("TM. ỦY BAN NHÂN DÂN");
        }
        if (issuer().signer().authority() != null
                && !issuer().signer().authority().isBlank()) {
            lines.add(issuer().signer().authority());
        }
        lines.add(issuer().signer().title());
        return lines;
    }

    /** The issuing body in running text: Ủy ban nhân dân xã Bắc Sơn. */
    String issuerInText() {
        return capitalizeWords(issuer().name());
    }

    /** "Chủ tịch Ủy ban nhân dân xã Bắc Sơn" for the Giấy khen, the provincial chairman for the Bằng khen. */
    String decider(AwardForm award) {
        return award == AwardForm.BANG_KHEN_CHU_TICH_TINH
                ? "Chủ tịch Ủy ban nhân dân tỉnh " + issuer().province()
                : "Chủ tịch " + issuerInText();
    }

    /** ỦY BAN NHÂN DÂN XÃ BẮC SƠN → Ủy ban nhân dân xã Bắc Sơn (the place name keeps its capitals). */
    String capitalizeWords(String upper) {
        String lower = upper.toLowerCase(Locale.forLanguageTag("vi"));
        String sentence = VietnameseText.capitalize(lower);
        String place = issuer().placeName();
        int at = sentence.toLowerCase(Locale.forLanguageTag("vi"))
                .lastIndexOf(place.toLowerCase(Locale.forLanguageTag("vi")));
        return at < 0 ? sentence : sentence.substring(0, at) + place + sentence.substring(at + place.length());
    }

    /** "phong trào thi đua chào mừng Đại hội ..." from the campaign title. */
    static String campaignPhrase(Campaign campaign) {
        String title = campaign.title().strip();
        String lower = title.toLowerCase(Locale.forLanguageTag("vi"));
        if (lower.startsWith("phong trào") || lower.startsWith("đợt thi đua")) {
            return lower.charAt(0) + title.substring(1);
        }
        if (lower.startsWith("thi đua")) {
            return "phong trào " + lower.charAt(0) + title.substring(1);
        }
        return "phong trào thi đua " + title;
    }

    /** "12/QĐ-UBND" with the number left blank: "       /QĐ-UBND". */
    static String blankNumber(String pattern) {
        return pattern.replace("{n}", NUMBER_BLANK).replace("{year}", "");
    }

    /** The rows of each type present, in the order of the groups. */
    static Map<NomineeType, List<AwardeeRow>> byType(List<AwardeeRow> rows) {
        Map<NomineeType, List<AwardeeRow>> groups = new LinkedHashMap<>();
        for (NomineeType type : GROUP_ORDER) {
            List<AwardeeRow> ofType =
                    rows.stream().filter(a -> a.type() == type).toList();
            if (!ofType.isEmpty()) {
                groups.put(type, ofType);
            }
        }
        return groups;
    }

    /** "02 tập thể", "03 cá nhân" for the types present, in the order of the groups. */
    static List<String> countsOf(List<AwardeeRow> rows) {
        List<String> counts = new ArrayList<>();
        byType(rows).forEach((type, ofType) -> counts.add(count(ofType.size()) + " " + nomineeTypeInText(type)));
        return counts;
    }

    /** The {@code index}-th group of an attached list, with its headings and count. */
    static ListGroup listGroup(int index, NomineeType type, List<ListGroup.Row> rows, String subtotal) {
        return new ListGroup(
                groupHeading(index, type, rows.size()),
                nameHeading(type),
                descriptionHeading(type),
                rows,
                count(rows.size()),
                subtotal);
    }

    /** The heading of the {@code index}-th group of a list: "I. TẬP THỂ (02)". */
    static String groupHeading(int index, NomineeType type, int size) {
        return ROMAN[index] + ". " + nomineeTypeInText(type).toUpperCase(Locale.ROOT) + " (" + count(size) + ")";
    }

    /** The name column of a group: "Họ và tên", "Hộ gia đình" or "Tên tập thể". */
    static String nameHeading(NomineeType type) {
        return type == NomineeType.INDIVIDUAL
                ? "Họ và tên"
                : type == NomineeType.HOUSEHOLD ? "Hộ gia đình" : "Tên tập thể";
    }

    /** The description column of a group: "Chức vụ, đơn vị" for individuals, else "Đơn vị". */
    static String descriptionHeading(NomineeType type) {
        return type == NomineeType.INDIVIDUAL ? "Chức vụ, đơn vị" : "Đơn vị";
    }
}
