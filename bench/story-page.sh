#!/usr/bin/env bash
# Story-page throughput and tail: the seed story served by the portal against the same HTML
# saved as a static file and served by nginx, both on 127.0.0.1, measured with wrk in
# alternating rounds of one run (the machine's noise hits both alike).
#   bench/story-page.sh      # DURATION=15s CONNECTIONS=32 THREADS=2 WARMUP=20s ROUNDS=3
# Last line: RESULT ratio_pct_min=... ratio_pct_max=... portal_p99_ms_max=... nginx_p99_ms_max=...
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-15s}
ROUNDS=${ROUNDS:-3}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SLUG=${SLUG:-lee-jae-myung-visits-china}
PAGE=${PAGE:-/articles/$SLUG}
APP_PORT=${APP_PORT:-18091}
NGINX_PORT=${NGINX_PORT:-18092}

need_tools nginx wrk
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-page.XXXXXX")
chmod 755 "$WORK"
NGINX_STARTED=
cleanup() {
  stop_portal
  if [ -n "$NGINX_STARTED" ]; then "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=${JAR:-$(bench_jar)}
start_portal "$WORK/portal.log" "$APP_PORT" "$ROOT/content" "$WORK/db/broadsheet"
wait_for_health "$APP_PORT" 120 || { echo "portal did not come up" >&2; tail -20 "$WORK/portal.log" >&2; exit 1; }
URL="http://127.0.0.1:$APP_PORT$PAGE"
for _ in $(seq 1 50); do curl -fs -o /dev/null "$URL" && break; sleep 0.2; done

mkdir -p "$WORK/www$PAGE" "$WORK/nginx/logs"
curl -fs "$URL" -o "$WORK/www$PAGE/index.html"
chmod -R a+rX "$WORK/www"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    location / { try_files \$uri \$uri/index.html =404; }
  }
}
CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
NGINX_STARTED=1
STATIC="http://127.0.0.1:$NGINX_PORT$PAGE/"
curl -fs -o /dev/null "$STATIC"

measure() { # DURATION URL: one wrk run, its RESULT line
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" -s "$ROOT/bench/latency.lua" "$2" | grep '^RESULT'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

echo "page size: $(wc -c <"$WORK/www$PAGE/index.html") bytes; warming the portal up for ${WARMUP:-20s}..." >&2
measure "${WARMUP:-20s}" "$URL" >/dev/null
ratios=() app_p99s=() static_p99s=()
for round in $(seq 1 "$ROUNDS"); do
  app=$(measure "$DURATION" "$URL")
  static=$(measure "$DURATION" "$STATIC")
  ratio=$(awk -v a="$(field "$app" rps)" -v s="$(field "$static" rps)" 'BEGIN { printf "%.0f", 100 * a / s }')
  ratios+=("$ratio") app_p99s+=("$(field "$app" p99_ms)") static_p99s+=("$(field "$static" p99_ms)")
  printf 'round %s: portal %6.0f req/s p99 %6.2f ms | nginx %6.0f req/s p99 %6.2f ms | %s%% (load %s)\n' "$round" \
    "$(field "$app" rps)" "$(field "$app" p99_ms)" "$(field "$static" rps)" "$(field "$static" p99_ms)" "$ratio" \
    "$(cut -d' ' -f1 /proc/loadavg)" >&2
done
sorted() { printf '%s\n' "$@" | sort -n | tr '\n' ' '; }
echo "RESULT ratio_pct_min=$(sorted "${ratios[@]}" | cut -d' ' -f1) ratio_pct_max=$(sorted "${ratios[@]}" | awk '{ print $NF }') portal_p99_ms_max=$(sorted "${app_p99s[@]}" | awk '{ print $NF }') nginx_p99_ms_max=$(sorted "${static_p99s[@]}" | awk '{ print $NF }')"
