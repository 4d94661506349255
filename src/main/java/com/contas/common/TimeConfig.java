package com.contas.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from an injected {@link Clock}, so that "today" can be fixed in tests. With
 * {@code contas.clock.start} (an instant, for browser tests and demos) the application's time
 * starts there and runs on, so that the demo data's buckets do not depend on the real weekday.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock(@Value("${contas.clock.start:}") String start) {
        Clock system = Clock.systemUTC();
        if (start == null || start.isBlank()) {
            return system;
        }
        return Clock.offset(system, Duration.between(system.instant(), Instant.parse(start.strip())));
    }
}
