#!/usr/bin/env bash
# Reply posting on the embedded H2 default, measured with wrk (a Lua script costs the load
# generator little CPU): CONNECTIONS clients post for DURATION after a WARMUP, each post
# from its own X-Forwarded-For address (127.0.0.1 is trusted as a proxy for this run, and
# min-seconds is 0) with its own email; then the stored rows are counted.
#   bench/replies.sh      # DURATION=15s WARMUP=20s CONNECTIONS=16
# Last line: RESULT replies_per_s=... p99_ms=... cpu_ms_per_post=... stored=... posted=... duplicates=...
#   ... gc_pauses=... gc_longest_ms=... gc_paused_ms=... (GC pauses during the measured run)
# (posted counts the 303s wrk saw: rows can exceed it by the posts in flight when wrk stops)
set -euo pipefail
. "$(dirname "$0")/lib.sh"
need_tools wrk

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-20s}
CONNECTIONS=${CONNECTIONS:-16}
SLUG=${SLUG:-lee-jae-myung-visits-china}
APP_PORT=${APP_PORT:-18093}

WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-replies.XXXXXX")
cleanup() {
  stop_portal
  rm -rf "$WORK"
}
trap cleanup EXIT

JAR=${JAR:-$(bench_jar)}
# the GC log tells whether the pauses explain the latency tail
JAVA_OPTIONS="${JAVA_OPTIONS:-} -Xlog:gc:file=$WORK/gc.log" start_portal "$WORK/portal.log" "$APP_PORT" "$ROOT/content" "$WORK/db/broadsheet" \
  --broadsheet.replies.min-seconds=0 --broadsheet.trusted-proxies=127.0.0.1 \
  --broadsheet.secret=bench-only-secret-0123456789
wait_for_health "$APP_PORT" 180 || { echo "portal did not come up" >&2; tail -20 "$WORK/portal.log" >&2; exit 1; }
BASE="http://127.0.0.1:$APP_PORT"
token=$(curl -fs "$BASE/articles/$SLUG" | grep -o 'name="token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
[ -n "$token" ] || { echo "no reply form token on $BASE/articles/$SLUG" >&2; exit 1; }

post() { # DURATION FIRST: numbered posts from FIRST on
  wrk -t2 -c"$CONNECTIONS" -d"$1" -s "$ROOT/bench/replies.lua" "$BASE" -- "$SLUG" "$token" "$2" | grep '^RESULT'
}
echo "warming up for $WARMUP..." >&2
warm=$(post "$WARMUP" 0)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$PORTAL_PID/stat"; }
before=$(cpu_ticks)
gc_before=$(wc -l <"$WORK/gc.log")
result=$(post "$DURATION" 500000)
after=$(cpu_ticks)
# GC pauses during the measured run: how many, the longest, and their sum (ms)
read -r pauses longest paused <<<"$(tail -n +"$((gc_before + 1))" "$WORK/gc.log" | grep -o 'Pause.* \([0-9.]*\)ms$' \
  | sed -E 's/.* ([0-9.]+)ms$/\1/' | awk '{ n++; s += $1; if ($1 > m) m = $1 } END { printf "%d %.1f %.0f", n, m, s }')"
stop_portal

count_rows() { # stored bench replies, and how many of them repeat another's email (each post has its own)
  unzip -o -q -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK/h2"
  java -cp "$WORK"/h2/h2-*.jar org.h2.tools.Shell -url "$(h2_url "$WORK/db/broadsheet")" -user sa \
    -sql "select count(*), count(*) - count(distinct email_key) from reply where email_key like '%@bench.example'" \
    | awk 'NR == 2 { print $1, $3 }'
}
read -r stored duplicates <<<"$(count_rows)"
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
posted=$(($(field "$warm" stored) + $(field "$result" stored)))
cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" -v n="$(field "$result" stored)" \
  'BEGIN { printf "%.2f", 1000 * t / hz / n }')
echo "$(nproc) cores, portal -Xmx256m, H2 file database, wrk -t2 -c$CONNECTIONS -d$DURATION, load average $(cut -d' ' -f1 /proc/loadavg)" >&2
echo "RESULT replies_per_s=$(field "$result" rps) p99_ms=$(field "$result" p99_ms) cpu_ms_per_post=$cpu stored=$stored posted=$posted duplicates=$duplicates refused=$(field "$result" other)" \
  "gc_pauses=$pauses gc_longest_ms=$longest gc_paused_ms=$paused"
