package vn.bacson.khenthuong.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * Bulk onboarding from one XLSX sheet ({@link OnboardingSheet}): every unit row first, then every user row (a user
 * may name a unit of a later row), each through the same service and rules as the API, each in its own transaction:
 * one refused row never undoes another. The report lists every row in the sheet's order.
 */
@Service
public class SheetImport {

    private final CommuneOnboarding onboarding;

    SheetImport(CommuneOnboarding onboarding) {
        this.onboarding = onboarding;
    }

    public ImportReport importSheet(String communeCode, InputStream sheet, CurrentUser user) {
        CommuneOnboarding.requireSystemAdmin(user);
        onboarding.require(communeCode);
        List<OnboardingSheet.SheetRow> rows = OnboardingSheet.read(sheet);
        List<ImportReport.Line> lines = new ArrayList<>();
        for (OnboardingSheet.SheetRow row : rows) {
            if (row.isUnit()) {
                lines.add(apply(
                        row,
                        ImportReport.Kind.UNIT,
                        () -> onboarding.createUnit(
                                communeCode, new UnitRequest(row.code(), row.name(), row.email()), user)));
            } else if (!row.isUser()) {
                lines.add(new ImportReport.Line(
                        row.row(),
                        null,
                        row.code(),
                        ImportReport.Outcome.REFUSED,
                        List.of("Loại dòng phải là \"Đơn vị\" hoặc \"Người dùng\" (đang là \"" + row.kind() + "\").")));
            }
        }
        for (OnboardingSheet.SheetRow row : rows) {
            if (row.isUser()) {
                UserRequest request = new UserRequest(
                        row.code(),
                        row.name(),
                        row.email(),
                        row.password(),
                        row.roleList(),
                        row.unit().isBlank() ? null : row.unit());
                lines.add(apply(row, ImportReport.Kind.USER, () -> onboarding.createUser(communeCode, request, user)));
            }
        }
        lines.sort(Comparator.comparingInt(ImportReport.Line::row));
        return ImportReport.of(communeCode, lines);
    }

    /** The XLSX template of the sheet, with an instructions sheet, as a download (API and admin page alike). */
    public void download(HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("mau-nhap-don-vi-nguoi-dung.xlsx")
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OnboardingSheet.template(response.getOutputStream());
        response.flushBuffer();
    }

    private static ImportReport.Line apply(OnboardingSheet.SheetRow row, ImportReport.Kind kind, Runnable create) {
        try {
            create.run();
            return new ImportReport.Line(row.row(), kind, row.code(), ImportReport.Outcome.CREATED, List.of());
        } catch (DomainException refused) {
            return new ImportReport.Line(row.row(), kind, row.code(), ImportReport.Outcome.REFUSED, reasons(refused));
        }
    }

    /** The refusal in words: each field's message with the column it came from, or the refusal itself. */
    static List<String> reasons(DomainException refused) {
        if (refused.violations().isEmpty()) {
            return List.of(refused.getMessage());
        }
        List<String> reasons = new ArrayList<>();
        for (FieldViolation v : refused.violations()) {
            reasons.add(column(v.field()) + ": " + v.message());
        }
        return reasons;
    }

    private static String column(String field) {
        String base = field.replaceAll("\\[\\d+]$", "");
        return switch (base) {
            case "code", "username" -> OnboardingSheet.Column.CODE.header;
            case "name", "fullName" -> OnboardingSheet.Column.NAME.header;
            case "email" -> OnboardingSheet.Column.EMAIL.header;
            case "roles" -> OnboardingSheet.Column.ROLES.header;
            case "unitCode" -> OnboardingSheet.Column.UNIT.header;
            case "password" -> OnboardingSheet.Column.PASSWORD.header;
            default -> field;
        };
    }
}
