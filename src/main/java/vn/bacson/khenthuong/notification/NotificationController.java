package vn.bacson.khenthuong.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.identity.CurrentUser;

@Tag(name = "Thư thông báo", description = "Every e-mail the system sends, with its delivery status")
@RestController
@RequestMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
class NotificationController {

    private final OutboxStore store;
    private final ZoneId zone;

    NotificationController(OutboxStore store, ZoneId businessZone) {
        this.store = store;
        this.zone = businessZone;
    }

    @Operation(
            summary = "Danh sách thư thông báo (recorded e-mails, newest first, paged)",
            description = "Staff only (reviewers, office lead, chairman, admin); units get 403. Filters: dossierId, "
                    + "campaignId, status (PENDING, SENT, FAILED). FAILED rows carry the SMTP server's reply in "
                    + "lastError.")
    @GetMapping
    PageResult<NotificationView> list(
            @RequestParam(required = false) UUID dossierId,
            @RequestParam(required = false) UUID campaignId,
            @RequestParam(required = false) NotificationStatus status,
            @ParameterObject PageQuery pageQuery,
            CurrentUser user) {
        if (!user.isStaff()) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        PageQuery query = pageQuery;
        long total = store.count(dossierId, campaignId, status);
        return query.result(
                store.findPage(dossierId, campaignId, status, query.offset(), query.size()).stream()
                        .map(n -> NotificationView.of(n, zone))
                        .toList(),
                total);
    }
}
