#!/usr/bin/env bash
# Matching benchmark: synthetic offers (OFFERS, 10,000 by default), POST /api/v1/matches over HTTP with wrk.
# Needs a built target/aanbodwijzer.jar, a JDK 21+ as $JAVA (default: Temurin 25 here) and wrk.
# Usage (from the repository root): bash docs/benchmarks/match-benchmark.sh   (OFFERS=100000 HEAP=2g for the large run)
set -euo pipefail
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
PORT=${PORT:-8181}
OFFERS=${OFFERS:-10000}
DURATION=${DURATION:-30s}
HEAP=${HEAP:-1g}
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$JAVA" -jar target/aanbodwijzer.jar synthetic "$OFFERS" "$work/catalog" >/dev/null
PORT=$PORT AANBODWIJZER_DATA_DIR="$work/data" AANBODWIJZER_CATALOG_DIR="$work/catalog" \
  "$JAVA" --add-modules jdk.incubator.vector -Xmx"$HEAP" -jar target/aanbodwijzer.jar >"$work/server.log" 2>&1 &
server=$!
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 1; done
TOKEN=$(curl -s -X POST -H 'Content-Type: application/json' -d '{"username":"coordinator","password":"demo"}' \
  "localhost:$PORT/api/v1/auth/token" | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')
export TOKEN
script=$(dirname "$0")/match.lua

for text in "" "angstig en somber, wil graag in een kleine groep"; do
  export TEXT="$text"
  wrk -t1 -c1 -d10s -s "$script" "http://localhost:$PORT/api/v1/matches" >/dev/null   # warm-up
  for connections in 1 2; do
    echo "== ${OFFERS} offers, text: '${text:-none}', ${connections} connection(s), ${DURATION}"
    wrk -t"$connections" -c"$connections" -d"$DURATION" -s "$script" --latency \
      "http://localhost:$PORT/api/v1/matches" | grep -E 'Latency  |50%|90%|99%|Requests/sec|Non-2xx'
  done
done
echo "answer sizes (bytes), without and with text:"
for text in "" "angstig en somber, wil graag in een kleine groep"; do
  TEXT="$text" wrk -t1 -c1 -d1s -s "$script" "http://localhost:$PORT/api/v1/matches" >/dev/null
  body='{"age":14,"sector":"VO","municipality":"GM0202","needs":["PSYCHIATRIE","ANGST_SCHOOLWEIGERING"],"absenceStatus":"RELATIEF_VERZUIM","weeksAbsent":8,"hasTlv":false,"hasCareIndication":true,"hoursPerWeek":12'
  [ -n "$text" ] && body="$body,\"text\":\"$text\""
  curl -s -o /dev/null -w "%{size_download}\n" -X POST -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$body}" "localhost:$PORT/api/v1/matches"
done
