# Contas in a container: build the production jar, then run it on a JRE as a non-root user.
# docker build -t contas .   (or: docker compose -f deploy/compose.yaml up)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp clean -Pproduction package -DskipTests && cp target/contas-*.jar /src/contas.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin contas
WORKDIR /app
COPY --from=build /src/contas.jar /app/contas.jar
USER 10001
# The app's port and the management port (health, metrics). The management port listens on every
# interface inside the container so that a balancer on the same network can check readiness; do
# not publish it outside that network.
EXPOSE 8080 8081
ENV SPRING_PROFILES_ACTIVE=postgres \
    MANAGEMENT_ADDRESS=0.0.0.0 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC"
ENTRYPOINT ["java", "-jar", "/app/contas.jar"]
