package vn.bacson.khenthuong.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.identity.CurrentUser;

@Tag(name = "Quản trị", description = "system-admin: onboarding communes, their units and users without a restart")
@RestController
@RequestMapping(path = "/api/admin/communes", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminController {

    private final CommuneOnboarding onboarding;
    private final SheetImport sheetImport;

    AdminController(CommuneOnboarding onboarding, SheetImport sheetImport) {
        this.onboarding = onboarding;
        this.sheetImport = sheetImport;
    }

    @Operation(
            summary = "Thêm một xã (create a commune: register entry, issuer block, engine tenant)",
            description = "system-admin. code [a-z0-9-]{2,40}; issuer {name, placeName, chairmanName} required. "
                    + "Duplicate code -> 409 COMMUNE_CODE_TAKEN. Usable at once, no restart.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommuneView> create(@RequestBody CommuneRequest request, CurrentUser user) {
        CommuneView created = onboarding.createCommune(request, user);
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/admin/communes/" + created.code()))
                .body(created);
    }

    @Operation(summary = "Danh sách xã (communes, paged, by name; units and users counted)")
    @GetMapping
    PageResult<CommuneView> list(@ParameterObject PageQuery pageQuery, CurrentUser user) {
        return onboarding.communes(pageQuery, user);
    }

    @Operation(summary = "Xem một xã (one commune; 404 COMMUNE_NOT_FOUND)")
    @GetMapping("/{code}")
    CommuneView get(@PathVariable String code, CurrentUser user) {
        return onboarding.commune(code, user);
    }

    @Operation(
            summary = "Thêm đơn vị của xã (create a unit of the commune)",
            description = "system-admin. {code, name, email}; the code is unique within the commune: duplicate -> 409 "
                    + "UNIT_CODE_TAKEN (another commune may use the same code). Unknown commune -> 404.")
    @PostMapping(path = "/{code}/units", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UnitView> createUnit(@PathVariable String code, @RequestBody UnitRequest request, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(onboarding.createUnit(code, request, user));
    }

    @Operation(summary = "Danh sách đơn vị của xã (units of the commune, paged, by name)")
    @GetMapping("/{code}/units")
    PageResult<UnitView> units(@PathVariable String code, @ParameterObject PageQuery pageQuery, CurrentUser user) {
        return page(onboarding.units(code, user), pageQuery);
    }

    @Operation(
            summary = "Thêm người dùng của xã (create a user of the commune)",
            description = "system-admin. roles: the commune roles (unit, party-building, culture-social, office-lead, "
                    + "council, chairman), else 400 UNKNOWN_ROLE on roles[i]; unitCode required for unit and "
                    + "party-building, unknown unit of the commune -> 400 UNKNOWN_UNIT on unitCode; password at least "
                    + "8 characters; username taken (in any commune) -> 409 USERNAME_TAKEN. The user logs in at once.")
    @PostMapping(path = "/{code}/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserView> createUser(@PathVariable String code, @RequestBody UserRequest request, CurrentUser user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(onboarding.createUser(code, request, user));
    }

    @Operation(summary = "Danh sách người dùng của xã (users of the commune, paged, by user name)")
    @GetMapping("/{code}/users")
    PageResult<UserView> users(@PathVariable String code, @ParameterObject PageQuery pageQuery, CurrentUser user) {
        return page(onboarding.users(code, user), pageQuery);
    }

    @Operation(
            summary = "Nhập đơn vị và người dùng từ tệp Excel (bulk onboarding from one XLSX sheet)",
            description =
                    "multipart 'file': the template of GET /api/admin/communes/import-template.xlsx. 200 with one "
                            + "line per filled row: CREATED, or REFUSED with the reasons. Units are created before users.")
    @PostMapping(path = "/{code}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportReport importSheet(@PathVariable String code, @RequestPart("file") MultipartFile file, CurrentUser user)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return sheetImport.importSheet(code, in, user);
        }
    }

    @Operation(summary = "Tải tệp mẫu nhập đơn vị và người dùng (the XLSX template, with instructions)")
    @GetMapping(path = "/import-template.xlsx", produces = "*/*")
    void template(CurrentUser user, HttpServletResponse response) throws IOException {
        CommuneOnboarding.requireSystemAdmin(user);
        sheetImport.download(response);
    }

    private static <T> PageResult<T> page(List<T> all, PageQuery query) {
        int from = (int) Math.min(all.size(), query.offset());
        int to = (int) Math.min(all.size(), query.offset() + query.size());
        return query.result(all.subList(from, to), all.size());
    }
}
