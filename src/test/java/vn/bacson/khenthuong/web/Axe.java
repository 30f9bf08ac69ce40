package vn.bacson.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import vn.bacson.khenthuong.support.WebDriverSession;

/** axe-core (WCAG 2 A and AA rules) run in the page of a browser session: its serious and critical violations. */
final class Axe {

    private static String source;

    private Axe() {}

    /** Each serious or critical violation on the current page as "rule: targets (help)". */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriverSession browser) {
        JavascriptExecutor js = browser.driver();
        js.executeScript(script());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({id: v.id, help: v.help, targets: v.nodes.map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-error', help: String(e), targets: []}]));
                """);
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            out.add(v.get("id") + ": " + v.get("targets") + " (" + v.get("help") + ")");
        }
        return out;
    }

    private static synchronized String script() {
        if (source == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                assertThat(in)
                        .as("axe.min.js on the test classpath (com.deque.html.axe-core:selenium)")
                        .isNotNull();
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
