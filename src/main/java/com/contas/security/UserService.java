package com.contas.security;

import com.contas.common.NotFoundException;
import com.contas.common.Validation;
import com.contas.security.domain.AppUser;
import com.contas.security.domain.AppUserRepository;
import com.contas.security.domain.SessionState;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users: who can sign in, and who can own or be assigned CRM records. */
@Service
public class UserService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Creates a user; usernames are unique and case-insensitive (stored in lower case). */
    @Transactional
    public UserSummary create(NewUser input) {
        Validation v = Validation.start();
        String username = v.requiredText("username", input.username(), 100);
        if (username != null && !username.matches("[A-Za-z0-9._@-]+")) {
            v.add("username", "validation.username");
        }
        String displayName = v.requiredText("displayName", input.displayName(), 255);
        String email = v.optionalText("email", input.email(), 255);
        if (email != null && !Validation.isPlainEmail(email)) {
            v.add("email", "validation.email", email);
        }
        v.required("role", input.role());
        PasswordPolicy.check(v, "password", input.password(), Arrays.asList(username, displayName, email));
        if (username != null
                && !v.hasProblem("username")
                && users.findByUsername(username.toLowerCase()).isPresent()) {
            v.add("username", "validation.usernameTaken");
        }
        v.throwIfInvalid();
        AppUser user = new AppUser(
                username.toLowerCase(),
                displayName,
                email,
                passwordEncoder.encode(input.password()),
                input.role(),
                clock.instant());
        return users.save(user).toSummary();
    }

    /**
     * The demo users, with their demo passwords (shown on the login page, shorter than the policy
     * allows: nobody typed them). Only for an empty database in demo mode.
     */
    @Transactional
    void createDemoUsers() {
        for (DemoUser demo : DemoUser.values()) {
            users.save(new AppUser(
                    demo.username(),
                    demo.displayName(),
                    demo.username() + "@contas.example",
                    passwordEncoder.encode(demo.password()),
                    demo.role(),
                    clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findByUsername(String username) {
        return users.findByUsername(username == null ? "" : username.toLowerCase())
                .map(AppUser::toSummary);
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return users.findById(id).map(AppUser::toSummary).orElseThrow(() -> new NotFoundException("User", id));
    }

    /** Active users, for owner and assignee pickers. */
    @Transactional(readOnly = true)
    public List<UserSummary> activeUsers() {
        return users.findByActiveTrueOrderByDisplayNameAsc().stream()
                .map(AppUser::toSummary)
                .toList();
    }

    /**
     * The role a session of the user that signed in at {@code epoch} has now, or empty when the
     * session must end: the user is gone, deactivated, or their password changed since. Read on
     * every request, so a role change takes effect at the user's next request. One primary-key
     * lookup.
     */
    @Transactional(readOnly = true)
    public Optional<Role> sessionRole(long id, int epoch) {
        return users.sessionState(id)
                .filter(s -> s.active() && s.epoch() == epoch)
                .map(SessionState::role);
    }

    /**
     * The signed-in user changes their own password: the current one is required, the new one is
     * typed twice. Every session of the user ends except the one asking (the caller keeps it with
     * {@link CurrentUser#keepSessionAfterPasswordChange(int)}).
     *
     * @return the new session epoch
     */
    @Transactional
    public int changeOwnPassword(long id, String currentPassword, String newPassword, String repeated) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        Validation v = Validation.start();
        if (currentPassword == null || currentPassword.isEmpty()) {
            v.add("currentPassword", "validation.required");
        } else if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            v.add("currentPassword", "validation.password.wrong");
        }
        PasswordPolicy.check(v, "newPassword", newPassword, personalWords(user));
        if (newPassword != null && !newPassword.equals(repeated)) {
            v.add("repeatedPassword", "validation.password.mismatch");
        }
        v.throwIfInvalid();
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.endSessions();
        users.saveAndFlush(user);
        return user.getSessionEpoch();
    }

    /** The language the user chose in "My account"; empty: the browser's. One primary-key lookup. */
    @Transactional(readOnly = true)
    public Optional<Language> language(long id) {
        return users.findById(id).map(AppUser::getLanguage).flatMap(Language::ofTag);
    }

    /**
     * The user chooses their language by its tag ("en", "pt-BR"), or the browser's (null or
     * blank). Any other value is refused: the screens only have the supported ones.
     */
    @Transactional
    public Optional<Language> changeOwnLanguage(long id, String tag) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("User", id));
        Optional<Language> language = tag == null || tag.isBlank() ? Optional.empty() : Language.ofTag(tag);
        if (language.isEmpty() && tag != null && !tag.isBlank()) {
            Validation.start().add("language", "validation.language").throwIfInvalid();
        }
        user.setLanguage(language.map(Language::tag).orElse(null));
        users.saveAndFlush(user);
        return language;
    }

    /** What the user is called: a password made of it is easy to guess. */
    static List<String> personalWords(AppUser user) {
        return Arrays.asList(user.getUsername(), user.getDisplayName(), user.getEmail());
    }

    /** True when the id names an active user: owners and assignees must be active users. */
    @Transactional(readOnly = true)
    public boolean isActiveUser(Long id) {
        return id != null && users.existsByIdAndActiveTrue(id);
    }

    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    /** Input for {@link #create(NewUser)}. */
    public record NewUser(String username, String displayName, String email, String password, Role role) {

        @Override
        public String toString() {
            return "NewUser[" + username + ", " + role + "]";
        }
    }
}
