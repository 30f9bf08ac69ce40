package vn.bacson.khenthuong.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.documents.AwardeeRow;
import vn.bacson.khenthuong.documents.AwardeeRows;
import vn.bacson.khenthuong.documents.CampaignTemplateSets;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentRenderer;
import vn.bacson.khenthuong.documents.IssuerProperties;
import vn.bacson.khenthuong.documents.OfficialDocument;
import vn.bacson.khenthuong.documents.Rewards;
import vn.bacson.khenthuong.documents.VietnameseText;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.Gender;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.dossier.NomineeType;

/**
 * The Giấy khen of a decision's awardees: one A4 landscape page each, in the layout a commune prints on its
 * certificate blanks (template {@code documents/certificate.html}), each with the QR code of its own verification
 * link. Drawn up from the recorded data on every request; the decision itself is the signed act.
 */
@Service
class CertificateDocuments {

    /** One certificate page: whom it names, as the certificate prints it, and its QR code. */
    record Page(String awardee, String description, String achievement, String qr, String verificationUrl) {}

    private final DecisionStore store;
    private final NomineeRepository nominees;
    private final AwardeeRows rows;
    private final CampaignRepository campaigns;
    private final CampaignTemplateSets templateSets;
    private final DocumentRenderer renderer;
    private final IssuerProperties issuer;
    private final VerificationLinks links;
    private final CommuneSettings communeSettings;

    @Autowired
    CertificateDocuments(
            DecisionStore store,
            NomineeRepository nominees,
            AwardeeRows rows,
            CampaignRepository campaigns,
            CampaignTemplateSets templateSets,
            DocumentRenderer renderer,
            IssuerProperties issuer,
            VerificationLinks links,
            CommuneSettings communeSettings) {
        this.store = store;
        this.nominees = nominees;
        this.rows = rows;
        this.campaigns = campaigns;
        this.templateSets = templateSets;
        this.renderer = renderer;
        this.issuer = issuer;
        this.links = links;
        this.communeSettings = communeSettings;
    }

    /** With app.issuer alone (tests of one commune). */
    CertificateDocuments(
            DecisionStore store,
            NomineeRepository nominees,
            AwardeeRows rows,
            CampaignRepository campaigns,
            CampaignTemplateSets templateSets,
            DocumentRenderer renderer,
            IssuerProperties issuer,
            VerificationLinks links) {
        this.store = store;
        this.nominees = nominees;
        this.rows = rows;
        this.campaigns = campaigns;
        this.templateSets = templateSets;
        this.renderer = renderer;
        this.issuer = issuer;
        this.links = links;
        this.communeSettings = null;
    }

    /** The issuer as the current commune's certificates print it. */
    private IssuerProperties issuer() {
        return communeSettings == null ? issuer : issuer.in(communeSettings.current());
    }

    /**
     * The certificates of the decision's Giấy khen awardees: all of them ({@code unitCode} null), or those a unit
     * proposed; 404 when there are none (a unit that has no awardee in the decision learns nothing of it).
     */
    byte[] pdf(Decision decision, String unitCode) {
        List<Nominee> awardees = awardees(decision.id(), unitCode);
        if (awardees.isEmpty()) {
            throw new DomainException(ErrorCode.NOT_FOUND, "Không tìm thấy quyết định khen thưởng.");
        }
        Campaign campaign = campaigns
                .find(decision.campaignId())
                .orElseThrow(() -> new IllegalStateException("campaign of decision " + decision.id() + " is gone"));
        Map<UUID, Gender> genders = new HashMap<>();
        awardees.stream()
                .filter(n -> n.type() == NomineeType.INDIVIDUAL && n.gender() != null)
                .forEach(n -> genders.put(n.id(), n.gender()));
        return renderer.render(
                document(
                        decision,
                        campaign,
                        templateSets.of(campaign.id()),
                        rows.of(awardees, n -> Rewards.GIAY_KHEN),
                        genders),
                DocumentFormat.PDF);
    }

