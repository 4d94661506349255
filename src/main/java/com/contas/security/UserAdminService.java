package com.contas.security;

import com.contas.common.NotFoundException;
import com.contas.common.PageSpec;
import com.contas.common.SqlList;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import com.contas.security.domain.AppUser;
import com.contas.security.domain.AppUserRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do with users: list, create, change name and role, deactivate and reactivate, reset
 * passwords. Only admins may call it. The last active admin can be neither demoted nor deactivated,
 * so that someone can always run the place. A deactivated user keeps everything they own and cannot
 * sign in.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private static final Map<String, String> SORTS = Map.of(
            "username",
            "u.username",
            "displayName",
            SqlList.folded("u.display_name"),
            "email",
            "lower(u.email)",
            "role",
            "u.role",
            "active",
            "u.active");

    private final AppUserRepository users;
    private final UserService userService;
    private final PasswordEncoder passwordEncoder;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final Clock clock;

    UserAdminService(
            AppUserRepository users,
            UserService userService,
            PasswordEncoder passwordEncoder,
            NamedParameterJdbcTemplate jdbc,
            ApplicationEventPublisher events,
            SignInThrottle throttle,
            Clock clock) {
        this.users = users;
        this.userService = userService;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.events = events;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** One page of users, filtered and sorted in the database. */
    @Transactional(readOnly = true)
    public List<UserRow> list(UserFilter filter, PageSpec page) {
        Instant now = clock.instant();
        return query(filter)
                .page(
                        jdbc,
                        "u.id, u.username, u.display_name, u.email, u.role, u.active, u.version, t.locked_until",
                        page,
                        SORTS,
                        "displayName",
                        (rs, i) -> {
                            Instant lockedUntil = SqlList.instant(rs, "locked_until");
                            return new UserRow(
                                    rs.getLong("id"),
                                    rs.getString("username"),
                                    rs.getString("display_name"),
                                    rs.getString("email"),
                                    Role.valueOf(rs.getString("role")),
                                    rs.getBoolean("active"),
                                    rs.getLong("version"),
                                    lockedUntil != null && lockedUntil.isAfter(now) ? lockedUntil : null);
                        });
    }

    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return query(filter).count(jdbc);
    }

    private static SqlList query(UserFilter filter) {
        return new SqlList(
                        "app_user u left join sign_in_throttle t on t.throttle_key = "
                                + SignInThrottle.userKeyOf("u.username"),
                        "u.id")
                .where("u.active = :active", "active", filter.active())
                .search(
                        filter.search(),
                        SqlList.folded("u.username"),
                        SqlList.folded("u.display_name"),
                        SqlList.folded("u.email"));
    }

    @Transactional
    public UserSummary create(UserService.NewUser input) {
        return userService.create(input);
    }

    /** Changes name, e-mail and role if nobody changed the user since {@code expectedVersion}. */
    @Transactional
    public UserSummary update(long id, long expectedVersion, String displayName, String email, Role role) {
        Validation v = Validation.start();
        String name = v.requiredText("displayName", displayName, 255);
        String mail = v.optionalText("email", email, 255);
        if (mail != null && !Validation.isPlainEmail(mail)) {
            v.add("email", "validation.email", mail);
        }
        v.required("role", role);
        v.throwIfInvalid();
        AppUser user = load(id);
        user.checkVersion(expectedVersion);
        if (user.isActive() && user.getRole() == Role.ADMIN && role != Role.ADMIN) {
            refuseIfLastAdmin(id, "role");
        }
        boolean renamed = !Objects.equals(user.getDisplayName(), name);
        // No session ends for a new role: every request reads the role again (SignedInUserFilter).
        user.change(name, mail, role);
        users.saveAndFlush(user);
        if (renamed) {
            events.publishEvent(new UserRenamed(id));
        }
        return user.toSummary();
    }

    /** Deactivates (the user cannot sign in any more and keeps what they own) or reactivates. */
    @Transactional
    public UserSummary setActive(long id, long expectedVersion, boolean active) {
        AppUser user = load(id);
        user.checkVersion(expectedVersion);
        if (!active && user.isActive() && user.getRole() == Role.ADMIN) {
            refuseIfLastAdmin(id, "active");
        }
        user.setActive(active);
        return users.saveAndFlush(user).toSummary();
    }

    /** Sets a new password the admin gives to the user. */
    @Transactional
    public UserSummary resetPassword(long id, long expectedVersion, String password) {
        AppUser user = load(id);
        user.checkVersion(expectedVersion);
        Validation v = Validation.start();
        PasswordPolicy.check(v, "password", password, UserService.personalWords(user));
        v.throwIfInvalid();
        user.setPasswordHash(passwordEncoder.encode(password));
        user.endSessions();
        return users.saveAndFlush(user).toSummary();
    }

    /**
     * Lets a user whose sign-in is locked after too many failures try again at once, instead of
     * waiting for the lock to end.
     */
    @Transactional
    public void unlockSignIn(long id) {
        throttle.forgetUser(load(id).getUsername());
    }

    private void refuseIfLastAdmin(long id, String field) {
        boolean anotherAdmin = users.lockActiveByRole(Role.ADMIN).stream().anyMatch(u -> u.getId() != id);
        if (!anotherAdmin) {
            throw new ValidationException(field, "validation.user.lastAdmin");
        }
    }

    private AppUser load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }
}
