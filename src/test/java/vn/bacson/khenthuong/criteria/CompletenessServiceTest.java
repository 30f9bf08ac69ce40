package vn.bacson.khenthuong.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.bacson.khenthuong.dossier.DocumentKind.BAO_CAO_THANH_TICH;
import static vn.bacson.khenthuong.dossier.DocumentKind.BIEN_BAN_HOP_XET;
import static vn.bacson.khenthuong.dossier.DocumentKind.BIEU_TOM_TAT;
import static vn.bacson.khenthuong.dossier.DocumentKind.TO_TRINH;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.campaign.Campaign;
import vn.bacson.khenthuong.campaign.CampaignLevel;
import vn.bacson.khenthuong.dossier.AchievementReportRulesTest;
import vn.bacson.khenthuong.dossier.DossierStatus;
import vn.bacson.khenthuong.dossier.MissingDocument;
import vn.bacson.khenthuong.unit.Unit;

class CompletenessServiceTest {

    private final CriteriaDatabase db = new CriteriaDatabase();
    private final CompletenessService service = new CompletenessService(db.documents, db.nominees, db.reports);

    private final Unit thon1 = db.unit("thon-1", false);
    private final Campaign campaign = db.campaign("DH-2025", CampaignLevel.COMMUNE);
    private final UUID dossier = db.dossier(campaign, thon1, DossierStatus.DRAFT);

    @Test
    void emptyDossierLacksEverythingInAStableOrder() {
        // Inserted out of order: the reports follow the nominees' positions, not insertion.
        UUID second = db.nominee(dossier, 2, NomineeFixture.collective());
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());

