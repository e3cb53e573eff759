#!/usr/bin/env bash
# Two portals on one PostgreSQL behind an nginx upstream, all on 127.0.0.1, no Docker:
# story-page req/s through nginx with one instance and with two, and the delay before a
# story changed in the shared folder shows on each instance.
#   bench/cluster.sh      # DURATION=10s CONNECTIONS=32 THREADS=2
# Needs PostgreSQL's server binaries (initdb, pg_ctl: Debian's postgresql), nginx, wrk.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SLUG=${SLUG:-lee-jae-myung-visits-china}
PG_PORT=${PG_PORT:-18191}
PORT_A=${PORT_A:-18192}
PORT_B=${PORT_B:-18193}
ONE_PORT=${ONE_PORT:-18194}
TWO_PORT=${TWO_PORT:-18195}
PG_BIN=${PG_BIN:-$(dirname "$(command -v initdb || echo /usr/lib/postgresql/15/bin/initdb)")}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
for tool in "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$NGINX" "$(command -v wrk || true)"; do
  [ -x "$tool" ] || { echo "needs initdb/pg_ctl (postgresql), nginx and wrk" >&2; exit 1; }
done

WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-cluster.XXXXXX")
chmod 755 "$WORK"
PIDS=()
PG_STARTED=
NGINX_STARTED=
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "$NGINX_STARTED" ] && "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true
  [ -n "$PG_STARTED" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
JAR=${BENCH_JAR:-$(bench_jar)}

# A private PostgreSQL on a port and socket folder of its own
mkdir -p "$WORK/pg"
[ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/server.log" -w \
  -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
PG_STARTED=1
psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "create database broadsheet" >/dev/null

# One shared content folder (a copy, as editors write back into it)
cp -r "$ROOT/content" "$WORK/content"

start_instance() { # NAME PORT
  SPRING_PROFILES_ACTIVE=postgres BROADSHEET_CONTENT_DIR="$WORK/content" \
    BROADSHEET_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/broadsheet" BROADSHEET_DB_USER=postgres \
    BROADSHEET_DB_PASSWORD= BROADSHEET_SEARCH_INDEX_DIR="$WORK/index-$1" \
    java -Xmx256m -jar "$JAR" --server.port="$2" --server.address=127.0.0.1 \
    --broadsheet.trusted-proxies=127.0.0.1 >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  PORTAL_PID=$!
}
ready() { # PORT
  local i
  for i in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/articles/$SLUG" && return 0
    sleep 0.2
  done
  return 1
}
start_instance a "$PORT_A"
start_instance b "$PORT_B"
ready "$PORT_A" && ready "$PORT_B" || { echo "an instance did not come up" >&2; tail -20 "$WORK"/a.log "$WORK"/b.log >&2; exit 1; }
stories=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d broadsheet -tAc "select count(*) from article")
files=$(find "$WORK/content" -name '*.md' | wc -l)
echo "import: $stories stories stored from $files files; errors in the logs: $(grep -c ' ERROR ' "$WORK"/a.log "$WORK"/b.log | paste -sd' ')"

mkdir -p "$WORK/nginx/logs"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  upstream one { server 127.0.0.1:$PORT_A; keepalive 64; }
  upstream two { server 127.0.0.1:$PORT_A; server 127.0.0.1:$PORT_B; keepalive 64; }
  proxy_http_version 1.1;
  proxy_set_header Connection "";
  proxy_set_header Host \$http_host;
  proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
  server { listen 127.0.0.1:$ONE_PORT; location / { proxy_pass http://one; } }
  server { listen 127.0.0.1:$TWO_PORT; location / { proxy_pass http://two; } }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
NGINX_STARTED=1

rate() { # PORT
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" "http://127.0.0.1:$1/articles/$SLUG" | awk '/Requests\/sec/ {print $2}'
}
wrk -t1 -c4 -d3s "http://127.0.0.1:$TWO_PORT/articles/$SLUG" >/dev/null
echo "story page via nginx, one instance:  $(rate "$ONE_PORT") req/s (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
echo "story page via nginx, two instances: $(rate "$TWO_PORT") req/s"

# Propagation: change a story's title in the shared folder; both instances watch it, one
# imports under the cluster lock, the other learns of the change by NOTIFY.
file=$(find "$WORK/content" -name "$SLUG.md" | head -1)
[ -n "$file" ] || { echo "no $SLUG.md in the content folder" >&2; exit 1; }
path="/articles/$SLUG"
lines_a=$(wc -l <"$WORK/a.log")
lines_b=$(wc -l <"$WORK/b.log")
marker="Changed at $(date +%s%N)"
start=$(date +%s%N)
sed -i "0,/^title: .*/s//title: $marker/" "$file"
seen_a= seen_b=
for _ in $(seq 1 1500); do
  now=$(date +%s%N)
  [ -z "$seen_a" ] && curl -fs "http://127.0.0.1:$PORT_A$path" | grep -q "$marker" && seen_a=$(((now - start) / 1000000))
  [ -z "$seen_b" ] && curl -fs "http://127.0.0.1:$PORT_B$path" | grep -q "$marker" && seen_b=$(((now - start) / 1000000))
  [ -n "$seen_a" ] && [ -n "$seen_b" ] && break
  sleep 0.01
done
importer=
tail -n +"$((lines_a + 1))" "$WORK/a.log" | grep -q "Content loaded: 1 loaded" && importer=a
tail -n +"$((lines_b + 1))" "$WORK/b.log" | grep -q "Content loaded: 1 loaded" && importer=${importer:+$importer,}b
echo "propagation: file changed -> shown on a after ${seen_a:-?} ms, on b after ${seen_b:-?} ms" \
  "(includes the watcher's 500 ms debounce and the import, by ${importer:-?}; the other learns by NOTIFY)"
if [ -n "${VERBOSE:-}" ]; then
  tail -n +"$((lines_a + 1))" "$WORK/a.log" | sed 's/^/a: /'
  tail -n +"$((lines_b + 1))" "$WORK/b.log" | sed 's/^/b: /'
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
