package vn.bacson.khenthuong.campaign;

import static vn.bacson.khenthuong.campaign.CampaignRules.checkPlanNumber;
import static vn.bacson.khenthuong.campaign.CampaignRules.checkPublicPostingDays;
import static vn.bacson.khenthuong.campaign.CampaignRules.checkTitle;
import static vn.bacson.khenthuong.campaign.CampaignRules.checkWindowDays;
import static vn.bacson.khenthuong.campaign.CampaignRules.invalid;
import static vn.bacson.khenthuong.campaign.CampaignRules.required;
import static vn.bacson.khenthuong.campaign.CampaignRules.trimToNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import vn.bacson.khenthuong.common.DateRange;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.FieldViolation;

/**
 * A JSON merge patch of a campaign: a present field is changed, an absent one kept; an explicit null clears
 * congressDate (no window any more) and planNumber, and sends publicPostingDays back to the configured default.
 * Only the fields in {@link #PATCHABLE} may be named.
 */
final class CampaignPatch {

    private static final Set<String> PATCHABLE =
            Set.of("title", "planNumber", "congressDate", "windowDays", "awardForms", "publicPostingDays");

    private CampaignPatch() {}

    /** The campaign as the patch changes it, or VALIDATION_FAILED naming every field at fault. */
    static Campaign apply(Campaign current, JsonNode patch, Clock clock) {
        List<FieldViolation> violations = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!PATCHABLE.contains(name)) {
                violations.add(new FieldViolation(
                        name,
                        "NOT_PATCHABLE",
                        "Trường này không thay đổi được; chỉ sửa được title, planNumber, congressDate, windowDays, "
                                + "awardForms, publicPostingDays."));
            }
        }
        String title = current.title();
        if (patch.has("title")) {
            title = patch.get("title").isTextual()
                    ? trimToNull(patch.get("title").asText())
                    : null;
            checkTitle(title, violations);
        }
        String planNumber = current.planNumber();
        if (patch.has("planNumber")) {
            JsonNode node = patch.get("planNumber");
            if (node.isNull()) {
                planNumber = null;
            } else if (node.isTextual()) {
                planNumber = trimToNull(node.asText());
                checkPlanNumber(planNumber, violations);
            } else {
                violations.add(invalid("planNumber"));
            }
        }
        LocalDate congressDate = current.congressDate();
        if (patch.has("congressDate")) {
            JsonNode node = patch.get("congressDate");
            if (node.isNull()) {
                congressDate = null;
            } else {
                congressDate = CampaignRules.parseDate(node);
                if (congressDate == null) {
                    violations.add(new FieldViolation(
                            "congressDate", "INVALID_VALUE", "Ngày Đại hội phải có dạng yyyy-MM-dd."));
                } else if (!DateRange.CAMPAIGN.check("congressDate", congressDate, clock, violations)) {
                    congressDate = current.congressDate();
                }
            }
        }
        int windowDays = current.windowDays();
        if (patch.has("windowDays")) {
            JsonNode node = patch.get("windowDays");
            if (node.isNull()) {
                violations.add(required("windowDays"));
            } else if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                violations.add(invalid("windowDays"));
            } else {
                windowDays = node.intValue();
                checkWindowDays(windowDays, violations);
            }
        }
        Set<AwardForm> forms = current.awardForms();
        if (patch.has("awardForms")) {
            forms = CampaignRules.awardForms(patch.get("awardForms"), violations);
        }
        Integer publicPostingDays = current.publicPostingDays();
        if (patch.has("publicPostingDays")) {
            // an explicit null goes back to the configured default
            JsonNode node = patch.get("publicPostingDays");
            if (node.isNull()) {
                publicPostingDays = null;
            } else if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                violations.add(invalid("publicPostingDays"));
            } else {
                publicPostingDays = node.intValue();
                checkPublicPostingDays(publicPostingDays, violations);
            }
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        return new Campaign(
                current.id(),
                current.code(),
                title,
                planNumber,
                current.launchedOn(),
                congressDate,
                windowDays,
                forms,
                current.launchedBy(),
                current.createdAt(),
                current.createdBy(),
                publicPostingDays);
    }
}