    /** The certificates of these awardees (in this order) as a document to draw up. */
    OfficialDocument document(
            Decision decision,
            Campaign campaign,
            String templateSet,
            List<AwardeeRow> awardees,
            Map<UUID, Gender> genders) {
        String achievement = "Đã có thành tích xuất sắc trong " + campaignPhrase(campaign) + ".";
        List<Page> pages = new ArrayList<>();
        for (AwardeeRow row : awardees) {
            VerificationCode code = VerificationCode.certificate(decision.id(), row.nomineeId());
            pages.add(new Page(
                    printedName(row, genders.get(row.nomineeId())),
                    row.description(),
                    achievement,
                    links.qrDataUri(code),
                    links.url(code)));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("pages", pages);
        model.put("number", decision.number());
        model.put("decisionLine", "Quyết định số " + decision.number());
        model.put("decisionDateLine", "ngày " + VietnameseText.shortDate(decision.decidedOn()));
        model.put("placeDate", VietnameseText.placeAndDate(issuer().placeName(), decision.decidedOn()));
        model.put("signerLines", signerLines());
        model.put("verificationPage", links.pageUrl());
        return new OfficialDocument("certificate", templateSet, "giay-khen-" + decision.number(), model);
    }

    /** The awardee a certificate's code names, when it is one of the decision's Giấy khen awardees. */
    Optional<AwardeeRow> awardee(UUID decisionId, UUID nomineeId) {
        if (!store.awardeeIds(decisionId).contains(nomineeId)) {
            return Optional.empty();
        }
        return nominees.find(nomineeId)
                .map(n -> rows.of(List.of(n), x -> Rewards.GIAY_KHEN).get(0));
    }

    /** The decision's awardees in the decision's order, or those of one unit's dossiers. */
    private List<Nominee> awardees(UUID decisionId, String unitCode) {
        List<UUID> ids = store.awardeeIds(decisionId);
        Map<UUID, Nominee> found = new HashMap<>();
        nominees.findAll(ids).forEach(n -> found.put(n.id(), n));
        List<Nominee> ordered =
                ids.stream().map(found::get).filter(n -> n != null).toList();
        if (unitCode == null) {
            return ordered;
        }
        Map<UUID, Dossier> dossiers = rows.dossiers(
                ordered.stream().map(Nominee::dossierId).distinct().toList());
        return ordered.stream()
                .filter(n -> dossiers.containsKey(n.dossierId())
                        && unitCode.equals(dossiers.get(n.dossierId()).unitCode()))
                .toList();
    }

    /** "Bà Hoàng Thị Mai" for an individual whose gender is known; a collective or household as it is named. */
    static String printedName(AwardeeRow awardee, Gender gender) {
        if (awardee.type() == NomineeType.INDIVIDUAL && gender != null) {
            return (gender == Gender.FEMALE ? "Bà " : "Ông ") + awardee.fullName();
        }
        return awardee.fullName();
    }

    private List<String> signerLines() {
        List<String> lines = new ArrayList<>();
        if (issuer().signer().authority() != null
                && !issuer().signer().authority().isBlank()) {
            lines.add(issuer().signer().authority());
        }
        lines.add(issuer().signer().title());
        return lines;
    }

    /** "phong trào thi đua chào mừng ..." from the campaign's title, as the decision's Điều 1 words it. */
    static String campaignPhrase(Campaign campaign) {
        String title = campaign.title().strip();
        String lower = title.toLowerCase(Locale.forLanguageTag("vi"));
        if (lower.startsWith("phong trào") || lower.startsWith("đợt thi đua")) {
            return lower.charAt(0) + title.substring(1);
        }
        return lower.startsWith("thi đua")
                ? "phong trào " + lower.charAt(0) + title.substring(1)
                : "phong trào thi đua " + title;
    }
}
