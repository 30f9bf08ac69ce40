package vn.bacson.khenthuong.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The form login page; Spring Security handles POST /login and POST /logout. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
