package vn.bacson.khenthuong.criteria;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.campaign.CampaignRepository;
import vn.bacson.khenthuong.dossier.AchievementReport;
import vn.bacson.khenthuong.dossier.AchievementReportRepository;
import vn.bacson.khenthuong.dossier.AchievementReportRulesTest;
import vn.bacson.khenthuong.dossier.DocumentInfo;
import vn.bacson.khenthuong.dossier.DocumentKind;
import vn.bacson.khenthuong.dossier.DocumentRepository;
import vn.bacson.khenthuong.dossier.Dossier;
import vn.bacson.khenthuong.dossier.DossierRepository;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.support.H2Migrations;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/** A fresh in-memory H2 database with our migrations applied, and the repositories over it. */
final class CriteriaDatabase {

    static final Instant CREATED = Instant.parse("2025-08-21T02:00:00Z");

    final JdbcClient jdbc;
    final UnitRepository units;
    final CampaignRepository campaigns;
    final DossierRepository dossiers;
    final NomineeRepository nominees;
    final DocumentRepository documents;
    final AchievementReportRepository reports;

    CriteriaDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:criteria-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        H2Migrations.migrate(dataSource);
        jdbc = JdbcClient.create(dataSource);
        units = new UnitRepository(jdbc);
        campaigns = new CampaignRepository(jdbc);
        dossiers = new DossierRepository(jdbc);
        nominees = new NomineeRepository(jdbc);
        documents = new DocumentRepository(jdbc);
        reports = new AchievementReportRepository(jdbc);
    }

    Unit unit(String code, boolean dissolved) {
        Unit unit = new Unit(code, "Đơn vị " + code, code + "@bacson.example", dissolved);
        units.save(unit);
        return unit;
    }

    Campaign campaign(String code, CampaignLevel launchedBy) {
        return campaign(
                code, launchedBy, EnumSet.of(AwardForm.GIAY_KHEN_CHU_TICH_XA, AwardForm.BANG_KHEN_CHU_TICH_TINH));
    }

    Campaign campaign(String code, CampaignLevel launchedBy, Set<AwardForm> awardForms) {
        Campaign campaign = new Campaign(
                UUID.randomUUID(),
                code,
                "Thi đua chào mừng Đại hội Đảng bộ xã Bắc Sơn",
                "05/KH-UBND",
                LocalDate.of(2025, 7, 10),
                LocalDate.of(2025, 8, 20),
                20,
                awardForms,
                launchedBy,
                CREATED,
                "vhxh");
        campaigns.insert(campaign);
        return campaign;
    }

    UUID dossier(Campaign campaign, Unit unit, DossierStatus status) {
        UUID id = UUID.randomUUID();
        dossiers.insert(new Dossier(
                id,
                campaign.id(),
                unit.code(),
                "Đề nghị khen thưởng " + unit.name(),
                status,
                null,
                status == DossierStatus.DRAFT ? null : CREATED,
                null,
                null,
                CREATED,
                "thon1",
                CREATED,
                0));
        return id;
    }

    UUID nominee(UUID dossierId, int positionNo, NomineeFixture fixture) {
        UUID id = UUID.randomUUID();
        nominees.insert(id, dossierId, positionNo, fixture.input());
        return id;
    }

    UUID document(UUID dossierId, DocumentKind kind, UUID nomineeId) {
        UUID id = UUID.randomUUID();
        byte[] content = "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        documents.insert(
                new DocumentInfo(
                        id,
                        dossierId,
                        kind,
                        nomineeId,
                        kind.name().toLowerCase() + ".pdf",
                        "application/pdf",
                        content.length,
                        "0".repeat(64),
                        CREATED,
                        "thon1"),
                content);
        return id;
    }

    /** Saves the nominee's report filled in on the system; answers it. */
    AchievementReport report(UUID dossierId, UUID nomineeId, AchievementReportRulesTest.Draft draft) {
        AchievementReport report = draft.of(nomineeId, dossierId);
        reports.save(report);
        return report;
    }
}
