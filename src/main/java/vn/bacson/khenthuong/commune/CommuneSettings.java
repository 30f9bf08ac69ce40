package vn.bacson.khenthuong.commune;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.bacson.khenthuong.common.AppProperties;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;
import vn.bacson.khenthuong.common.FieldViolation;

/**
 * The one place that answers "what are the settings of this commune": issuer block and place, signer, decision and
 * Tờ trình number patterns, council rule, stage deadlines, mail sender, seal image, local holidays and the signing
 * key. The commune's own values ({@code commune_settings}, V22) over the defaults of config/application.yml
 * ({@link SettingsOverride#over}). Every consumer asks {@link #current()}: the commune of the current request or
 * job ({@link CommuneContext}) — so a delegate works with its process instance's commune and an e-mail with its
 * outbox row's. Outside a commune ({@link CommuneContext#ALL}, {@link CommuneContext#NONE}) the defaults.
 *
 * <p>Cached per commune; a save drops the commune's entry at once on this node, other nodes reload after
 * {@link #CACHE_TTL} at the latest.
 */
@Service
public class CommuneSettings {

    /** How long another node may serve a commune's settings after they were changed here. */
    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    /** A seal image is a small PNG. */
    public static final int MAX_SEAL_BYTES = 512 * 1024;

    private final CommuneSettingsStore store;
    private final Communes communes;
    private final Clock clock;
    private final Settings defaults;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Autowired
    public CommuneSettings(
            CommuneSettingsStore store, Communes communes, Clock clock, Environment environment, AppProperties app) {
        this(store, communes, clock, SettingsDefaults.read(environment, app));
    }

    CommuneSettings(CommuneSettingsStore store, Communes communes, Clock clock, Settings defaults) {
        this.store = store;
        this.communes = communes;
        this.clock = clock;
        this.defaults = defaults;
    }

    private record Cached(Settings settings, Instant loadedAt) {}

    /** What the commune set for itself, when and by whom; empty when it follows config/ entirely. */
    public record Own(SettingsOverride values, Instant updatedAt, String updatedBy) {}

    /** The settings of the current commune; the defaults outside a commune. */
    public Settings current() {
        return CommuneContext.commune().map(this::of).orElse(defaults);
    }

    /** The settings of the given commune (its own values over the defaults). */
    public Settings of(String communeCode) {
        Instant now = clock.instant();
        Cached cached = cache.get(communeCode);
        if (cached != null
                && !now.isBefore(cached.loadedAt())
                && now.isBefore(cached.loadedAt().plus(CACHE_TTL))) {
            return cached.settings();
        }
        Settings loaded = own(communeCode).map(o -> o.values().over(defaults)).orElse(defaults);
        cache.put(communeCode, new Cached(loaded, now));
        return loaded;
    }

    /** The configured defaults (config/application.yml). */
    public Settings defaults() {
        return defaults;
    }

    /** The stored row of the commune, read in that commune. */
    public Optional<Own> own(String communeCode) {
        return CommuneContext.call(communeCode, () -> store.find(communeCode))
                .map(s -> new Own(s.values(), s.updatedAt(), s.updatedBy()));
    }

    /**
     * Stores the wanted settings of a commune (its seal is kept): what equals the default is not stored, so it
     * follows config/. 404 for an unknown commune, 400 with every field error.
     */
    @Transactional
    public Settings save(String communeCode, Settings wanted, String by) {
        requireCommune(communeCode);
        List<FieldViolation> errors = violations(wanted);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        byte[] seal = own(communeCode).map(o -> o.values().sealPng()).orElse(null);
        SettingsOverride values = SettingsOverride.of(wanted, defaults).withSeal(seal);
        write(communeCode, values, by);
        return of(communeCode);
    }

    /** What {@link #save} would refuse in the wanted settings, each refusal with its field (API keys). */
    public List<FieldViolation> violations(Settings wanted) {
        return SettingsRules.check(wanted, defaults.stageWorkingDays().keySet());
    }

    /** Stores the commune's scanned seal (PNG), or removes it (null). */
    @Transactional
    public Settings saveSeal(String communeCode, byte[] png, String by) {
        requireCommune(communeCode);
        if (png != null) {
            checkPng(png);
        }
        SettingsOverride values = own(communeCode).map(Own::values).orElse(SettingsOverride.NONE);
        write(communeCode, values.withSeal(png), by);
        return of(communeCode);
    }

    private void write(String communeCode, SettingsOverride values, String by) {
        CommuneContext.run(communeCode, () -> store.save(communeCode, values, clock.instant(), by));
        cache.remove(communeCode);
    }

    /** Forgets every cached commune (tests, after a restore). */
    public void evictAll() {
        cache.clear();
    }

    private void requireCommune(String communeCode) {
        if (!communes.exists(communeCode)) {
            throw new DomainException(ErrorCode.COMMUNE_NOT_FOUND);
        }
    }

    static void checkPng(byte[] png) {
        if (png.length > MAX_SEAL_BYTES) {
            throw DomainException.invalid(
                    "seal", "TOO_LARGE", "Ảnh con dấu tối đa " + (MAX_SEAL_BYTES / 1024) + " KB.");
        }
        boolean signature =
                png.length > 8 && (png[0] & 0xff) == 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G';
        boolean readable;
        try {
            readable = signature && ImageIO.read(new ByteArrayInputStream(png)) != null;
        } catch (IOException | RuntimeException e) {
            readable = false;
        }
        if (!readable) {
            throw DomainException.invalid("seal", "INVALID_IMAGE", "Ảnh con dấu phải là tệp PNG.");
        }
    }
}
