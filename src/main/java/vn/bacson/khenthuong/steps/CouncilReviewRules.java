package vn.bacson.khenthuong.steps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DateRange;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.council.CouncilVoteRule;
import vn.bacson.khenthuong.dossier.Nominee;
import vn.bacson.khenthuong.dossier.NomineeRepository;
import vn.bacson.khenthuong.stage.ReviewInCouncil;
import vn.bacson.khenthuong.steps.NomineeRows.Row;

/**
 * The council's meeting against its rule and the clock: held already, the present no more than the members and a
 * quorum, written opinions only from absent members, votes no more than the present, every nominee voted on. The
 * votes are stored; ServiceTask_TallyCouncilVotes decides pass or fail in the same transaction.
 */
@Component
class CouncilReviewRules {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final NomineeRepository nominees;
    private final CouncilVoteRule rule;
    private final Clock clock;

    CouncilReviewRules(NomineeRepository nominees, CouncilVoteRule rule, Clock clock) {
        this.nominees = nominees;
        this.rule = rule;
        this.clock = clock;
    }

    /** A field that is faulty by itself takes no part in the rules that compare it with others. */
    StageResult prepare(ReviewInCouncil command, List<Nominee> all, Violations found) {
        LocalDate meetingDate = found.has("meetingDate") ? null : command.meetingDate();
        FieldViolation future = DateRange.RECENT_PAST.violation("meetingDate", meetingDate, LocalDate.now(clock));
        if (future != null) {
            found.add(future);
            meetingDate = null;
        }
        Integer total = found.has("membersTotal") ? null : command.membersTotal();
        Integer present = found.has("membersPresent") ? null : command.membersPresent();
        Integer written = found.has("absentWrittenOpinions") ? null : command.absentWrittenOpinions();
        if (present != null && total != null && present > total) {
            found.add("membersPresent", "MAX", "Số thành viên có mặt không được vượt quá tổng số thành viên.");
            present = null;
        } else if (present != null && total != null && !rule.hasQuorum(present, total)) {
            found.add(
                    "membersPresent",
                    "QUORUM_NOT_MET",
                    "Cuộc họp chưa đủ số thành viên tham dự theo quy chế (cần ít nhất " + rule.quorumOf(total) + "/"
                            + total + " thành viên có mặt).");
        }
        if (written != null && (written < 0 || (present != null && total != null && written > total - present))) {
            found.add(
                    "absentWrittenOpinions",
                    "INVALID_VALUE",
                    "Số ý kiến bằng văn bản phải từ 0 đến số thành viên vắng mặt.");
        }
        List<Row<ReviewInCouncil.Nominee>> rows =
                NomineeRows.check(command.nominees(), all, true, ErrorCode.INCOMPLETE_VOTES, found);
        Map<UUID, Integer> votes = new LinkedHashMap<>();
        if (rows != null) {
            for (Row<ReviewInCouncil.Nominee> row : rows) {
                Integer v =
                        found.has(row.field("votesFor")) ? null : row.entry().votesFor();
                if (v != null && present != null && v > present) {
                    found.add(
                            row.field("votesFor"),
                            "MAX",
                            "Số phiếu tán thành không được vượt quá số thành viên có mặt.");
                } else if (v != null) {
                    votes.put(row.nominee().id(), v);
                }
            }
        }
        found.throwIfAny();
        List<Runnable> writes = new ArrayList<>();
        votes.forEach((id, v) -> writes.add(() -> nominees.updateCouncilVote(id, v, false)));
        String comment = command.comment();
        String summary = "Họp ngày " + DATE.format(meetingDate) + ": " + present + "/" + total + " thành viên có mặt"
                + (written == null || written == 0 ? "" : ", " + written + " ý kiến bằng văn bản") + "."
                + (comment == null ? "" : " " + comment);
        return StageResult.council(writes, summary, total, present);
    }
}
