package vn.bacson.khenthuong.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Communes;
import vn.bacson.khenthuong.commune.Settings;
import vn.bacson.khenthuong.commune.SettingsOverride;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.signature.SigningKeys;

/**
 * Who may read and change a commune's settings, and their API shape: the system administrator any commune's, the
 * commune's own chairman their commune's. Anybody else: 404 for another commune (it is not theirs to know), 403 in
 * their own. The settings themselves are commune.CommuneSettings'. The signing key is the system administrator's
 * alone to change (a chairman who could also rename the issuer could otherwise sign as another body), and only to a
 * key the installation's store or token holds.
 */
@Service
public class CommuneSettingsAdmin {

    static final String SIGNING_KEY_ALIAS = "signingKeyAlias";

    private final CommuneSettings settings;
    private final Communes communes;
    private final SigningKeys keys;

    CommuneSettingsAdmin(CommuneSettings settings, Communes communes, SigningKeys keys) {
        this.settings = settings;
        this.communes = communes;
        this.keys = keys;
    }

    /** The commune, when the user may edit its settings; 404 / 403 otherwise. */
    public Commune editable(String code, CurrentUser user) {
        boolean admin = user.has(Roles.SYSTEM_ADMIN);
        boolean own = code != null && code.equals(user.communeCode());
        if (!admin && !own) {
            throw notFound();
        }
        Commune commune = communes.find(code).orElseThrow(CommuneSettingsAdmin::notFound);
        if (!admin && !user.has(Roles.CHAIRMAN)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        return commune;
    }

    public CommuneSettingsView view(String code, CurrentUser user) {
        return view(editable(code, user));
    }

    public CommuneSettingsView save(String code, CommuneSettingsRequest request, CurrentUser user) {
        Commune commune = editable(code, user);
        if (request == null) {
            throw new DomainException(ErrorCode.MALFORMED_REQUEST);
        }
        Settings now = settings.of(code);
        Settings wanted = merge(now, settings.defaults(), request);
        boolean keyChanged = !wanted.signingKeyAlias().equals(now.signingKeyAlias());
        if (keyChanged && !user.has(Roles.SYSTEM_ADMIN)) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Chỉ quản trị hệ thống được đổi khóa ký số của xã.");
        }
        List<FieldViolation> errors = new ArrayList<>(settings.violations(wanted));
        boolean aliasReadable = errors.stream().noneMatch(e -> e.field().equals(SIGNING_KEY_ALIAS));
        if (keyChanged
                && aliasReadable
                && !wanted.signingKeyAlias().isBlank()
                && !keys.hasKey(wanted.signingKeyAlias())) {
            errors.add(new FieldViolation(
                    SIGNING_KEY_ALIAS,
                    "UNKNOWN_SIGNING_KEY",
                    "Kho khóa ký số của hệ thống không có khóa \"" + wanted.signingKeyAlias()
                            + "\" (tên khóa trong tệp khóa hoặc nhãn của khóa trên token), hoặc kho khóa chưa mở được."
                            + " Hãy kiểm tra lại tên, hoặc đưa khóa và chứng thư số của xã lên token trước."));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        settings.save(code, wanted, user.username());
        return view(commune);
    }

    public CommuneSettingsView saveSeal(String code, byte[] png, CurrentUser user) {
        Commune commune = editable(code, user);
        settings.saveSeal(code, png, user.username());
        return view(commune);
    }

    /** The commune's scanned seal; 404 when it has none. */
    public byte[] seal(String code, CurrentUser user) {
        editable(code, user);
        byte[] png = settings.of(code).sealPng();
        if (png == null) {
            throw new DomainException(ErrorCode.NOT_FOUND, "Xã chưa có ảnh con dấu.");
        }
        return png;
    }

    /**
     * The request over the commune's current settings: what it leaves out stays; an empty signing key goes back to
     * the installation's default.
     */
    static Settings merge(Settings now, Settings defaults, CommuneSettingsRequest r) {
        CommuneSettingsRequest.Issuer i = r.issuer();
        CommuneSettingsRequest.Signer s = r.signer();
        CommuneSettingsRequest.Council c = r.council();
        Map<String, Integer> days = new TreeMap<>(now.stageWorkingDays());
        if (r.stageWorkingDays() != null) {
            days.putAll(r.stageWorkingDays());
        }
        return new Settings(
                i == null
                        ? now.issuer()
                        : new Settings.Issuer(
                                or(trim(i.name()), now.issuer().name()),
                                i.headerLines() == null
                                        ? now.issuer().headerLines()
                                        : i.headerLines().stream()
                                                .map(CommuneSettingsAdmin::trim)
                                                .toList(),
                                or(trim(i.superiorBody()), now.issuer().superiorBody()),
                                or(trim(i.placeName()), now.issuer().placeName()),
                                or(trim(i.province()), now.issuer().province())),
                s == null
                        ? now.signer()
                        : new Settings.Signer(
                                or(trim(s.authority()), now.signer().authority()),
                                or(trim(s.title()), now.signer().title()),
                                or(trim(s.name()), now.signer().name())),
                or(trim(r.decisionNumberPattern()), now.decisionNumberPattern()),
                or(trim(r.submissionNumberPattern()), now.submissionNumberPattern()),
                c == null
                        ? now.council()
                        : council(
                                or(c.quorumNumerator(), now.council().quorumNumerator()),
                                or(c.quorumDenominator(), now.council().quorumDenominator()),
                                or(c.thresholdNumerator(), now.council().thresholdNumerator()),
                                or(c.thresholdDenominator(), now.council().thresholdDenominator())),
                days,
                or(trim(r.mailFrom()), now.mailFrom()),
                now.sealPng(),
                r.localHolidays() == null ? now.localHolidays() : new ArrayList<>(r.localHolidays()),
                r.signingKeyAlias() == null
                        ? now.signingKeyAlias()
                        : r.signingKeyAlias().isBlank()
                                ? defaults.signingKeyAlias()
                                : r.signingKeyAlias().strip());
    }

    /** A fraction with a denominator below 1 is refused by the rules, not by the record. */
    private static Settings.CouncilRule council(int qn, int qd, int tn, int td) {
        if (qd < 1 || td < 1) {
            List<FieldViolation> errors = new ArrayList<>();
            if (qd < 1) {
                errors.add(new FieldViolation("council.quorumDenominator", "OUT_OF_RANGE", "Mẫu số từ 1 đến 100."));
            }
            if (td < 1) {
                errors.add(new FieldViolation("council.thresholdDenominator", "OUT_OF_RANGE", "Mẫu số từ 1 đến 100."));
            }
            throw DomainException.invalid(errors);
        }
        return new Settings.CouncilRule(qn, qd, tn, td);
    }

    CommuneSettingsView view(Commune commune) {
        Settings now = settings.of(commune.code());
        Settings defaults = settings.defaults();
        CommuneSettings.Own stored = settings.own(commune.code()).orElse(null);
        return new CommuneSettingsView(
                new CommuneSettingsView.CommuneRef(commune.code(), commune.name()),
                issuer(now),
                signer(now),
                now.decisionNumberPattern(),
                now.submissionNumberPattern(),
                council(now),
                new TreeMap<>(now.stageWorkingDays()),
                now.mailFrom(),
                now.localHolidays(),
                now.hasSeal(),
                stored == null ? List.of() : ownFields(stored.values()),
                stored == null ? null : stored.updatedAt(),
                stored == null ? null : stored.updatedBy(),
                new CommuneSettingsRequest(
                        issuer(defaults),
                        signer(defaults),
                        defaults.decisionNumberPattern(),
                        defaults.submissionNumberPattern(),
                        council(defaults),
                        new TreeMap<>(defaults.stageWorkingDays()),
                        defaults.mailFrom(),
                        defaults.localHolidays(),
                        defaults.signingKeyAlias()),
                now.signingKeyAlias(),
                signingKey(keys.commune(commune.code())));
    }

    private static CommuneSettingsView.SigningKey signingKey(SigningKeys.KeyStatus key) {
        return new CommuneSettingsView.SigningKey(
                key.alias(),
                key.signerName(),
                key.organization(),
                key.validUntil(),
                key.usable(),
                key.problem() == null ? null : key.problem().name(),
                key.message());
    }

    /** The API names of what the commune set itself. */
    static List<String> ownFields(SettingsOverride o) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("issuer.name", o.issuerName());
        fields.put("issuer.headerLines", o.headerLines());
        fields.put("issuer.superiorBody", o.superiorBody());
        fields.put("issuer.placeName", o.placeName());
        fields.put("issuer.province", o.province());
        fields.put("signer.authority", o.signerAuthority());
        fields.put("signer.title", o.signerTitle());
        fields.put("signer.name", o.signerName());
        fields.put("decisionNumberPattern", o.decisionNumberPattern());
        fields.put("submissionNumberPattern", o.submissionNumberPattern());
        fields.put("council.quorumNumerator", o.quorumNumerator());
        fields.put("council.quorumDenominator", o.quorumDenominator());
        fields.put("council.thresholdNumerator", o.thresholdNumerator());
        fields.put("council.thresholdDenominator", o.thresholdDenominator());
        if (o.stageWorkingDays() != null) {
            new TreeMap<>(o.stageWorkingDays()).keySet().forEach(stage -> fields.put("stageWorkingDays." + stage, 1));
        }
        fields.put("mailFrom", o.mailFrom());
        fields.put("localHolidays", o.localHolidays());
        fields.put("seal", o.sealPng());
        fields.put(SIGNING_KEY_ALIAS, o.signingKeyAlias());
        return fields.entrySet().stream()
                .filter(e -> e.getValue() != null)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static CommuneSettingsRequest.Issuer issuer(Settings s) {
        Settings.Issuer i = s.issuer();
        return new CommuneSettingsRequest.Issuer(
                i.name(), i.headerLines(), i.superiorBody(), i.placeName(), i.province());
    }

    private static CommuneSettingsRequest.Signer signer(Settings s) {
        return new CommuneSettingsRequest.Signer(
                s.signer().authority(), s.signer().title(), s.signer().name());
    }

    private static CommuneSettingsRequest.Council council(Settings s) {
        Settings.CouncilRule c = s.council();
        return new CommuneSettingsRequest.Council(
                c.quorumNumerator(), c.quorumDenominator(), c.thresholdNumerator(), c.thresholdDenominator());
    }

    private static DomainException notFound() {
        return new DomainException(ErrorCode.COMMUNE_NOT_FOUND);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String trim(String value) {
        return value == null ? null : value.strip();
    }
}
