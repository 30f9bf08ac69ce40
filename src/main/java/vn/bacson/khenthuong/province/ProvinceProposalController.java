package vn.bacson.khenthuong.province;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.documents.DocumentFormat;
import vn.bacson.khenthuong.documents.DocumentResponses;
import vn.bacson.khenthuong.dossier.DocumentInfo;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;

/** The communes' Bằng khen proposals at the province (API.md "One installation for a whole province"). */
@Tag(name = "Đề nghị gửi tỉnh")
@RestController
@RequestMapping(path = "/api/province-proposals", produces = MediaType.APPLICATION_JSON_VALUE)
class ProvinceProposalController {

    private final ProvinceProposals proposals;

    ProvinceProposalController(ProvinceProposals proposals) {
        this.proposals = proposals;
    }

    @Operation(
            summary = "Đề nghị tặng Bằng khen gửi tỉnh (the communes' proposals at the province)",
            description = "Province roles see every commune's; a commune's culture-social, office lead and chairman "
                    + "their own commune's. Filters: communeCode, status IN_REVIEW|RETURNED|DECIDED, stage "
                    + "PROVINCE_APPRAISAL|PROVINCE_COUNCIL|PROVINCE_DECISION (in review there; another stage: 400 "
                    + "VALIDATION_FAILED), overdue true|false (in review past the stage's due date, or returned and "
                    + "not sent again by the resend date).")
    @GetMapping
    PageResult<ProvinceProposalView> list(
            @RequestParam(required = false) String communeCode,
            @RequestParam(required = false) ProposalStatus status,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) Boolean overdue,
            @ParameterObject PageQuery pageQuery,
            CurrentUser user) {
        return proposals.list(user, new ProposalFilter(communeCode, status, stage, overdue), pageQuery);
    }

    @Operation(summary = "Một đề nghị gửi tỉnh, với kết quả từng đối tượng, lịch sử và tài liệu")
    @GetMapping("/{id}")
    ProvinceProposalView get(@PathVariable UUID id, CurrentUser user) {
        return proposals.get(user, id);
    }

    @Operation(
            summary = "Gửi lại đề nghị tỉnh đã trả lại (commune culture-social)",
            description = "409 PROVINCE_PROPOSAL_NOT_RETURNED when the province is not waiting for it.")
    @PostMapping("/{id}/resend")
    ProvinceProposalView resend(@PathVariable UUID id, CurrentUser user) {
        return proposals.resend(user, id);
    }

    @Operation(summary = "Tài liệu của đối tượng trong đề nghị (the documents the commune sent)")
    @GetMapping(path = "/{id}/documents/{documentId}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> document(@PathVariable UUID id, @PathVariable UUID documentId, CurrentUser user) {
        DocumentInfo document = proposals.document(user, id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .body(proposals.content(document));
    }

    @Operation(summary = "Quyết định của Chủ tịch UBND tỉnh (PDF hoặc DOCX), khi đã quyết định")
    @GetMapping(path = "/{id}/decision.{ext}", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> decision(@PathVariable UUID id, @PathVariable String ext, CurrentUser user) {
        DocumentFormat format = DocumentResponses.format(ext);
        return DocumentResponses.download(
                proposals.decisionDocument(user, id, format.name()), format, "quyet-dinh-tinh-" + id);
    }
}
