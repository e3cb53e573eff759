# Broadsheet: build with the Maven wrapper, run the jar as a non-root user.
#   docker build -t broadsheet .
#   docker run -p 8080:8080 -v "$PWD/content:/app/content" -v broadsheet-data:/app/data broadsheet

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# Dependencies first: this layer is reused until pom.xml or the wrapper changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/broadsheet-*.jar broadsheet.jar

FROM eclipse-temurin:17-jre
RUN groupadd --system broadsheet && useradd --system --gid broadsheet --home-dir /app broadsheet
WORKDIR /app
COPY --from=build /build/broadsheet.jar broadsheet.jar
# The sample stories, so a bare `docker run` shows a front page; mount your own over it.
COPY --chown=broadsheet:broadsheet content content
RUN mkdir data && chown broadsheet:broadsheet data
USER broadsheet
VOLUME ["/app/content", "/app/data"]
EXPOSE 8080
# bash's /dev/tcp needs no curl or wget in the image.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD timeout 4 bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 \
    && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 \
    && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/broadsheet.jar"]
