#!/usr/bin/env bash
# Reply posting throughput on the embedded H2 default: TOTAL replies posted to one story by
# CONCURRENCY parallel clients, each from its own X-Forwarded-For address (the portal trusts
# 127.0.0.1 as a proxy for this run, and min-seconds is 0), then the stored rows counted.
#   bench/replies.sh      # TOTAL=3000 CONCURRENCY=16
set -euo pipefail
. "$(dirname "$0")/lib.sh"

TOTAL=${TOTAL:-3000}
CONCURRENCY=${CONCURRENCY:-16}
WARMUP=${WARMUP:-1000}
SLUG=${SLUG:-lee-jae-myung-visits-china}
APP_PORT=${APP_PORT:-18093}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-replies.XXXXXX")
cleanup() {
  stop_portal
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=$(bench_jar)
start_portal "$WORK/portal.log" "$APP_PORT" "$ROOT/content" "$WORK/db/broadsheet" \
  --broadsheet.replies.min-seconds=0 --broadsheet.trusted-proxies=127.0.0.1 \
  --broadsheet.secret=bench-only-secret
wait_for_health "$APP_PORT" 120 || { echo "portal did not come up" >&2; tail -20 "$WORK/portal.log" >&2; exit 1; }
BASE="http://127.0.0.1:$APP_PORT"
for _ in $(seq 1 50); do curl -fs -o /dev/null "$BASE/articles/$SLUG" && break; sleep 0.2; done

echo "warming up with $WARMUP posts..."
java "$ROOT/bench/ReplyLoad.java" "$BASE" "$SLUG" "$WARMUP" "$CONCURRENCY" 1000000 >/dev/null
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PORTAL_PID/stat"; }
before=$(cpu_ticks)
result=$(java "$ROOT/bench/ReplyLoad.java" "$BASE" "$SLUG" "$TOTAL" "$CONCURRENCY" 0)
after=$(cpu_ticks)
stop_portal

unzip -o -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK/h2"
stored=$(java -cp "$WORK"/h2/h2-*.jar org.h2.tools.Shell -url "$(h2_url "$WORK/db/broadsheet")" -user sa \
  -sql "select count(*) from reply where email_key like '%@bench.example'" | awk 'NR == 2 { print $1 }')

printf '\n%s cores, portal -Xmx256m, embedded H2 file database\n' "$(nproc)"
echo "$result"
echo "stored replies: $stored of $((WARMUP + TOTAL)) posted (warm-up included; target >= 300 accepted/s)"
awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$TOTAL" -v cores="$(nproc)" 'BEGIN {
  ms = 1000 * t / hz / n
  printf "portal CPU: %.2f ms per post, so about %.0f posts/s on %d idle cores (load average now %s)\n", ms, cores * 1000 / ms, cores, "'"$(cut -d' ' -f1 /proc/loadavg)"'"
}'
