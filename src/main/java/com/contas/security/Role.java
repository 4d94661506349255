package com.contas.security;

/** What a user may do: USER works the CRM; ADMIN also runs the admin area. */
public enum Role {
    USER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
