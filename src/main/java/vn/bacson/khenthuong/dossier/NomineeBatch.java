package vn.bacson.khenthuong.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;

/**
 * The rows of one request that speak of nominees of many dossiers waiting at one stage — the votes of a council
 * session, the awards of a batch decision — grouped by dossier after the checks they share: every row names a
 * nominee of the campaign (else 400 UNKNOWN_NOMINEE), once, still in the running, whose dossier waits at the
 * stage. Field names are the request's ({@code votes[2].nomineeId}).
 */
public final class NomineeBatch {

    private static final Pattern NOMINEE_FIELD = Pattern.compile("^nominees\\[(\\d+)]");

    private final String list;
    private final Map<UUID, Nominee> nominees;
    private final Map<UUID, Dossier> dossiers;
    private final Map<UUID, List<Integer>> byDossier;

    private NomineeBatch(
            String list, Map<UUID, Nominee> nominees, Map<UUID, Dossier> dossiers, Map<UUID, List<Integer>> byDossier) {
        this.list = list;
        this.nominees = nominees;
        this.dossiers = dossiers;
        this.byDossier = byDossier;
    }

    /** Where a dossier of the batch must stand, and what a row says when it does not. */
    public record Waiting(Stage stage, String code, String phrase) {}

    /**
     * Groups the rows' nominees by dossier, in request order. Row faults are added to {@code invalid} (the caller
     * may have more of its own and throws them together); nominees outside the campaign throw at once.
     *
     * @param list the request's list, {@code votes} or {@code awards}
     * @param nomineeIds the nominee of each row, null where the row names none
     */
    static NomineeBatch group(
            String list,
            UUID campaignId,
            List<UUID> nomineeIds,
            Waiting waiting,
            NomineeRepository nomineeRepository,
            DossierRepository dossierRepository,
            List<FieldViolation> invalid) {
        Map<UUID, Nominee> byId = new LinkedHashMap<>();
        nomineeRepository
                .findAll(nomineeIds.stream().filter(Objects::nonNull).distinct().toList())
                .forEach(n -> byId.put(n.id(), n));
        Map<UUID, Dossier> dossiers = new LinkedHashMap<>();
        dossierRepository
                .findAll(byId.values().stream()
                        .map(Nominee::dossierId)
                        .distinct()
                        .toList())
                .forEach(d -> dossiers.put(d.id(), d));
        List<FieldViolation> unknown = new ArrayList<>();
        Map<UUID, List<Integer>> byDossier = new LinkedHashMap<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < nomineeIds.size(); i++) {
            String field = list + "[" + i + "].nomineeId";
            UUID nomineeId = nomineeIds.get(i);
            if (nomineeId == null) {
                invalid.add(new FieldViolation(field, "REQUIRED", "Trường này là bắt buộc."));
                continue;
            }
            Nominee nominee = byId.get(nomineeId);
            Dossier dossier = nominee == null ? null : dossiers.get(nominee.dossierId());
            if (dossier == null || !dossier.campaignId().equals(campaignId)) {
                unknown.add(new FieldViolation(
                        field,
                        ErrorCode.UNKNOWN_NOMINEE.name(),
                        "Đối tượng này không thuộc hồ sơ nào của phong trào thi đua."));
            } else if (!seen.add(nomineeId)) {
                invalid.add(new FieldViolation(field, "DUPLICATE", "Đối tượng này được nêu nhiều lần."));
            } else if (dossier.status() != DossierStatus.IN_REVIEW || dossier.stage() != waiting.stage()) {
                invalid.add(new FieldViolation(
                        field, waiting.code(), "Hồ sơ «" + dossier.title() + "» " + waiting.phrase() + "."));
            } else if (!nominee.isInRunning()) {
                invalid.add(new FieldViolation(field, "NOT_IN_REVIEW", "Đối tượng này không còn trong danh sách xét."));
            } else {
                byDossier.computeIfAbsent(dossier.id(), d -> new ArrayList<>()).add(i);
            }
        }
        if (!unknown.isEmpty()) {
            throw new DomainException(ErrorCode.UNKNOWN_NOMINEE, ErrorCode.UNKNOWN_NOMINEE.message(), unknown);
        }
        return new NomineeBatch(list, byId, dossiers, byDossier);
    }

    /** Each dossier of the batch with the request indexes of its rows, in request order. */
    public Map<UUID, List<Integer>> byDossier() {
        return byDossier;
    }

    public Nominee nominee(UUID nomineeId) {
        return nominees.get(nomineeId);
    }

    /**
     * One violation per dossier of the batch whose running nominees the request does not all name: a stage is
     * completed for every nominee of a dossier at once.
     *
     * @param what what is missing, e.g. "kết quả biểu quyết"
     */
    public List<FieldViolation> missingNominees(
            List<UUID> nomineeIds, NomineeRepository nomineeRepository, String what) {
        List<FieldViolation> missing = new ArrayList<>();
        byDossier.forEach((dossierId, indexes) -> {
            Set<UUID> listed = new HashSet<>();
            indexes.forEach(i -> listed.add(nomineeIds.get(i)));
            List<String> names = nomineeRepository.findByDossier(dossierId).stream()
                    .filter(Nominee::isInRunning)
                    .filter(n -> !listed.contains(n.id()))
                    .map(Nominee::fullName)
                    .toList();
            if (!names.isEmpty()) {
                missing.add(new FieldViolation(
                        list,
                        "MISSING_NOMINEE",
                        "Hồ sơ «" + dossiers.get(dossierId).title() + "»: chưa có " + what + " cho "
                                + String.join(", ", names) + "."));
            }
        });
        return missing;
    }

    /**
     * A refusal of one dossier's stage completion in the request's terms: the completion's {@code nominees[k]}
     * is the request's row of that dossier's k-th nominee.
     */
    public DomainException inRequestTerms(DomainException e, UUID dossierId) {
        if (e.violations().isEmpty()) {
            return e;
        }
        List<Integer> indexes = byDossier.getOrDefault(dossierId, List.of());
        List<FieldViolation> mapped = e.violations().stream()
                .map(v -> {
                    Matcher m = NOMINEE_FIELD.matcher(v.field());
                    if (m.find()) {
                        int k = Integer.parseInt(m.group(1));
                        String index = k < indexes.size() ? Integer.toString(indexes.get(k)) : m.group(1);
                        return new FieldViolation(
                                list + "[" + index + "]" + v.field().substring(m.end()), v.code(), v.message());
                    }
                    return v.field().equals("nominees") ? new FieldViolation(list, v.code(), v.message()) : v;
                })
                .toList();
        return new DomainException(e.code(), e.getMessage(), mapped);
    }
}
