package vn.bacson.khenthuong.dossier;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a dossier waits. The user task id in bpmn/CommendationProposal.bpmn and the candidate group
 * are held here once, so the task list, the listeners and the conventions test agree.
 */
public enum Stage {
    AMENDMENT("UserTask_AmendDossier", null),
    PARTY_BUILDING_SELECTION("UserTask_SelectNominees", "party-building"),
    CULTURE_SOCIAL_APPRAISAL("UserTask_AppraiseDossier", "culture-social"),
    COUNCIL_REVIEW("UserTask_ReviewInCouncil", "council"),
    CHAIRMAN_DECISION("UserTask_DecideAwards", "chairman"),
    /** The province's review of a commune's proposal (bpmn/ProvinceCommendation.bpmn, business key = proposal id). */
    PROVINCE_APPRAISAL("UserTask_AppraiseProposal", "province-home-affairs"),
    PROVINCE_COUNCIL("UserTask_ReviewInProvinceCouncil", "province-council"),
    PROVINCE_DECISION("UserTask_DecideProvinceAwards", "province-chairman");

    private final String taskDefinitionKey;
    private final String candidateGroup;

    Stage(String taskDefinitionKey, String candidateGroup) {
        this.taskDefinitionKey = taskDefinitionKey;
        this.candidateGroup = candidateGroup;
    }

    public String taskDefinitionKey() {
        return taskDefinitionKey;
    }

    /** The role group that works this stage; null for AMENDMENT, which belongs to the dossier's unit. */
    public String candidateGroup() {
        return candidateGroup;
    }

    public boolean isReview() {
        return this != AMENDMENT;
    }

    /** A stage of the province's review: its task belongs to a proposal, not to one commune dossier. */
    public boolean isProvince() {
        return this == PROVINCE_APPRAISAL || this == PROVINCE_COUNCIL || this == PROVINCE_DECISION;
    }

    /** The stages of a commune dossier's own process. */
    public static List<Stage> commune() {
        return Arrays.stream(values()).filter(s -> !s.isProvince()).toList();
    }

    /** The stages of the province's review, in its order. */
    public static List<Stage> province() {
        return Arrays.stream(values()).filter(Stage::isProvince).toList();
    }

    public static Optional<Stage> ofTaskDefinitionKey(String key) {
        return Arrays.stream(values())
                .filter(s -> s.taskDefinitionKey.equals(key))
                .findFirst();
    }
}
