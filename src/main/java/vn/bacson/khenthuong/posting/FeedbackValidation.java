package vn.bacson.khenthuong.posting;

import static vn.bacson.khenthuong.posting.PublicPostingService.MAX_CONTACT;
import static vn.bacson.khenthuong.posting.PublicPostingService.MAX_CONTENT;
import static vn.bacson.khenthuong.posting.PublicPostingService.MAX_SENDER_NAME;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.Ids;
import vn.bacson.khenthuong.dossier.NomineeRepository;

/**
 * What a citizen's message must be to be kept: a name, a phone number or e-mail address or nothing, a text within
 * the limits, and a nominee of the dossier's posting if one is named; control characters become spaces. Of the
 * sender's address only a keyed hash is kept.
 */
final class FeedbackValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A phone number as people write it: digits with spaces, dots, dashes, brackets, an optional leading +. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]+");
    /** Control characters, except the line breaks and tabs a message may keep. */
    private static final Pattern CONTROL_IN_TEXT = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]|[\\u2028\\u2029]");

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");

    private final NomineeRepository nominees;
    private final PublicPostingSettings settings;

    FeedbackValidation(NomineeRepository nominees, PublicPostingSettings settings) {
        this.nominees = nominees;
        this.settings = settings;
    }

    /** The message as it is kept, or VALIDATION_FAILED naming every field at fault. */
    Feedback validate(UUID dossierId, FeedbackRequest request, Instant now, String senderAddress) {
        List<FieldViolation> violations = new ArrayList<>();
        String name = clean(request.senderName(), CONTROL);
        if (name == null) {
            violations.add(new FieldViolation("senderName", "REQUIRED", "Vui lòng cho biết họ và tên người gửi."));
        } else if (name.length() > MAX_SENDER_NAME) {
            violations.add(new FieldViolation(
                    "senderName", "SIZE", "Họ và tên người gửi tối đa " + MAX_SENDER_NAME + " ký tự."));
        }
        String contact = clean(request.contact(), CONTROL);
        if (contact != null) {
            if (contact.length() > MAX_CONTACT) {
                violations.add(
                        new FieldViolation("contact", "SIZE", "Thông tin liên hệ tối đa " + MAX_CONTACT + " ký tự."));
            } else if (!EMAIL.matcher(contact).matches()
                    && !PHONE.matcher(contact).matches()) {
                violations.add(new FieldViolation(
                        "contact",
                        "INVALID_VALUE",
                        "Nhập số điện thoại hoặc địa chỉ thư điện tử hợp lệ, hoặc để trống."));
            }
        }
        String content = clean(request.content(), CONTROL_IN_TEXT);
        if (content == null) {
            violations.add(new FieldViolation("content", "REQUIRED", "Vui lòng nhập nội dung ý kiến."));
        } else if (content.length() > MAX_CONTENT) {
            violations.add(new FieldViolation("content", "SIZE", "Nội dung ý kiến tối đa " + MAX_CONTENT + " ký tự."));
        }
        UUID nomineeId = null;
        String rawNominee = clean(request.nomineeId(), CONTROL);
        if (rawNominee != null) {
            nomineeId = Ids.uuidOrNull(rawNominee);
            boolean posted = nomineeId != null
                    && nominees.find(nomineeId)
                            .filter(n -> n.dossierId().equals(dossierId) && n.isInRunning())
                            .isPresent();
            if (!posted) {
                violations.add(new FieldViolation(
                        "nomineeId",
                        ErrorCode.UNKNOWN_NOMINEE.name(),
                        "Đối tượng này không có trong danh sách niêm yết của hồ sơ."));
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        return new Feedback(
                UUID.randomUUID(),
                dossierId,
                nomineeId,
                name,
                contact,
                content,
                now,
                SenderHash.of(settings.senderHashKey(), senderAddress));
    }

    private static String clean(String value, Pattern control) {
        if (value == null) {
            return null;
        }
        String cleaned =
                control.matcher(value.replace("\r\n", "\n")).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
