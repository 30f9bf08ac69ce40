package vn.bacson.khenthuong.identity;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.bacson.khenthuong.common.DomainException;
import vn.bacson.khenthuong.common.ErrorCode;

/** The caller of the current request, read from Spring Security's context. */
public final class CurrentUsers {

    private CurrentUsers() {}

    /** The authenticated caller; UNAUTHENTICATED (401) when there is none. */
    public static CurrentUser current() {
        return find().orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED));
    }

    public static Optional<CurrentUser> find() {
        return principal().map(AuthenticatedUser::toCurrentUser);
    }

    /** The session's principal, with the display name for pages. */
    public static Optional<AuthenticatedUser> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
