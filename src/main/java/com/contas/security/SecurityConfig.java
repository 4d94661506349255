package com.contas.security;

import com.contas.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every route needs a signed-in user; the login view is the only open page. Uses the
 * {@code VaadinSecurityConfigurer} form because {@code VaadinWebSecurity} is deprecated for
 * removal in Vaadin 24.9. Spring Security changes the session id at sign-in (session fixation);
 * the configurer keeps Spring's CSRF protection on for every request that is not Vaadin's own
 * (Vaadin checks its own token on those) and invalidates the session at sign-out. Every request
 * reads the signed-in user again: deactivated or with a new password, they are signed out; with a
 * new role, the request runs with it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * As strict as Vaadin Flow 24 allows. Scripts need 'unsafe-inline' (the bootstrap page starts the
     * client engine with an inline script) and 'unsafe-eval' (the engine builds functions from the
     * expressions the server sends); styles need 'unsafe-inline' (components and the theme inject
     * style attributes and elements). connect-src 'self' covers push: since CSP level 3 'self' also
     * matches ws: and wss: on the same host and port, so no other host can be reached. Images and
     * fonts also come as data: and blob: URLs (Lumo icons, previews of uploads). Nothing may frame
     * the app, load plugins, change the base URL or post a form elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignedInUserCheck signedInUsers) throws Exception {
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        http.addFilterBefore(new SignedInUserFilter(signedInUsers), AuthorizationFilter.class);
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    SignInProvider signInProvider(
            DatabaseUserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        return new SignInProvider(users, passwordEncoder, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
