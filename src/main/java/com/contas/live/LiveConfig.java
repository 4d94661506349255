package com.contas.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How live updates travel: through PostgreSQL when the app runs on it (several instances share
 * it), in-process otherwise. {@code contas.live.transport=local|postgres} overrides the choice.
 */
@Configuration
class LiveConfig {

    @Bean
    LiveTransport liveTransport(Environment env, JdbcTemplate jdbc, ObjectMapper json) {
        String url = env.getProperty("spring.datasource.url", "");
        String transport = env.getProperty("contas.live.transport", "auto");
        boolean postgres =
                "postgres".equals(transport) || ("auto".equals(transport) && url.startsWith("jdbc:postgresql:"));
        if (!postgres) {
            return new LocalTransport();
        }
        return new PostgresTransport(
                jdbc,
                json,
                url,
                env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password"));
    }
}
