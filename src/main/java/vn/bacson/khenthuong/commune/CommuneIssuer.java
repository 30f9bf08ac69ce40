package vn.bacson.khenthuong.commune;

/**
 * The issuer block of a commune's official documents as onboarding takes it and the administrator's list shows it:
 * the issuing body ("ỦY BAN NHÂN DÂN XÃ VŨ LỄ"), the place name of the date line ("Vũ Lễ, ngày ...") and the
 * chairman who signs. Kept in the commune's settings ({@link CommuneSettings}), the one place documents read.
 */
public record CommuneIssuer(String name, String placeName, String chairmanName) {

    /** The issuer block of these settings: the issuing body, the place name and the signer. */
    public static CommuneIssuer of(Settings settings) {
        return new CommuneIssuer(
                settings.issuer().name(),
                settings.issuer().placeName(),
                settings.signer().name());
    }
}
