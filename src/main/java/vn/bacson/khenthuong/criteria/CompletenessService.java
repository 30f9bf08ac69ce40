package vn.bacson.khenthuong.criteria;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.dossier.MissingDocument;

/** The dossier's required documents (plan section VI): one Tờ trình, one Biểu tóm tắt, one Biên bản họp xét, one Báo cáo thành tích per nominee. */
@Service
public class CompletenessService {

    /** What the dossier still lacks; empty when complete. */
    public List<MissingDocument> missingDocuments(UUID dossierId) {
        throw new UnsupportedOperationException("TODO helper C");
    }
}
