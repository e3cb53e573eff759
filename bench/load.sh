#!/usr/bin/env bash
# Content at scale, N stories (default 10,000) with -Xmx256m on an H2 file database of its
# own: cold load on an empty database, then a restart on the same database and files (time
# to the first story page served, unchanged reload in the background), heap, and search
# with 16 clients.
#   bench/load.sh            # STORIES=10000 PORT=18090 BENCH_REBUILD=1 to rebuild the jar
# Last line: RESULT cold_load_s=... unchanged_reload_s=... restart_first_200_s=... search_p95_ms=... ...
set -euo pipefail
. "$(dirname "$0")/lib.sh"
need_tools wrk

STORIES=${STORIES:-10000}
PORT=${PORT:-18090}
SEARCH_DURATION=${SEARCH_DURATION:-15s}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-bench.XXXXXX")
trap 'stop_portal; rm -rf "$WORK"' EXIT

JAR=${JAR:-$(bench_jar)}
"$ROOT/bench/generate-stories.sh" "$WORK/content" "$STORIES"
LOADED='Content loaded: [0-9]+ loaded, [0-9]+ unchanged, [0-9]+ removed, [0-9]+ failed in [0-9]+ ms'
STORY="http://127.0.0.1:$PORT/articles/story-00001"

heap_mb() { # used heap in MiB as the metrics endpoint reports it
  curl -fs "http://127.0.0.1:$(management_port "$PORT")/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | sed -E 's/.*"statistic":"VALUE","value":([0-9.Ee+]+).*/\1/' | awk '{ printf "%.0f", $1 / 1048576 }'
}
load_seconds() { echo "$1" | sed -E 's/.* in ([0-9]+) ms.*/\1/' | awk '{ printf "%.1f", $1 / 1000 }'; }
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

echo "cold start on an empty database..." >&2
start_portal "$WORK/cold.log" "$PORT" "$WORK/content" "$WORK/db/broadsheet"
cold=$(wait_for_log "$WORK/cold.log" "$LOADED" 900)
echo "  ${cold##*Content loaded: }" >&2
wait_for_health "$PORT" 60
cold_heap=$(heap_mb)
jcmd "$PORTAL_PID" GC.run >/dev/null 2>&1 || true
cold_live=$(heap_mb)
stop_portal

echo "restart on the same database and files..." >&2
started=$(date +%s%N)
start_portal "$WORK/restart.log" "$PORT" "$WORK/content" "$WORK/db/broadsheet"
for _ in $(seq 1 3000); do curl -fs -o /dev/null "$STORY" && break; sleep 0.02; done
first=$(( ($(date +%s%N) - started) / 1000000 ))
unchanged=$(wait_for_log "$WORK/restart.log" "$LOADED" 300)
echo "  first story page after $first ms; ${unchanged##*Content loaded: }" >&2
wait_for_health "$PORT" 60
echo "search, 16 clients for $SEARCH_DURATION (after 5 s of warm-up)..." >&2
wrk -t2 -c16 -d5s -s "$ROOT/bench/search.lua" "http://127.0.0.1:$PORT" >/dev/null
search=$(wrk -t2 -c16 -d"$SEARCH_DURATION" -s "$ROOT/bench/search.lua" "http://127.0.0.1:$PORT" | grep '^RESULT')
jcmd "$PORTAL_PID" GC.run >/dev/null 2>&1 || true
warm_live=$(heap_mb)
stop_portal

echo "$STORIES stories, -Xmx256m, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "RESULT cold_load_s=$(load_seconds "$cold") unchanged_reload_s=$(load_seconds "$unchanged")" \
  "restart_first_200_s=$(awk -v ms="$first" 'BEGIN { printf "%.1f", ms / 1000 }')" \
  "search_p50_ms=$(field "$search" p50_ms) search_p95_ms=$(field "$search" p95_ms) search_rps=$(field "$search" rps)" \
  "heap_after_cold_mib=$cold_heap live_after_cold_mib=$cold_live live_after_restart_mib=$warm_live"
