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
timeout --signal=TERM "$limit" \
  mvn -B -f bench/load/pom.xml test-compile gatling:test -Dspotless.check.skip=true \
    -Dload.users="$USERS" -Dload.minutes="$MINUTES" -Dload.think="$THINK" \
    -Dload.http="$BASE" 2>&1 | tee "$log" | grep -E '^\[load\]|^(Global|Details)|^-{10,}|^={10,}|^> |^\[[ #-]*\]|Simulation|assert|Please open' || true
status=${PIPESTATUS[0]}
report="$(ls -dt bench/load/target/gatling/morningpeaksimulation-*/ 2>/dev/null | head -1 || true)"
echo
if [ -n "$report" ]; then
  echo "load: report: $(pwd)/${report}index.html"
fi
echo "load: full log: $log"
[ "$status" -eq 0 ] || echo "load: FAILED or a goal missed (exit $status); see the assertions above" >&2
exit "$status"
