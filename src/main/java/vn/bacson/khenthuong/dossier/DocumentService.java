package vn.bacson.khenthuong.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * The files of a dossier: uploaded by the unit while the dossier is editable, typed by their content (never by
 * their name), kept with their SHA-256, read by whoever may see the dossier.
 */
@Service
@Transactional
public class DocumentService {

    /** A document's bytes with its metadata, for download. */
    public record DocumentContent(DocumentInfo info, byte[] bytes) {}

    private final DocumentRepository documents;
    private final DocumentSignatures signatures;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final DossierAccess access;
    private final ContentSniffer sniffer = new ContentSniffer();
    private final long maxSizeBytes;
    private final Clock clock;
    private final ZoneId zone;

    DocumentService(
            DocumentRepository documents,
            DocumentSignatures signatures,
            NomineeRepository nominees,
            HistoryRepository history,
            DossierAccess access,
            AppProperties properties,
            Clock clock,
            ZoneId businessZone) {
        this.documents = documents;
        this.signatures = signatures;
        this.nominees = nominees;
        this.history = history;
        this.access = access;
        this.maxSizeBytes = properties.documents().maxSizeBytes();
        this.clock = clock;
        this.zone = businessZone;
    }

    /**
     * @param declaredSize the size the request announced (checked before reading, and again while reading)
     * @param content the file's bytes; null when the request carried no file
     */
    public DocumentView upload(
            UUID dossierId,
            DocumentKind kind,
            UUID nomineeId,
            String fileName,
            long declaredSize,
            InputStreamSource content,
            CurrentUser user) {
        Dossier dossier = access.editableLocked(dossierId, user);
        List<FieldViolation> violations = new ArrayList<>();
        TextRules.check("file", fileName).ifPresent(violations::add);
        if (kind == null) {
            violations.add(new FieldViolation(
                    "kind",
                    "REQUIRED",
                    "Cần chọn loại tài liệu: TO_TRINH, BAO_CAO_THANH_TICH, BIEU_TOM_TAT hoặc BIEN_BAN_HOP_XET."));
        } else if (kind == DocumentKind.BAO_CAO_THANH_TICH && nomineeId == null) {
            violations.add(new FieldViolation(
                    "nomineeId", "REQUIRED", "Báo cáo thành tích cần chỉ rõ thuộc đối tượng đề nghị nào."));
        } else if (kind != DocumentKind.BAO_CAO_THANH_TICH && nomineeId != null) {
            violations.add(new FieldViolation(
                    "nomineeId", "INVALID_VALUE", "Chỉ báo cáo thành tích mới gắn với một đối tượng đề nghị."));
        }
        if (content == null || declaredSize == 0) {
            violations.add(new FieldViolation("file", "REQUIRED", "Cần chọn một tệp không rỗng để tải lên."));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        if (nomineeId != null
                && nominees.find(nomineeId)
                        .filter(n -> n.dossierId().equals(dossierId))
                        .isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_NOMINEE);
        }
        if (declaredSize > maxSizeBytes) {
            throw tooLarge();
        }
        byte[] bytes = readAtMost(content, maxSizeBytes);
        if (bytes.length == 0) {
            throw DomainException.invalid("file", "REQUIRED", "Cần chọn một tệp không rỗng để tải lên.");
        }
        String contentType = sniffer.detect(bytes)
                .orElseThrow(() -> new DomainException(
                        ErrorCode.UNSUPPORTED_FILE_TYPE,
                        "Nội dung tệp không phải PDF, DOCX, DOC, JPEG hoặc PNG (hệ thống kiểm tra nội dung tệp, không dựa vào "
                                + "tên tệp)."));
        String name = FileNames.withExtensionOf(FileNames.clean(fileName), contentType);
        Instant now = clock.instant();
        DocumentInfo info = new DocumentInfo(
                UUID.randomUUID(),
                dossierId,
                kind,
                nomineeId,
                name,
                contentType,
                bytes.length,
                sha256(bytes),
                now,
                user.username());
        documents.insert(info, bytes);
        String checks = signatures.checkOnUpload(contentType, bytes);
        if (checks != null) {
            documents.saveSignatures(info.id(), checks);
        }
        history.add(
                dossierId,
                now,
                user.username(),
                HistoryAction.DOCUMENT_ADDED,
                DossierService.stageOf(dossier),
                Labels.vietnamese().documentKind(kind) + ": " + name);
        return DocumentView.of(info, zone, signatures.signatures(info, checks));
    }

    @Transactional(readOnly = true)
    public List<DocumentView> list(UUID dossierId, CurrentUser user) {
        access.visible(dossierId, user);
        return signatures.views(dossierId, zone);
    }

    @Transactional(readOnly = true)
    public DocumentContent download(UUID dossierId, UUID documentId, CurrentUser user) {
        access.visible(dossierId, user);
        DocumentInfo info = documents
                .find(dossierId, documentId)
                .orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_NOT_FOUND));
        return new DocumentContent(info, documents.content(documentId));
    }

    public void delete(UUID dossierId, UUID documentId, CurrentUser user) {
        Dossier dossier = access.editableLocked(dossierId, user);
        DocumentInfo info = documents
                .find(dossierId, documentId)
                .orElseThrow(() -> new DomainException(ErrorCode.DOCUMENT_NOT_FOUND));
        documents.delete(documentId);
        history.add(
                dossierId,
                clock.instant(),
                user.username(),
                HistoryAction.DOCUMENT_REMOVED,
                DossierService.stageOf(dossier),
                Labels.vietnamese().documentKind(info.kind()) + ": " + info.fileName());
    }

    private byte[] readAtMost(InputStreamSource content, long max) {
        try (InputStream in = content.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > max) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    private DomainException tooLarge() {
        long megabytes = Math.max(1, maxSizeBytes / (1024 * 1024));
        return new DomainException(
                ErrorCode.FILE_TOO_LARGE, "Tệp tải lên vượt quá dung lượng cho phép (tối đa " + megabytes + " MB).");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
