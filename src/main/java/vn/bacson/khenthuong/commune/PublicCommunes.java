package vn.bacson.khenthuong.commune;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/**
 * The public pages and JSON of a commune (no login): {@code /cong-khai/{communeCode}},
 * {@code /api/public/communes/{communeCode}/...} run their lookups in that commune; the old paths without a commune
 * in the installation's default commune, whoever asks. An unknown commune is 404 like a missing campaign.
 */
@Component
public class PublicCommunes {

    private final Communes communes;

    PublicCommunes(Communes communes) {
        this.communes = communes;
    }

    /** The commune; 404 NOT_FOUND when there is none of this code. */
    public Commune require(String code) {
        return communes.find(code).orElseThrow(() -> new DomainException(ErrorCode.COMMUNE_NOT_FOUND));
    }

    public boolean exists(String code) {
        return communes.exists(code);
    }

    /** The installation's default commune (the old public paths). */
    public Commune defaultCommune() {
        return require(communes.defaultCode());
    }

    /** The work in the given commune; 404 when it does not exist. */
    public <T> T in(String code, Supplier<T> work) {
        Commune commune = require(code);
        return CommuneContext.call(commune.code(), work);
    }

    /** The work in the installation's default commune. */
    public <T> T inDefault(Supplier<T> work) {
        return in(communes.defaultCode(), work);
    }
}
