package vn.bacson.khenthuong.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.identity.CurrentUser;

@Tag(name = "Phong trào thi đua", description = "Campaigns and their submission window")
@RestController
@RequestMapping(path = "/api/campaigns", produces = MediaType.APPLICATION_JSON_VALUE)
class CampaignController {

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Operation(
            summary = "Phát động phong trào thi đua (create a campaign)",
            description = "culture-social, office-lead, chairman. Duplicate code -> 409 CAMPAIGN_CODE_TAKEN.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CampaignView> create(@RequestBody CampaignRequest request, CurrentUser user) {
        Campaign campaign = campaigns.create(request, user);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/campaigns/" + campaign.id()))
                .body(campaigns.view(campaign));
    }

    @Operation(summary = "Danh sách phong trào thi đua (list campaigns, paged)")
    @GetMapping
    PageResult<CampaignView> list(@ParameterObject PageQuery pageQuery) {
        return campaigns.list(pageQuery).map(campaigns::view);
    }

    @Operation(summary = "Xem phong trào thi đua (one campaign)")
    @GetMapping("/{id}")
    CampaignView get(@PathVariable UUID id) {
        return campaigns.view(campaigns.get(id));
    }

    @Operation(
            summary = "Sửa phong trào thi đua (merge patch: congressDate, windowDays, title, planNumber, awardForms)",
            description = "An explicit null congressDate clears the window. Moving the window moves its timers.")
    @PatchMapping(
            path = "/{id}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    CampaignView patch(@PathVariable UUID id, @RequestBody JsonNode patch, CurrentUser user) {
        return campaigns.view(campaigns.patch(id, patch, user));
    }
}
