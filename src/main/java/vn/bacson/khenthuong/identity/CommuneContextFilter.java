package vn.bacson.khenthuong.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.bacson.khenthuong.commune.CommuneContext;
import vn.bacson.khenthuong.commune.CommuneProperties;

/**
 * Right behind Spring Security: the request works in its caller's commune ({@link CommuneContext}), so every store
 * and the database answer for that commune only. A commune user works in their commune; province users and
 * administrators in every commune ({@link CommuneContext#ALL}; their endpoints decide what they may see); an
 * authenticated user of no commune and no province or administrator role in none; an anonymous caller in the
 * installation's default commune (the old public paths; {@code /cong-khai/{communeCode}} switches to its own).
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 2)
class CommuneContextFilter extends OncePerRequestFilter {

    private final String defaultCommune;

    CommuneContextFilter(CommuneProperties properties) {
        this.defaultCommune = properties.defaultCode();
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (CommuneContext.Scope scope = CommuneContext.open(communeOf())) {
            chain.doFilter(request, response);
        }
    }

    private String communeOf() {
        return CurrentUsers.find().map(CommuneContextFilter::communeOf).orElse(defaultCommune);
    }

    static String communeOf(CurrentUser user) {
        if (user.communeCode() != null) {
            return user.communeCode();
        }
        return user.isProvince() || user.hasAny(Roles.ADMIN, Roles.SYSTEM_ADMIN)
                ? CommuneContext.ALL
                : CommuneContext.NONE;
    }
}
