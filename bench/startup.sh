#!/usr/bin/env bash
# Start-up with the sample content: time from `java` to the first 200 of the story page,
# on an empty database (first start) and on a restart, as `java -jar` and with a CDS
# archive made by deploy/cds-training.sh (`-XX:SharedArchiveFile`, as the Dockerfile does);
# with AOT_JAVA set to the java of a JDK 25 or later, also with that JDK's AOT cache
# (`-XX:AOTCache`, JEP 483/514/515) made by the same training run.
#   bench/startup.sh      # PORT=18096 AOT_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
# Last line: RESULT first_start_s=... restart_s=... restart_cds_s=... [restart_aot_s=...]
set -euo pipefail
. "$(dirname "$0")/lib.sh"

PORT=${PORT:-18096}
SLUG=${SLUG:-lee-jae-myung-visits-china}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-start.XXXXXX")
trap 'stop_portal; rm -rf "$WORK"' EXIT
JAR=${JAR:-$(bench_jar)}

first_200() { # DB [java options...]: seconds from start to the first 200 of the story page
  local db=$1 started
  shift
  started=$(date +%s%N)
  JAVA_OPTIONS="$*" start_portal "$WORK/start.log" "$PORT" "$ROOT/content" "$db"
  for _ in $(seq 1 3000); do
    curl -fs -o /dev/null "http://127.0.0.1:$PORT/articles/$SLUG" && break
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -20 "$WORK/start.log" >&2; exit 1; }
    sleep 0.02
  done
  awk -v ms="$(( ($(date +%s%N) - started) / 1000000 ))" 'BEGIN { printf "%.1f", ms / 1000 }'
  stop_portal
}

first=$(first_200 "$WORK/db/a")
restart=$(first_200 "$WORK/db/a")
echo "java -jar: first start ${first} s, restart ${restart} s" >&2

java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
JAR="$WORK/app/$(basename "$JAR")"
echo "CDS training run (deploy/cds-training.sh, as the Dockerfile)..." >&2
BROADSHEET_CONTENT_DIR="$ROOT/content" "$ROOT/deploy/cds-training.sh" "$JAR" \
  -XX:ArchiveClassesAtExit="$WORK/app/app.jsa" --spring.datasource.url="$(h2_url "$WORK/db/train")" \
  --broadsheet.search.index-dir="$WORK/db/train-index" --broadsheet.media.cache-dir="$WORK/db/train-media" \
  >"$WORK/train.log" 2>&1 || { tail -20 "$WORK/train.log" >&2; exit 1; }
first_200 "$WORK/db/b" -XX:SharedArchiveFile="$WORK/app/app.jsa" >/dev/null
cds=$(first_200 "$WORK/db/b" -XX:SharedArchiveFile="$WORK/app/app.jsa")
echo "extracted jar with CDS: restart ${cds} s (load average $(cut -d' ' -f1 /proc/loadavg))" >&2

aot=
if [ -n "${AOT_JAVA:-}" ]; then
  echo "AOT cache training run ($("$AOT_JAVA" -version 2>&1 | head -1))..." >&2
  BROADSHEET_CONTENT_DIR="$ROOT/content" JAVA="$AOT_JAVA" "$ROOT/deploy/cds-training.sh" "$JAR" \
    -XX:AOTCacheOutput="$WORK/app/app.aot" --spring.datasource.url="$(h2_url "$WORK/db/aot-train")" \
    --broadsheet.search.index-dir="$WORK/db/aot-train-index" --broadsheet.media.cache-dir="$WORK/db/aot-train-media" \
    >"$WORK/aot-train.log" 2>&1 || { tail -20 "$WORK/aot-train.log" >&2; exit 1; }
  BENCH_JAVA="$AOT_JAVA" first_200 "$WORK/db/c" -XX:AOTCache="$WORK/app/app.aot" >/dev/null
  aot=$(BENCH_JAVA="$AOT_JAVA" first_200 "$WORK/db/c" -XX:AOTCache="$WORK/app/app.aot")
  echo "extracted jar with the AOT cache: restart ${aot} s (load average $(cut -d' ' -f1 /proc/loadavg))" >&2
fi
echo "RESULT first_start_s=$first restart_s=$restart restart_cds_s=$cds${aot:+ restart_aot_s=$aot}"
