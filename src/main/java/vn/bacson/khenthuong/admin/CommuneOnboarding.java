package vn.bacson.khenthuong.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;
import vn.bacson.khenthuong.common.PageQuery;
import vn.bacson.khenthuong.common.PageResult;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.CommuneIssuer;
import vn.bacson.khenthuong.commune.CommuneSettings;
import vn.bacson.khenthuong.commune.Communes;
import vn.bacson.khenthuong.commune.Settings;
import vn.bacson.khenthuong.identity.CurrentUser;
import vn.bacson.khenthuong.identity.Roles;
import vn.bacson.khenthuong.identity.UserDirectory;
import vn.bacson.khenthuong.unit.Unit;
import vn.bacson.khenthuong.unit.UnitRepository;

/**
 * Onboards a commune without a restart (API.md v1.1, "Administration"): the register entry, its issuer block (in its
 * settings) and its engine tenant in one transaction; then its units and users, each written inside
 * {@link CommuneContext#call} of that commune, so their rows carry its code (the column default
 * {@code app_commune()}) and the unit checks see only its units. Users are engine users: the commune is their
 * tenant membership, roles and the unit are groups. Only {@code system-admin} may call it.
 */
@Service
public class CommuneOnboarding {

    /** The Vietnamese names of the role groups, for a database where they do not exist yet. */
    static final Map<String, String> ROLE_NAMES = Map.of(
            Roles.UNIT, "Đơn vị đề nghị khen thưởng",
            Roles.PARTY_BUILDING, "Ban Xây dựng Đảng",
            Roles.CULTURE_SOCIAL, "Phòng Văn hóa - Xã hội",
            Roles.OFFICE_LEAD, "Trưởng phòng Văn hóa - Xã hội",
            Roles.COUNCIL, "Hội đồng Thi đua - Khen thưởng xã",
            Roles.CHAIRMAN, "Chủ tịch Ủy ban nhân dân xã",
            Roles.SYSTEM_ADMIN, "Quản trị hệ thống");

    private final Communes communes;
    private final UnitRepository units;
    private final UserDirectory directory;
    private final TransactionTemplate transaction;

    private final CommuneSettings communeSettings;

    CommuneOnboarding(
            Communes communes,
            CommuneSettings communeSettings,
            UnitRepository units,
            UserDirectory directory,
            TransactionTemplate transaction) {
        this.communes = communes;
        this.communeSettings = communeSettings;
        this.units = units;
        this.directory = directory;
        this.transaction = transaction;
    }

