package vn.bacson.khenthuong.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.Communes;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.Labels;
import vn.bacson.khenthuong.dossier.Stage;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;

/**
 * The province dashboard (API.md v1.1): every commune in one line, from a handful of grouped statements over all
 * communes ({@link ProvinceQueries}), whatever their number; run in {@link CommuneContext#ALL}. For the province
 * roles and the system administrator; a commune's own dashboard ({@link MonitoringService}) is another thing.
 */
@Service
public class ProvinceDashboard {

    /** The province stages, in the order of the review. */
    public static final List<Stage> PROVINCE_STAGES = Stage.province();

    private static final Labels WORDS = Labels.vietnamese();

    private final ProvinceQueries queries;
    private final Communes communes;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ZoneId zone;

    ProvinceDashboard(
            ProvinceQueries queries,
            Communes communes,
            TransactionTemplate transaction,
            Clock clock,
            ZoneId businessZone) {
        this.queries = queries;
        this.communes = communes;
        this.transaction = transaction;
        this.clock = clock;
        this.zone = businessZone;
    }

    public static boolean mayView(CurrentUser user) {
        return user != null && (user.isProvince() || user.has(Roles.SYSTEM_ADMIN));
    }

    static void requireProvince(CurrentUser user) {
        if (!mayView(user)) {
            throw new DomainException(
                    ErrorCode.FORBIDDEN,
                    "Chỉ Sở Nội vụ, Hội đồng Thi đua - Khen thưởng tỉnh, Chủ tịch UBND tỉnh và quản trị hệ thống được xem"
                            + " bảng theo dõi toàn tỉnh.");
        }
    }

    public ProvinceOverview overview(CurrentUser user) {
        requireProvince(user);
        return CommuneContext.call(CommuneContext.ALL, () -> transaction.execute(status -> compute()));
    }

