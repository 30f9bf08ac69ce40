package vn.bacson.khenthuong.award;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public, no login (công khai): the awarded collectives and individuals of a campaign, as JSON; the pages are web.PublicAwardsPages. */
@RestController
@Tag(name = "Public results", description = "Awarded collectives and individuals of a campaign, without login")
class PublicAwardsController {

    private final PublicAwards awards;

    PublicAwardsController(PublicAwards awards) {
        this.awards = awards;
    }

    @GetMapping("/api/public/campaigns/{code}/awards")
    @Operation(summary = "Awarded collectives and individuals of the campaign with the decision number and date")
    PublicAwards.Results awards(@PathVariable String code) {
        return awards.of(code);
    }
}
