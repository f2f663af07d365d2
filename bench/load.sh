#!/usr/bin/env bash
# The morning-peak load scenario (Gatling; bench/README.md, "Load") against a running `mvn -P run`
# on 127.0.0.1 (start it first, in another terminal, and wait for its banner).
#   bench/load.sh                 # 16 sessions (12 practitioners, 4 examiners), 2 minutes
#   bench/load.sh 200 10          # sessions, minutes (the issue's goal run)
#   bench/load.sh 16 2 0.25       # ... and a think-time factor (0.25: people four times as quick)
# Seeds the load's own accounts and drafts into the run's PostgreSQL first (LOAD000001…,
# load.examiner.001…; idempotent). Bounded: at most 2,000 sessions and 60 minutes; no new task
# starts after the minutes given, and Gatling stops everything 5 minutes later at the latest.
# Loopback only. Prints Gatling's statistics, the goals (assertions) each true or false, what the
# database counted, and the path of the HTML report; exits non-zero when a goal failed.
set -euo pipefail
USERS="${1:-16}"
MINUTES="${2:-2}"
THINK="${3:-1.0}"
BASE="http://127.0.0.1:8080"
cd "$(dirname "$0")/.."
if ! curl -fsS -o /dev/null --max-time 5 "$BASE/health/ready"; then
  echo "load: nothing ready at $BASE/health/ready; start the system first: mvn -P run" >&2
  exit 2
fi
log="$(mktemp -t zairyu-load.XXXXXX.log)"
# the run itself, plus 5 minutes of stragglers (Gatling's own bound), plus build and report
limit=$(awk -v m="$MINUTES" 'BEGIN { printf "%d", m * 60 + 300 + 600 }')
status=0
echo "load: $USERS sessions for $MINUTES min (think x$THINK) against $BASE; Gatling's log: $log"
timeout --signal=TERM "$limit" \
  mvn -B -f bench/load/pom.xml test-compile gatling:test -Dspotless.check.skip=true \
    -Dload.users="$USERS" -Dload.minutes="$MINUTES" -Dload.think="$THINK" \
    -Dload.http="$BASE" >"$log" 2>&1 &
mvn_pid=$!
# live: what the seed and the end of the run say (Gatling's 5-second statistics stay in the log);
# once the data is seeded the sessions start, and with them the sampler of memory and messaging
samples="bench/load/target/samples.csv"
mkdir -p bench/load/target
sampler=""
while IFS= read -r line; do
  case "$line" in
    "[load] seeded"*)
      echo "$line"
      bench/sample.sh "$samples" 5 &
      sampler=$!
      ;;
    "[load]"*) echo "$line" ;;
  esac
done < <(tail -n +1 -f "$log" --pid="$mvn_pid")
wait "$mvn_pid" || status=$?
[ -n "$sampler" ] && kill "$sampler" 2>/dev/null
# Gatling's closing statistics, then every goal (assertion) with its measured value, true or false
awk '/^---- Global Information/ { block = 1 } block && !/^\[(INFO|ERROR|WARNING)\]/ { print }
     /^Reports generated/ { block = 0 }' "$log" | grep -v '^Reports generated' || true
grep -E ' : (true|false)' "$log" || true
report="$(grep -o 'file://[^ ]*index.html' "$log" | tail -1 | sed 's#^file://##' || true)"
if [ -n "$report" ]; then
  echo
  echo "| request | count | failed | p50 (ms) | p95 | p99 | max |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  awk -f bench/load-table.awk "$report" || true
fi
echo
if [ -s "$samples" ]; then
  # the steady phase starts when the last session has logged in (the ramp: one login a second at
  # think x1, at most a third of the run) and half a minute more
  steady=$(awk -v u="$USERS" -v t="$THINK" -v m="$MINUTES" \
    'BEGIN { r = u * t; if (r > m * 20) r = m * 20; printf "%d", r + 30 }')
  echo "Memory and messaging, sampled every 5 s ($samples):"
  awk -F, -v steady="$steady" -f bench/sample-summary.awk "$samples" || { [ "$status" -eq 0 ] && status=1; }
  live=$(bench/sample.sh --live-heap || true)
  [ -n "$live" ] && echo "heap in use after the run and one full collection (the run's sessions still open): $live MB"
  echo
fi
[ -n "$report" ] && echo "load: report: $report"
[ -f bench/load/target/gatling/failed-requests.log ] && [ -s bench/load/target/gatling/failed-requests.log ] \
  && echo "load: failed requests (request, answer, body): $(pwd)/bench/load/target/gatling/failed-requests.log"
[ "$status" -eq 0 ] && echo "load: every goal met" \
  || echo "load: a goal was missed or the run failed (exit $status); see above and $log" >&2
exit "$status"
