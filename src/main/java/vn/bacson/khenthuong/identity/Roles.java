package vn.bacson.khenthuong.identity;

import java.util.List;

/** Camunda group ids that act as roles (API.md, demo users). Unit membership is a group of type UNIT. */
public final class Roles {
    public static final String UNIT = "unit";
    public static final String PARTY_BUILDING = "party-building";
    public static final String CULTURE_SOCIAL = "culture-social";
    public static final String OFFICE_LEAD = "office-lead";
    public static final String COUNCIL = "council";
    public static final String CHAIRMAN = "chairman";
    public static final String ADMIN = "camunda-admin";
    /** Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh): receives and appraises the communes' proposals. */
    public static final String PROVINCE_HOME_AFFAIRS = "province-home-affairs";
    /** Hội đồng Thi đua - Khen thưởng tỉnh. */
    public static final String PROVINCE_COUNCIL = "province-council";
    /** Chủ tịch UBND tỉnh. */
    public static final String PROVINCE_CHAIRMAN = "province-chairman";

    /** Administrator of the installation: onboards communes, their units and users (API.md v1.1). */
    public static final String SYSTEM_ADMIN = "system-admin";

    /** The roles a commune's own users may have (the province roles and the administrators' are not among them). */
    public static final List<String> COMMUNE_ROLES =
            List.of(UNIT, PARTY_BUILDING, CULTURE_SOCIAL, OFFICE_LEAD, COUNCIL, CHAIRMAN);

    /** Camunda group type of the role groups above. */
    public static final String ROLE_GROUP_TYPE = "WORKFLOW";
    /** Camunda group type of unit groups; the group id is the unit code. */
    public static final String UNIT_GROUP_TYPE = "UNIT";

    private Roles() {}
}
