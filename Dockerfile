# Builds the portal image. The embedded PostgreSQL binaries are left out (-P!embedded-db): in a
# container the portal runs on a PostgreSQL server named by SPRING_DATASOURCE_URL.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -ntp -P '!embedded-db' dependency:go-offline
COPY src src
RUN mvn -B -ntp -P '!embedded-db' -DskipTests package && cp target/migrant-portal-*.jar /portal.jar
# extracted (the application jar beside its libraries): classes load faster than from nested jars
RUN java -Djarmode=tools -jar /portal.jar extract --destination /app

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 portal
USER portal
COPY --from=build /app /app
EXPOSE 8080
# two glibc malloc arenas instead of one per thread: some 35 MB less resident memory
ENV MALLOC_ARENA_MAX=2
# the JVM settings of docs/operations.md: the bean definitions worked out by the build (Spring AOT),
# a small heap and the serial collector (RSS under 400 MB)
ENTRYPOINT ["java", "-Dspring.aot.enabled=true", "-XX:+UseSerialGC", "-Xss512k", "-Xms64m", "-Xmx256m", "-XX:MinHeapFreeRatio=10", \
  "-XX:MaxHeapFreeRatio=30", "-XX:MaxMetaspaceSize=160m", \
  "-XX:ReservedCodeCacheSize=64m", "-XX:MaxDirectMemorySize=32m", "-XX:+ExitOnOutOfMemoryError", \
  "-jar", "/app/portal.jar"]
