package vn.bacson.khenthuong.criteria;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.dossier.AchievementReport;
import vn.bacson.khenthuong.dossier.AchievementReportRepository;
import vn.bacson.khenthuong.dossier.AchievementReportRules;
import vn.bacson.khenthuong.dossier.DocumentInfo;
import vn.bacson.khenthuong.dossier.DocumentKind;
import vn.bacson.khenthuong.dossier.DocumentRepository;
import vn.bacson.khenthuong.dossier.DossierCompleteness;
import vn.bacson.khenthuong.dossier.MissingDocument;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;

/**
 * The dossier's required documents (plan section VI): one Tờ trình, one Biểu tóm tắt, one Biên bản họp xét, one Báo
 * cáo thành tích per nominee. A nominee's Báo cáo thành tích is either an uploaded file or the report filled in on
 * the system, once it is filled ({@link AchievementReportRules}).
 */
@Service
public class CompletenessService implements DossierCompleteness {

    /** The documents every dossier needs once, in the order a missing list names them. */
    private static final List<DocumentKind> PER_DOSSIER =
            List.of(DocumentKind.TO_TRINH, DocumentKind.BIEU_TOM_TAT, DocumentKind.BIEN_BAN_HOP_XET);

    private final DocumentRepository documents;
    private final NomineeRepository nominees;
    private final AchievementReportRepository reports;

    public CompletenessService(
            DocumentRepository documents, NomineeRepository nominees, AchievementReportRepository reports) {
        this.documents = documents;
        this.nominees = nominees;
        this.reports = reports;
    }

    /**
     * What the dossier still lacks; empty when complete. Order: Tờ trình, Biểu tóm tắt, Biên bản họp xét, then
     * the achievement reports in nominee order. Extra copies of a document do no harm.
     */
    @Transactional(readOnly = true)
    @Override
    public List<MissingDocument> missingDocuments(UUID dossierId) {
        return missing(
                documents.findByDossier(dossierId),
                reports.findByDossier(dossierId),
                nominees.findByDossier(dossierId));
    }

    /** The same rule for a page of dossiers: three queries whatever the page size. */
    @Transactional(readOnly = true)
    @Override
    public Map<UUID, List<MissingDocument>> missingDocuments(Collection<UUID> dossierIds) {
        Map<UUID, List<DocumentInfo>> docs =
                documents.findByDossiers(dossierIds).stream().collect(Collectors.groupingBy(DocumentInfo::dossierId));
        Map<UUID, List<AchievementReport>> filled = reports.findByDossiers(dossierIds).stream()
                .collect(Collectors.groupingBy(AchievementReport::dossierId));
        Map<UUID, List<Nominee>> people =
                nominees.findByDossiers(dossierIds).stream().collect(Collectors.groupingBy(Nominee::dossierId));
        Map<UUID, List<MissingDocument>> result = new HashMap<>();
        for (UUID id : dossierIds) {
            result.put(
                    id,
                    missing(
                            docs.getOrDefault(id, List.of()),
                            filled.getOrDefault(id, List.of()),
                            people.getOrDefault(id, List.of())));
        }
        return result;
    }

    private static List<MissingDocument> missing(
            List<DocumentInfo> dossierDocuments,
            List<AchievementReport> dossierReports,
            List<Nominee> dossierNominees) {
        Set<DocumentKind> dossierKinds = EnumSet.noneOf(DocumentKind.class);
        Set<UUID> nomineesWithReport = new HashSet<>();
        for (DocumentInfo document : dossierDocuments) {
            if (document.kind() == DocumentKind.BAO_CAO_THANH_TICH) {
                if (document.nomineeId() != null) {
                    nomineesWithReport.add(document.nomineeId());
                }
            } else {
                dossierKinds.add(document.kind());
            }
        }
        for (AchievementReport report : dossierReports) {
            if (AchievementReportRules.isFilled(report)) {
                nomineesWithReport.add(report.nomineeId());
            }
        }

        List<MissingDocument> missing = new ArrayList<>();
        for (DocumentKind kind : PER_DOSSIER) {
            if (!dossierKinds.contains(kind)) {
                missing.add(new MissingDocument(kind, null));
            }
        }
        for (Nominee nominee : dossierNominees) {
            if (!nomineesWithReport.contains(nominee.id())) {
                missing.add(new MissingDocument(DocumentKind.BAO_CAO_THANH_TICH, nominee.id()));
            }
        }
        return missing;
    }
}
