package vn.bacson.khenthuong.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.commune.PublicCommunes;

/** Public, no login (công khai): the awarded collectives and individuals of a campaign, as JSON; the pages are web.PublicAwardsPages. */
@RestController
@Tag(name = "Public results", description = "Awarded collectives and individuals of a campaign, without login")
class PublicAwardsController {

    private final PublicAwards awards;
    private final PublicCommunes communes;

    PublicAwardsController(PublicAwards awards, PublicCommunes communes) {
        this.awards = awards;
        this.communes = communes;
    }

    @GetMapping("/api/public/communes/{communeCode}/campaigns/{code}/awards")
    @Operation(
            summary = "Awarded collectives and individuals of a commune's campaign with the decision number and date",
            description = "Unknown commune or campaign -> 404.")
    PublicAwards.Results communeAwards(@PathVariable String communeCode, @PathVariable String code) {
        return communes.in(communeCode, () -> awards.of(code));
    }

    @GetMapping("/api/public/campaigns/{code}/awards")
    @Operation(summary = "The same for a campaign of the installation's default commune (the path of v1)")
    PublicAwards.Results awards(@PathVariable String code) {
        return communes.inDefault(() -> awards.of(code));
    }
}
