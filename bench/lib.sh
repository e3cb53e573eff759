# Shared by the bench scripts: build the jar, start and stop the portal.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

h2_url() { # $1 = file path of the database, without .mv.db
  echo "jdbc:h2:file:$1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
}

bench_jar() {
  local jar
  jar=$(ls "$ROOT"/target/broadsheet-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ] || [ "${BENCH_REBUILD:-0}" = 1 ]; then
    echo "building the jar (./mvnw -q -DskipTests package)..." >&2
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package) >&2
    jar=$(ls "$ROOT"/target/broadsheet-*.jar | grep -v original | head -1)
  fi
  echo "$jar"
}

management_port() { # PORT: Actuator listens 1000 above the public port
  echo $(($1 + 1000))
}

# start_portal LOG PORT CONTENT_DIR DB_PATH [extra args...]; sets PORTAL_PID (BENCH_JAVA: another java)
start_portal() {
  local log=$1 port=$2 content=$3 db=$4
  shift 4
  # shellcheck disable=SC2086 # JAVA_OPTIONS holds several options
  BROADSHEET_CONTENT_DIR="$content" "${BENCH_JAVA:-java}" -Xmx256m ${JAVA_OPTIONS:-} -jar "$JAR" \
    --server.port="$port" --server.address=127.0.0.1 \
    --management.server.port="$(management_port "$port")" --management.server.address=127.0.0.1 \
    --spring.datasource.url="$(h2_url "$db")" \
    --broadsheet.search.index-dir="$db-search-index" --broadsheet.media.cache-dir="$db-media-cache" \
    --management.endpoints.web.exposure.include=health,metrics \
    "$@" >"$log" 2>&1 &
  PORTAL_PID=$!
}

stop_portal() {
  if [ -n "${PORTAL_PID:-}" ] && kill -0 "$PORTAL_PID" 2>/dev/null; then
    kill "$PORTAL_PID"
    wait "$PORTAL_PID" 2>/dev/null || true
  fi
  PORTAL_PID=
}

# wait_for_log LOG PATTERN TIMEOUT_SECONDS: prints the first matching line
wait_for_log() {
  local log=$1 pattern=$2 timeout=$3 waited=0 line
  while [ "$waited" -lt "$((timeout * 10))" ]; do
    line=$(grep -m1 -E "$pattern" "$log" || true)
    if [ -n "$line" ]; then
      echo "$line"
      return 0
    fi
    if ! kill -0 "$PORTAL_PID" 2>/dev/null; then
      echo "the portal exited; last lines of $log:" >&2
      tail -20 "$log" >&2
      return 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  echo "timed out after ${timeout}s waiting for /$pattern/ in $log" >&2
  return 1
}

wait_for_health() { # PORT TIMEOUT_SECONDS (the public port; health is on its management port)
  local i
  for i in $(seq 1 "$(($2 * 5))"); do
    curl -fs "http://127.0.0.1:$(management_port "$1")/actuator/health" 2>/dev/null | grep -q '"UP"' && return 0
    kill -0 "$PORTAL_PID" 2>/dev/null || return 1
    sleep 0.2
  done
  return 1
}

need_tools() { # installs missing Debian packages when run as root, else says what is missing
  local missing=() tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "needs ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}
