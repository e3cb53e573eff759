# Broadsheet: build with the Maven wrapper, run the jar's layers as a non-root user.
#   docker build -t broadsheet .
#   docker run -p 8080:8080 -v "$PWD/content:/app/content" -v broadsheet-data:/app/data broadsheet
# Actuator listens on 8081 (BROADSHEET_MANAGEMENT_PORT): publish it only to your monitoring network.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# Dependencies first: this layer is reused until pom.xml or the wrapper changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/broadsheet-*.jar broadsheet.jar \
    && java -Djarmode=tools -jar broadsheet.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system broadsheet && useradd --system --gid broadsheet --home-dir /app broadsheet
WORKDIR /app
# One image layer per jar layer, least changing first: a code change ships only the last.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
# The sample stories, so a bare `docker run` shows a front page; mount your own over it.
COPY --chown=broadsheet:broadsheet content content
RUN mkdir data && chown broadsheet:broadsheet data
# Class data sharing (CDS): a training run records every class it loaded into one archive the
# JVM maps at each start instead of reading the jars (bench/startup.sh). deploy/cds-training.sh
# starts the portal, asks it for the front page, a story and a search (so rendering's classes
# are in the archive too, not only start-up's), then stops it. It runs on a throwaway in-memory
# database and leaves nothing in data/; a JVM that cannot use the archive starts without it. The
# database takes the same PostgreSQL mode as the default file database (the portal's SQL needs it).
COPY deploy/cds-training.sh /tmp/cds-training.sh
RUN bash /tmp/cds-training.sh broadsheet.jar -XX:ArchiveClassesAtExit=broadsheet.jsa \
      --spring.datasource.url="jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      --broadsheet.search.index-dir= --broadsheet.media.cache-dir=/tmp/training-media \
    && rm -rf /tmp/cds-training.sh /tmp/training-media
USER broadsheet
VOLUME ["/app/content", "/app/data"]
ENV BROADSHEET_MANAGEMENT_PORT=8081
EXPOSE 8080 8081
# Liveness on the management port; bash's /dev/tcp needs no curl or wget in the image.
# The start period covers a cold first load (readiness, not liveness, waits for it).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD timeout 4 bash -c 'exec 3<>/dev/tcp/127.0.0.1/${BROADSHEET_MANAGEMENT_PORT} \
    && printf "GET /actuator/health/liveness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 \
    && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/broadsheet.jsa", "-XX:MaxRAMPercentage=75", "-jar", "/app/broadsheet.jar"]
