package vn.bacson.khenthuong.demo;

import java.util.List;
import vn.bacson.khenthuong.identity.Roles;

/** The demo users, groups and units of API.md ("Demo data"). Every demo user's password is "demo". */
final class DemoData {

    static final String PASSWORD = "demo";
    static final String MAIL_DOMAIN = "bacson.example";
    static final String VU_LE_MAIL_DOMAIN = "vule.example";
    /** The province's offices (Sở Nội vụ, the provincial council, the chairman): not a commune's addresses. */
    static final String PROVINCE_MAIL_DOMAIN = "langson.example";

    record DemoUnit(String code, String name, boolean dissolved, String mailDomain) {
        DemoUnit(String code, String name, boolean dissolved) {
            this(code, name, dissolved, MAIL_DOMAIN);
        }

        String email() {
            return code + "@" + mailDomain;
        }
    }

    record DemoRole(String id, String name) {}

    /** lastName holds family and middle name, firstName the given name: "Hoàng Văn" + "Thắng". */
    record DemoUser(String id, String lastName, String firstName, String role, String unitCode, String mailDomain) {
        DemoUser(String id, String lastName, String firstName, String role, String unitCode) {
            this(id, lastName, firstName, role, unitCode, MAIL_DOMAIN);
        }

        String email() {
            return id + "@" + mailDomain;
        }
    }

    /** A demo commune: its units, users and one open campaign (code, title, plan number). */
    record DemoCommune(
            String code,
            String name,
            List<DemoUnit> units,
            List<DemoUser> users,
            String campaignCode,
            String campaignTitle,
            String campaignPlanNumber) {}

