package vn.bacson.khenthuong.commune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.FieldViolation;

/** The overlay of a commune's own settings over the configured defaults, the rules, and the cache per commune. */
class CommuneSettingsTest {

    static final Settings DEFAULTS = new Settings(
            new Settings.Issuer(
                    "ỦY BAN NHÂN DÂN XÃ BẮC SƠN", List.of("ỦY BAN NHÂN DÂN", "XÃ BẮC SƠN"), "", "Bắc Sơn", "Lạng Sơn"),
            new Settings.Signer("", "CHỦ TỊCH", "Trịnh Minh Tuấn"),
            "{n}/QĐ-UBND",
            "{n}/TTr-UBND",
            new Settings.CouncilRule(2, 3, 1, 2),
            Map.of(
                    "PARTY_BUILDING_SELECTION", 5,
                    "CULTURE_SOCIAL_APPRAISAL", 20,
                    "COUNCIL_REVIEW", 10,
                    "CHAIRMAN_DECISION", 5),
            "Thi đua - Khen thưởng xã Bắc Sơn <thiduakhenthuong@bacson.example>",
            null,
            List.of(),
            "");

    static Settings vuLe() {
        return new Settings(
                new Settings.Issuer(
                        "ỦY BAN NHÂN DÂN XÃ VŨ LỄ", List.of("ỦY BAN NHÂN DÂN", "XÃ VŨ LỄ"), "", "Vũ Lễ", "Lạng Sơn"),
                new Settings.Signer("", "CHỦ TỊCH", "Mã Văn Long"),
                "{n}/QĐ-UBND-VL",
                "{n}/TTr-UBND",
                new Settings.CouncilRule(3, 4, 1, 2),
                Map.of(
                        "PARTY_BUILDING_SELECTION", 5,
                        "CULTURE_SOCIAL_APPRAISAL", 20,
                        "COUNCIL_REVIEW", 3,
                        "CHAIRMAN_DECISION", 5),
                "Thi đua - Khen thưởng xã Vũ Lễ <tdkt@vule.example>",
                null,
                List.of(LocalDate.of(2026, 3, 10)),
                "vu-le");
    }

    @Test
    void onlyWhatDiffersFromTheDefaultsIsKeptAndItComesBackOverThem() {
        SettingsOverride own = SettingsOverride.of(vuLe(), DEFAULTS);

        assertThat(own.issuerName()).isEqualTo("ỦY BAN NHÂN DÂN XÃ VŨ LỄ");
        assertThat(own.placeName()).isEqualTo("Vũ Lễ");
        assertThat(own.province()).as("same as the default: follows config/").isNull();
        assertThat(own.signerTitle()).isNull();
        assertThat(own.signerName()).isEqualTo("Mã Văn Long");
        assertThat(own.submissionNumberPattern()).isNull();
        assertThat(own.decisionNumberPattern()).isEqualTo("{n}/QĐ-UBND-VL");
        assertThat(own.quorumNumerator()).isEqualTo(3);
        assertThat(own.thresholdNumerator()).isNull();
        assertThat(own.stageWorkingDays()).containsExactly(Map.entry("COUNCIL_REVIEW", 3));
        assertThat(own.signingKeyAlias()).isEqualTo("vu-le");

        Settings back = own.over(DEFAULTS);
        assertThat(back.issuer()).isEqualTo(vuLe().issuer());
        assertThat(back.signer()).isEqualTo(vuLe().signer());
        assertThat(back.decisionNumberPattern()).isEqualTo("{n}/QĐ-UBND-VL");
        assertThat(back.council()).isEqualTo(new Settings.CouncilRule(3, 4, 1, 2));
        assertThat(back.stageWorkingDays()).isEqualTo(vuLe().stageWorkingDays());
        assertThat(back.mailFrom()).isEqualTo("Thi đua - Khen thưởng xã Vũ Lễ <tdkt@vule.example>");
        assertThat(back.localHolidays()).containsExactly(LocalDate.of(2026, 3, 10));
        assertThat(back.signingKeyAlias()).isEqualTo("vu-le");
    }

