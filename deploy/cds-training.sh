#!/usr/bin/env bash
# A training run for the JVM's class archive (CDS, or JDK 25's AOT cache): starts the portal
# with the archive option, asks it for the front page, the first story on it and a search,
# then stops it; the JVM writes the archive as it exits. So the archive holds the classes
# that rendering, search and the page cache load, not only those of start-up. Needs bash
# and coreutils only (no curl). Used by the Dockerfile and bench/startup.sh.
#   deploy/cds-training.sh JAR JVM-OPTION [portal arguments...]
#   deploy/cds-training.sh app.jar -XX:ArchiveClassesAtExit=app.jsa --spring.datasource.url=...
# JAVA picks another java; TRAINING_PORT the port it listens on (default 18765, loopback only).
set -euo pipefail
jar=$1 option=$2
shift 2
port=${TRAINING_PORT:-18765}

"${JAVA:-java}" "$option" -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
  --management.server.port=0 "$@" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT

get() { # PATH: the whole answer (status line, headers, body); empty while nothing listens
  timeout 20 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" \
    && printf "GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n" "$2" >&3 && cat <&3' _ "$port" "$1" 2>/dev/null || true
}

front=
for _ in $(seq 1 600); do # readiness answers 503 until the first load is done
  front=$(get /)
  [[ $front == "HTTP/1.1 200"* ]] && break
  kill -0 "$pid" 2>/dev/null || { echo "cds-training: the portal exited before it served a page" >&2; exit 1; }
  sleep 0.5
done
[[ $front == "HTTP/1.1 200"* ]] || { echo "cds-training: no front page after 5 minutes" >&2; exit 1; }
story=$(grep -o 'href="/articles/[^"#?]*"' <<<"$front" | head -1 | sed 's/^href="//; s/"$//' || true)
if [ -n "$story" ]; then
  get "$story" >/dev/null
fi
get "/search?q=news" >/dev/null
trap - EXIT
kill "$pid"
wait "$pid" || true
