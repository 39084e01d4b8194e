# syntax=docker/dockerfile:1
# Bangfu: production build (Vaadin frontend bundle + Spring Boot jar), then a JRE-only runtime image.
#   docker build -t bangfu .      or      docker compose up --build

# ---- build ---------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build

# Node.js for the Vaadin production build. Vaadin 24.9 needs Node 20 or newer; the base image's own nodejs
# package (Ubuntu 24.04: 18.x) is too old, and Vaadin would then download a Node of its own. So Node 22 comes
# from the NodeSource apt repository; its nodejs package includes npm.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl gnupg unzip \
 && mkdir -p /etc/apt/keyrings \
 && curl -fsSL https://deb.nodesource.com/gpgkey/nodesource-repo.gpg.key \
      | gpg --dearmor -o /etc/apt/keyrings/nodesource.gpg \
 && echo "deb [signed-by=/etc/apt/keyrings/nodesource.gpg] https://deb.nodesource.com/node_22.x nodistro main" \
      > /etc/apt/sources.list.d/nodesource.list \
 && apt-get update \
 && apt-get install -y --no-install-recommends nodejs \
 && rm -rf /var/lib/apt/lists/* \
 && node --version && npm --version

WORKDIR /workspace
# Only what the build needs (no target/, data/, node_modules/ or .git from the build context).
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY bpmn/ bpmn/
COPY src/ src/

# The cache mount keeps ~/.m2 (Maven itself and the dependencies) between builds.
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw \
 && ./mvnw -B -Pproduction -DskipTests package \
 && cp target/bangfu-*.jar /workspace/bangfu.jar

# ---- runtime -------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

# Business dates (the grading year, approval due dates) follow the JVM's time zone: China Standard Time.
ENV TZ=Asia/Shanghai

# curl for the compose healthcheck (GET /actuator/health/readiness).
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 bangfu \
 && useradd --system --uid 10001 --gid bangfu --home-dir /app --shell /usr/sbin/nologin bangfu \
 && mkdir -p /app/data \
 && chown -R bangfu:bangfu /app

WORKDIR /app
COPY --from=build /workspace/bangfu.jar /app/bangfu.jar

# /app/data is only used by the H2 default; with SPRING_PROFILES_ACTIVE=postgres nothing is written here.
USER bangfu:bangfu
EXPOSE 8080
# JVM options: set JAVA_TOOL_OPTIONS (read by the JVM itself), e.g. -XX:MaxRAMPercentage=75.
ENTRYPOINT ["java", "-jar", "/app/bangfu.jar"]
