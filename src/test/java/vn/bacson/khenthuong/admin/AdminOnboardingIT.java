package vn.bacson.khenthuong.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.core.io.ByteArrayResource;
import vn.bacson.khenthuong.support.Api;
import vn.bacson.khenthuong.support.ApiResponse;
import vn.bacson.khenthuong.support.BrowserExtension;
import vn.bacson.khenthuong.support.PostgresIT;
import vn.bacson.khenthuong.support.WebDriverSession;

/**
 * Onboarding a commune without a restart, on PostgreSQL over HTTP: the system administrator (demo admin) creates a
 * commune, a unit and users; the new users sign in at once and work (a campaign); duplicates answer 409 with their
 * codes; commune and province users get 403 on /api/admin/**; an XLSX sheet with good and bad rows gives a report per
 * row, through the API and on the admin page in Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminOnboardingIT extends PostgresIT {

    static final String PASSWORD = "mat-khau-IT-1";

    /** Only the test on the admin page opens a browser. */
    @RegisterExtension
    static final BrowserExtension browser = BrowserExtension.perTest(WebDriverSession.DESKTOP);

    /** A commune code of this run: lower case, as the rule wants. */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api admin() {
        return api("admin");
    }

    private Api as(String username) {
        return Api.basic(baseUrl(), objectMapper, username, PASSWORD);
    }

    private String createCommune() {
        String code = code("it");
        ApiResponse created = admin().post(
                        "/api/admin/communes",
                        Map.of(
                                "code",
                                code,
                                "name",
                                "Xã Kiểm Thử " + code,
                                "issuer",
                                Map.of(
                                        "name", "ỦY BAN NHÂN DÂN XÃ KIỂM THỬ",
                                        "placeName", "Kiểm Thử",
                                        "chairmanName", "Nguyễn Văn Chủ")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return code;
    }

    private static Map<String, Object> unit(String code, String name) {
        return Map.of("code", code, "name", name, "email", code + "@kiemthu.example");
    }

    private static Map<String, Object> user(String username, String role, String unitCode) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("fullName", "Hoàng Văn Kiểm");
        user.put("email", username + "@kiemthu.example");
        user.put("password", PASSWORD);
        user.put("roles", List.of(role));
        user.put("unitCode", unitCode);
        return user;
    }

    @Test
    void aNewCommuneIsUsableAtOnce() {
        String code = code("it");
        ApiResponse created = admin().post(
                        "/api/admin/communes",
                        Map.of(
                                "code",
                                code,
                                "name",
                                "Xã Kiểm Thử",
                                "issuer",
                                Map.of(
                                        "name", "ỦY BAN NHÂN DÂN XÃ KIỂM THỬ",
                                        "placeName", "Kiểm Thử",
                                        "chairmanName", "Nguyễn Văn Chủ")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.str("code")).isEqualTo(code);
        assertThat(created.json().at("/issuer/placeName").asText()).isEqualTo("Kiểm Thử");

        ApiResponse again = admin().post(
                        "/api/admin/communes",
                        Map.of(
                                "code",
                                code,
                                "name",
                                "Xã Khác",
                                "issuer",
                                Map.of("name", "UBND", "placeName", "Khác", "chairmanName", "Ai Đó")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("COMMUNE_CODE_TAKEN");

        assertThat(admin().post("/api/admin/communes/{c}/units", unit("thon-1", "Thôn 1"), code)
                        .status())
                .isEqualTo(201);
        assertThat(admin().post("/api/admin/communes/{c}/units", unit("phong-vhxh", "Phòng Văn hóa - Xã hội"), code)
                        .status())
                .isEqualTo(201);
        ApiResponse duplicateUnit = admin().post("/api/admin/communes/{c}/units", unit("thon-1", "Thôn Một"), code);
        assertThat(duplicateUnit.status()).isEqualTo(409);
        assertThat(duplicateUnit.code()).isEqualTo("UNIT_CODE_TAKEN");

        String officer = code + "-vhxh";
        String unitUser = code + "-thon1";
        ApiResponse vhxh =
                admin().post("/api/admin/communes/{c}/users", user(officer, "culture-social", "phong-vhxh"), code);
        assertThat(vhxh.status()).as(vhxh.toString()).isEqualTo(201);
        assertThat(vhxh.json().has("password")).isFalse();
        assertThat(admin().post("/api/admin/communes/{c}/users", user(unitUser, "unit", "thon-1"), code)
                        .status())
                .isEqualTo(201);

        ApiResponse unknownUnit =
                admin().post("/api/admin/communes/{c}/users", user(code + "-x", "unit", "thon-9"), code);
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().at("/errors/0/field").asText()).isEqualTo("unitCode");
        assertThat(unknownUnit.json().at("/errors/0/code").asText()).isEqualTo("UNKNOWN_UNIT");
        ApiResponse provinceRole =
                admin().post("/api/admin/communes/{c}/users", user(code + "-y", "province-chairman", null), code);
        assertThat(provinceRole.status()).isEqualTo(400);
        assertThat(provinceRole.json().at("/errors/0/field").asText()).isEqualTo("roles[0]");
        ApiResponse taken = admin().post("/api/admin/communes/{c}/users", user("thon1", "unit", "thon-1"), code);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("USERNAME_TAKEN");

        // at once, no restart: the new officer signs in with HTTP Basic and launches a campaign in the new commune
        ApiResponse campaign = postOpenCampaign(
                as(officer),
                "DH-2025",
                "Thi đua chào mừng Đại hội Đảng bộ xã Kiểm Thử",
                "01/KH-UBND",
                List.of("GIAY_KHEN_CHU_TICH_XA"));
        assertThat(campaign.status()).as(campaign.toString()).isEqualTo(201);
        assertThat(campaign.str("status")).isEqualTo("OPEN");
        // the campaign is the new commune's alone: its unit sees it, Bắc Sơn does not
        JsonNode seen = as(unitUser).get("/api/campaigns?size=200").json();
        assertThat(seen.get("total").asLong()).isEqualTo(1);
        assertThat(seen.at("/items/0/id").asText()).isEqualTo(campaign.str("id"));
        assertThat(api("vhxh").get("/api/campaigns/{id}", campaign.str("id")).status())
                .isEqualTo(404);

        JsonNode listed = admin().get("/api/admin/communes/{c}", code).json();
        assertThat(listed.get("units").asLong()).isEqualTo(2);
        assertThat(listed.get("users").asLong()).isEqualTo(2);
        assertThat(listed.get("issuer"))
                .isEqualTo(json("{\"name\":\"ỦY BAN NHÂN DÂN XÃ KIỂM THỬ\",\"placeName\":\"Kiểm Thử\","
                        + "\"chairmanName\":\"Nguyễn Văn Chủ\"}"));
        // the issuer is kept once, in the commune's settings: a new chairman there is the one the list shows
        ApiResponse newChairman =
                admin().put("/api/admin/communes/{c}/settings", Map.of("signer", Map.of("name", "Lê Thị Mới")), code);
        assertThat(newChairman.status()).as(newChairman.toString()).isEqualTo(200);
        assertThat(admin().get("/api/admin/communes/{c}", code)
                        .json()
                        .at("/issuer/chairmanName")
                        .asText())
                .isEqualTo("Lê Thị Mới");
        assertThat(admin().get("/admin/communes/{c}", code).text()).contains("Lê Thị Mới");
        JsonNode users = admin().get("/api/admin/communes/{c}/users", code).json();
        assertThat(users.get("total").asLong()).isEqualTo(2);
        assertThat(users.findValuesAsText("username")).containsExactlyInAnyOrder(officer, unitUser);
    }

    @Test
    void onlyTheSystemAdministratorOnboards() {
        String code = createCommune();
        for (String user : List.of("thon1", "vhxh", "chutich", "sonv", "vl-vhxh")) {
            assertThat(api(user).get("/api/admin/communes").status()).as(user).isEqualTo(403);
            assertThat(api(user)
                            .post("/api/admin/communes/{c}/units", unit("thon-5", "Thôn 5"), code)
                            .status())
                    .as(user)
                    .isEqualTo(403);
            assertThat(api(user)
                            .post("/api/admin/communes/{c}/users", user(code + "-z", "unit", "thon-5"), code)
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(anonymous().get("/api/admin/communes").status()).isEqualTo(401);
        JsonNode list = admin().get("/api/admin/communes?size=200").json();
        assertThat(list.findValuesAsText("code")).contains(code, "bac-son", "vu-le");
        assertThat(admin().get("/api/admin/communes?size=201").code()).isEqualTo("PAGE_SIZE_TOO_LARGE");
        assertThat(admin().get("/api/admin/communes/{c}", "khong-co-xa-nay").status())
                .isEqualTo(404);
    }

    @Test
    void theSheetCreatesTheGoodRowsAndReportsTheBadOnes() throws IOException {
        String code = createCommune();
        byte[] sheet = sheet(code);

        ApiResponse imported =
                admin().postMultipart("/api/admin/communes/{c}/import", Map.of("file", file(sheet)), code);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        JsonNode report = imported.json();
        Map<Integer, JsonNode> rows = new LinkedHashMap<>();
        report.get("rows").forEach(r -> rows.put(r.get("row").asInt(), r));
        assertThat(rows.keySet()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(rows.get(2).get("outcome").asText()).isEqualTo("CREATED"); // unit thon-1
        assertThat(rows.get(3).get("outcome").asText()).isEqualTo("REFUSED"); // unit "Thôn 3" (code)
        assertThat(rows.get(3).get("reasons").get(0).asText())
                .contains("Mã đơn vị")
                .contains("chữ thường");
        assertThat(rows.get(4).get("outcome").asText()).isEqualTo("REFUSED"); // unit thon-1 again
        assertThat(rows.get(4).get("reasons").get(0).asText()).contains("đã có");
        assertThat(rows.get(5).get("outcome").asText()).isEqualTo("CREATED"); // user of thon-2 (a later row)
        assertThat(rows.get(6).get("outcome").asText()).isEqualTo("REFUSED"); // user of unit thon-9
        assertThat(rows.get(6).get("reasons").get(0).asText()).contains("thon-9");
        assertThat(rows.get(7).get("outcome").asText()).isEqualTo("REFUSED"); // no e-mail, short password
        assertThat(rows.get(7).get("reasons")).hasSize(2);
        assertThat(rows.get(8).get("outcome").asText()).isEqualTo("REFUSED"); // kind "Khác"
        assertThat(rows.get(9).get("outcome").asText()).isEqualTo("CREATED"); // unit thon-2
        assertThat(report.get("created").asLong()).isEqualTo(3);
        assertThat(report.get("refused").asLong()).isEqualTo(5);

        // the user of the sheet signs in at once, as a unit of the new commune
        ApiResponse me = as(code + "-a").get("/api/campaigns");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("total").asLong()).isZero();
        JsonNode units = admin().get("/api/admin/communes/{c}/units", code).json();
        assertThat(units.findValuesAsText("code")).containsExactlyInAnyOrder("thon-1", "thon-2");

        // the same sheet again: everything is there already, nothing is created twice
        JsonNode again = admin().postMultipart("/api/admin/communes/{c}/import", Map.of("file", file(sheet)), code)
                .json();
        assertThat(again.get("created").asLong()).isZero();

        ApiResponse notASheet = admin().postMultipart(
                        "/api/admin/communes/{c}/import", Map.of("file", file("không phải Excel".getBytes())), code);
        assertThat(notASheet.status()).isEqualTo(400);
        assertThat(notASheet.json().at("/errors/0/code").asText()).isEqualTo("UNREADABLE_SHEET");

        ApiResponse template = admin().get("/api/admin/communes/import-template.xlsx");
        assertThat(template.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Loại dòng");
        }
    }

    @Test
    void theAdministratorImportsTheSheetOnTheAdminPage() throws IOException {
        String code = createCommune();
        Path sheet = Files.createTempFile("onboarding", ".xlsx");
        Files.write(sheet, sheet(code));
        browser.signIn("admin");
        ChromeDriver driver = browser.driver();

        browser.open("/admin/communes?page=0");
        driver.findElement(By.id("nav-admin-communes"));
        browser.open("/admin/communes/" + code);
        assertThat(driver.findElement(By.id("commune-title")).getText()).contains("Xã Kiểm Thử");
        driver.findElement(By.id("import-file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.inView(By.id("import-submit")).click();

        WebElement summary = browser.visible(By.id("import-summary"));
        assertThat(summary.getText()).isEqualTo("Đã tạo 3 dòng, từ chối 5 dòng.");
        assertThat(driver.findElement(By.id("import-row-2")).getText()).contains("Đã tạo");
        WebElement refused = driver.findElement(By.id("import-row-6"));
        assertThat(refused.getAttribute("class")).contains("table-warning");
        assertThat(refused.getText()).contains("Từ chối").contains("thon-9");
        // the page lists what the sheet created
        assertThat(driver.findElements(By.cssSelector("#unit-table tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.id("user-" + code + "-a")).getText()).contains("Lương Thị Hạnh");

        // one user more with the form, then that user signs in
        browser.inView(By.id("s-username")).sendKeys(code + "-web");
        browser.inView(By.id("s-fullname")).sendKeys("Vi Thị Trang");
        browser.inView(By.id("s-email")).sendKeys("trang@kiemthu.example");
        browser.inView(By.id("s-role-culture-social")).click();
        browser.inView(By.id("s-password")).sendKeys(PASSWORD);
        browser.inView(By.id("user-submit")).click();
        assertThat(browser.text(By.id("flash-success"))).contains(code + "-web");
        assertThat(as(code + "-web").get("/api/campaigns").status()).isEqualTo(200);
        Files.deleteIfExists(sheet);
    }

    /**
     * Rows 2–9: unit thon-1; unit with a bad code; thon-1 again; a user of thon-2 (created by row 9); a user of
     * thon-9 (no such unit); a user without e-mail and with a short password; a row of an unknown kind; unit thon-2.
     */
    private static byte[] sheet(String code) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Loại dòng", "Mã", "Tên", "Thư điện tử", "Vai trò", "Mã đơn vị", "Mật khẩu"));
        rows.add(List.of("Đơn vị", "thon-1", "Thôn 1", "thon1@kiemthu.example", "", "", ""));
        rows.add(List.of("Đơn vị", "Thôn 3", "Thôn 3", "thon3@kiemthu.example", "", "", ""));
        rows.add(List.of("đơn vị", "thon-1", "Thôn Một", "thon1b@kiemthu.example", "", "", ""));
        rows.add(List.of(
                "Người dùng", code + "-a", "Lương Thị Hạnh", "hanh@kiemthu.example", "unit", "thon-2", PASSWORD));
        rows.add(List.of("Người dùng", code + "-b", "Vi Văn Bảo", "bao@kiemthu.example", "unit", "thon-9", PASSWORD));
        rows.add(List.of("nguoi dung", code + "-c", "Nông Văn Cường", "", "council", "", "ngan"));
        rows.add(List.of("Khác", "abc", "", "", "", "", ""));
        rows.add(List.of("Đơn vị", "thon-2", "Thôn 2", "thon2@kiemthu.example", "", "", ""));
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đơn vị và người dùng");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            sheet.createRow(rows.size()); // an empty row is skipped
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static ByteArrayResource file(byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return "don-vi-nguoi-dung.xlsx";
            }
        };
    }
}
