package vn.bacson.khenthuong.award.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.bacson.khenthuong.award.PublicAwards;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.PublicCommunes;
import vn.bacson.khenthuong.web.PageController;

/**
 * Public, no login (công khai): a commune's campaigns with results, and the awarded of one campaign, as pages.
 * {@code /cong-khai/{communeCode}} and {@code /cong-khai/{communeCode}/{campaignCode}} serve that commune; the old
 * {@code /cong-khai} and {@code /cong-khai/{campaignCode}} the installation's default commune (a commune code
 * comes first: {@code /cong-khai/vu-le} is Vũ Lễ's index, {@code /cong-khai/DH-2025} the default commune's campaign).
 */
@PageController
class PublicAwardsPages {

    private final PublicAwards awards;
    private final PublicCommunes communes;

    PublicAwardsPages(PublicAwards awards, PublicCommunes communes) {
        this.awards = awards;
        this.communes = communes;
    }

    @GetMapping("/cong-khai")
    String index(Model model) {
        return index(communes.defaultCommune(), "/cong-khai", model);
    }

    @GetMapping("/cong-khai/{code}")
    String communeOrCampaign(@PathVariable String code, Model model) {
        if (communes.exists(code)) {
            return index(communes.require(code), "/cong-khai/" + code, model);
        }
        return campaign(communes.defaultCommune(), "/cong-khai", code, model);
    }

    @GetMapping("/cong-khai/{communeCode}/{code}")
    String page(@PathVariable String communeCode, @PathVariable String code, Model model) {
        return campaign(communes.require(communeCode), "/cong-khai/" + communeCode, code, model);
    }

    private String index(Commune commune, String base, Model model) {
        model.addAttribute("campaigns", communes.in(commune.code(), awards::campaigns));
        fill(commune, base, model);
        return "public/index";
    }

    private String campaign(Commune commune, String base, String code, Model model) {
        PublicAwards.Results results = communes.in(commune.code(), () -> awards.of(code));
        model.addAttribute("results", results);
        model.addAttribute("collectives", results.collectives());
        model.addAttribute("individuals", results.individuals());
        fill(commune, base, model);
        return "public/awards";
    }

    /** Whose page it is (the header and footer name the commune) and where its other public pages are. */
    private static void fill(Commune commune, String base, Model model) {
        model.addAttribute("commune", commune);
        model.addAttribute("publicBase", base);
    }
}
