#!/usr/bin/env bash
# Every benchmark in one run, then one table of figures and targets (the table the README
# shows). Runs on 127.0.0.1 with the jar in target/ (BENCH_REBUILD=1 rebuilds it first).
#   bench/all.sh          # about 10 minutes; STORIES=10000
set -euo pipefail
. "$(dirname "$0")/lib.sh"
JAR=$(bench_jar)
export JAR
RESULTS=$(mktemp "${TMPDIR:-/tmp}/broadsheet-all.XXXXXX")
trap 'rm -f "$RESULTS"' EXIT

for bench in story-page replies startup load; do
  echo "== bench/$bench.sh" >&2
  "$ROOT/bench/$bench.sh" | grep '^RESULT' | sed "s/^RESULT/$bench/" >>"$RESULTS"
done
get() { awk -v b="$1" -v k="$2" '$1 == b { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == k) print kv[2] } }' "$RESULTS"; }

row() { printf '| %-52s | %-22s | %-16s |\n' "$1" "$2" "$3"; }
printf '\n%s, %s cores, %s, load average %s\n\n' "$(uname -m)" "$(nproc)" "$(java -version 2>&1 | head -1)" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"
row "measure" "figure" "target"
printf '|%s|%s|%s|\n' "------------------------------------------------------" "------------------------" "------------------"
row "story page vs nginx static, wrk -c32, 3 rounds" "$(get story-page ratio_pct_min)-$(get story-page ratio_pct_max) %" ">= 75 %"
row "story page p99, worst round (nginx: $(get story-page nginx_p99_ms_max) ms)" "$(get story-page portal_p99_ms_max) ms" "<= 25 ms"
row "reply posts, wrk -c16, distinct clients, H2" "$(get replies replies_per_s)/s" ">= 900/s"
row "reply post p99 (GC: N pauses, the longest)" "$(get replies p99_ms) ms ($(get replies gc_pauses), $(get replies gc_longest_ms) ms)" "< 50 ms"
row "portal CPU per reply post" "$(get replies cpu_ms_per_post) ms" "<= 1.5 ms"
row "replies stored / 303s seen, stored twice" "$(get replies stored) / $(get replies posted), $(get replies duplicates)" "0 twice"
row "start to first story page, sample, empty database" "$(get startup first_start_s) s" ""
row "start to first story page, sample, restart" "$(get startup restart_s) s" "<= 5 s"
row "the same with the CDS archive (Dockerfile)" "$(get startup restart_cds_s) s" "<= 5 s"
[ -n "$(get startup restart_aot_s)" ] &&
  row "the same on JDK 25 with its AOT cache (not the image)" "$(get startup restart_aot_s) s" "<= 5 s"
row "start to first story page, 10,000 stored" "$(get load restart_first_200_s) s" "<= 7 s"
row "cold load, 10,000 stories, -Xmx256m" "$(get load cold_load_s) s" "<= 10 s"
row "unchanged reload, 10,000 stories" "$(get load unchanged_reload_s) s" "<= 1 s"
row "search at 10,000 stories, 16 clients, p50 / p95" "$(get load search_p50_ms) / $(get load search_p95_ms) ms" "p95 <= 30 ms"
row "heap live after cold load / restart (-Xmx256m)" "$(get load live_after_cold_mib) / $(get load live_after_restart_mib) MiB" "< 256 MiB"
