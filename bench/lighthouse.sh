#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) of the reader pages,
# run against the jar on the sample content with Debian's Chromium, desktop and mobile.
#   bench/lighthouse.sh          # PAGES="/ /articles/... ..." FORM_FACTORS="mobile desktop"
set -euo pipefail
. "$(dirname "$0")/lib.sh"

APP_PORT=${APP_PORT:-18093}
PAGES=${PAGES:-"/ /articles/lee-jae-myung-visits-china /sections/world /tags/birds /authors/eleanor-whitcombe /search?q=swifts"}
FORM_FACTORS=${FORM_FACTORS:-"mobile desktop"}
LIGHTHOUSE=${LIGHTHOUSE:-lighthouse@12.8.2}   # the last line that runs on Debian's Node 20
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
export CHROME_PATH

command -v npx >/dev/null 2>&1 || { echo "needs npm: sudo apt-get install npm" >&2; exit 1; }
[ -x "$CHROME_PATH" ] || { echo "needs Chromium at $CHROME_PATH: sudo apt-get install chromium" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-lighthouse.XXXXXX")
trap 'stop_portal; rm -rf "$WORK"' EXIT

JAR=$(bench_jar)
start_portal "$WORK/portal.log" "$APP_PORT" "$ROOT/content" "$WORK/db/broadsheet" \
  --broadsheet.search.index-dir="$WORK/index"
wait_for_health "$APP_PORT" 120 || { echo "portal did not come up" >&2; tail -20 "$WORK/portal.log" >&2; exit 1; }

printf '| %-44s | %-7s | %5s | %5s | %5s | %5s |\n' page device perf a11y bp seo
printf '|%s|%s|%s|%s|%s|%s|\n' "----------------------------------------------" "---------" "-------" "-------" "-------" "-------"
for page in $PAGES; do
  for factor in $FORM_FACTORS; do
    preset=()
    [ "$factor" = desktop ] && preset=(--preset=desktop)
    report="$WORK/report.json"
    npx --yes "$LIGHTHOUSE" "http://127.0.0.1:$APP_PORT$page" --quiet --output=json --output-path="$report" \
      --only-categories=performance,accessibility,best-practices,seo "${preset[@]}" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>"$WORK/lighthouse.err" \
      || { echo "lighthouse failed on $page ($factor):" >&2; tail -5 "$WORK/lighthouse.err" >&2; continue; }
    node -e '
      const r = require(process.argv[1]);
      const s = (k) => Math.round(r.categories[k].score * 100);
      console.log("| " + process.argv[2].padEnd(44) + " | " + process.argv[3].padEnd(7) + " | "
        + [s("performance"), s("accessibility"), s("best-practices"), s("seo")].map((n) => String(n).padStart(5)).join(" | ") + " |");
      for (const k of ["performance", "accessibility", "best-practices", "seo"]) {
        for (const ref of r.categories[k].auditRefs) {
          const a = r.audits[ref.id];
          if (ref.weight > 0 && a.score !== null && a.score < 1) console.log("    " + k + ": " + a.id + " - " + a.title + (a.displayValue ? " (" + a.displayValue + ")" : ""));
        }
      }' "$report" "$page" "$factor"
  done
done