        assertThat(service.missingDocuments(dossier))
                .containsExactly(
                        new MissingDocument(TO_TRINH, null),
                        new MissingDocument(BIEU_TOM_TAT, null),
                        new MissingDocument(BIEN_BAN_HOP_XET, null),
                        new MissingDocument(BAO_CAO_THANH_TICH, first),
                        new MissingDocument(BAO_CAO_THANH_TICH, second));
    }

    @Test
    void completeDossierLacksNothing() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        UUID second = db.nominee(dossier, 2, NomineeFixture.collective());
        db.document(dossier, TO_TRINH, null);
        db.document(dossier, BIEU_TOM_TAT, null);
        db.document(dossier, BIEN_BAN_HOP_XET, null);
        db.document(dossier, BAO_CAO_THANH_TICH, first);
        db.document(dossier, BAO_CAO_THANH_TICH, second);

        assertThat(service.missingDocuments(dossier)).isEmpty();
    }

    @Test
    void extraCopiesDoNotMakeItIncomplete() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        db.document(dossier, TO_TRINH, null);
        db.document(dossier, TO_TRINH, null);
        db.document(dossier, BIEU_TOM_TAT, null);
        db.document(dossier, BIEN_BAN_HOP_XET, null);
        db.document(dossier, BIEN_BAN_HOP_XET, null);
        db.document(dossier, BAO_CAO_THANH_TICH, first);
        db.document(dossier, BAO_CAO_THANH_TICH, first);

        assertThat(service.missingDocuments(dossier)).isEmpty();
    }

    @Test
    void eachNomineeNeedsItsOwnReport() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        UUID second = db.nominee(dossier, 2, NomineeFixture.collective());
        UUID third = db.nominee(dossier, 3, NomineeFixture.household());
        db.document(dossier, TO_TRINH, null);
        db.document(dossier, BIEU_TOM_TAT, null);
        db.document(dossier, BIEN_BAN_HOP_XET, null);
        db.document(dossier, BAO_CAO_THANH_TICH, first);
        db.document(dossier, BAO_CAO_THANH_TICH, first);
        db.document(dossier, BAO_CAO_THANH_TICH, null); // a report not attached to anyone counts for no one

        assertThat(service.missingDocuments(dossier))
                .containsExactly(
                        new MissingDocument(BAO_CAO_THANH_TICH, second),
                        new MissingDocument(BAO_CAO_THANH_TICH, third));
    }

    @Test
    void onlyTheMissingDossierDocumentsAreListed() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        db.document(dossier, BIEU_TOM_TAT, null);
        db.document(dossier, BAO_CAO_THANH_TICH, first);

        assertThat(service.missingDocuments(dossier))
                .containsExactly(new MissingDocument(TO_TRINH, null), new MissingDocument(BIEN_BAN_HOP_XET, null));
    }

    @Test
    void anotherDossiersDocumentsDoNotCount() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        UUID otherDossier = db.dossier(campaign, thon1, DossierStatus.DRAFT);
        db.document(otherDossier, TO_TRINH, null);
        db.document(otherDossier, BIEU_TOM_TAT, null);
        db.document(otherDossier, BIEN_BAN_HOP_XET, null);

        assertThat(service.missingDocuments(dossier))
                .containsExactly(
                        new MissingDocument(TO_TRINH, null),
                        new MissingDocument(BIEU_TOM_TAT, null),
                        new MissingDocument(BIEN_BAN_HOP_XET, null),
                        new MissingDocument(BAO_CAO_THANH_TICH, first));
    }

    @Test
    void removingANomineesReportMakesTheDossierIncompleteAgain() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        db.document(dossier, TO_TRINH, null);
        db.document(dossier, BIEU_TOM_TAT, null);
        db.document(dossier, BIEN_BAN_HOP_XET, null);
        UUID report = db.document(dossier, BAO_CAO_THANH_TICH, first);
        assertThat(service.missingDocuments(dossier)).isEmpty();

        db.documents.delete(report);

        assertThat(service.missingDocuments(dossier)).containsExactly(new MissingDocument(BAO_CAO_THANH_TICH, first));
    }

    @Test
    void aFilledReportOnTheSystemStandsInForTheUploadedOne() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        UUID second = db.nominee(dossier, 2, NomineeFixture.collective());
        db.document(dossier, TO_TRINH, null);
        db.document(dossier, BIEU_TOM_TAT, null);
        db.document(dossier, BIEN_BAN_HOP_XET, null);
        db.document(dossier, BAO_CAO_THANH_TICH, second);
        db.report(dossier, first, AchievementReportRulesTest.Draft.filled());

        assertThat(service.missingDocuments(dossier)).isEmpty();
    }

    @Test
    void aHalfWrittenReportDoesNotStandInForTheUploadedOne() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        UUID second = db.nominee(dossier, 2, NomineeFixture.collective());
        db.document(dossier, TO_TRINH, null);
        db.document(dossier, BIEU_TOM_TAT, null);
        db.document(dossier, BIEN_BAN_HOP_XET, null);
        db.report(
                dossier,
                first,
                AchievementReportRulesTest.Draft.filled().withInitiatives(null).withDeeds(" "));
        db.report(dossier, second, AchievementReportRulesTest.Draft.filled());

        assertThat(service.missingDocuments(dossier)).containsExactly(new MissingDocument(BAO_CAO_THANH_TICH, first));
    }

    @Test
    void removingTheFilledReportAsksForTheUploadAgain() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        db.document(dossier, TO_TRINH, null);
        db.document(dossier, BIEU_TOM_TAT, null);
        db.document(dossier, BIEN_BAN_HOP_XET, null);
        db.report(dossier, first, AchievementReportRulesTest.Draft.filled());
        assertThat(service.missingDocuments(dossier)).isEmpty();

        db.reports.delete(first);

        assertThat(service.missingDocuments(dossier)).containsExactly(new MissingDocument(BAO_CAO_THANH_TICH, first));
    }

    @Test
    void removingTheNomineeRemovesItsReport() {
        UUID first = db.nominee(dossier, 1, NomineeFixture.individual());
        db.report(dossier, first, AchievementReportRulesTest.Draft.filled());

        db.nominees.delete(first);

        assertThat(db.reports.find(first)).isEmpty();
        assertThat(db.reports.findByDossier(dossier)).isEmpty();
    }
}
