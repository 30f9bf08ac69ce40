package vn.bacson.khenthuong.tasklist;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.bacson.khenthuong.dossier.Stage;

/** People as the engine's identity service knows them: full names ("Nông Thị Lan") and review roles. */
@Component
class UserNames {

    /** The role groups that work a review stage (party-building, culture-social, council, chairman). */
    static final Set<String> REVIEW_ROLES = Arrays.stream(Stage.values())
            .map(Stage::candidateGroup)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());

    private final IdentityService identity;

    UserNames(IdentityService identity) {
        this.identity = identity;
    }

    /** User id → full name (last name first, as Vietnamese names are written); unknown ids are left out. */
    Map<String, String> displayNames(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        List<String> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return names;
        }
        for (User user :
                identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
            names.put(user.getId(), name(user));
        }
        return names;
    }

    String displayName(String userId) {
        return displayNames(List.of(userId)).getOrDefault(userId, userId);
    }

    /** The user's review roles, or empty if the user does not exist. */
    Optional<Set<String>> reviewRoles(String userId) {
        if (identity.createUserQuery().userId(userId).count() == 0) {
            return Optional.empty();
        }
        return Optional.of(identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .filter(REVIEW_ROLES::contains)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Everyone whose review roles are exactly these (the colleagues one may delegate to), by name. */
    List<Person> withReviewRoles(Set<String> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        String anyRole = roles.iterator().next();
        return identity.createUserQuery().memberOfGroup(anyRole).list().stream()
                .filter(u -> reviewRoles(u.getId()).orElse(Set.of()).equals(roles))
                .map(u -> new Person(u.getId(), name(u)))
                .sorted(java.util.Comparator.comparing(Person::name))
                .toList();
    }

    /** A user id and the full name. */
    record Person(String username, String name) {}

    static String name(User user) {
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
                        + (user.getFirstName() == null ? "" : user.getFirstName()))
                .strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
