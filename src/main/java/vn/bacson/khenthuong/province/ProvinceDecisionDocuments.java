package vn.bacson.khenthuong.province;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentRenderer;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.documents.VietnameseText;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeType;
import vn.bacson.khenthuong.province.ProposalStore.Proposal;
import vn.bacson.khenthuong.signature.PdfSigner;

/**
 * The province's Quyết định tặng Bằng khen (Decree 30/2020 layout), drawn up through the documents module once, when
 * the province decides, and kept as drawn (PDF and DOCX) like the commune's frozen decisions. Where the province's
 * key is on this installation ({@code app.signing.province-alias}) the PDF is kept signed with it — never with the
 * key of the commune whose proposal it answers, although the work runs in that commune's process.
 */
@Component
class ProvinceDecisionDocuments {

    static final String TEMPLATE = "province-decision";
    static final String TEMPLATE_SET = "ND152-2025";

    private final DocumentRenderer renderer;
    private final PdfSigner signer;
    private final ProposalStore store;
    private final Clock clock;
    private final String province;
    private final String signerName;

    ProvinceDecisionDocuments(
            DocumentRenderer renderer,
            PdfSigner signer,
            ProposalStore store,
            Clock clock,
            @Value("${app.issuer.province:}") String province,
            @Value("${app.province.signer-name:}") String signerName) {
        this.renderer = renderer;
        this.signer = signer;
        this.store = store;
        this.clock = clock;
        this.province = province;
        this.signerName = signerName;
    }

    void drawUp(Proposal proposal, List<Nominee> nominees, Map<UUID, Boolean> awarded, String communeName) {
        OfficialDocument document = document(proposal, nominees, awarded, communeName);
        for (DocumentFormat format : List.of(DocumentFormat.PDF, DocumentFormat.DOCX)) {
            byte[] bytes = renderer.render(document, format);
            if (format == DocumentFormat.PDF && signer.provinceSigns()) {
                bytes = signer.signForProvince(bytes, appearance(), clock.instant())
                        .content();
            }
            store.saveDocument(
                    proposal.id(), format.name(), format.contentType(), sha256(bytes), bytes, clock.instant());
        }
    }

    /** How the province signs: its chairman, the province as place, its People's Committee and a drawn seal. */
    private PdfSigner.Appearance appearance() {
        String upper = province.toUpperCase(Locale.forLanguageTag("vi"));
        return new PdfSigner.Appearance(
                signerName, "CHỦ TỊCH", province, "ỦY BAN NHÂN DÂN TỈNH " + upper, headerLines());
    }

    private List<String> headerLines() {
        return List.of("ỦY BAN NHÂN DÂN", "TỈNH " + province.toUpperCase(Locale.forLanguageTag("vi")));
    }

    OfficialDocument document(
            Proposal proposal, List<Nominee> nominees, Map<UUID, Boolean> awarded, String communeName) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("number", proposal.decisionNumber());
        model.put("headerLines", headerLines());
        model.put("provinceUpper", province.toUpperCase(Locale.forLanguageTag("vi")));
        model.put("placeDate", VietnameseText.placeAndDate(province, proposal.decidedOn()));
        model.put("summaryTitle", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        model.put(
                "bases",
                List.of(
                        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                        "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi"
                                + " đua, khen thưởng;",
                        "Xét đề nghị của Ủy ban nhân dân " + communeName + " tại Tờ trình số "
                                + proposal.submissionNumber() + " và đề nghị của Giám đốc Sở Nội vụ."));
        model.put(
                "article1",
                "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân thuộc " + communeName
                        + " đã có thành tích xuất sắc trong phong trào thi đua:");
        model.put(
                "awardeeLines",
                nominees.stream()
                        .filter(n -> Boolean.TRUE.equals(awarded.get(n.id())))
                        .map(n -> "- " + (n.type() == NomineeType.INDIVIDUAL ? "Ông/Bà " : "") + n.fullName()
                                + (n.position() == null ? "" : ", " + n.position()) + ";")
                        .toList());
        model.put(
                "article2",
                "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ,"
                        + " Chủ tịch Ủy ban nhân dân " + communeName
                        + " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.");
        model.put("recipients", List.of("- Như Điều 2;", "- Lưu: VT, SNV."));
        model.put("signerLines", List.of("CHỦ TỊCH"));
        model.put("signerName", signerName);
        return new OfficialDocument(TEMPLATE, TEMPLATE_SET, "quyet-dinh-tinh-" + fileNumber(proposal), model);
    }

    private static String fileNumber(Proposal proposal) {
        return proposal.decisionNumber() == null
                ? "du-thao"
                : proposal.decisionNumber().replaceAll("[^0-9A-Za-z]+", "-");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
