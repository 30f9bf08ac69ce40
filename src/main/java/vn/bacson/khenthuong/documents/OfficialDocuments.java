package vn.bacson.khenthuong.documents;

import static vn.bacson.khenthuong.documents.VietnameseText.dateInWords;
import static vn.bacson.khenthuong.documents.VietnameseText.decimal;
import static vn.bacson.khenthuong.documents.VietnameseText.money;
import static vn.bacson.khenthuong.documents.VietnameseText.moneyInWords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.dossier.AchievementReport;
import vn.bacson.khenthuong.dossier.EmulationContent;
import vn.bacson.khenthuong.dossier.Labels;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * Turns recorded data into the official documents: the Quyết định khen thưởng, the Tờ trình to the province, the
 * Biểu tóm tắt thành tích, the Biên bản họp xét and the Báo cáo thành tích a unit filled in on the system. The
 * wording of each lives in its template; this class computes what the templates print (counts, amounts, totals,
 * dates in words, legal bases).
 */
@Component
public class OfficialDocuments {

    private static final String[] ROMAN = {"I", "II", "III", "IV", "V"};
    /** Printed where the clerk writes the number when the document is registered (Decree 30/2020). */
    static final String NUMBER_BLANK = "\u00A0".repeat(7);

    private final IssuerProperties issuer;
    private final Rewards rewards;
    private final String decisionNumberPattern;
    private final AppProperties.Council councilRule;

    public OfficialDocuments(IssuerProperties issuer, Rewards rewards, AppProperties app) {
        this.issuer = issuer;
        this.rewards = rewards;
        this.decisionNumberPattern = app.decision().numberPattern();
        this.councilRule = app.council();
    }

    /** A template set the configuration knows, else the default one. */
    public String templateSet(String requested) {
        return requested != null && issuer.templateSets().containsKey(requested)
                ? requested
                : issuer.defaultTemplateSet();
    }

