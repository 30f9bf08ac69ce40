package vn.bacson.khenthuong.documents;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.dossier.Labels;

/**
 * Turns recorded data into the official documents: the Quyết định khen thưởng, the Tờ trình to the province, the
 * Biểu tóm tắt thành tích, the Biên bản họp xét and the Báo cáo thành tích a unit filled in on the system. The
 * wording of each lives in its template; one class per document computes what its template prints (counts,
 * amounts, totals, dates in words, legal bases), from the parts they share ({@link DocumentParts}).
 */
@Component
public class OfficialDocuments {

    private final DocumentParts parts;
    private final DecisionModel decision;
    private final MinutesModel minutes;
    private final SubmissionModel submission;
    private final SummaryModel summary;
    private final AchievementReportModel achievementReport;

    /** Documents of the current commune: its issuer block, signer, number patterns and council rule. */
    @Autowired
    public OfficialDocuments(IssuerProperties issuer, Rewards rewards, CommuneSettings communeSettings) {
        this(new DocumentParts(issuer, communeSettings::current), rewards);
    }

    /** Documents of the one commune that app.issuer, app.decision and app.council describe (tests). */
    public OfficialDocuments(IssuerProperties issuer, Rewards rewards, AppProperties app) {
        this(new DocumentParts(issuer, () -> issuer.asSettings(app)), rewards);
    }

    private OfficialDocuments(DocumentParts parts, Rewards rewards) {
        this.parts = parts;
        this.decision = new DecisionModel(parts, rewards);
        this.minutes = new MinutesModel(parts);
        this.submission = new SubmissionModel(parts);
        this.summary = new SummaryModel(parts);
        this.achievementReport = new AchievementReportModel(parts);
    }

    /** A template set the configuration knows, else the default one. */
    public String templateSet(String requested) {
        return parts.templateSet(requested);
    }

    /** The Quyết định tặng Giấy khen of the chairman, with the attached list and the reward money. */
    public OfficialDocument decision(DecisionData data) {
        return decision.draw(data);
    }

    /** The Biên bản họp xét of a council session: attendance, votes per nominee, result by the configured rule. */
    public OfficialDocument minutes(MinutesData data) {
        return minutes.draw(data);
    }

    /** The Tờ trình to the provincial chairman (through the Sở Nội vụ) for the Bằng khen proposals. */
    public OfficialDocument submission(SubmissionData data) {
        return submission.draw(data);
    }

    /** The Biểu tóm tắt thành tích: no., name, position/unit, short achievement, proposed award, notes. */
    public OfficialDocument summary(SummaryData data) {
        return summary.draw(data);
    }

    /** The Báo cáo thành tích a unit filled in on the system. */
    public OfficialDocument achievementReport(AchievementReportData data) {
        return achievementReport.draw(data);
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
}
