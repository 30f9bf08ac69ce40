package vn.bacson.khenthuong.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.dossier.AchievementReport.AchievementRow;
import vn.bacson.khenthuong.identity.CurrentUser;

/**
 * The achievement report a unit fills in on the system instead of uploading one: written by the proposing unit
 * while the dossier is editable (the dossier's own rules: another unit's dossier is not found, staff may read but
 * not write, a submitted dossier is not editable), read by whoever may see the dossier. Every change writes the
 * dossier's history.
 */
@Service
@Transactional
public class AchievementReportService {

    /** What the documents need to draw the report up: its dossier, its nominee and the report itself. */
    public record Printable(Dossier dossier, Nominee nominee, AchievementReport report) {}

    /** The report after a PUT, and whether the PUT created it. */
    public record Saved(AchievementReportView view, boolean created) {}

    static final String HISTORY_LABEL = "Báo cáo thành tích (lập trên hệ thống)";

    private final AchievementReportRepository reports;
    private final NomineeRepository nominees;
    private final HistoryRepository history;
    private final DossierAccess access;
    private final Clock clock;
    private final ZoneId zone;

    AchievementReportService(
            AchievementReportRepository reports,
            NomineeRepository nominees,
            HistoryRepository history,
            DossierAccess access,
            Clock clock,
            ZoneId businessZone) {
        this.reports = reports;
        this.nominees = nominees;
        this.history = history;
        this.access = access;
        this.clock = clock;
        this.zone = businessZone;
    }

    /** The nominee's report; 404 ACHIEVEMENT_REPORT_NOT_FOUND while the unit has not written one. */
    @Transactional(readOnly = true)
    public AchievementReportView view(UUID dossierId, UUID nomineeId, CurrentUser user) {
        return find(dossierId, nomineeId, user)
                .orElseThrow(() -> new DomainException(ErrorCode.ACHIEVEMENT_REPORT_NOT_FOUND));
    }

    /** The nominee's report, empty when there is none yet (the dossier and the nominee must be visible). */
    @Transactional(readOnly = true)
    public Optional<AchievementReportView> find(UUID dossierId, UUID nomineeId, CurrentUser user) {
        access.visible(dossierId, user);
        Nominee nominee = nomineeOf(dossierId, nomineeId);
        return reports.find(nomineeId).map(r -> AchievementReportView.of(r, nominee, zone));
    }

    /** The nominee the report is about, as the dossier records it (for the form page). */
    @Transactional(readOnly = true)
    public Nominee nominee(UUID dossierId, UUID nomineeId, CurrentUser user) {
        access.visible(dossierId, user);
        return nomineeOf(dossierId, nomineeId);
    }

    /** Writes the whole report (PUT): the proposing unit, while the dossier is DRAFT or AMENDMENT_REQUESTED. */
    public Saved save(UUID dossierId, UUID nomineeId, AchievementReportRequest request, CurrentUser user) {
        TextRules.require(request);
        Dossier dossier = access.editableLocked(dossierId, user);
        Nominee nominee = nomineeOf(dossierId, nomineeId);
        Instant now = clock.instant();
        AchievementReport report = valid(dossierId, nomineeId, request, now, user);
        boolean created = reports.find(nomineeId).isEmpty();
        reports.save(report);
        history.add(
                dossierId,
                now,
                user.username(),
                created ? HistoryAction.DOCUMENT_ADDED : HistoryAction.UPDATED,
                DossierService.stageOf(dossier),
                HISTORY_LABEL + ": " + nominee.fullName());
        return new Saved(AchievementReportView.of(report, nominee, zone), created);
    }

    /** Removes the report, so the unit uploads a file again; same rules as writing it. */
    public void delete(UUID dossierId, UUID nomineeId, CurrentUser user) {
        Dossier dossier = access.editableLocked(dossierId, user);
        Nominee nominee = nomineeOf(dossierId, nomineeId);
        if (!reports.delete(nomineeId)) {
            throw new DomainException(ErrorCode.ACHIEVEMENT_REPORT_NOT_FOUND);
        }
        history.add(
                dossierId,
                clock.instant(),
                user.username(),
                HistoryAction.DOCUMENT_REMOVED,
                DossierService.stageOf(dossier),
                HISTORY_LABEL + ": " + nominee.fullName());
    }

    /** The stored report with what it is printed from; anyone who may see the dossier. */
    @Transactional(readOnly = true)
    public Printable printable(UUID dossierId, UUID nomineeId, CurrentUser user) {
        Dossier dossier = access.visible(dossierId, user);
        Nominee nominee = nomineeOf(dossierId, nomineeId);
        AchievementReport report =
                reports.find(nomineeId).orElseThrow(() -> new DomainException(ErrorCode.ACHIEVEMENT_REPORT_NOT_FOUND));
        return new Printable(dossier, nominee, report);
    }

    /**
     * The report as the unit is writing it, not saved: for the form's preview. Only the proposing unit; the same
     * field checks as saving.
     */
    @Transactional(readOnly = true)
    public Printable preview(UUID dossierId, UUID nomineeId, AchievementReportRequest request, CurrentUser user) {
        TextRules.require(request);
        Dossier dossier = access.visible(dossierId, user);
        if (!user.canPropose() || !DossierAccess.isOwnUnit(dossier, user)) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN, "Chỉ đơn vị lập hồ sơ mới xem trước được báo cáo đang soạn.");
        }
        Nominee nominee = nomineeOf(dossierId, nomineeId);
        return new Printable(dossier, nominee, valid(dossierId, nomineeId, request, clock.instant(), user));
    }

    private Nominee nomineeOf(UUID dossierId, UUID nomineeId) {
        return nominees.find(nomineeId)
                .filter(n -> n.dossierId().equals(dossierId))
                .orElseThrow(() -> new DomainException(ErrorCode.NOMINEE_NOT_FOUND));
    }

    private AchievementReport valid(
            UUID dossierId, UUID nomineeId, AchievementReportRequest request, Instant now, CurrentUser user) {
        List<FieldViolation> violations = AchievementReportValidator.validate(
                request, LocalDate.ofInstant(now, zone).getYear());
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        List<AchievementRow> rows = request.achievements() == null
                ? List.of()
                : request.achievements().stream()
                        .map(r -> new AchievementRow(r.content(), r.result().strip()))
                        .toList();
        return new AchievementReport(
                nomineeId,
                dossierId,
                text(request.address()),
                request.foundedYear(),
                text(request.duties()),
                text(request.background()),
                rows,
                text(request.initiatives()),
                text(request.deeds()),
                text(request.signerTitle()),
                text(request.signerName()),
                now,
                user.username());
    }

    /** Trimmed, blank as absent. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