    static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("thon-1", "Thôn 1", false),
            new DemoUnit("thon-2", "Thôn 2", false),
            new DemoUnit("phong-kinh-te", "Phòng Kinh tế", false),
            new DemoUnit("ban-xdd", "Ban Xây dựng Đảng", false),
            new DemoUnit("phong-vhxh", "Phòng Văn hóa - Xã hội", false),
            new DemoUnit("thon-9", "Thôn 9 (đã sáp nhập)", true));

    static final List<DemoRole> ROLES = List.of(
            new DemoRole(Roles.UNIT, "Đơn vị đề nghị khen thưởng"),
            new DemoRole(Roles.PARTY_BUILDING, "Ban Xây dựng Đảng"),
            new DemoRole(Roles.CULTURE_SOCIAL, "Phòng Văn hóa - Xã hội"),
            new DemoRole(Roles.OFFICE_LEAD, "Trưởng phòng Văn hóa - Xã hội"),
            new DemoRole(Roles.COUNCIL, "Hội đồng Thi đua - Khen thưởng xã"),
            new DemoRole(Roles.CHAIRMAN, "Chủ tịch Ủy ban nhân dân xã"),
            new DemoRole(Roles.PROVINCE_HOME_AFFAIRS, "Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)"),
            new DemoRole(Roles.PROVINCE_COUNCIL, "Hội đồng Thi đua - Khen thưởng tỉnh"),
            new DemoRole(Roles.PROVINCE_CHAIRMAN, "Chủ tịch Ủy ban nhân dân tỉnh"));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("thon1", "Hoàng Văn", "Thắng", Roles.UNIT, "thon-1"),
            new DemoUser("thon2", "Lương Thị", "Hoa", Roles.UNIT, "thon-2"),
            new DemoUser("pkt", "Vi Văn", "Đức", Roles.UNIT, "phong-kinh-te"),
            new DemoUser("bxdd", "Nông Thị", "Lan", Roles.PARTY_BUILDING, "ban-xdd"),
            new DemoUser("vhxh", "Hoàng Thị", "Mai", Roles.CULTURE_SOCIAL, "phong-vhxh"),
            new DemoUser("truongphong", "Lăng Văn", "Bình", Roles.OFFICE_LEAD, "phong-vhxh"),
            new DemoUser("hoidong", "Dương Văn", "Sơn", Roles.COUNCIL, null),
            new DemoUser("chutich", "Hà Văn", "Quang", Roles.CHAIRMAN, null));

    /** The province's users: members of no commune (no engine tenant), so they work across communes. */
    static final List<DemoUser> PROVINCE_USERS = List.of(
            new DemoUser("sonv", "Hoàng Thị", "Thu", Roles.PROVINCE_HOME_AFFAIRS, null, PROVINCE_MAIL_DOMAIN),
            new DemoUser("hdtinh", "Lý Văn", "Hùng", Roles.PROVINCE_COUNCIL, null, PROVINCE_MAIL_DOMAIN),
            new DemoUser("chutichtinh", "Đoàn Thanh", "Sơn", Roles.PROVINCE_CHAIRMAN, null, PROVINCE_MAIL_DOMAIN));

    static final String CAMPAIGN_CODE = "DH-2025";
    static final String CAMPAIGN_TITLE = "Thi đua lập thành tích chào mừng Đại hội Đảng bộ xã Bắc Sơn lần thứ I, "
            + "nhiệm kỳ 2025 - 2030, tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII "
            + "và Đại hội đại biểu toàn quốc lần thứ XIV của Đảng";
    static final String CAMPAIGN_PLAN_NUMBER = "05/KH-UBND";
    /** The congress was three days ago, so the 20-day submission window is open now. */
    static final int CONGRESS_DAYS_AGO = 3;

    static final int LAUNCHED_DAYS_BEFORE_CONGRESS = 30;
    static final int WINDOW_DAYS = 20;

    /** The second demo commune (API.md v1.1): the same roles as their Bắc Sơn namesakes, its own campaign. */
    static final String VU_LE = "vu-le";

    static final List<DemoUnit> VU_LE_UNITS = List.of(
            new DemoUnit("thon-1", "Thôn 1", false, VU_LE_MAIL_DOMAIN),
            new DemoUnit("thon-2", "Thôn 2", false, VU_LE_MAIL_DOMAIN),
            new DemoUnit("ban-xdd", "Ban Xây dựng Đảng", false, VU_LE_MAIL_DOMAIN),
            new DemoUnit("phong-vhxh", "Phòng Văn hóa - Xã hội", false, VU_LE_MAIL_DOMAIN));

    static final List<DemoUser> VU_LE_USERS = List.of(
            new DemoUser("vl-thon1", "Hoàng Văn", "Hải", Roles.UNIT, "thon-1", VU_LE_MAIL_DOMAIN),
            new DemoUser("vl-bxdd", "Nông Văn", "Tiến", Roles.PARTY_BUILDING, "ban-xdd", VU_LE_MAIL_DOMAIN),
            new DemoUser("vl-vhxh", "Lương Thị", "Thu", Roles.CULTURE_SOCIAL, "phong-vhxh", VU_LE_MAIL_DOMAIN),
            new DemoUser("vl-hoidong", "Triệu Văn", "Minh", Roles.COUNCIL, null, VU_LE_MAIL_DOMAIN),
            new DemoUser("vl-chutich", "Mã Văn", "Long", Roles.CHAIRMAN, null, VU_LE_MAIL_DOMAIN));

    static final DemoCommune VU_LE_COMMUNE = new DemoCommune(
            VU_LE,
            "Xã Vũ Lễ",
            VU_LE_UNITS,
            VU_LE_USERS,
            CAMPAIGN_CODE,
            "Thi đua lập thành tích chào mừng Đại hội Đảng bộ xã Vũ Lễ lần thứ I, nhiệm kỳ 2025 - 2030",
            "03/KH-UBND");

    /**
     * Vũ Lễ's own issuer block and signer (its chairman, vl-chutich) and mail sender, stored as its commune
     * settings; the rest of its settings follow config/ like Bắc Sơn's.
     */
    static final String VU_LE_ISSUER_NAME = "ỦY BAN NHÂN DÂN XÃ VŨ LỄ";

    static final List<String> VU_LE_HEADER_LINES = List.of("ỦY BAN NHÂN DÂN", "XÃ VŨ LỄ");
    static final String VU_LE_PLACE = "Vũ Lễ";
    static final String VU_LE_PROVINCE = "Lạng Sơn";
    static final String VU_LE_CHAIRMAN = "Mã Văn Long";
    static final String VU_LE_MAIL_FROM = "Thi đua - Khen thưởng xã Vũ Lễ <thiduakhenthuong@" + VU_LE_MAIL_DOMAIN + ">";

    /** Bắc Sơn, the installation's default commune (its code and name come from app.commune). */
    static DemoCommune bacSon(String code, String name) {
        return new DemoCommune(code, name, UNITS, USERS, CAMPAIGN_CODE, CAMPAIGN_TITLE, CAMPAIGN_PLAN_NUMBER);
    }

    private DemoData() {}
}
