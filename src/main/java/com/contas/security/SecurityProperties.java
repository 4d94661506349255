package com.contas.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param demoUsers     create the demo users on an empty database and show them on the login page
 * @param adminUsername first administrator's username when there are no demo users
 * @param adminPassword first administrator's password when there are no demo users
 */
@ConfigurationProperties("contas.security")
public record SecurityProperties(boolean demoUsers, String adminUsername, String adminPassword) {

    @Override
    public String toString() {
        return "SecurityProperties[demoUsers=" + demoUsers + ", adminUsername=" + adminUsername + "]";
    }
}
