package com.contas.security;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's small preferences, kept in the database so they follow the user. */
@Service
public class UserSettings {

    public static final int MAX_VALUE_LENGTH = 4000;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    UserSettings(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public Optional<String> get(String name) {
        Long user = currentUser.idOrNull();
        if (user == null) {
            return Optional.empty();
        }
        return jdbc
                .queryForList("select value from user_setting where user_id = ? and name = ?", String.class, user, name)
                .stream()
                .findFirst();
    }

    /** Saves a preference of the signed-in user (nothing for system work). */
    @Transactional
    public void put(String name, String value) {
        Long user = currentUser.idOrNull();
        if (user == null || value == null || value.length() > MAX_VALUE_LENGTH) {
            return;
        }
        if (jdbc.update("update user_setting set value = ? where user_id = ? and name = ?", value, user, name) == 0) {
            jdbc.update("insert into user_setting (user_id, name, value) values (?, ?, ?)", user, name, value);
        }
    }

    /** Forgets a preference of the signed-in user. */
    @Transactional
    public void remove(String name) {
        Long user = currentUser.idOrNull();
        if (user != null) {
            jdbc.update("delete from user_setting where user_id = ? and name = ?", user, name);
        }
    }
}
