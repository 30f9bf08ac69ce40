package vn.bacson.khenthuong.security;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.web.PageController;

/** The failed-login log for the administrator (camunda-admin; SecurityConfig guards the path). */
@PageController
class LoginFailurePages {

    private final LoginFailures failures;

    LoginFailurePages(LoginFailures failures) {
        this.failures = failures;
    }

    @GetMapping("/admin/login-failures")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("failures", failures.page(PageQuery.of(Math.max(page, 0), 50)));
        return "admin/login-failures";
    }
}
