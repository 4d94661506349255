package com.contas.ops;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every request to the management server (its own port, {@code management.server.port}, bound to
 * 127.0.0.1 by default) goes through this chain and no other: the exposed endpoints ({@code health}
 * and {@code prometheus}, see application.properties) need no sign-in, anything else there is
 * refused. Requests on the app's port never match it, so the endpoints are not reachable through
 * the app, and the app's own rules (every path needs a signed-in user) stay as they are. Stateless:
 * no session, no CSRF token (the endpoints only read).
 */
@Configuration
class ManagementSecurity {

    /** The management server's port once it listens; -1 before (or when it shares the app's port). */
    private volatile int managementPort = -1;

    @EventListener
    void on(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            managementPort = event.getWebServer().getPort();
        }
    }

    private boolean toManagementServer(HttpServletRequest request) {
        return managementPort > 0 && request.getLocalPort() == managementPort;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementServer(HttpSecurity http) throws Exception {
        return http.securityMatcher(this::toManagementServer)
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.toAnyEndpoint())
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }
}
