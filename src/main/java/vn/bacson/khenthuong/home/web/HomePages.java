package vn.bacson.khenthuong.home.web;

import java.util.UUID;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.home.HomeService;
import vn.bacson.khenthuong.identity.AuthenticatedUser;
import vn.bacson.khenthuong.identity.CurrentUsers;
import vn.bacson.khenthuong.web.PageController;

/** The start page after login: each user's work first; the same as JSON is HomeController. */
@PageController
class HomePages {

    private final HomeService home;

    HomePages(HomeService home) {
        this.home = home;
    }

    @GetMapping("/")
    String page(@RequestParam(required = false) UUID campaignId, Model model) {
        AuthenticatedUser user =
                CurrentUsers.principal().orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED));
        model.addAttribute("user", user);
        model.addAttribute("home", home.home(user, campaignId));
        model.addAttribute("campaignId", campaignId);
        return "home";
    }
}
