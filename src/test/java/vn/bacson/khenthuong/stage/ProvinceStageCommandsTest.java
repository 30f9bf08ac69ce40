package vn.bacson.khenthuong.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.Stage;

/** The province's three stage commands (API.md v1.1): read from JSON, and what each outcome requires. */
class ProvinceStageCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StageCommands COMMANDS = StageCommandsFixture.create();
    private static final String ID = UUID.randomUUID().toString();

    @Test
    void theAppraisalOfTheSoNoiVu() {
        StageInput input = read(Stage.PROVINCE_APPRAISAL, """
                {"outcome":"FORWARD","comment":" ","nominees":[{"nomineeId":"%s","appraisal":"KHONG_DAT",
                 "note":" thiếu minh chứng "}]}""".formatted(ID));
        AppraiseProposal command = (AppraiseProposal) input.command();
        assertThat(command.stage()).isEqualTo(Stage.PROVINCE_APPRAISAL);
        assertThat(command.outcome()).isEqualTo(ProposalOutcome.FORWARD);
        assertThat(command.comment()).isNull();
        assertThat(command.nominees()).singleElement().satisfies(n -> {
            assertThat(n.appraisal()).isEqualTo(Appraisal.KHONG_DAT);
            assertThat(n.note()).isEqualTo("thiếu minh chứng");
        });
        assertThat(COMMANDS.violations(input)).isEmpty();

        assertThat(fields(Stage.PROVINCE_APPRAISAL, "{}")).containsExactly(tuple("outcome", "REQUIRED"));
        assertThat(fields(Stage.PROVINCE_APPRAISAL, "{\"outcome\":\"REJECT\"}"))
                .containsExactly(tuple("outcome", "INVALID_VALUE"));
        assertThat(fields(Stage.PROVINCE_APPRAISAL, "{\"outcome\":\"FORWARD\"}"))
                .containsExactly(tuple("nominees", "REQUIRED"));
        assertThat(fields(Stage.PROVINCE_APPRAISAL, """
                        {"outcome":"FORWARD","nominees":[{"nomineeId":"%s"}]}""".formatted(ID)))
                .containsExactly(tuple("nominees[0].appraisal", "REQUIRED"));
        assertThat(fields(Stage.PROVINCE_APPRAISAL, "{\"outcome\":\"RETURN\"}"))
                .containsExactly(tuple("comment", "REQUIRED"));
        assertThat(fields(Stage.PROVINCE_APPRAISAL, "{\"outcome\":\"RETURN\",\"comment\":\"Bổ sung.\"}"))
                .isEmpty();
    }

    @Test
    void theProvincialCouncilsMeeting() {
        StageInput input = read(Stage.PROVINCE_COUNCIL, """
                {"meetingDate":"2025-09-10","membersTotal":11,"membersPresent":9,
                 "nominees":[{"nomineeId":"%s","votesFor":7}]}""".formatted(ID));
        ReviewInProvinceCouncil command = (ReviewInProvinceCouncil) input.command();
        assertThat(command.meetingDate()).isEqualTo(LocalDate.of(2025, 9, 10));
        assertThat(command.nominees())
                .singleElement()
                .satisfies(n -> assertThat(n.votesFor()).isEqualTo(7));
        assertThat(COMMANDS.violations(input)).isEmpty();

        assertThat(fields(Stage.PROVINCE_COUNCIL, """
                        {"membersTotal":0,"membersPresent":-1,"nominees":[{"nomineeId":"%s","votesFor":-2}]}""".formatted(ID)))
                .containsExactly(
                        tuple("meetingDate", "REQUIRED"),
                        tuple("membersTotal", "MIN"),
                        tuple("membersPresent", "MIN"),
                        tuple("nominees[0].votesFor", "MIN"));
    }

    @Test
    void theProvincialChairmansDecision() {
        StageInput input = read(Stage.PROVINCE_DECISION, """
                {"outcome":"DECIDE","nominees":[{"nomineeId":"%s","awarded":true}]}""".formatted(ID));
        DecideProvinceAwards command = (DecideProvinceAwards) input.command();
        assertThat(command.outcome()).isEqualTo(DecisionOutcome.DECIDE);
        assertThat(command.nominees())
                .singleElement()
                .satisfies(n -> assertThat(n.awarded()).isTrue());
        assertThat(COMMANDS.violations(input)).isEmpty();

        assertThat(fields(Stage.PROVINCE_DECISION, """
                        {"outcome":"DECIDE","nominees":[{"nomineeId":"%s"}]}""".formatted(ID)))
                .containsExactly(tuple("nominees[0].awarded", "REQUIRED"));
        assertThat(fields(Stage.PROVINCE_DECISION, """
                        {"outcome":"DECIDE","nominees":[{"nomineeId":"%s","awarded":"có"}]}""".formatted(ID)))
                .containsExactly(tuple("nominees[0].awarded", "INVALID_VALUE"));
        assertThat(fields(Stage.PROVINCE_DECISION, "{\"outcome\":\"RETURN\"}"))
                .containsExactly(tuple("comment", "REQUIRED"));
    }

    @Test
    void eachProvinceStageHasItsFormAndOutcomes() {
        assertThat(CommandFields.formId(Stage.PROVINCE_APPRAISAL)).isEqualTo("AppraiseProposal");
        assertThat(CommandFields.formId(Stage.PROVINCE_COUNCIL)).isEqualTo("ReviewInProvinceCouncil");
        assertThat(CommandFields.formId(Stage.PROVINCE_DECISION)).isEqualTo("DecideProvinceAwards");
        assertThat(CommandFields.outcomes(Stage.PROVINCE_APPRAISAL)).containsExactly("FORWARD", "RETURN");
        assertThat(CommandFields.outcomes(Stage.PROVINCE_COUNCIL)).isEmpty();
        assertThat(CommandFields.outcomes(Stage.PROVINCE_DECISION)).containsExactly("DECIDE", "RETURN");
    }

    private static StageInput read(Stage stage, String json) {
        try {
            return COMMANDS.read(stage, JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Tuple> fields(Stage stage, String json) {
        return COMMANDS.violations(read(stage, json)).stream()
                .map(v -> tuple(v.field(), v.code()))
                .toList();
    }
}
