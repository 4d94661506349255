package com.contas.account;

import com.contas.common.NotFoundException;
import com.contas.common.StaleVersionException;
import com.contas.common.Validation;
import com.contas.common.ValidationException;
import com.contas.security.CurrentUser;
import com.contas.security.UserSettings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views: what the signed-in user sees (their own and the team's), saving, renaming and
 * deleting (a shared view: its creator or an admin; a private one: its creator), and each user's
 * default view per screen.
 */
@Service
public class SavedViewService {

    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_QUERY_LENGTH = 2000;
    public static final String ENTITY = "View";

    private static final String SELECT = "select v.id, v.screen, v.name, v.query, v.columns, v.shared, v.owner_id, "
            + "u.display_name as owner_name, v.version from saved_view v join app_user u on u.id = v.owner_id ";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserSettings settings;
    private final Clock clock;

    SavedViewService(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, UserSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.settings = settings;
        this.clock = clock;
    }

    /** The user's own views of the screen and the team's shared ones, by name. */
    @Transactional(readOnly = true)
    public List<SavedView> visible(SavedView.Screen screen) {
        return jdbc.query(
                SELECT
                        + "where v.screen = :screen and (v.owner_id = :me or v.shared = true) order by lower(v.name), v.id",
                params(screen),
                (rs, i) -> view(rs));
    }

    /** One view the user may see, if it exists. */
    @Transactional(readOnly = true)
    public Optional<SavedView> find(long id) {
        return jdbc
                .query(
                        SELECT + "where v.id = :id and (v.owner_id = :me or v.shared = true)",
                        new MapSqlParameterSource("id", id).addValue("me", me()),
                        (rs, i) -> view(rs))
                .stream()
                .findFirst();
    }

    /** Saves the current filters, sort and columns under a name (unique among the user's views of the screen). */
    @Transactional
    public SavedView save(SavedView.Screen screen, String name, String query, String columns, boolean shared) {
        Validation v = Validation.start();
        String clean = v.requiredText("name", name, MAX_NAME_LENGTH);
        v.optionalText("query", query, MAX_QUERY_LENGTH);
        v.throwIfInvalid();
        try {
            MapSqlParameterSource p = params(screen)
                    .addValue("name", clean)
                    .addValue("query", query == null ? "" : query)
                    .addValue("columns", columns)
                    .addValue("shared", shared)
                    .addValue("now", Timestamp.from(clock.instant()));
            jdbc.update(
                    "insert into saved_view (screen, name, query, columns, shared, owner_id, created_at) "
                            + "values (:screen, :name, :query, :columns, :shared, :me, :now)",
                    p);
        } catch (DuplicateKeyException taken) {
            throw new ValidationException("name", "validation.view.nameTaken", clean);
        }
        return visible(screen).stream()
                .filter(view -> view.mine() && view.name().equals(clean))
                .findFirst()
                .orElseThrow();
    }

    /** Renames a view the user may change. */
    @Transactional
    public void rename(long id, long expectedVersion, String name) {
        SavedView view = changeable(id);
        Validation v = Validation.start();
        String clean = v.requiredText("name", name, MAX_NAME_LENGTH);
        v.throwIfInvalid();
        try {
            if (jdbc.update(
                            "update saved_view set name = :name, version = version + 1 where id = :id and version = :version",
                            new MapSqlParameterSource("name", clean)
                                    .addValue("id", id)
                                    .addValue("version", expectedVersion))
                    == 0) {
                throw new StaleVersionException(ENTITY, view.id());
            }
        } catch (DuplicateKeyException taken) {
            throw new ValidationException("name", "validation.view.nameTaken", clean);
        }
    }

    /** Deletes a view the user may change; whoever had it as their default falls back to none. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        changeable(id);
        if (jdbc.update(
                        "delete from saved_view where id = :id and version = :version",
                        new MapSqlParameterSource("id", id).addValue("version", expectedVersion))
                == 0) {
            throw new StaleVersionException(ENTITY, id);
        }
    }

    /** The user's default view of a screen, opened when the screen's address names no filter. */
    @Transactional(readOnly = true)
    public Optional<SavedView> defaultView(SavedView.Screen screen) {
        return settings.get(defaultKey(screen)).flatMap(id -> {
            try {
                return find(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /** Makes a view the user's default for its screen (null: none). */
    @Transactional
    public void setDefault(SavedView.Screen screen, Long viewId) {
        if (viewId == null) {
            settings.remove(defaultKey(screen));
        } else {
            SavedView view = find(viewId).orElseThrow(() -> new NotFoundException(ENTITY, viewId));
            settings.put(defaultKey(view.screen()), String.valueOf(view.id()));
        }
    }

    /** Whether the signed-in user may rename or delete the view. */
    @Transactional(readOnly = true)
    public boolean mayChange(SavedView view) {
        return view.mine() || (view.shared() && currentUser.isAdmin());
    }

    private SavedView changeable(long id) {
        SavedView view = find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!mayChange(view)) {
            throw new AccessDeniedException("Only its creator or an administrator may change a shared view");
        }
        return view;
    }

    private static String defaultKey(SavedView.Screen screen) {
        return "accounts.defaultView." + screen.name();
    }

    private MapSqlParameterSource params(SavedView.Screen screen) {
        return new MapSqlParameterSource("screen", screen.name()).addValue("me", me());
    }

    private long me() {
        Long me = currentUser.idOrNull();
        if (me == null) {
            throw new AccessDeniedException("Saved views belong to a signed-in user");
        }
        return me;
    }

    private SavedView view(ResultSet rs) throws SQLException {
        long owner = rs.getLong("owner_id");
        return new SavedView(
                rs.getLong("id"),
                SavedView.Screen.valueOf(rs.getString("screen")),
                rs.getString("name"),
                rs.getString("query"),
                rs.getString("columns"),
                rs.getBoolean("shared"),
                owner,
                rs.getString("owner_name"),
                owner == me(),
                rs.getLong("version"));
    }
}
