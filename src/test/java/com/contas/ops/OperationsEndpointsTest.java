package com.contas.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.contas.testsupport.TestConfig;
import com.contas.testsupport.TestDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The management port as an operator and a balancer use it, over real HTTP: liveness, readiness and
 * Prometheus metrics without a sign-in; nothing else exposed, no details in health; and none of it
 * through the app's own port.
 */
@AutoConfigureObservability(tracing = false) // metrics export is off in tests unless asked for
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(TestConfig.class)
class OperationsEndpointsTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int appPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    Environment environment;

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void liveness_and_readiness_answer_up_on_the_management_port_without_a_sign_in() throws Exception {
        assertThat(managementPort).isNotEqualTo(appPort);

        HttpResponse<String> live = get(managementPort, "/actuator/health/liveness");
        HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");

        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void the_management_port_binds_to_the_loopback_address_by_default() {
        // The test profile only changes the port; the address is the application's default.
        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void prometheus_metrics_cover_requests_sessions_push_pool_moves_live_updates_and_the_summary() throws Exception {
        get(appPort, "/login"); // one request, so that the request timer exists

        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_bucket")
                .contains("contas_vaadin_sessions")
                .contains("contas_vaadin_uis")
                .contains("contas_vaadin_push_connections")
                .contains("hikaricp_connections_active")
                .contains("hikaricp_connections_pending")
                .contains("hikaricp_connections_acquire_seconds")
                .contains("contas_board_moves_total")
                .contains("contas_live_lag_seconds")
                .contains("contas_live_deliveries_total")
                .contains("contas_live_screens")
                .contains("contas_summary_upkeep_seconds")
                .contains("contas_summary_drift_total");
    }

    @Test
    void no_endpoint_that_reveals_data_or_configuration_is_exposed() throws Exception {
        for (String path : new String[] {
            "/actuator", "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump",
            "/actuator/threaddump", "/actuator/loggers", "/actuator/mappings", "/actuator/metrics", "/actuator/info"
        }) {
            HttpResponse<String> response = get(managementPort, path);
            assertThat(response.statusCode()).as(path).isIn(403, 404);
            assertThat(response.body()).as(path).doesNotContain("spring.").doesNotContain("jvm_");
        }
        HttpResponse<String> health = get(managementPort, "/actuator/health");
        assertThat(health.body())
                .doesNotContain("components")
                .doesNotContain("details")
                .doesNotContain("db");
    }

    @Test
    void the_apps_own_port_does_not_serve_the_endpoints() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/prometheus"}) {
            HttpResponse<String> response = get(appPort, path);
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("\"status\"").doesNotContain("jvm_");
        }
    }

    private static HttpResponse<String> send(int port, String method, String path)
            throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_drain_answers_readiness_with_404_so_the_balancer_keeps_its_users_here_and_a_cancel_brings_it_back()
            throws Exception {
        try {
            HttpResponse<String> started = send(managementPort, "POST", "/actuator/drain");
            assertThat(started.statusCode()).isEqualTo(200);
            assertThat(started.body())
                    .contains("\"draining\":true")
                    .contains("\"sessions\":")
                    .contains("\"tabs\":")
                    .contains("\"working\":0");

            HttpResponse<String> ready = get(managementPort, "/actuator/health/readiness");
            assertThat(ready.statusCode()).isEqualTo(404);
            assertThat(ready.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
            assertThat(get(managementPort, "/actuator/health/liveness").statusCode())
                    .isEqualTo(200);
            assertThat(get(managementPort, "/actuator/drain").body()).contains("\"draining\":true");
        } finally {
            HttpResponse<String> cancelled = send(managementPort, "DELETE", "/actuator/drain");
            assertThat(cancelled.statusCode()).isEqualTo(200);
            assertThat(cancelled.body()).contains("\"draining\":false");
        }
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);
    }

    @Test
    void the_drain_cannot_be_reached_through_the_apps_own_port() throws Exception {
        HttpResponse<String> response = send(appPort, "POST", "/actuator/drain");

        assertThat(response.statusCode()).isNotEqualTo(200);
        assertThat(get(managementPort, "/actuator/health/readiness").statusCode())
                .isEqualTo(200);
    }
}
