package vn.bacson.khenthuong.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** Public, no login (công khai): the awarded collectives and individuals of a campaign, as JSON and as a page. */
@Controller
@Tag(name = "Public results", description = "Awarded collectives and individuals of a campaign, without login")
class PublicAwardsController {

    private final PublicAwards awards;

    PublicAwardsController(PublicAwards awards) {
        this.awards = awards;
    }

    @GetMapping("/api/public/campaigns/{code}/awards")
    @ResponseBody
    @Operation(summary = "Awarded collectives and individuals of the campaign with the decision number and date")
    PublicAwards.Results awards(@PathVariable String code) {
        return awards.of(code);
    }

    @GetMapping("/cong-khai")
    String index(Model model) {
        model.addAttribute("campaigns", awards.campaigns());
        return "public/index";
    }

    @GetMapping("/cong-khai/{code}")
    String page(@PathVariable String code, Model model) {
        PublicAwards.Results results = awards.of(code);
        model.addAttribute("results", results);
        model.addAttribute("collectives", results.collectives());
        model.addAttribute("individuals", results.individuals());
        return "public/awards";
    }
}