    /** 403 unless the caller is the system administrator (the security chain says the same for /api/admin/**). */
    public static void requireSystemAdmin(CurrentUser user) {
        if (user == null || !user.has(Roles.SYSTEM_ADMIN)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
    }

    public CommuneView createCommune(CommuneRequest request, CurrentUser user) {
        requireSystemAdmin(user);
        List<FieldViolation> violations = OnboardingRules.commune(request);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        String code = request.code();
        String name = request.name().strip();
        CommuneIssuer issuer = new CommuneIssuer(
                request.issuer().name().strip(),
                request.issuer().placeName().strip(),
                request.issuer().chairmanName().strip());
        try {
            transaction.executeWithoutResult(status -> {
                if (!communes.create(new Commune(code, name))) {
                    throw new DomainException(ErrorCode.COMMUNE_CODE_TAKEN);
                }
                // the issuer is kept in the commune settings, which the documents read: its own from day one
                communeSettings.save(code, withIssuer(communeSettings.defaults(), issuer), user.username());
                directory.ensureTenant(code, name);
            });
        } catch (DuplicateKeyException race) {
            throw new DomainException(ErrorCode.COMMUNE_CODE_TAKEN);
        }
        return new CommuneView(code, name, issuer, 0, 0);
    }

    /**
     * The configured defaults with the onboarded commune's issuer: its name in running text and as the two header
     * lines ("ỦY BAN NHÂN DÂN" / "XÃ VŨ LỄ"), its place name, and its chairman as the signer.
     */
    static Settings withIssuer(Settings defaults, CommuneIssuer issuer) {
        String prefix = "ỦY BAN NHÂN DÂN";
        String name = issuer.name();
        List<String> header = name.toUpperCase(java.util.Locale.ROOT).startsWith(prefix + " ")
                ? List.of(prefix, name.substring(prefix.length()).strip())
                : List.of(name);
        Settings.Issuer own = new Settings.Issuer(
                name,
                header,
                defaults.issuer().superiorBody(),
                issuer.placeName(),
                defaults.issuer().province());
        Settings.Signer signer = new Settings.Signer(
                defaults.signer().authority(), defaults.signer().title(), issuer.chairmanName());
        return new Settings(
                own,
                signer,
                defaults.decisionNumberPattern(),
                defaults.submissionNumberPattern(),
                defaults.council(),
                defaults.stageWorkingDays(),
                defaults.mailFrom(),
                null,
                List.of(),
                defaults.signingKeyAlias());
    }

    public PageResult<CommuneView> communes(PageQuery page, CurrentUser user) {
        requireSystemAdmin(user);
        List<CommuneView> items = communes.findPage(page.offset(), page.size()).stream()
                .map(this::view)
                .toList();
        return page.result(items, communes.count());
    }

    public CommuneView commune(String code, CurrentUser user) {
        requireSystemAdmin(user);
        return view(require(code));
    }

    public UnitView createUnit(String communeCode, UnitRequest request, CurrentUser user) {
        requireSystemAdmin(user);
        Commune commune = require(communeCode);
        List<FieldViolation> violations = OnboardingRules.unit(request);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        Unit unit =
                new Unit(request.code(), request.name().strip(), request.email().strip(), false);
        try {
            return CommuneContext.call(
                    commune.code(),
                    () -> transaction.execute(status -> {
                        if (units.find(unit.code()).isPresent()) {
                            throw new DomainException(ErrorCode.UNIT_CODE_TAKEN);
                        }
                        units.save(unit);
                        directory.ensureUnitGroup(unit.code(), unit.name());
                        return new UnitView(unit.code(), unit.name(), unit.email(), false);
                    }));
        } catch (DuplicateKeyException race) {
            throw new DomainException(ErrorCode.UNIT_CODE_TAKEN);
        }
    }

    public List<UnitView> units(String communeCode, CurrentUser user) {
        requireSystemAdmin(user);
        Commune commune = require(communeCode);
        return CommuneContext.call(
                commune.code(),
                () -> units.findAll().stream()
                        .map(u -> new UnitView(u.code(), u.name(), u.email(), u.dissolved()))
                        .toList());
    }

    public UserView createUser(String communeCode, UserRequest request, CurrentUser user) {
        requireSystemAdmin(user);
        Commune commune = require(communeCode);
        List<FieldViolation> violations = new ArrayList<>(OnboardingRules.user(request));
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        List<String> roles = List.copyOf(new LinkedHashSet<>(request.roles()));
        String unitCode = OnboardingRules.blank(request.unitCode())
                ? null
                : request.unitCode().strip();
        String[] names = splitName(request.fullName());
        return CommuneContext.call(
                commune.code(),
                () -> transaction.execute(status -> {
                    if (unitCode != null
                            && units.find(unitCode).filter(u -> !u.dissolved()).isEmpty()) {
                        throw DomainException.invalid(
                                "unitCode",
                                "UNKNOWN_UNIT",
                                "Xã " + commune.name() + " không có đơn vị mã \"" + unitCode
                                        + "\" (hoặc đơn vị đã giải thể): hãy thêm đơn vị trước.");
                    }
                    if (directory.userExists(request.username())) {
                        throw new DomainException(ErrorCode.USERNAME_TAKEN);
                    }
                    directory.ensureUser(
                            request.username(),
                            names[1],
                            names[0],
                            request.email().strip(),
                            request.password());
                    directory.ensureTenantMembership(request.username(), commune.code());
                    for (String role : roles) {
                        directory.ensureRoleGroup(role, ROLE_NAMES.getOrDefault(role, role));
                        directory.ensureMembership(request.username(), role);
                    }
                    if (unitCode != null) {
                        directory.ensureMembership(request.username(), unitCode);
                    }
                    return new UserView(
                            request.username(),
                            request.fullName().strip(),
                            request.email().strip(),
                            roles,
                            unitCode,
                            commune.code());
                }));
    }

    public List<UserView> users(String communeCode, CurrentUser user) {
        requireSystemAdmin(user);
        Commune commune = require(communeCode);
        return directory.usersOfCommune(commune.code()).stream()
                .map(u -> new UserView(u.id(), u.fullName(), u.email(), u.roles(), u.unitCode(), commune.code()))
                .toList();
    }

    Commune require(String code) {
        return Optional.ofNullable(code)
                .flatMap(communes::find)
                .orElseThrow(() -> new DomainException(ErrorCode.COMMUNE_NOT_FOUND));
    }

    private CommuneView view(Commune commune) {
        long unitCount =
                CommuneContext.call(commune.code(), () -> (long) units.findAll().size());
        return new CommuneView(
                commune.code(),
                commune.name(),
                CommuneIssuer.of(communeSettings.of(commune.code())),
                unitCount,
                directory.countUsersOfCommune(commune.code()));
    }

    /**
     * A Vietnamese full name as the engine stores it: the family and middle names ("Hoàng Văn") as last name, the
     * given name ("Hải") as first name, so the header shows "Hoàng Văn Hải" as for every other user.
     */
    static String[] splitName(String fullName) {
        String[] words = fullName.strip().split("\\s+");
        if (words.length == 1) {
            return new String[] {"", words[0]};
        }
        return new String[] {String.join(" ", Arrays.copyOf(words, words.length - 1)), words[words.length - 1]};
    }
}