    private ProvinceOverview compute() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<ProvinceQueries.CampaignWindow> campaigns = queries.campaigns();
        Map<String, long[]> campaignCounts = new HashMap<>();
        List<UUID> open = new ArrayList<>();
        for (ProvinceQueries.CampaignWindow campaign : campaigns) {
            long[] counts = campaignCounts.computeIfAbsent(campaign.communeCode(), c -> new long[2]);
            counts[0]++;
            if (campaign.openOn(today)) {
                counts[1]++;
                open.add(campaign.id());
            }
        }
        Map<String, Map<DossierStatus, Long>> statuses = new HashMap<>();
        for (ProvinceQueries.Count count : queries.dossiersByStatus()) {
            statuses.computeIfAbsent(count.communeCode(), c -> zeroStatuses())
                    .merge(DossierStatus.valueOf(count.key()), count.n(), Long::sum);
        }
        Map<String, Long> notSubmitted = queries.unitsNotSubmitted(open);
        Map<String, ProvinceQueries.Tasks> tasks = queries.tasks(now);
        Map<String, Map<Stage, Long>> proposals = new HashMap<>();
        Map<String, Map<Stage, Long>> proposalsOverdue = new HashMap<>();
        Map<String, Long> returned = new HashMap<>();
        Map<String, Long> returnedOverdue = new HashMap<>();
        for (ProvinceQueries.ProposalCount count : queries.proposals(now)) {
            if ("RETURNED".equals(count.key())) {
                returned.merge(count.communeCode(), count.n(), Long::sum);
                returnedOverdue.merge(count.communeCode(), count.overdue(), Long::sum);
            } else if (count.key() != null) {
                Stage stage = Stage.valueOf(count.key());
                proposals
                        .computeIfAbsent(count.communeCode(), c -> zeroStages())
                        .merge(stage, count.n(), Long::sum);
                proposalsOverdue
                        .computeIfAbsent(count.communeCode(), c -> zeroStages())
                        .merge(stage, count.overdue(), Long::sum);
            }
        }
        List<ProvinceOverview.CommuneLine> lines = new ArrayList<>();
        for (Commune commune : communes.findAll()) {
            String code = commune.code();
            long[] c = campaignCounts.getOrDefault(code, new long[2]);
            Map<DossierStatus, Long> byStatus = statuses.getOrDefault(code, zeroStatuses());
            ProvinceQueries.Tasks t = tasks.getOrDefault(code, new ProvinceQueries.Tasks(0, 0));
            lines.add(new ProvinceOverview.CommuneLine(
                    code,
                    commune.name(),
                    c[0],
                    c[1],
                    byStatus,
                    byStatus.values().stream().mapToLong(Long::longValue).sum(),
                    notSubmitted.getOrDefault(code, 0L),
                    t.open(),
                    t.overdue(),
                    proposals.getOrDefault(code, zeroStages()),
                    returned.getOrDefault(code, 0L),
                    proposalsOverdue.getOrDefault(code, zeroStages()),
                    returnedOverdue.getOrDefault(code, 0L)));
        }
        return new ProvinceOverview(now, lines, total(lines));
    }

    private static ProvinceOverview.CommuneLine total(List<ProvinceOverview.CommuneLine> lines) {
        Map<DossierStatus, Long> byStatus = zeroStatuses();
        Map<Stage, Long> byStage = zeroStages();
        Map<Stage, Long> overdueByStage = zeroStages();
        long campaigns = 0, open = 0, dossiers = 0, notSubmitted = 0, tasks = 0, overdue = 0, returned = 0;
        long returnedOverdue = 0;
        for (ProvinceOverview.CommuneLine line : lines) {
            line.dossiersByStatus().forEach((k, v) -> byStatus.merge(k, v, Long::sum));
            line.proposalsByStage().forEach((k, v) -> byStage.merge(k, v, Long::sum));
            line.proposalsOverdueByStage().forEach((k, v) -> overdueByStage.merge(k, v, Long::sum));
            campaigns += line.campaigns();
            open += line.openCampaigns();
            dossiers += line.dossiers();
            notSubmitted += line.unitsNotSubmitted();
            tasks += line.openTasks();
            overdue += line.overdueTasks();
            returned += line.proposalsReturned();
            returnedOverdue += line.proposalsReturnedOverdue();
        }
        return new ProvinceOverview.CommuneLine(
                "",
                "Toàn tỉnh",
                campaigns,
                open,
                byStatus,
                dossiers,
                notSubmitted,
                tasks,
                overdue,
                byStage,
                returned,
                overdueByStage,
                returnedOverdue);
    }

    private static Map<DossierStatus, Long> zeroStatuses() {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        for (DossierStatus status : DossierStatus.values()) {
            counts.put(status, 0L);
        }
        return counts;
    }

    private static Map<Stage, Long> zeroStages() {
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        for (Stage stage : PROVINCE_STAGES) {
            counts.put(stage, 0L);
        }
        return counts;
    }

    // --- exports: the same table, Vietnamese headers (official papers: always Vietnamese) ---

    static List<String> headers() {
        List<String> headers = new ArrayList<>(
                List.of("Mã xã", "Tên xã", "Phong trào", "Phong trào đang nhận hồ sơ", "Hồ sơ", "Đơn vị chưa nộp"));
        for (DossierStatus status : DossierStatus.values()) {
            headers.add("Hồ sơ " + WORDS.status(status).toLowerCase(java.util.Locale.ROOT));
        }
        headers.add("Công việc đang mở");
        headers.add("Công việc quá hạn");
        headers.add("Đề nghị tại tỉnh: Sở Nội vụ thẩm định");
        headers.add("Đề nghị tại tỉnh: Hội đồng Thi đua - Khen thưởng tỉnh xét");
        headers.add("Đề nghị tại tỉnh: Chủ tịch UBND tỉnh quyết định");
        headers.add("Đề nghị bị tỉnh trả lại");
        return headers;
    }

    static List<Object> cells(ProvinceOverview.CommuneLine line) {
        List<Object> cells = new ArrayList<>(List.of(
                line.code(),
                line.name(),
                line.campaigns(),
                line.openCampaigns(),
                line.dossiers(),
                line.unitsNotSubmitted()));
        for (DossierStatus status : DossierStatus.values()) {
            cells.add(line.dossiersByStatus().get(status));
        }
        cells.add(line.openTasks());
        cells.add(line.overdueTasks());
        for (Stage stage : PROVINCE_STAGES) {
            cells.add(line.proposalsByStage().get(stage));
        }
        cells.add(line.proposalsReturned());
        return cells;
    }

    public void csv(ProvinceOverview overview, OutputStream out) throws IOException {
        out.write(MonitoringExports.UTF8_BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writeCsvLine(writer, new ArrayList<>(headers()));
        for (ProvinceOverview.CommuneLine line : overview.communes()) {
            writeCsvLine(writer, cells(line));
        }
        writeCsvLine(writer, cells(overview.total()));
        writer.flush();
    }

    private static void writeCsvLine(Writer writer, List<?> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String text = TextRules.clean(String.valueOf(cells.get(i)));
            if (text.matches("^[=+\\-@].*")) {
                text = "'" + text; // no formula when the file is opened in a spreadsheet
            }
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        writer.write(line.append("\r\n").toString());
    }

    public void xlsx(ProvinceOverview overview, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Toàn tỉnh");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            List<String> headers = headers();
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, (i == 1 ? 24 : 14) * 256);
            }
            int r = 1;
            for (ProvinceOverview.CommuneLine line : overview.communes()) {
                write(sheet.createRow(r++), cells(line), null);
            }
            write(sheet.createRow(r), cells(overview.total()), header);
            sheet.createFreezePane(2, 1);
            workbook.write(out);
        }
    }

    private static void write(Row row, List<Object> cells, CellStyle style) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            if (cells.get(i) instanceof Long n) {
                cell.setCellValue(n);
            } else {
                cell.setCellValue(TextRules.clean(String.valueOf(cells.get(i))));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
