package com.contas.security;

import java.io.Serializable;

/** What the admin's users list shows: text in the username, name or e-mail; active or not (optional). */
public record UserFilter(String search, Boolean active) implements Serializable {

    public static final UserFilter ALL = new UserFilter(null, null);
}
