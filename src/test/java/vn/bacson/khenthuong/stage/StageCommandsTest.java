package vn.bacson.khenthuong.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.dossier.Appraisal;
import vn.bacson.khenthuong.dossier.ChairmanAward;
import vn.bacson.khenthuong.dossier.Stage;

/** Reading a stage's command from JSON, a form and Tasklist variables, and its field errors from the annotations. */
class StageCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final StageCommands COMMANDS = StageCommandsFixture.create();
    private static final String ID = UUID.randomUUID().toString();

    @Test
    void aPayloadBecomesTheStagesCommand_typedAndTrimmed() {
        StageInput input = read(Stage.CULTURE_SOCIAL_APPRAISAL, """
                {"outcome":"FORWARD","comment":"  ","nominees":[{"nomineeId":" %s ","appraisal":"DAT",
                 "recommendedAward":"GIAY_KHEN_CHU_TICH_XA","note":" tốt "}],"unknown":1}""".formatted(ID));

        AppraiseDossier command = (AppraiseDossier) input.command();
        assertThat(command.outcome()).isEqualTo(ReviewOutcome.FORWARD);
        assertThat(command.comment()).isNull();
        assertThat(command.nominees()).singleElement().satisfies(n -> {
            assertThat(n.nomineeId()).hasToString(ID);
            assertThat(n.appraisal()).isEqualTo(Appraisal.DAT);
            assertThat(n.note()).isEqualTo("tốt");
        });
        assertThat(COMMANDS.violations(input)).isEmpty();
    }

    @Test
    void whatCannotBeReadIsNamed_withEveryOtherFault_inTheOrderOfTheFields() {
        StageInput input = read(Stage.COUNCIL_REVIEW, """
                {"meetingDate":"32/13/2025","membersTotal":0,"membersPresent":"bảy","absentWrittenOpinions":1.5,
                 "nominees":[7,{"nomineeId":"x","votesFor":-1},{"votesFor":true}]}""");

        assertThat(COMMANDS.violations(input))
                .extracting(FieldViolation::field, FieldViolation::code, FieldViolation::message)
                .containsExactly(
                        tuple("meetingDate", "INVALID_VALUE", "Ngày phải theo định dạng dd/MM/yyyy (hoặc yyyy-MM-dd)."),
                        tuple("membersTotal", "MIN", "Hội đồng phải có ít nhất 1 thành viên."),
                        tuple("membersPresent", "INVALID_VALUE", "Trường này phải là số nguyên."),
                        tuple("absentWrittenOpinions", "INVALID_VALUE", "Trường này phải là số nguyên."),
                        tuple("nominees[0]", "INVALID_VALUE", "Mỗi phần tử phải là một đối tượng JSON."),
                        tuple("nominees[1].nomineeId", "INVALID_VALUE", "Mã không hợp lệ."),
                        tuple("nominees[1].votesFor", "MIN", "Số phiếu tán thành không được âm."),
                        tuple("nominees[2].nomineeId", "REQUIRED", "Trường này là bắt buộc."),
                        tuple("nominees[2].votesFor", "INVALID_VALUE", "Trường này phải là số nguyên."));
    }

    @Test
    void whatIsRequiredDependsOnTheOutcome() {
        assertThat(fields(Stage.PARTY_BUILDING_SELECTION, "{}")).containsExactly(tuple("outcome", "REQUIRED"));
        assertThat(fields(Stage.PARTY_BUILDING_SELECTION, "{\"outcome\":\"FORWARD\"}"))
                .containsExactly(tuple("nominees", "REQUIRED"));
        assertThat(fields(Stage.PARTY_BUILDING_SELECTION, """
                        {"outcome":"FORWARD","nominees":[{"nomineeId":"%s"}]}""".formatted(ID)))
                .containsExactly(tuple("nominees[0].selected", "REQUIRED"));
        assertThat(fields(Stage.PARTY_BUILDING_SELECTION, """
                        {"outcome":"RETURN","comment":" ","nominees":[{"nomineeId":"%s"}]}""".formatted(ID)))
                .containsExactly(tuple("comment", "REQUIRED"));
        assertThat(fields(Stage.CHAIRMAN_DECISION, "{\"outcome\":\"FORWARD\"}"))
                .containsExactly(tuple("outcome", "INVALID_VALUE"));
        assertThat(fields(Stage.CHAIRMAN_DECISION, "{\"outcome\":\"RETURN\",\"comment\":\"" + "x".repeat(4001) + "\"}"))
                .containsExactly(tuple("comment", "SIZE"));
    }

    @Test
    void theChoicesAreNamedInTheMessage_andTheMessagesAreVietnameseWhateverTheCallersLanguage() {
        LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
        try {
            List<FieldViolation> found =
                    COMMANDS.violations(read(Stage.CHAIRMAN_DECISION, "{\"outcome\":\"MAYBE\",\"nominees\":{}}"));
            assertThat(found)
                    .extracting(FieldViolation::message)
                    .containsExactly("Giá trị phải là một trong: DECIDE, RETURN.", "Trường này phải là một danh sách.");
            assertThat(COMMANDS.violations(read(Stage.CHAIRMAN_DECISION, "{}")))
                    .extracting(FieldViolation::message)
                    .containsExactly("Trường này là bắt buộc.");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aPayloadThatIsNoObjectIsMalformed() {
        DomainException e = catchThrowableOfType(
                DomainException.class, () -> COMMANDS.read(Stage.COUNCIL_REVIEW, JSON.createArrayNode()));
        assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_REQUEST);
        assertThat(COMMANDS.read(Stage.COUNCIL_REVIEW, null).command()).isInstanceOf(ReviewInCouncil.class);
    }

    @Test
    void aPostedFormIsReadByTheFieldTypes() {
        Map<String, String> form = new HashMap<>(Map.of(
                "meetingDate", "05/09/2025",
                "membersTotal", " 9 ",
                "membersPresent", "bảy",
                "comment", "  Họp thường kỳ ",
                "nominees[0].nomineeId", ID,
                "nominees[0].votesFor", "6"));
        StageInput input = COMMANDS.fromForm(Stage.COUNCIL_REVIEW, form::get);

        ReviewInCouncil command = (ReviewInCouncil) input.command();
        assertThat(command.meetingDate()).isEqualTo(LocalDate.of(2025, 9, 5));
        assertThat(command.membersTotal()).isEqualTo(9);
        assertThat(command.comment()).isEqualTo("Họp thường kỳ");
        assertThat(command.nominees())
                .singleElement()
                .satisfies(n -> assertThat(n.votesFor()).isEqualTo(6));
        assertThat(input.unreadable())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("membersPresent", "INVALID_VALUE"));

        Map<String, String> unticked = Map.of("outcome", "FORWARD", "nominees[0].nomineeId", ID);
        SelectNominees selection = (SelectNominees)
                COMMANDS.fromForm(Stage.PARTY_BUILDING_SELECTION, unticked::get).command();
        assertThat(selection.nominees())
                .singleElement()
                .satisfies(n -> assertThat(n.selected()).isFalse());
    }

    @Test
    void tasklistVariablesAreReadByTheCommandsKeys_rowsFromTheirJsonText() {
        Map<String, Object> variables = Map.of(
                "outcome",
                "DECIDE",
                "nominees",
                "[{\"nomineeId\":\"" + ID + "\",\"award\":\"NONE\",\"fullName\":\"Nguyễn Văn A\"}]",
                "membersTotal",
                9);
        StageInput input = COMMANDS.fromVariables(Stage.CHAIRMAN_DECISION, variables::get);

        DecideAwards command = (DecideAwards) input.command();
        assertThat(command.outcome()).isEqualTo(DecisionOutcome.DECIDE);
        assertThat(command.nominees())
                .singleElement()
                .satisfies(n -> assertThat(n.award()).isEqualTo(ChairmanAward.NONE));
        assertThat(input.source().has("membersTotal"))
                .as("not a key of the chairman's command")
                .isFalse();
        assertThat(COMMANDS.violations(input)).isEmpty();
    }

    @Test
    void aCommandBuiltInCodeIsCheckedByTheSameAnnotations() {
        StageInput input = StageInput.of(new ReviewInCouncil(
                LocalDate.of(2025, 9, 5), 9, null, null, null, List.of(new ReviewInCouncil.Nominee(null, 6))));
        assertThat(COMMANDS.violations(input))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("membersPresent", "REQUIRED"), tuple("nominees[0].nomineeId", "REQUIRED"));
    }

    private static StageInput read(Stage stage, String json) {
        try {
            JsonNode payload = JSON.readTree(json);
            return COMMANDS.read(stage, payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<org.assertj.core.groups.Tuple> fields(Stage stage, String json) {
        return COMMANDS.violations(read(stage, json)).stream()
                .map(v -> tuple(v.field(), v.code()))
                .toList();
    }
}
