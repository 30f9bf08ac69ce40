package vn.bacson.khenthuong.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One-line messages shown on the next page after a redirect (layout: #flash-success, #flash-error). */
@Component
class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    void success(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashSuccess", text(key, args));
    }

    void error(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute("flashError", text(key, args));
    }

    String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
