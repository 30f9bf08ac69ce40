package vn.bacson.khenthuong.tasklist.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import vn.bacson.khenthuong.campaign.AwardForm;
import vn.bacson.khenthuong.dossier.DossierView;
import vn.bacson.khenthuong.dossier.DossierView.NomineeView;
import vn.bacson.khenthuong.dossier.Eligibility;
import vn.bacson.khenthuong.dossier.Outcome;
import vn.bacson.khenthuong.stage.StageCommands;
import vn.bacson.khenthuong.stage.StageInput;

/**
 * The stage form of the task page: the values shown (defaults, or what the reviewer posted when it comes back
 * with errors) and the stage's command read from the posted fields ({@link #command}). Form parameters are the
 * command's paths: {@code outcome}, {@code nominees[0].votesFor}, ...
 */
public record TaskForm(Map<String, String> values, List<Row> rows) {

    /** One nominee still in the running, with the posted or default values of its stage fields. */
    public record Row(int index, NomineeView nominee, Map<String, String> values) {
        public String value(String key) {
            return values.getOrDefault(key, "");
        }

        public boolean checked(String key) {
            return "true".equals(values.get(key));
        }
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    /** Nominees the stage decides on: eligible and not yet turned down (the service's "still in the running"). */
    static List<NomineeView> inRunning(DossierView dossier) {
        return dossier.nominees().stream()
                .filter(n -> n.eligibility() == Eligibility.ELIGIBLE && n.outcome() == Outcome.PENDING)
                .toList();
    }

    static TaskForm defaults(StageFields stage, DossierView dossier) {
        List<Row> rows = new ArrayList<>();
        List<NomineeView> nominees = inRunning(dossier);
        for (int i = 0; i < nominees.size(); i++) {
            NomineeView n = nominees.get(i);
            Map<String, String> values = new HashMap<>();
            values.put("nomineeId", n.id().toString());
            switch (stage) {
                case PARTY_BUILDING_SELECTION -> values.put("selected", "true");
                case CULTURE_SOCIAL_APPRAISAL -> {
                    values.put("appraisal", "DAT");
                    values.put(
                            "recommendedAward",
                            n.proposedAward() == null ? "" : n.proposedAward().name());
                }
                case CHAIRMAN_DECISION -> values.put("award", chairmanDefault(n));
                default -> {
                    // council: votes are typed in
                }
            }
            rows.add(new Row(i, n, values));
        }
        return new TaskForm(new HashMap<>(), rows);
    }

    /** The reviewer's entries again, next to the nominees they belong to. */
    static TaskForm posted(StageFields stage, DossierView dossier, MultiValueMap<String, String> params) {
        Map<String, String> values = new HashMap<>();
        stage.fields().forEach(f -> values.put(f.key(), params.getFirst(f.key())));
        values.values().removeIf(v -> v == null);
        List<Row> rows = new ArrayList<>();
        List<NomineeView> nominees = inRunning(dossier);
        for (int i = 0; i < nominees.size(); i++) {
            Map<String, String> rowValues = new HashMap<>();
            for (StageFields.Field f : stage.nomineeFields()) {
                String v = params.getFirst(StageFields.NOMINEES + "[" + i + "]." + f.key());
                if (f.type() == StageFields.Type.BOOLEAN) {
                    v = Boolean.toString("true".equals(v));
                }
                if (v != null) {
                    rowValues.put(f.key(), v);
                }
            }
            rows.add(new Row(i, nominees.get(i), rowValues));
        }
        return new TaskForm(values, rows);
    }

    /** The stage's command from the posted form; the outcome is the button the reviewer pressed. */
    static StageInput command(
            StageCommands commands, StageFields stage, MultiValueMap<String, String> params, String outcome) {
        return commands.fromForm(stage.stage(), key -> "outcome".equals(key) ? outcome : params.getFirst(key));
    }

    private static String chairmanDefault(NomineeView n) {
        AwardForm recommended = n.recommendedAward() != null ? n.recommendedAward() : n.proposedAward();
        return recommended == AwardForm.BANG_KHEN_CHU_TICH_TINH
                ? "PROPOSE_BANG_KHEN_CHU_TICH_TINH"
                : "GIAY_KHEN_CHU_TICH_XA";
    }
}
