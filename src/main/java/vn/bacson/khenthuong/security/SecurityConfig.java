package vn.bacson.khenthuong.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.bacson.khenthuong.identity.EngineAuthenticationProvider;
import vn.bacson.khenthuong.identity.Roles;

/**
 * Three filter chains, most specific first:
 * <ol>
 *   <li>/engine-rest/**: HTTP Basic only (no session, so no CSRF exposure), camunda-admin only. The engine is told
 *       who calls (see identity.EngineRestAuthenticationConfig), so its authorizations apply too.</li>
 *   <li>/camunda/**: the Camunda webapps share our login (single sign-on through the session, see
 *       identity.WebappSingleSignOnConfig); they keep their own CSRF protection and headers (CSP). Admin-only
 *       here (403 for other roles, 401 or the login page when anonymous), pages and their REST API alike, and
 *       again through the engine's application authorizations.</li>
 *   <li>everything else: our API (/api/**: HTTP Basic or the browser session, 401/403 as problem+json) and web
 *       pages (form login at /login, redirect there when anonymous). CSRF is required for unsafe methods from
 *       the browser session, not for calls that carry their own {@code Authorization: Basic} credentials.</li>
 * </ol>
 * Logins (form and Basic) pass the {@link LoginThrottleFilter} first.
 */
