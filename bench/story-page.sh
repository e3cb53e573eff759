#!/usr/bin/env bash
# Story-page throughput: the seed story served by the portal against the same HTML
# saved as a static file and served by nginx, both on 127.0.0.1, measured with wrk.
#   bench/story-page.sh      # DURATION=15s CONNECTIONS=32 THREADS=2 WARMUP=30s
set -euo pipefail
. "$(dirname "$0")/lib.sh"

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SLUG=${SLUG:-lee-jae-myung-visits-china}
PAGE=${PAGE:-/articles/$SLUG}
APP_PORT=${APP_PORT:-18091}
NGINX_PORT=${NGINX_PORT:-18092}

missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "needs ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi
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

JAR=$(bench_jar)
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

rps() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" "$2" | awk '/Requests\/sec/ { print $2 }'; }

echo "page size: $(wc -c <"$WORK/www$PAGE/index.html") bytes; warming the portal up..."
rps "${WARMUP:-30s}" "$URL" >/dev/null
app=$(rps "$DURATION" "$URL")
static=$(rps "$DURATION" "$STATIC")

printf '\nwrk -t%s -c%s -d%s, %s cores, portal -Xmx256m\n' "$THREADS" "$CONNECTIONS" "$DURATION" "$(nproc)"
printf '| %-34s | %12s |\n' "server" "requests/s"
printf '|%s|%s|\n' "------------------------------------" "--------------"
printf '| %-34s | %12.0f |\n' "Broadsheet $PAGE" "$app"
printf '| %-34s | %12.0f |\n' "nginx, same page as a static file" "$static"
printf '\nportal / nginx = %s%% (target >= 50%%)\n' "$(awk -v a="$app" -v s="$static" 'BEGIN { printf "%.0f", 100 * a / s }')"
