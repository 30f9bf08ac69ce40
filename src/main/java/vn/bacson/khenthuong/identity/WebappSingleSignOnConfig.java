package vn.bacson.khenthuong.identity;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Single sign-on for the Camunda webapps (Cockpit, Tasklist, Admin): whoever logged in on our login page is
 * logged in there too. Spring Security authenticates /camunda/** with the same session; this filter, running
 * after it, hands the request's principal to the webapps, which load the user's groups and application
 * authorizations from the engine. Only camunda-admin holds application authorizations, so the webapps stay
 * admin-only: other users see the webapps' "no application" page.
 */
@Configuration
class WebappSingleSignOnConfig {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOnFilter() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("webappSingleSignOn");
        registration.addUrlPatterns("/camunda/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
