#!/usr/bin/env bash
# Content-loader benchmark: cold load, unchanged reload and heap used for N stories
# (default 10,000) with -Xmx256m on an H2 file database of its own.
#   bench/load.sh            # STORIES=10000 PORT=18090 BENCH_REBUILD=1 to rebuild the jar
set -euo pipefail
. "$(dirname "$0")/lib.sh"

STORIES=${STORIES:-10000}
PORT=${PORT:-18090}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-bench.XXXXXX")
trap 'stop_portal; rm -rf "$WORK"' EXIT

JAR=$(bench_jar)
"$ROOT/bench/generate-stories.sh" "$WORK/content" "$STORIES"
LOADED='Content loaded: [0-9]+ loaded, [0-9]+ unchanged, [0-9]+ removed, [0-9]+ failed in [0-9]+ ms'

heap_mb() { # used heap in MiB as the metrics endpoint reports it
  curl -fs "http://127.0.0.1:$(management_port "$PORT")/actuator/metrics/jvm.memory.used?tag=area:heap" \
    | sed -E 's/.*"statistic":"VALUE","value":([0-9.Ee+]+).*/\1/' | awk '{ printf "%.0f", $1 / 1048576 }'
}

run() { # NAME: starts the portal, waits for the loader, writes "ms|heap|heapAfterGc|cpu|line" to $WORK/NAME.result
  local log="$WORK/$1.log" line ms heap gc
  start_portal "$log" "$PORT" "$WORK/content" "$WORK/db/broadsheet"
  line=$(wait_for_log "$log" "$LOADED" 600)
  ms=$(echo "$line" | sed -E 's/.* in ([0-9]+) ms.*/\1/')
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$PORTAL_PID/stat" 2>/dev/null || echo "?")
  wait_for_health "$PORT" 60
  heap=$(heap_mb)
  jcmd "$PORTAL_PID" GC.run >/dev/null 2>&1 || true
  gc=$(heap_mb)
  stop_portal
  echo "$ms|$heap|$gc|$cpu|${line##*Content loaded: }" >"$WORK/$1.result"
}

echo "cold start on an empty database..."
run cold
IFS='|' read -r cold_ms cold_heap cold_gc cold_cpu cold_line <"$WORK/cold.result"
echo "  $cold_line"
echo "restart on the same database and files..."
run unchanged
IFS='|' read -r warm_ms warm_heap warm_gc warm_cpu warm_line <"$WORK/unchanged.result"
echo "  $warm_line"

cores=$(nproc)
printf '\n%s stories, -Xmx256m, %s cores, load average %s, %s\n' "$STORIES" "$cores" \
  "$(cut -d' ' -f1-3 /proc/loadavg)" "$(java -version 2>&1 | head -1)"
printf '| %-26s | %12s | %8s |\n' "measure" "value" "target"
printf '|%s|%s|%s|\n' "----------------------------" "--------------" "----------"
printf '| %-26s | %9.1f s  | %8s |\n' "cold load" "$(echo "$cold_ms" | awk '{ print $1 / 1000 }')" "< 20 s"
printf '| %-26s | %9.1f s  | %8s |\n' "unchanged reload" "$(echo "$warm_ms" | awk '{ print $1 / 1000 }')" "< 2 s"
printf '| %-26s | %9s s  | %8s |\n' "JVM CPU, start + cold load" "$cold_cpu" ""
printf '| %-26s | %9s s  | %8s |\n' "JVM CPU, start + reload" "$warm_cpu" ""
printf '| %-26s | %8s MiB | %8s |\n' "heap used after cold load" "$cold_heap" "256 MiB"
printf '| %-26s | %8s MiB | %8s |\n' "heap live after full GC" "$cold_gc" "256 MiB"
printf '| %-26s | %8s MiB | %8s |\n' "heap live after reload+GC" "$warm_gc" "256 MiB"