@Configuration
@EnableConfigurationProperties(LoginThrottle.Settings.class)
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    private static final RequestMatcher API = pathPattern("/api/**");

    /** Actuator endpoints (metrics, info) answer 401/403 as problem+json too: a scraper gets no login redirect. */
    private static final RequestMatcher ACTUATOR = pathPattern("/actuator/**");

    /**
     * Citizens' feedback during a public posting, as JSON for outside clients: no login, and no CSRF token, since
     * there is nothing to forge — the call carries no one's authority, the session is never read, and its content
     * type (application/json only) cannot be sent by a plain cross-site form.
     */
    private static final RequestMatcher PUBLIC_FEEDBACK_API = new OrRequestMatcher(
            pathPattern(HttpMethod.POST, "/api/public/postings/*/feedback"),
            pathPattern(HttpMethod.POST, "/api/public/communes/*/postings/*/feedback"));

    /**
     * Anyone checks a PDF's signatures without login; no CSRF token either, since the call carries no one's
     * authority and changes nothing.
     */
    private static final RequestMatcher PUBLIC_VERIFY_API =
            pathPattern(HttpMethod.POST, "/api/public/signatures/verify");

    private static RequestMatcher pathPattern(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher pathPattern(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    private final LoginThrottle throttle;
    private final LoginFailures failures;
    private final ObjectMapper objectMapper;

    SecurityConfig(LoginThrottle throttle, LoginFailures failures, ObjectMapper objectMapper) {
        this.throttle = throttle;
        this.failures = failures;
        this.objectMapper = objectMapper;
    }

    private LoginThrottleFilter loginThrottle() {
        return new LoginThrottleFilter(throttle, failures, objectMapper);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, EngineAuthenticationProvider provider, ProblemResponses problems)
            throws Exception {
        http.securityMatcher(pathPattern("/engine-rest/**"))
                .addFilterBefore(loginThrottle(), BasicAuthenticationFilter.class)
                .authenticationProvider(provider)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(Roles.ADMIN))
                .httpBasic(b -> b.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.requestCache(new NullRequestCache()))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(
            HttpSecurity http, EngineAuthenticationProvider provider, ProblemResponses problems) throws Exception {
        RequestMatcher webappApi = pathPattern("/camunda/api/**");
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(webappApi, new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> deniedHandlers = new LinkedHashMap<>();
        deniedHandlers.put(webappApi, problems);
        // single sign-on: the same session as our pages; the webapps' own CSRF filter and CSP stay in charge.
        // Admin only at the HTTP layer, their REST API (/camunda/api/**) included: the engine's authorizations
        // let a candidate claim a task for anyone, so no other role may reach the webapps' task endpoints.
        http.securityMatcher(pathPattern("/camunda/**"))
                .authenticationProvider(provider)
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(Roles.ADMIN))
                .csrf(c -> c.disable())
                .headers(h -> h.disable())
                .requestCache(r -> r.requestCache(pageRequestCache()))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                                deniedHandlers, new AccessDeniedHandlerImpl())));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http, EngineAuthenticationProvider provider, ProblemResponses problems)
            throws Exception {
        http.addFilterBefore(loginThrottle(), UsernamePasswordAuthenticationFilter.class)
                .authenticationProvider(provider)
                .authorizeHttpRequests(a -> a.requestMatchers(pathPattern(HttpMethod.GET, "/api/public/**"))
                        .permitAll()
                        .requestMatchers(pathPattern("/v3/api-docs"), pathPattern("/v3/api-docs/**"))
                        .permitAll()
                        .requestMatchers(pathPattern("/actuator/health"), pathPattern("/actuator/health/**"))
                        .permitAll()
                        .requestMatchers(pathPattern("/login"), pathPattern("/error"))
                        .permitAll()
                        // documents feature: the public results page (công khai) is open to citizens, no login
                        .requestMatchers(
                                pathPattern(HttpMethod.GET, "/cong-khai"), pathPattern(HttpMethod.GET, "/cong-khai/**"))
                        .permitAll()
                        // public posting (niêm yết công khai): citizens send feedback without login; the page's
                        // form keeps its CSRF token, the JSON endpoint needs none (see PUBLIC_FEEDBACK_API)
                        .requestMatchers(
                                PUBLIC_FEEDBACK_API,
                                PUBLIC_VERIFY_API,
                                pathPattern(HttpMethod.POST, "/cong-khai/niem-yet/*/y-kien"),
                                pathPattern(HttpMethod.POST, "/cong-khai/*/niem-yet/*/y-kien"))
                        .permitAll()
                        // the public verification page (xác thực): anyone checks a PDF or the QR code of a document;
                        // its upload form keeps the CSRF token
                        .requestMatchers(
                                pathPattern(HttpMethod.GET, "/xac-thuc"), pathPattern(HttpMethod.POST, "/xac-thuc"))
                        .permitAll()
                        .requestMatchers(
                                pathPattern("/css/**"),
                                pathPattern("/js/**"),
                                pathPattern("/images/**"),
                                pathPattern("/webjars/**"),
                                pathPattern("/favicon.ico"))
                        .permitAll()
                        // a commune's settings: the system administrator, or the commune's own chairman
                        // (admin.CommuneSettingsAdmin decides); ahead of any rule for the rest of /admin
                        .requestMatchers(
                                pathPattern("/api/admin/communes/*/settings"),
                                pathPattern("/api/admin/communes/*/settings/**"),
                                pathPattern("/admin/communes/*/settings"),
                                pathPattern("/admin/communes/*/settings/**"))
                        .authenticated()
                        .requestMatchers(pathPattern("/actuator/**"))
                        .hasAuthority(Roles.ADMIN)
                        // the failed-login log (LoginFailureController, LoginFailurePages)
                        .requestMatchers(pathPattern("/api/admin/login-failures"), pathPattern("/admin/login-failures"))
                        .hasAuthority(Roles.ADMIN)
                        // onboarding communes, their units and users (admin.AdminController, admin.web.AdminPages)
                        .requestMatchers(pathPattern("/api/admin/**"), pathPattern("/admin/**"))
                        .hasAuthority(Roles.SYSTEM_ADMIN)
                        .anyRequest()
                        .authenticated())
                .httpBasic(b -> b.realmName(ProblemResponses.REALM).authenticationEntryPoint(problems))
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/")
                        .failureUrl("/login?error")
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .csrf(c -> c.requireCsrfProtectionMatcher(new AndRequestMatcher(
                        CsrfFilter.DEFAULT_CSRF_MATCHER,
                        new NegatedRequestMatcher(SecurityConfig::hasBasicCredentials),
                        new NegatedRequestMatcher(PUBLIC_FEEDBACK_API),
                        new NegatedRequestMatcher(PUBLIC_VERIFY_API))))
                .requestCache(r -> r.requestCache(pageRequestCache()))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint(problems))
                        .accessDeniedHandler(accessDeniedHandler(problems)))
                .headers(h -> h.addHeaderWriter(new ContentSecurityPolicies()).frameOptions(f -> f.sameOrigin()));
        return http.build();
    }

    /** API clients send their credentials with each call; a forged cross-site request cannot set this header. */
    static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** After login, go back to the page asked for; never to an API call (it answered 401, no redirect). */
    private static HttpSessionRequestCache pageRequestCache() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                pathPattern(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(
                        new OrRequestMatcher(API, pathPattern("/favicon.ico"), pathPattern("/error")))));
        return cache;
    }

    private static AuthenticationEntryPoint entryPoint(ProblemResponses problems) {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(API, problems);
        entryPoints.put(ACTUATOR, problems);
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return entryPoint;
    }

    private static AccessDeniedHandler accessDeniedHandler(ProblemResponses problems) {
        LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
        handlers.put(API, problems);
        handlers.put(ACTUATOR, problems);
        return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
    }
}
