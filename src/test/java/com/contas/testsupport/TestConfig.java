package com.contas.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestConfig {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }

    @Bean
    static StatementCounter statementCounter() {
        return new StatementCounter();
    }

    @Bean
    Accounts accounts(
            com.contas.organization.OrganizationService organizations,
            com.contas.deal.DealService deals,
            com.contas.activity.ActivityService activities) {
        return new Accounts(organizations, deals, activities);
    }

    @Bean
    TestData testData(
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            com.contas.security.UserService users,
            com.contas.settings.SettingsService settings,
            org.springframework.security.core.userdetails.UserDetailsService userDetails,
            com.contas.live.LiveUpdates live) {
        return new TestData(jdbc, users, settings, userDetails, live);
    }
}
