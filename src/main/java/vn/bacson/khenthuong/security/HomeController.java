package vn.bacson.khenthuong.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.bacson.khenthuong.identity.AuthenticatedUser;
import vn.bacson.khenthuong.identity.CurrentUsers;

/** The start page after login; the web UI replaces it with the real dashboard. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        AuthenticatedUser user = CurrentUsers.principal().orElseThrow();
        model.addAttribute("user", user);
        return "home";
    }
}
