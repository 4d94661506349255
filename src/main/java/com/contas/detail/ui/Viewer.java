package com.contas.detail.ui;

import com.contas.security.CurrentUser;
import com.contas.security.UserService;
import com.contas.security.UserSummary;
import com.contas.settings.CompanySettings;
import com.contas.settings.SettingsService;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in user looking at an organization's or a person's sections: who they are, how
 * numbers and dates read for them, and the active users their pickers offer (read once, when first
 * needed). The account drawer and the pages each hold one and hand it to their sections.
 */
public final class Viewer implements Serializable {

    private final transient UserService userService;
    private final Long me;
    private final boolean admin;
    private final DetailFormat format;
    private List<UserSummary> users;

    /** @param today the company's today, for "12 days ago" and overdue activities */
    public Viewer(
            UserService userService,
            CurrentUser currentUser,
            SettingsService settings,
            Locale locale,
            LocalDate today) {
        this.userService = userService;
        this.me = currentUser.idOrNull();
        this.admin = currentUser.isAdmin();
        CompanySettings company = settings.get();
        this.format = new DetailFormat(locale, company.timeZone(), company.defaultCurrency(), today);
    }

    /** The signed-in user's id (null for a system call). */
    public Long me() {
        return me;
    }

    /** Whether the viewer is an administrator (who may change and restore anybody's notes and files). */
    public boolean admin() {
        return admin;
    }

    /**
     * Whether the viewer may edit or delete what {@code ownerId} wrote or uploaded: as the services
     * decide ({@code CurrentUser.mayChange}); the screens show the buttons only then.
     */
    public boolean mayChange(long ownerId) {
        return admin || (me != null && me == ownerId);
    }

    public DetailFormat format() {
        return format;
    }

    /** The active users, for owner and assignee pickers. */
    public List<UserSummary> users() {
        if (users == null) {
            users = userService.activeUsers();
        }
        return users;
    }

    /** A user's name: from the active users, or read on its own for someone deactivated. */
    public String userName(long userId) {
        return users().stream()
                .filter(u -> u.id() == userId)
                .map(UserSummary::displayName)
                .findFirst()
                .orElseGet(() -> userService.get(userId).displayName());
    }
}
