#!/usr/bin/env bash
# Retakes docs/article.png: the seed story served from content/, shot by headless Chromium.
set -euo pipefail
. "$(dirname "$0")/../bench/lib.sh"

PORT=${PORT:-18093}
PAGE=${PAGE:-/articles/lee-jae-myung-visits-china}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-shot.XXXXXX")
trap 'stop_portal; rm -rf "$WORK"' EXIT

JAR=$(bench_jar)
start_portal "$WORK/portal.log" "$PORT" "$ROOT/content" "$WORK/db/broadsheet"
wait_for_health "$PORT" 120 || { tail -20 "$WORK/portal.log" >&2; exit 1; }
chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$WORK/profile" --window-size=1280,1600 \
  --screenshot="$ROOT/docs/article.png" "http://127.0.0.1:$PORT$PAGE"
echo "wrote docs/article.png"
