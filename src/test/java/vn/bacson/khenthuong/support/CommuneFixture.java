package vn.bacson.khenthuong.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import vn.bacson.khenthuong.identity.Roles;

/**
 * A commune onboarded for a test as the system administrator onboards one (docs/operations.md, "Onboarding a
 * commune"): the demo's {@code admin} creates it with its issuer over {@code /api/admin/communes}, then adds its units
 * and its users. A user is named after the commune's code and the Bắc Sơn demo user of the same role
 * ({@code <code>-vhxh}), with the e-mail {@code <username>@<code>.example} and the password {@link #PASSWORD}. The IT
 * database is shared and reused: give each run a fresh code.
 *
 * <pre>{@code
 * CommuneFixture commune = onboardCommune("it-" + suffix, "Xã Thử").likeTheDemo(); // in a PostgresIT
 * commune.as("vhxh").get("/api/campaigns");
 * }</pre>
 */
public final class CommuneFixture {

    /** Every onboarded user's password (onboarding wants eight characters at least, so not the demo's). */
    public static final String PASSWORD = "mat-khau-IT-xa";

    private final String code;
    /** HTTP Basic as a user with a password. */
    private final BiFunction<String, String, Api> login;

    private CommuneFixture(String code, BiFunction<String, String, Api> login) {
        this.code = code;
        this.login = login;
    }

    /**
     * Creates the commune, its issuer "ỦY BAN NHÂN DÂN" and its name in capitals, its place name (the name without
     * "Xã"), its chairman Nguyễn Văn Chủ; {@code login} gives the HTTP API as a user and password.
     */
    public static CommuneFixture onboard(String code, String name, BiFunction<String, String, Api> login) {
        CommuneFixture commune = new CommuneFixture(code, login);
        commune.created(commune.admin()
                .post(
                        "/api/admin/communes",
                        Map.of(
                                "code",
                                code,
                                "name",
                                name,
                                "issuer",
                                Map.of(
                                        "name",
                                        "ỦY BAN NHÂN DÂN " + name.toUpperCase(Locale.ROOT),
                                        "placeName",
                                        name.replaceFirst("^Xã ", ""),
                                        "chairmanName",
                                        "Nguyễn Văn Chủ"))));
        return commune;
    }

    /** Adds a unit, e-mail {@code <unitCode>@<code>.example}. */
    public CommuneFixture unit(String unitCode, String unitName) {
        created(admin().post(
                        "/api/admin/communes/{c}/units",
                        Map.of("code", unitCode, "name", unitName, "email", unitCode + "@" + code + ".example"),
                        code));
        return this;
    }

    /** Adds the user {@code <code>-<demoName>} with this role and, for a unit officer or the Ban Xây dựng Đảng, a unit. */
    public CommuneFixture user(String demoName, String role, String unitCode) {
        String username = username(demoName);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("fullName", "Người Dùng Kiểm Thử");
        user.put("email", username + "@" + code + ".example");
        user.put("password", PASSWORD);
        user.put("roles", List.of(role));
        user.put("unitCode", unitCode);
        created(admin().post("/api/admin/communes/{c}/users", user, code));
        return this;
    }

    /**
     * Adds the units and users of Bắc Sơn's demo, one of each commune role: Thôn 1, the Ban Xây dựng Đảng and the
     * Phòng Văn hóa - Xã hội; {@code thon1}, {@code bxdd}, {@code vhxh}, {@code truongphong}, {@code hoidong},
     * {@code chutich}.
     */
    public CommuneFixture likeTheDemo() {
        return unit("thon-1", "Thôn 1")
                .unit("ban-xdd", "Ban Xây dựng Đảng")
                .unit("phong-vhxh", "Phòng Văn hóa - Xã hội")
                .user("thon1", Roles.UNIT, "thon-1")
                .user("bxdd", Roles.PARTY_BUILDING, "ban-xdd")
                .user("vhxh", Roles.CULTURE_SOCIAL, "phong-vhxh")
                .user("truongphong", Roles.OFFICE_LEAD, "phong-vhxh")
                .user("hoidong", Roles.COUNCIL, null)
                .user("chutich", Roles.CHAIRMAN, null);
    }

    /** HTTP Basic as the commune's user of this demo name, e.g. {@code as("vhxh")}. */
    public Api as(String demoName) {
        return login.apply(username(demoName), PASSWORD);
    }

    /** A campaign of the commune, launched by its {@code vhxh} and open now: answers its id. */
    public String openCampaign(String campaignCode, String title) {
        return PostgresIT.openCampaign(as("vhxh"), campaignCode, title, "01/KH-UBND");
    }

    private Api admin() {
        return login.apply("admin", PostgresIT.DEMO_PASSWORD);
    }

    private String username(String demoName) {
        return code + "-" + demoName;
    }

    private void created(ApiResponse response) {
        if (response.status() != 201) {
            throw new IllegalStateException("Onboarding " + code + " refused: " + response);
        }
    }
}
