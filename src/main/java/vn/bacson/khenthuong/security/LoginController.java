package vn.bacson.khenthuong.security;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.bacson.khenthuong.web.PageController;

/** The form login page; Spring Security handles POST /login and POST /logout. */
@PageController
class LoginController {

    @GetMapping("/login")
    String login(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
        if (throttled != null) {
            // the wait LoginThrottleFilter put in the address; anything else is shown as no number at all
            model.addAttribute("throttledSeconds", throttled.matches("[0-9]{1,6}") ? throttled : "?");
        }
        return "login";
    }
}
