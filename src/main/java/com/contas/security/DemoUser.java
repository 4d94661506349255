package com.contas.security;

/** The users of demo mode; their passwords are shown on the login page in that mode only. */
public enum DemoUser {
    ADMIN("admin", "Beatriz Almeida", "admin123", Role.ADMIN),
    USER("user", "Lucas Ferreira", "user1234", Role.USER),
    SALES_1("mariana", "Mariana Costa", "demo1234", Role.USER),
    SALES_2("james", "James Walker", "demo1234", Role.USER),
    SALES_3("sofia", "Sofia Ribeiro", "demo1234", Role.USER);

    private final String username;
    private final String displayName;
    private final String password;
    private final Role role;

    DemoUser(String username, String displayName, String password, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.password = password;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String password() {
        return password;
    }

    public Role role() {
        return role;
    }

    /** The two accounts shown on the login page. */
    public boolean shownOnLogin() {
        return this == ADMIN || this == USER;
    }

    @Override
    public String toString() {
        return username;
    }
}
