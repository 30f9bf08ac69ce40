package vn.bacson.khenthuong.identity;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against the engine's identity service (the one user store, shared with the
 * Camunda webapps) and loads the user's groups: role groups (type WORKFLOW, plus camunda-admin) become roles and
 * authorities, the unit group (type UNIT) becomes the unit code. Nothing is cached beyond the session: an HTTP
 * Basic call is checked again on every request, a browser session keeps what was loaded at login.
 *
 * <p>The engine's own per-user login delay and lock (loginDelay*, loginMaxAttempts) are switched off in
 * application.yml: they let anyone lock a named official out by sending wrong passwords. Failed logins are
 * throttled per client address instead (security.LoginThrottle), which never refuses the right password from
 * another address.
 */
@Component
public class EngineAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identityService;

    public EngineAuthenticationProvider(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        if (username == null
                || username.isBlank()
                || password.isEmpty()
                || !identityService.checkPassword(username, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        AuthenticatedUser user = load(username);
        List<SimpleGrantedAuthority> authorities =
                user.roles().stream().map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    AuthenticatedUser load(String username) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        Set<String> roles = new TreeSet<>();
        String unitCode = null;
        for (Group group : identityService
                .createGroupQuery()
                .groupMember(username)
                .orderByGroupId()
                .asc()
                .list()) {
            if (Roles.UNIT_GROUP_TYPE.equals(group.getType())) {
                if (unitCode == null) {
                    unitCode = group.getId();
                }
            } else if (Roles.ROLE_GROUP_TYPE.equals(group.getType()) || Roles.ADMIN.equals(group.getId())) {
                roles.add(group.getId());
            }
        }
        // the commune is the user's engine tenant; province users and administrators have none
        String communeCode =
                identityService.createTenantQuery().userMember(username).orderByTenantId().asc().list().stream()
                        .map(Tenant::getId)
                        .findFirst()
                        .orElse(null);
        return new AuthenticatedUser(username, displayName(user, username), roles, unitCode, communeCode);
    }

    private static String displayName(User user, String fallback) {
        if (user == null) {
            return fallback;
        }
        String name = (nullToEmpty(user.getLastName()) + " " + nullToEmpty(user.getFirstName())).trim();
        return name.isEmpty() ? fallback : name;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
