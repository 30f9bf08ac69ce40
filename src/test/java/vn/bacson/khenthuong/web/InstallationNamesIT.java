package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.support.Browser;
import vn.bacson.khenthuong.support.PostgresIT;

/**
 * One installation serves the province's communes: each page names whose it is. A commune's staff see their own
 * People's Committee in the header, the title and the footer; the province's reviewers see the province; the
 * sign-in page, which everyone shares, names the province, not the first commune.
 */
class InstallationNamesIT extends PostgresIT {

    private static final Pattern ISSUER = Pattern.compile("id=\"(?:brand|login)-issuer\"[^>]*>([^<]*)<");
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern FOOTER = Pattern.compile("<footer[^>]*>.*?<span>([^<]*)</span>", Pattern.DOTALL);

    @Test
    void theSignInPageNamesTheProvinceWhoeverWillSignIn() {
        String page = anonymous().get("/login").text();

        assertThat(first(ISSUER, page)).isEqualTo("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN");
        assertThat(first(TITLE, page)).isEqualTo("Đăng nhập – Thi đua, khen thưởng tỉnh Lạng Sơn");
        assertThat(first(FOOTER, page)).isEqualTo("Hệ thống thi đua, khen thưởng tỉnh Lạng Sơn");
    }

    @Test
    void eachCommunesStaffSeeTheirOwnCommittee_andTheProvinceSeesTheProvince() {
        assertThat(startPage("vl-vhxh"))
                .containsExactly(
                        "ỦY BAN NHÂN DÂN XÃ VŨ LỄ",
                        "Trang chủ – Thi đua, khen thưởng – Xã Vũ Lễ",
                        "Ủy ban nhân dân xã Vũ Lễ, tỉnh Lạng Sơn");
        assertThat(startPage("vhxh"))
                .containsExactly(
                        "ỦY BAN NHÂN DÂN XÃ BẮC SƠN",
                        "Trang chủ – Thi đua, khen thưởng – Xã Bắc Sơn",
                        "Ủy ban nhân dân xã Bắc Sơn, tỉnh Lạng Sơn");
        assertThat(startPage("sonv"))
                .containsExactly(
                        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
                        "Trang chủ – Thi đua, khen thưởng tỉnh Lạng Sơn",
                        "Hệ thống thi đua, khen thưởng tỉnh Lạng Sơn");
    }

    @Test
    void aCommunesPublicPagesNameThatCommune() {
        assertThat(first(ISSUER, anonymous().get("/cong-khai/vu-le").text())).isEqualTo("ỦY BAN NHÂN DÂN XÃ VŨ LỄ");
        // the old public address serves the default commune
        assertThat(first(ISSUER, anonymous().get("/cong-khai").text())).isEqualTo("ỦY BAN NHÂN DÂN XÃ BẮC SƠN");
    }

    private String[] startPage(String username) {
        Browser browser = browser();
        assertThat(browser.login(username, DEMO_PASSWORD).status()).isEqualTo(302);
        String page = browser.http().get("/").text();
        return new String[] {first(ISSUER, page), first(TITLE, page), first(FOOTER, page)};
    }

    private static String first(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in %s", pattern, page).isTrue();
        return matcher.group(1).strip();
    }
}
