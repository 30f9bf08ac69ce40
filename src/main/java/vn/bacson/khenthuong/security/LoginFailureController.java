package vn.bacson.khenthuong.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;

@RestController
@RequestMapping("/api/admin/login-failures")
@Tag(name = "Quản trị", description = "For camunda-admin only")
class LoginFailureController {

    private final LoginFailures failures;

    LoginFailureController(LoginFailures failures) {
        this.failures = failures;
    }

    @Operation(
            summary = "Đăng nhập thất bại (failed logins, newest first)",
            description = "Form login and HTTP Basic; reason BAD_CREDENTIALS, or THROTTLED when the try was refused"
                    + " unchecked because its client address had to wait. camunda-admin only.")
    @GetMapping
    PageResult<LoginFailures.LoginFailure> list(@ParameterObject PageQuery pageQuery, CurrentUser user) {
        if (!user.has(Roles.ADMIN)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        return failures.page(pageQuery);
    }
}
