package vn.bacson.khenthuong.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The Content-Security-Policy of our pages: {@link SecurityConfig#CONTENT_SECURITY_POLICY} everywhere, and on the
 * pages that draw the process diagram the same policy with the style attributes bpmn-js 8 writes allowed by their
 * hashes. bpmn-js sets a handful of fixed style attributes (overlay positions, the text measuring box, the
 * "powered by" logo and its lightbox); blocked, each one is a console error. 'unsafe-hashes' with these hashes lets
 * exactly these strings through, on these pages only: an injected style attribute with any other value is still
 * refused, and no page gets 'unsafe-inline'. A controller that sets its own policy keeps it.
 */
final class ContentSecurityPolicies implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";

    /** sha256 of each style attribute value in bpmn-navigated-viewer.production.min.js 8.0.0. */
    static final List<String> BPMN_JS_STYLE_HASHES = List.of(
            "sha256-HrvAPhJHDMpEBcplBvvwyxAYUF0koC1/uv7HLEC0aqg=", // position: absolute (each overlay)
            "sha256-AHtqGIKHiUalONG+xeO90E9yUgWLoWuygINiCuiaBnA=", // the overlay container
            "sha256-F1/lIJB2HC2RT+RPHwCjlrUMGQft2PdUC4nHeQ7MKsc=", // the hidden box that measures label text
            "sha256-j2t/iYgmiK/9tDIa+YLs3dUK18D+PDjuKi+KxuYXU/w=", // the "powered by bpmn.io" logo
            "sha256-CA/eh4+2R0J7cEQ14gBMtx834RIOjzMUqCM+evtrkp4=", // the logo's image
            "sha256-OiHWqvo9dpVH2ZTYJl3A+IJzE/VCEoC16CMSpFs+v0E=", // the lightbox behind the logo
            "sha256-GAdrtwahSjGXI0UQQnfyEVtPn+wfgQxvyrjyQuByfuU=",
            "sha256-9OIpRRx0bq4t4s2zyqbocMNwedniLDaxLB+FlLIjNgM=",
            "sha256-JpvvTIK7ulxf/3oA+AUuVbO9Labs8npGWGm9X9nGIWw=",
            "sha256-Z88TAVBFCLgoKfRQ/oGwT/b4SbQtG4P6URZiu6n1Atw=");

    static final String DIAGRAM_PAGE_POLICY = SecurityConfig.CONTENT_SECURITY_POLICY.replace(
            "style-src 'self';",
            "style-src 'self' 'unsafe-hashes' "
                    + BPMN_JS_STYLE_HASHES.stream()
                            .map(h -> "'" + h + "'")
                            .reduce((a, b) -> a + " " + b)
                            .orElseThrow()
                    + ";");

    /** The pages with the diagram: a dossier, a task, a campaign's dashboard, the province dashboard. */
    private static final RequestMatcher DIAGRAM_PAGES = new OrRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/dossiers/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/tasks/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/monitoring/campaigns/*"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/monitoring/province"));

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(
                    HEADER,
                    DIAGRAM_PAGES.matches(request) ? DIAGRAM_PAGE_POLICY : SecurityConfig.CONTENT_SECURITY_POLICY);
        }
    }
}
