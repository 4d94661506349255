package com.contas.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether the demo users are created is {@link com.contas.common.DemoMode}'s to say
 * ({@code contas.security.demo-users}).
 *
 * @param adminUsername first administrator's username when there are no demo users
 * @param adminPassword first administrator's password when there are no demo users
 */
@ConfigurationProperties("contas.security")
public record SecurityProperties(String adminUsername, String adminPassword) {

    @Override
    public String toString() {
        return "SecurityProperties[adminUsername=" + adminUsername + "]";
    }
}
