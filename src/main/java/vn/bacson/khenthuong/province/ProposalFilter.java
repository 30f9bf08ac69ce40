package vn.bacson.khenthuong.province;

import java.util.List;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.dossier.Stage;

/**
 * What a list of proposals is narrowed to; a null field matches all. {@code stage} is one of the province's stages
 * (a commune stage is refused: no proposal ever waits there); {@code overdue} true keeps the proposals past their date
 * (in review after the stage's due date, or returned and not sent again by the resend date), false those that are not.
 */
public record ProposalFilter(String communeCode, ProposalStatus status, Stage stage, Boolean overdue) {

    public ProposalFilter {
        communeCode = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
        if (stage != null && !stage.isProvince()) {
            // the sentence is the detail too: the list page shows it on its error page
            String reason = "Bước xử lý phải là một bước của tỉnh: PROVINCE_APPRAISAL, PROVINCE_COUNCIL hoặc"
                    + " PROVINCE_DECISION.";
            throw new DomainException(
                    ErrorCode.VALIDATION_FAILED, reason, List.of(new FieldViolation("stage", "INVALID_VALUE", reason)));
        }
    }

    ProposalFilter inCommune(String commune) {
        return new ProposalFilter(commune, status, stage, overdue);
    }
}
