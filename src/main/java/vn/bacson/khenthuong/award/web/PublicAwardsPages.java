package vn.bacson.khenthuong.award.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.bacson.khenthuong.award.PublicAwards;
import vn.bacson.khenthuong.web.PageController;

/** Public, no login (công khai): the campaigns with results, and the awarded of one campaign, as pages. */
@PageController
class PublicAwardsPages {

    private final PublicAwards awards;

    PublicAwardsPages(PublicAwards awards) {
        this.awards = awards;
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
