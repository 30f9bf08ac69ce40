package vn.bacson.khenthuong.common;

import org.springframework.http.HttpStatus;

/** Stable machine codes of problem+json answers, each with its HTTP status and Vietnamese message. */
public enum ErrorCode {
    VALIDATION_FAILED(HttpStatus.BAD_REQUEST, "Dữ liệu gửi lên chưa hợp lệ. Vui lòng kiểm tra các trường được nêu."),
    MALFORMED_REQUEST(
            HttpStatus.BAD_REQUEST, "Nội dung yêu cầu không đọc được (sai định dạng JSON hoặc sai kiểu dữ liệu)."),
    PAGE_SIZE_TOO_LARGE(HttpStatus.BAD_REQUEST, "Mỗi trang chỉ được tối đa 200 bản ghi."),
    UNKNOWN_NOMINEE(HttpStatus.BAD_REQUEST, "Có đối tượng đề nghị không thuộc hồ sơ này."),
    INCOMPLETE_VOTES(
            HttpStatus.BAD_REQUEST, "Chưa nhập đủ kết quả biểu quyết cho tất cả đối tượng đủ điều kiện của hồ sơ."),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "Bạn cần đăng nhập để thực hiện thao tác này."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy nội dung được yêu cầu."),
    CAMPAIGN_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy phong trào thi đua."),
    DOSSIER_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ đề nghị khen thưởng."),
    DOCUMENT_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy tài liệu."),
    NOMINEE_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy đối tượng đề nghị trong hồ sơ này."),
    ACHIEVEMENT_REPORT_NOT_FOUND(
            HttpStatus.NOT_FOUND, "Đối tượng này chưa có báo cáo thành tích lập trên hệ thống (biểu mẫu)."),
    TASK_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy công việc."),
    COMMUNE_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy xã này trong hệ thống."),
    PROVINCE_PROPOSAL_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy hồ sơ đề nghị gửi tỉnh."),
    PUBLIC_POSTING_NOT_FOUND(
            HttpStatus.NOT_FOUND, "Không có hồ sơ nào đang hoặc đã được niêm yết công khai với mã này."),
    DELEGATION_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy ủy quyền này."),
    TASK_FILTER_NOT_FOUND(HttpStatus.NOT_FOUND, "Không tìm thấy bộ lọc đã lưu."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Phương thức này không được hỗ trợ cho địa chỉ này."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Không trả lời được theo kiểu nội dung mà yêu cầu đòi hỏi (Accept)."),
    CAMPAIGN_CODE_TAKEN(HttpStatus.CONFLICT, "Mã phong trào thi đua này đã được sử dụng."),
    COMMUNE_CODE_TAKEN(HttpStatus.CONFLICT, "Mã xã này đã có trong hệ thống."),
    UNIT_CODE_TAKEN(HttpStatus.CONFLICT, "Xã này đã có một đơn vị với mã này."),
    USERNAME_TAKEN(HttpStatus.CONFLICT, "Tên đăng nhập này đã được sử dụng."),
    DOSSIER_NOT_EDITABLE(HttpStatus.CONFLICT, "Hồ sơ đã gửi đi, không thể chỉnh sửa ở trạng thái hiện tại."),
    SUBMISSION_WINDOW_CLOSED(HttpStatus.CONFLICT, "Đã hết thời hạn nộp hồ sơ của phong trào thi đua này."),
    SUBMISSION_WINDOW_NOT_OPEN(HttpStatus.CONFLICT, "Chưa đến thời gian nộp hồ sơ của phong trào thi đua này."),
    DOSSIER_ALREADY_SUBMITTED(HttpStatus.CONFLICT, "Hồ sơ này đã được gửi và đang được xem xét."),
    DOSSIER_NOT_WITHDRAWABLE(HttpStatus.CONFLICT, "Hồ sơ đã có kết quả hoặc đã kết thúc, không thể rút."),
    DOSSIER_NOT_PROVINCE_PENDING(HttpStatus.CONFLICT, "Hồ sơ không ở trạng thái chờ quyết định của tỉnh."),
    PROVINCE_DECISION_INTERNAL(
            HttpStatus.CONFLICT,
            "Tỉnh xét đề nghị khen thưởng ngay trên hệ thống này: quyết định của tỉnh được ghi nhận tự động, không nhập"
                    + " tay."),
    PROVINCE_PROPOSAL_NOT_RETURNED(
            HttpStatus.CONFLICT, "Hồ sơ đề nghị không ở trạng thái được tỉnh trả lại nên chưa thể gửi lại."),
    TASK_ALREADY_CLAIMED(HttpStatus.CONFLICT, "Công việc này đã được người khác nhận xử lý."),
    TASK_ALREADY_COMPLETED(HttpStatus.CONFLICT, "Công việc này đã được xử lý xong trước đó."),
    BULK_COMPLETION_REFUSED(
            HttpStatus.CONFLICT,
            "Không hồ sơ nào được xử lý vì có công việc bị từ chối; xem danh sách các công việc bị từ chối và lý do."),
    DELEGATION_OVERLAP(HttpStatus.CONFLICT, "Khoảng thời gian này trùng với một ủy quyền khác của bạn."),
    TASK_FILTER_NAME_TAKEN(HttpStatus.CONFLICT, "Bạn đã có một bộ lọc cùng tên."),
    PUBLIC_POSTING_CLOSED(
            HttpStatus.CONFLICT, "Đã hết thời gian niêm yết công khai của hồ sơ này nên không nhận thêm ý kiến."),
    FEEDBACK_RATE_LIMITED(
            HttpStatus.TOO_MANY_REQUESTS,
            "Đã nhận nhiều ý kiến gửi từ địa chỉ mạng của bạn trong thời gian ngắn. Vui lòng thử lại sau."),
    LOGIN_THROTTLED(
            HttpStatus.TOO_MANY_REQUESTS,
            "Đăng nhập sai quá nhiều lần từ địa chỉ mạng của bạn. Vui lòng chờ rồi thử lại sau số giây đã nêu."),
    FILE_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp tải lên vượt quá dung lượng cho phép."),
    REQUEST_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Nội dung gửi lên quá dài."),
    UNSUPPORTED_FILE_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Chỉ chấp nhận tệp PDF, DOCX, DOC, JPEG hoặc PNG."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Kiểu nội dung của yêu cầu không được hỗ trợ."),
    SIGNATURE_INVALID(
            HttpStatus.BAD_REQUEST,
            "Chữ ký số gửi lên không khớp với chứng thư số và nội dung cần ký; văn bản chưa được ký."),
    SIGNATURE_REQUEST_NOT_FOUND(
            HttpStatus.NOT_FOUND, "Không tìm thấy yêu cầu ký số này (có thể đã dùng hoặc đã hết hạn)."),
    DECISION_ALREADY_SIGNED(HttpStatus.CONFLICT, "Quyết định này đã được ký số."),
    SIGNING_NOT_CONFIGURED(
            HttpStatus.CONFLICT,
            "Hệ thống chưa được cấu hình khóa ký số của đơn vị; vui lòng liên hệ quản trị hệ thống."),
    SIGNING_CERTIFICATE_MISMATCH(
            HttpStatus.CONFLICT,
            "Chứng thư số của khóa ký không mang tên cơ quan ban hành văn bản; văn bản chưa được ký. Vui lòng liên hệ"
                    + " quản trị hệ thống để gán đúng khóa ký số của đơn vị."),
    SIGNING_CERTIFICATE_NOT_VALID(
            HttpStatus.CONFLICT,
            "Chứng thư số của khóa ký đã hết hạn hoặc chưa đến ngày có hiệu lực; văn bản chưa được ký. Vui lòng liên"
                    + " hệ quản trị hệ thống."),
    SERVICE_UNAVAILABLE(
            HttpStatus.SERVICE_UNAVAILABLE,
            "Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Dữ liệu của bạn chưa bị thay đổi; vui lòng thử lại sau"
                    + " ít phút."),
    INTERNAL_ERROR(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "Hệ thống gặp lỗi ngoài dự kiến. Dữ liệu của bạn chưa bị thay đổi; vui lòng thử lại sau.");

    /**
     * The code of an error answered by status alone (the servlet container, Spring's own resolvers): what a
     * client of /api/** receives when no handler of ours said more.
     */
    public static ErrorCode ofStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> REQUEST_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }

    private final HttpStatus status;
    private final String message;

    ErrorCode(HttpStatus status, String message) {
        this.status = status;
        this.message = message;
    }

    public HttpStatus status() {
        return status;
    }

    public String message() {
        return message;
    }
}