    @Test
    void aCommuneWithoutAKeyOfItsOwnSignsWithTheInstallationsDefaultKey() {
        Settings installation = DEFAULTS.withSigningKeyAlias("tinh-mac-dinh");

        assertThat(SettingsOverride.NONE.over(installation).signingKeyAlias()).isEqualTo("tinh-mac-dinh");
        assertThat(SettingsOverride.of(vuLe().withSigningKeyAlias("tinh-mac-dinh"), installation)
                        .signingKeyAlias())
                .as("the default is not stored: the commune follows a later change of app.signing.alias")
                .isNull();
        assertThat(SettingsOverride.of(vuLe().withSigningKeyAlias(""), installation)
                        .over(installation)
                        .signingKeyAlias())
                .as("an empty key is the default")
                .isEqualTo("tinh-mac-dinh");
    }

    @Test
    void aValueTheCommuneDidNotSetFollowsALaterChangeOfTheDefaults() {
        SettingsOverride own = SettingsOverride.of(vuLe(), DEFAULTS);
        Settings newDefaults = new Settings(
                new Settings.Issuer(
                        DEFAULTS.issuer().name(), DEFAULTS.issuer().headerLines(), "", "Bắc Sơn", "Tỉnh Mới"),
                DEFAULTS.signer(),
                DEFAULTS.decisionNumberPattern(),
                "{n}/TTr-MOI",
                new Settings.CouncilRule(2, 3, 2, 3),
                Map.of(
                        "PARTY_BUILDING_SELECTION", 7,
                        "CULTURE_SOCIAL_APPRAISAL", 20,
                        "COUNCIL_REVIEW", 10,
                        "CHAIRMAN_DECISION", 5),
                DEFAULTS.mailFrom(),
                null,
                List.of(),
                "");

        Settings now = own.over(newDefaults);

        assertThat(now.issuer().province()).isEqualTo("Tỉnh Mới");
        assertThat(now.submissionNumberPattern()).isEqualTo("{n}/TTr-MOI");
        assertThat(now.council()).isEqualTo(new Settings.CouncilRule(3, 4, 2, 3));
        assertThat(now.stageWorkingDays())
                .containsEntry("PARTY_BUILDING_SELECTION", 7)
                .containsEntry("COUNCIL_REVIEW", 3);
        assertThat(now.issuer().placeName()).isEqualTo("Vũ Lễ");
    }

    @Test
    void nothingStoredIsTheDefaults() {
        Settings none = SettingsOverride.NONE.over(DEFAULTS);
        assertThat(none.issuer()).isEqualTo(DEFAULTS.issuer());
        assertThat(none.council()).isEqualTo(DEFAULTS.council());
        assertThat(SettingsOverride.of(DEFAULTS, DEFAULTS)).isEqualTo(SettingsOverride.NONE);
    }

