package vn.bacson.khenthuong.web;

import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.Communes;

/**
 * Whose pages these are, as the header, the sign-in page and the footer name it: a commune's People's Committee on
 * its own pages, the province on the province's pages and on the sign-in page of an installation that serves
 * several communes (whoever signs in there, it is not one commune's page). Pages use it as
 * {@code ${@installation.issuer(commune)}}.
 */
@Component("installation")
public class Installation {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Communes communes;
    private final MessageSource messages;
    private final String province;

    Installation(Communes communes, MessageSource messages, @Value("${app.issuer.province}") String province) {
        this.communes = communes;
        this.messages = messages;
        this.province = province;
    }

    /** The province the installation belongs to, e.g. "Lạng Sơn" ({@code app.issuer.province}). */
    public String province() {
        return province;
    }

    /** The issuing body in capitals, as the header prints it: the commune's committee, else the province's. */
    public String issuer(Commune commune) {
        Locale locale = LocaleContextHolder.getLocale();
        return commune == null
                ? messages.getMessage("brand.province", new Object[] {province.toUpperCase(VIETNAMESE)}, locale)
                : messages.getMessage(
                        "brand.commune", new Object[] {commune.name().toUpperCase(VIETNAMESE)}, locale);
    }

    /** The commune the sign-in page belongs to: the only one the installation serves, none when it serves more. */
    public Commune signInCommune() {
        List<Commune> page = communes.findPage(0, 2);
        return page.size() == 1 ? page.get(0) : null;
    }
}