    /** The Quyết định tặng Giấy khen of the chairman, with the attached list and the reward money. */
    public OfficialDocument decision(DecisionData data) {
        String set = templateSet(data.templateSet());
        Map<String, Object> model = new HashMap<>();
        String number = data.draft() ? blankNumber(decisionNumberPattern) : data.number();
        model.put("draft", data.draft());
        model.put("number", number);
        model.put("numberText", number);
        model.put("placeDate", VietnameseText.placeAndDate(issuer.placeName(), data.decidedOn()));
        String campaignPhrase = campaignPhrase(data.campaign());
        model.put(
                "summaryTitle",
                "Về việc tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho các tập thể, cá nhân "
                        + "đã có thành tích xuất sắc trong " + campaignPhrase);
        model.put("bases", bases(issuer.templateSet(set).decisionBases(), data.campaign(), data.minutesDate()));

        List<Group> groups = new ArrayList<>();
        long total = 0;
        List<String> counts = new ArrayList<>();
        List<String> amountLines = new ArrayList<>();
        for (NomineeType type : List.of(NomineeType.COLLECTIVE, NomineeType.HOUSEHOLD, NomineeType.INDIVIDUAL)) {
            List<AwardeeRow> ofType =
                    data.awardees().stream().filter(a -> a.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            long each = rewards.amount(Rewards.GIAY_KHEN, type);
            long subtotal = each * ofType.size();
            total += subtotal;
            counts.add(count(ofType.size()) + " " + typeLabel(type));
            amountLines.add("- Mỗi " + typeLabel(type) + ": " + decimal(rewards.coefficient(Rewards.GIAY_KHEN, type))
                    + " × " + money(rewards.baseSalary()) + " đồng = " + money(each) + " đồng; "
                    + count(ofType.size()) + " " + typeLabel(type) + " × " + money(each) + " đồng = "
                    + money(subtotal) + " đồng;");
            List<Row> rows = new ArrayList<>();
            for (AwardeeRow a : ofType) {
                rows.add(new Row(rows.size() + 1, a.fullName(), a.description(), money(each)));
            }
            groups.add(new Group(
                    ROMAN[groups.size()] + ". " + typeLabel(type).toUpperCase(Locale.ROOT) + " (" + count(ofType.size())
                            + ")",
                    type == NomineeType.INDIVIDUAL
                            ? "Họ và tên"
                            : type == NomineeType.HOUSEHOLD ? "Hộ gia đình" : "Tên tập thể",
                    type == NomineeType.INDIVIDUAL ? "Chức vụ, đơn vị" : "Đơn vị",
                    rows,
                    count(ofType.size()),
                    money(subtotal)));
        }
        model.put("groups", groups);
        model.put(
                "article1",
                "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho " + joinCounts(counts)
                        + " (có danh sách kèm theo) đã có thành tích xuất sắc trong " + campaignPhrase + ".");
        model.put("article1Lines", List.of());
        model.put(
                "article2",
                "Tiền thưởng kèm theo Giấy khen bằng hệ số nhân với mức lương cơ sở (" + money(rewards.baseSalary())
                        + " đồng), trích từ " + rewards.fund() + ":");
        model.put("amountLines", amountLines);
        model.put(
                "totalLine", "Tổng số tiền thưởng: " + money(total) + " đồng (Bằng chữ: " + moneyInWords(total) + ").");
        model.put("article3", issuer.executors());
        model.put("signerLines", signerLines(false));
        model.put("recipients", issuer.decisionRecipients());
        model.put("listTitle", "Tập thể, cá nhân được tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã");
        model.put(
                "listReference",
                "(Kèm theo Quyết định số " + number + " " + dateInWords(data.decidedOn()) + " của Chủ tịch "
                        + capitalizeWords(issuer.name()) + ")");
        model.put("grandTotalLine", "Tổng cộng: " + money(total) + " đồng");
        model.put("totalInWordsLine", "(Bằng chữ: " + moneyInWords(total) + ")");
        model.put("total", total);
        String fileName = data.draft() ? "du-thao-quyet-dinh" : "quyet-dinh-" + fileSafe(data.number());
        return new OfficialDocument("decision", set, fileName, model);
    }

    /** The Biên bản họp xét of a council session: attendance, votes per nominee, result by the configured rule. */
    public OfficialDocument minutes(MinutesData data) {
        String set = templateSet(data.templateSet());
        Map<String, Object> model = new HashMap<>();
        String campaignPhrase = campaignPhrase(data.campaign());
        int total = data.membersTotal();
        int absent = total - data.membersPresent();
        model.put("meetingDateShort", VietnameseText.shortDate(data.meetingDate()));
        model.put("councilLines", List.of(issuer.council().name()));
        model.put("placeDate", VietnameseText.placeAndDate(issuer.placeName(), data.meetingDate()));
        model.put("summaryTitle", "Họp xét, đề nghị khen thưởng " + campaignPhrase);
        model.put("bases", bases(issuer.templateSet(set).minutesBases(), data.campaign(), null));
        model.put(
                "opening",
                "Hôm nay, " + dateInWords(data.meetingDate()) + ", tại "
                        + issuer.council().venue()
                        + ", Hội đồng Thi đua - Khen thưởng xã họp xét, đề nghị khen thưởng các tập thể, cá nhân đã có thành "
                        + "tích xuất sắc trong " + campaignPhrase + ".");
        List<String> attendance = new ArrayList<>();
        attendance.add("- Tổng số thành viên Hội đồng: " + count(total) + ";");
        attendance.add("- Số thành viên có mặt: " + count(data.membersPresent()) + ";");
        attendance.add("- Số thành viên vắng mặt: " + count(absent)
                + (data.absentWrittenOpinions() > 0
                        ? " (trong đó " + count(data.absentWrittenOpinions()) + " thành viên có ý kiến bằng văn bản);"
                        : ";"));
        attendance.add("- Chủ trì: " + issuer.council().chairName() + ", "
                + issuer.council().chairTitle().toLowerCase(Locale.forLanguageTag("vi")) + ".");
        model.put("attendance", attendance);
        model.put(
                "quorumLine",
                "Số thành viên có mặt đạt " + fraction(councilRule.quorumNumerator(), councilRule.quorumDenominator())
                        + " tổng số thành viên trở lên theo quy chế; cuộc họp hợp lệ.");
        int needed = (int) ((long) total * councilRule.thresholdNumerator() / councilRule.thresholdDenominator()) + 1;
        model.put(
                "ruleLine",
                "Đối tượng được thông qua khi có số phiếu tán thành trên "
                        + fraction(councilRule.thresholdNumerator(), councilRule.thresholdDenominator())
                        + " tổng số thành viên Hội đồng (từ " + needed + "/" + total
                        + " phiếu trở lên); ý kiến bằng văn "
                        + "bản của thành viên vắng mặt được ghi nhận trong biên bản.");
        List<Map<String, Object>> rows = new ArrayList<>();
        int passed = 0;
        for (VoteRow vote : data.votes()) {
            Map<String, Object> row = new HashMap<>();
            row.put("no", rows.size() + 1);
            row.put("name", vote.nominee().fullName());
            row.put("description", vote.nominee().description());
            row.put("award", awardLabel(vote.nominee().award()));
            row.put("votes", vote.votesFor() + "/" + total);
            row.put("percent", percent(vote.votesFor(), total));
            row.put("result", vote.passed() ? "Đạt" : "Không đạt");
            rows.add(row);
            passed += vote.passed() ? 1 : 0;
        }
        model.put("rows", rows);
        model.put(
                "resultLine",
                "Kết quả: " + count(passed) + "/" + count(data.votes().size())
                        + " tập thể, cá nhân được Hội đồng thông qua, đề nghị Chủ tịch Ủy ban nhân dân xã xem xét, quyết định "
                        + "khen thưởng theo thẩm quyền hoặc đề nghị cấp trên khen thưởng.");
        model.put("comment", data.comment());
        model.put(
                "closingLine",
                "Biên bản được lập thành 02 bản, đã thông qua trước Hội đồng và các thành viên dự "
                        + "họp nhất trí./.");
        model.put(
                "secretaryName",
                issuer.council().secretaryName() == null ? "" : issuer.council().secretaryName());
        return new OfficialDocument("minutes", set, "bien-ban-hop-xet-" + data.meetingDate(), model);
    }

    /** The Tờ trình to the provincial chairman (through the Sở Nội vụ) for the Bằng khen proposals. */
    public OfficialDocument submission(SubmissionData data) {
        String set = templateSet(data.templateSet());
        Map<String, Object> model = new HashMap<>();
        String campaignPhrase = campaignPhrase(data.campaign());
        String number = blankNumber(issuer.submissionNumberPattern());
        model.put("number", number);
        model.put("placeDate", VietnameseText.placeAndDate(issuer.placeName(), data.date()));
        model.put(
                "summaryTitle",
                "Về việc đề nghị Chủ tịch Ủy ban nhân dân tỉnh " + issuer.province()
                        + " tặng Bằng khen cho các tập thể, cá nhân đã có thành tích xuất sắc trong " + campaignPhrase);
        model.put("bases", bases(issuer.templateSet(set).submissionBases(), data.campaign(), data.minutesDate()));
        List<String> counts = countsOf(data.proposals());
        String issuerSentence = capitalizeWords(issuer.name());
        model.put(
                "body",
                "Thực hiện "
                        + (data.campaign().planNumber() == null
                                ? ""
                                : "Kế hoạch số " + data.campaign().planNumber() + " về ")
                        + campaignPhrase + ", "
                        + (data.minutesDate() == null
                                ? ""
                                : "căn cứ kết quả họp xét của Hội đồng Thi đua - Khen thưởng xã "
                                        + dateInWords(data.minutesDate()) + " (biên bản kèm theo), ")
                        + issuerSentence + " kính đề nghị Chủ tịch Ủy ban nhân dân tỉnh " + issuer.province()
                        + " xem xét, tặng Bằng khen cho "
                        + (counts.isEmpty() ? "00 tập thể, cá nhân" : joinCounts(counts))
                        + " đã có thành tích xuất sắc (có danh sách và hồ sơ kèm theo). Số lượng theo hình thức khen thưởng "
                        + "và đối tượng:");
        List<Map<String, Object>> countRows = new ArrayList<>();
        countRows.add(countRow("Đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", data.proposals()));
        countRows.add(countRow(
                "Giấy khen của Chủ tịch Ủy ban nhân dân xã (đã khen thưởng theo thẩm quyền)", data.localAwards()));
        model.put("countRows", countRows);
        model.put(
                "closing",
                issuerSentence + " kính trình Chủ tịch Ủy ban nhân dân tỉnh " + issuer.province()
                        + " xem xét, quyết định./.");
        model.put("signerLines", signerLines(true));
        model.put("listTitle", "Tập thể, cá nhân đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen");
        model.put(
                "listReference",
                "(Kèm theo Tờ trình số " + number + " " + dateInWords(data.date()) + " của " + issuerSentence + ")");
        List<Group> groups = new ArrayList<>();
        for (NomineeType type : List.of(NomineeType.COLLECTIVE, NomineeType.HOUSEHOLD, NomineeType.INDIVIDUAL)) {
            List<AwardeeRow> ofType =
                    data.proposals().stream().filter(a -> a.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            for (AwardeeRow a : ofType) {
                rows.add(new Row(rows.size() + 1, a.fullName(), a.description(), orEmpty(a.achievement())));
            }
            groups.add(new Group(
                    ROMAN[groups.size()] + ". " + typeLabel(type).toUpperCase(Locale.ROOT) + " (" + count(ofType.size())
                            + ")",
                    nameHeading(type),
                    type == NomineeType.INDIVIDUAL ? "Chức vụ, đơn vị" : "Đơn vị",
                    rows,
                    count(ofType.size()),
                    ""));
        }
        model.put("groups", groups);
        return new OfficialDocument(
                "submission",
                set,
                "to-trinh-bang-khen-" + fileSafe(data.campaign().code()),
                model);
    }

    /** The Biểu tóm tắt thành tích: no., name, position/unit, short achievement, proposed award, notes. */
    public OfficialDocument summary(SummaryData data) {
        String set = templateSet(data.templateSet());
        Map<String, Object> model = new HashMap<>();
        model.put("summaryTitle", "Đề nghị khen thưởng trong " + campaignPhrase(data.campaign()));
        model.put("subtitle", data.subtitle());
        model.put("placeDate", VietnameseText.placeAndDate(issuer.placeName(), data.date()));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (NomineeType type : List.of(NomineeType.COLLECTIVE, NomineeType.HOUSEHOLD, NomineeType.INDIVIDUAL)) {
            List<AwardeeRow> ofType =
                    data.rows().stream().filter(a -> a.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AwardeeRow a : ofType) {
                Map<String, Object> row = new HashMap<>();
                row.put("no", rows.size() + 1);
                row.put("name", a.fullName());
                row.put("description", a.description());
                row.put("achievement", orEmpty(a.achievement()));
                row.put("award", awardLabel(a.award()));
                row.put("note", orEmpty(a.note()));
                rows.add(row);
            }
            groups.add(Map.of(
                    "heading",
                    ROMAN[groups.size()] + ". " + typeLabel(type).toUpperCase(Locale.ROOT) + " (" + count(ofType.size())
                            + ")",
                    "rows",
                    rows));
        }
        model.put("groups", groups);
        return new OfficialDocument("summary", set, data.fileName(), model);
    }

    /**
     * The Báo cáo thành tích a unit filled in on the system (the thematic-campaign form: Decree 152/2025, or mẫu 08
     * of Decree 98/2023, as the campaign's template set says): I. the nominee, II. the results per emulation
     * content, initiatives and concrete deeds, III. the proposed award; signed by the unit head, with the proposing
     * level's confirmation left blank.
     */
    public OfficialDocument achievementReport(AchievementReportData data) {
        String set = templateSet(data.templateSet());
        Nominee nominee = data.nominee();
        AchievementReport report = data.report();
        Locale vi = Locale.forLanguageTag("vi");
        Map<String, Object> model = new HashMap<>();
        model.put("formLine", orEmpty(issuer.templateSet(set).achievementForm()));
        model.put("unitLines", List.of(data.unitName().toUpperCase(vi)));
        model.put("placeDate", VietnameseText.placeAndDate(issuer.placeName(), data.date()));
        String decider = decider(nominee.proposedAward());
        String award = nominee.proposedAward() == AwardForm.BANG_KHEN_CHU_TICH_TINH ? "Bằng khen" : "Giấy khen";
        model.put("awardTitle", ("Đề nghị tặng " + award + " của " + decider).toUpperCase(vi));
        String campaignPhrase = campaignPhrase(data.campaign());
        model.put("campaignLine", "Thành tích trong " + campaignPhrase);
        model.put("nomineeName", nominee.fullName());
        model.put(
                "nomineeDescription",
                nominee.type() == NomineeType.INDIVIDUAL
                        ? joinNonBlank(", ", nominee.position(), data.unitName())
                        : data.unitName());

        boolean individual = nominee.type() == NomineeType.INDIVIDUAL;
        model.put("section1", individual ? "I. SƠ LƯỢC LÝ LỊCH" : "I. ĐẶC ĐIỂM, TÌNH HÌNH");
        List<String[]> facts = new ArrayList<>();
        switch (nominee.type()) {
            case INDIVIDUAL -> {
                facts.add(new String[] {"Họ và tên", nominee.fullName()});
                facts.add(new String[] {
                    "Năm sinh",
                    nominee.birthYear() == null ? null : nominee.birthYear().toString()
                });
                facts.add(new String[] {
                    "Chức vụ, đơn vị công tác", joinNonBlank(", ", nominee.position(), data.unitName())
                });
                facts.add(new String[] {"Quê quán, nơi ở hiện nay", report.address()});
                facts.add(new String[] {"Nhiệm vụ được giao", report.duties()});
            }
            case COLLECTIVE -> {
                facts.add(new String[] {"Tên tập thể", nominee.fullName()});
                facts.add(new String[] {
                    "Năm thành lập",
                    report.foundedYear() == null ? null : report.foundedYear().toString()
                });
                facts.add(new String[] {"Trực thuộc", data.unitName()});
                facts.add(new String[] {"Địa chỉ trụ sở", report.address()});
                facts.add(new String[] {"Chức năng, nhiệm vụ được giao", report.duties()});
            }
            case HOUSEHOLD -> {
                facts.add(new String[] {"Hộ gia đình", nominee.fullName()});
                facts.add(new String[] {"Địa chỉ", joinNonBlank(", ", report.address(), data.unitName())});
                facts.add(new String[] {"Nghề nghiệp, hoạt động chính", report.duties()});
            }
        }
        model.put(
                "facts",
                facts.stream()
                        .filter(f -> f[1] != null && !f[1].isBlank())
                        .map(f -> "- " + f[0] + ": " + f[1].strip().replaceAll("[.;]+$", "") + ".")
                        .toList());
        model.put("background", paragraphs(report.background()));

        List<Map<String, Object>> results = new ArrayList<>();
        for (AchievementReport.AchievementRow row : report.achievements()) {
            results.add(Map.of(
                    "heading",
                    LIST_LETTERS[Math.min(results.size(), LIST_LETTERS.length - 1)] + ") " + contentTitle(row.content())
                            + ":",
                    "paragraphs",
                    paragraphs(row.result())));
        }
        model.put("results", results);
        model.put("initiatives", paragraphs(report.initiatives()));
        model.put("deeds", paragraphs(report.deeds()));
        model.put(
                "proposal",
                "Với thành tích nêu trên, " + data.unitName() + " kính đề nghị " + decider + " xem xét, tặng " + award
                        + " cho " + typeLabel(nominee.type()) + " " + nominee.fullName()
                        + " đã có thành tích xuất sắc trong " + campaignPhrase + ".");

        model.put("individual", individual);
        model.put(
                "headTitle",
                report.signerTitle() == null
                        ? "THỦ TRƯỞNG ĐƠN VỊ"
                        : report.signerTitle().toUpperCase(vi));
        model.put("headName", orEmpty(report.signerName()));
        return new OfficialDocument(
                "achievement-report", set, "bao-cao-thanh-tich-" + fileSafe(nominee.fullName()), model);
    }

    /** The letters of a Vietnamese administrative list: a, b, c, d, đ, e, g, ... (no f, j, w, z). */
    private static final String[] LIST_LETTERS = {
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x",
        "y"
    };

    /** The emulation contents of the plan's section II, as a report names them. */
    static String contentTitle(EmulationContent content) {
        return switch (content) {
            case KTXH -> "Thực hiện các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội";
            case DAI_HOI -> "Tham gia chuẩn bị, tổ chức thành công Đại hội Đảng bộ";
            case PHONG_TRAO -> "Thực hiện các phong trào thi đua yêu nước, các cuộc vận động";
            case CONG_TRINH -> "Công trình, phần việc tiêu biểu chào mừng Đại hội";
        };
    }

    /** "Chủ tịch Ủy ban nhân dân xã Bắc Sơn" for the Giấy khen, the provincial chairman for the Bằng khen. */
    private String decider(AwardForm award) {
        return award == AwardForm.BANG_KHEN_CHU_TICH_TINH
                ? "Chủ tịch Ủy ban nhân dân tỉnh " + issuer.province()
                : "Chủ tịch " + capitalizeWords(issuer.name());
    }

    /** A text as the paragraphs its lines make; blank lines dropped, none when the text is blank. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static String joinNonBlank(String separator, String... parts) {
        return String.join(
                separator,
                Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    /**
     * "Giấy khen của Chủ tịch UBND xã" for GIAY_KHEN_CHU_TICH_XA; the Bằng khen for an award form, a chairman's
     * award or a nominee's result that names it; any other code as it is.
     */
    public static String awardLabel(String award) {
        if (award == null) {
            return "";
        }
        AwardForm form = switch (award) {
            case "GIAY_KHEN_CHU_TICH_XA" -> AwardForm.GIAY_KHEN_CHU_TICH_XA;
            case "BANG_KHEN_CHU_TICH_TINH", "PROPOSE_BANG_KHEN_CHU_TICH_TINH", "PROPOSED_BANG_KHEN_CHU_TICH_TINH" ->
                AwardForm.BANG_KHEN_CHU_TICH_TINH;
            default -> null;
        };
        return form == null ? award : Labels.vietnamese().award(form);
    }

    private List<String> signerLines(boolean onBehalfOfCommittee) {
        List<String> lines = new ArrayList<>();
        if (onBehalfOfCommittee) {
            lines.add("TM. ỦY BAN NHÂN DÂN");
        }
        if (issuer.signer().authority() != null && !issuer.signer().authority().isBlank()) {
            lines.add(issuer.signer().authority());
        }
        lines.add(issuer.signer().title());
        return lines;
    }

    private static List<String> countsOf(List<AwardeeRow> rows) {
        List<String> counts = new ArrayList<>();
        for (NomineeType type : List.of(NomineeType.COLLECTIVE, NomineeType.HOUSEHOLD, NomineeType.INDIVIDUAL)) {
            long n = rows.stream().filter(a -> a.type() == type).count();
            if (n > 0) {
                counts.add(count((int) n) + " " + typeLabel(type));
            }
        }
        return counts;
    }

    private static Map<String, Object> countRow(String label, List<AwardeeRow> rows) {
        Map<String, Object> row = new HashMap<>();
        row.put("label", label);
        row.put(
                "collectives",
                rows.stream().filter(a -> a.type() == NomineeType.COLLECTIVE).count());
        row.put(
                "individuals",
                rows.stream().filter(a -> a.type() == NomineeType.INDIVIDUAL).count());
        row.put(
                "households",
                rows.stream().filter(a -> a.type() == NomineeType.HOUSEHOLD).count());
        row.put("total", rows.size());
        return row;
    }

    private static String nameHeading(NomineeType type) {
        return type == NomineeType.INDIVIDUAL
                ? "Họ và tên"
                : type == NomineeType.HOUSEHOLD ? "Hộ gia đình" : "Tên tập thể";
    }

    private static String fraction(int numerator, int denominator) {
        return numerator + "/" + denominator;
    }

    /** 6 of 9 → "66,7". */
    static String percent(int part, int whole) {
        if (whole == 0) {
            return "0";
        }
        return decimal(java.math.BigDecimal.valueOf(part * 100L)
                .divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A table group of the attached list: collectives, households or individuals. */
    public record Group(
            String heading,
            String nameHeading,
            String descriptionHeading,
            List<Row> rows,
            String count,
            String subtotal) {}

    public record Row(int no, String name, String description, String amount) {}

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
                    .replace("{proposer}", issuer.proposingOffice()));
        }
        return out;
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

    /** "01", "02", ..., "10", "11": counts below ten take a leading zero in administrative texts. */
    static String count(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    static String typeLabel(NomineeType type) {
        return switch (type) {
            case INDIVIDUAL -> "cá nhân";
            case COLLECTIVE -> "tập thể";
            case HOUSEHOLD -> "hộ gia đình";
        };
    }

    static String joinCounts(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }

    /** "12/QĐ-UBND" with the number left blank: "       /QĐ-UBND". */
    static String blankNumber(String pattern) {
        return pattern.replace("{n}", NUMBER_BLANK).replace("{year}", "");
    }

    /** ỦY BAN NHÂN DÂN XÃ BẮC SƠN → Ủy ban nhân dân xã Bắc Sơn (the place name keeps its capitals). */
    String capitalizeWords(String upper) {
        String lower = upper.toLowerCase(Locale.forLanguageTag("vi"));
        String sentence = VietnameseText.capitalize(lower);
        String place = issuer.placeName();
        int at = sentence.toLowerCase(Locale.forLanguageTag("vi"))
                .lastIndexOf(place.toLowerCase(Locale.forLanguageTag("vi")));
        return at < 0 ? sentence : sentence.substring(0, at) + place + sentence.substring(at + place.length());
    }

    static String fileSafe(String text) {
        String ascii = java.text.Normalizer.normalize(
                        text.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
    }
}
