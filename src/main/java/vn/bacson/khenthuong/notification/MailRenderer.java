package vn.bacson.khenthuong.notification;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.bacson.khenthuong.common.TextRules;
import vn.bacson.khenthuong.commune.Commune;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.Communes;

/**
 * Subject, HTML and plain text of a message, from templates/mail/{event}.html and .txt. The engine is private
 * (not a bean), so Spring Boot's own Thymeleaf set-up for the web pages stays untouched.
 */
@Component
class MailRenderer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int MAX_SUBJECT = 250;

    record RenderedMail(String subject, String html, String text) {}

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final MailContent content;

    private final Communes communes;
    private final String province;

    MailRenderer(MailContent content, Communes communes, @Value("${app.issuer.province}") String province) {
        this.content = content;
        this.communes = communes;
        this.province = province;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
    }

    /**
     * One message for the rows (several only for a TASK_CREATED digest; all to one recipient); the text names the
     * files the message carries.
     */
    RenderedMail render(List<OutboxRow> rows, List<String> attachmentNames) {
        OutboxRow first = rows.get(0);
        String subject = rows.size() > 1 ? "Có " + rows.size() + " công việc mới cần xử lý" : subject(first.subject());
        Map<String, Object> vars = content.variables(rows);
        vars.put("subject", subject);
        vars.put("attachments", attachmentNames);
        vars.put("province", province);
        // the sending body: the commune the message is rendered in (the dispatcher renders in the row's commune)
        // who writes: the commune the message is rendered in, or the province for its review and a message of no
        // commune; the letterhead is its committee in capitals
        Optional<Commune> commune = first.event().fromProvince()
                ? Optional.empty()
                : CommuneContext.commune().flatMap(communes::find);
        String committee = commune.map(Commune::committee).orElse(Commune.provinceCommittee(province));
        vars.put("committee", committee);
        vars.put("issuer", committee.toUpperCase(VIETNAMESE));
        Context context = new Context(VIETNAMESE, vars);
        String name = templateName(first.event());
        // text stored before the input rule may hold control characters: they never reach a mail
        return new RenderedMail(
                subject,
                TextRules.clean(engine.process(name + ".html", context)),
                TextRules.clean(engine.process(name + ".txt", context)));
    }

    /** CAMPAIGN_LAUNCHED -> campaign-launched */
    static String templateName(NotificationEvent event) {
        return event.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A subject is one line: CR, LF and other control characters become spaces; long ones are cut. */
    static String subject(String recorded) {
        String line = recorded == null
                ? ""
                : TextRules.clean(recorded)
                        .replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ")
                        .strip()
                        .replaceAll(" {2,}", " ");
        if (line.isEmpty()) {
            return "Thông báo về thi đua, khen thưởng";
        }
        return line.length() <= MAX_SUBJECT ? line : line.substring(0, MAX_SUBJECT - 1) + "…";
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
