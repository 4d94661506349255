package com.contas.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files agree with the application's configuration: ports, profile, the readiness
 * path the balancer and the container checks ask for, stickiness, WebSocket timeouts, a non-root
 * image. (No container runtime on the build machine: the files are parsed, not run; HAProxy's own
 * check of deploy/haproxy.cfg runs in .ci/run.)
 */
class DeploymentFilesTest {

    private static final String READINESS = "/actuator/health/readiness";

    private static String read(String file) throws IOException {
        return Files.readString(Path.of(file));
    }

    private static Properties application() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DeploymentFilesTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        return properties;
    }

    /** The default of a {@code ${ENV:default}} property value. */
    private static String defaultOf(String value) {
        Matcher m = Pattern.compile("\\$\\{[A-Z_]+:([^}]*)}").matcher(value);
        return m.matches() ? m.group(1) : value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> compose() throws IOException {
        return (Map<String, Object>) new Yaml().load(read("deploy/compose.yaml"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) throws IOException {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    @Test
    void the_applications_ports_are_the_ones_the_deployment_files_use() throws IOException {
        String appPort = defaultOf(application().getProperty("server.port"));
        String managementPort = defaultOf(application().getProperty("management.server.port"));
        assertThat(appPort).isEqualTo("8080");
        assertThat(managementPort).isEqualTo("8081");

        assertThat(read("Dockerfile")).contains("EXPOSE " + appPort + " " + managementPort);
        for (String app : List.of("app1", "app2")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> env = (Map<String, Object>) service(app).get("environment");
            assertThat(env).containsEntry("PORT", appPort).containsEntry("MANAGEMENT_PORT", managementPort);
            assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "postgres");
            // The balancer forwards the client's address; the app must read it (sign-in throttling per address).
            assertThat(read("deploy/haproxy.cfg")).contains("option forwardfor");
            assertThat(env).containsEntry("SERVER_FORWARD_HEADERS_STRATEGY", "native");
            assertThat(service(app))
                    .as(app + " publishes no port: only the balancer reaches it")
                    .doesNotContainKey("ports");
            assertThat(service(app).get("healthcheck").toString())
                    .contains("/dev/tcp/127.0.0.1/" + managementPort)
                    .contains(READINESS);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> lb = (Map<String, Object>) service("lb").get("environment");
        assertThat(lb)
                .containsEntry("APP1_ADDR", "app1:" + appPort)
                .containsEntry("APP2_ADDR", "app2:" + appPort)
                .containsEntry("APP1_MGMT_PORT", managementPort)
                .containsEntry("APP2_MGMT_PORT", managementPort);
    }

    @Test
    void the_balancer_checks_readiness_keeps_sessions_sticky_and_lets_websockets_live() throws IOException {
        String cfg = read("deploy/haproxy.cfg");
        assertThat(cfg).contains("option httpchk GET " + READINESS);
        // A draining instance answers readiness with 404 (application.properties): its users stay.
        assertThat(cfg).contains("http-check disable-on-404").doesNotContain("http-check expect");
        assertThat(cfg).containsPattern("cookie \\S+ insert indirect nocache");
        assertThat(cfg).containsPattern("timeout tunnel \\d+h");
        assertThat(cfg).contains("server app1 \"${APP1_ADDR}\" check port \"${APP1_MGMT_PORT}\" cookie app1");
        assertThat(cfg).contains("server app2 \"${APP2_ADDR}\" check port \"${APP2_MGMT_PORT}\" cookie app2");
    }

    @Test
    void the_readiness_path_is_one_the_application_serves() throws IOException {
        Properties properties = application();
        assertThat(properties.getProperty("management.endpoint.health.probes.enabled"))
                .isEqualTo("true");
        assertThat(properties.getProperty("management.endpoints.web.exposure.include"))
                .contains("health");
        assertThat(properties.getProperty("management.endpoint.health.group.readiness.include"))
                .contains("db")
                .contains("liveUpdates");
        assertThat(properties.getProperty(
                        "management.endpoint.health.group.readiness.status.http-mapping.out-of-service"))
                .isEqualTo("404");
    }

    @Test
    void the_image_is_built_in_two_stages_and_runs_as_a_user_that_is_not_root() throws IOException {
        List<String> lines = read("Dockerfile").lines().map(String::strip).toList();
        assertThat(lines.stream().filter(l -> l.startsWith("FROM "))).hasSize(2);
        String user = lines.stream()
                .filter(l -> l.startsWith("USER "))
                .reduce((first, second) -> second)
                .orElseThrow();
        assertThat(user).isNotIn("USER root", "USER 0");
        assertThat(lines).anyMatch(l -> l.contains("-XX:MaxRAMPercentage"));
        assertThat(lines).anyMatch(l -> l.contains("SPRING_PROFILES_ACTIVE=postgres"));
    }

    @Test
    void the_database_of_the_compose_file_is_the_one_the_instances_use() throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> db = (Map<String, Object>) service("db").get("environment");
        @SuppressWarnings("unchecked")
        Map<String, Object> app = (Map<String, Object>) service("app1").get("environment");
        assertThat(app.get("DB_URL")).isEqualTo("jdbc:postgresql://db:5432/" + db.get("POSTGRES_DB"));
        assertThat(app.get("DB_USER")).isEqualTo(db.get("POSTGRES_USER"));
    }
}
