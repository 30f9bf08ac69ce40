package vn.bacson.khenthuong.security;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.bacson.khenthuong.web.Installation;
import vn.bacson.khenthuong.web.PageController;

/** The form login page; Spring Security handles POST /login and POST /logout. */
@PageController
class LoginController {

    private final Installation installation;

    LoginController(Installation installation) {
        this.installation = installation;
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "throttled", required = false) String throttled, Model model) {
        // not the default commune's page when the installation serves several: the province's sign-in
        model.addAttribute("commune", installation.signInCommune());
        if (throttled != null) {
            // the wait LoginThrottleFilter put in the address; anything else is shown as no number at all
            model.addAttribute("throttledSeconds", throttled.matches("[0-9]{1,6}") ? throttled : "?");
        }
        return "login";
    }
}