    @Test
    void theRulesNameEachFieldTheyRefuse() {
        Settings wrong = new Settings(
                new Settings.Issuer(" ", List.of(), "", "Vũ Lễ", "Lạng Sơn"),
                new Settings.Signer("", "CHỦ TỊCH", ""),
                "QĐ-UBND",
                "{n}/TTr-UBND",
                new Settings.CouncilRule(5, 4, 1, 2),
                Map.of(
                        "PARTY_BUILDING_SELECTION", 0,
                        "CULTURE_SOCIAL_APPRAISAL", 20,
                        "COUNCIL_REVIEW", 10,
                        "CHAIRMAN_DECISION", 5,
                        "NO_SUCH_STAGE", 3),
                "not an address",
                null,
                List.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 10)),
                "nhãn\nhai dòng");

        List<FieldViolation> errors =
                SettingsRules.check(wrong, DEFAULTS.stageWorkingDays().keySet());

        assertThat(errors)
                .extracting(FieldViolation::field)
                .containsExactlyInAnyOrder(
                        "issuer.name",
                        "issuer.headerLines",
                        "signer.name",
                        "decisionNumberPattern",
                        "council.quorumNumerator",
                        "stageWorkingDays.PARTY_BUILDING_SELECTION",
                        "stageWorkingDays.NO_SUCH_STAGE",
                        "mailFrom",
                        "localHolidays[1]",
                        "signingKeyAlias");
        assertThat(SettingsRules.check(vuLe(), DEFAULTS.stageWorkingDays().keySet()))
                .isEmpty();
    }

    @Test
    void eachCommuneReadsItsOwnSettingsAndASaveIsSeenAtOnce() {
        CommuneSettingsStore store = mock(CommuneSettingsStore.class);
        Communes communes = mock(Communes.class);
        when(communes.exists("vu-le")).thenReturn(true);
        Instant at = Instant.parse("2026-03-02T03:00:00Z");
        when(store.find("vu-le"))
                .thenReturn(Optional.empty())
                .thenReturn(Optional.of(
                        new CommuneSettingsStore.Stored(SettingsOverride.of(vuLe(), DEFAULTS), at, "admin")));
        when(store.find("bac-son")).thenReturn(Optional.empty());
        CommuneSettings settings = new CommuneSettings(store, communes, Clock.fixed(at, ZoneOffset.UTC), DEFAULTS);

        assertThat(CommuneContext.call("vu-le", settings::current).issuer().placeName())
                .isEqualTo("Bắc Sơn");
        assertThat(CommuneContext.call("vu-le", settings::current).issuer().placeName())
                .as("cached: no second read")
                .isEqualTo("Bắc Sơn");
        verify(store, times(1)).find("vu-le");

        settings.save("vu-le", vuLe(), "admin");

        ArgumentCaptor<SettingsOverride> saved = ArgumentCaptor.forClass(SettingsOverride.class);
        verify(store).save(eq("vu-le"), saved.capture(), any(), eq("admin"));
        assertThat(saved.getValue().placeName()).isEqualTo("Vũ Lễ");
        assertThat(CommuneContext.call("vu-le", settings::current).issuer().placeName())
                .isEqualTo("Vũ Lễ");
        assertThat(CommuneContext.call("bac-son", settings::current).issuer().placeName())
                .isEqualTo("Bắc Sơn");
        assertThat(CommuneContext.call(CommuneContext.ALL, settings::current)).isSameAs(DEFAULTS);
    }

    @Test
    void anUnknownCommuneOrAWrongValueIsRefusedAndNothingIsStored() {
        CommuneSettingsStore store = mock(CommuneSettingsStore.class);
        Communes communes = mock(Communes.class);
        when(communes.exists("vu-le")).thenReturn(true);
        CommuneSettings settings = new CommuneSettings(store, communes, Clock.systemUTC(), DEFAULTS);

        assertThatThrownBy(() -> settings.save("khong-co", vuLe(), "admin"))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code().name()).isEqualTo("COMMUNE_NOT_FOUND"));
        Settings noPlace = new Settings(
                new Settings.Issuer("UBND", List.of("UBND"), "", "", "Lạng Sơn"),
                DEFAULTS.signer(),
                DEFAULTS.decisionNumberPattern(),
                DEFAULTS.submissionNumberPattern(),
                DEFAULTS.council(),
                DEFAULTS.stageWorkingDays(),
                DEFAULTS.mailFrom(),
                null,
                List.of(),
                "");
        assertThatThrownBy(() -> settings.save("vu-le", noPlace, "admin"))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.violations())
                                .extracting(FieldViolation::field)
                                .containsExactly("issuer.placeName"));
        assertThatThrownBy(() -> CommuneSettings.checkPng("not a png".getBytes()))
                .isInstanceOf(DomainException.class);
        verify(store, times(0)).save(any(), any(), any(), any());
    }
}
