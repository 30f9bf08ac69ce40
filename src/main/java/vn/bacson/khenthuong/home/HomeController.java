package vn.bacson.khenthuong.home;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.identity.AuthenticatedUser;
import vn.bacson.khenthuong.identity.CurrentUsers;

/** The start page as JSON: each user's work first (docs/api.md, "Start page"); the page is web.HomePages. */
@Tag(name = "Trang chủ", description = "What the signed-in user finds first: their work, by role")
@RestController
class HomeController {

    private final HomeService home;

    HomeController(HomeService home) {
        this.home = home;
    }

    @Operation(
            summary = "Trang chủ của tôi (the caller's work by role; counts as a visit)",
            description = "unit: open campaigns with days left, amendments with deadline and reason, decisions "
                    + "with their PDF, drafts; tasks: counts per stage (overdue, due soon, new since the last "
                    + "visit, mine) and the next tasks; councilSessions: campaigns with dossiers waiting for the "
                    + "council; campaigns: each current campaign in one line (office lead). Sections a role does "
                    + "not work with are null. campaignId narrows everything to one campaign.")
    @GetMapping(path = "/api/me/home", produces = MediaType.APPLICATION_JSON_VALUE)
    HomeView api(@RequestParam(required = false) UUID campaignId) {
        return home.home(principal(), campaignId);
    }

    static AuthenticatedUser principal() {
        return CurrentUsers.principal().orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED));
    }
}
