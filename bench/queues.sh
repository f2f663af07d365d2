#!/usr/bin/env bash
# The console's work-queue queries and the practitioners' search over 1,000,000 applications
# (goal: p95 <= 20 ms), run in the application server against the test stack's PostgreSQL.
#   bench/queues.sh
# Prints the figures (the test runs in the server and writes them to /tmp/zairyu-queues.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
log="$(mktemp -t zairyu-queues.XXXXXX.log)"
status=0
rm -f /tmp/zairyu-queues.txt
timeout --signal=TERM "${QUEUES_TIMEOUT:-45m}" \
  flock /tmp/zairyu-stack.lock \
  mvn -B -o verify -pl ear/tests -am -Dzairyu.skipChaosITs=true -Dit.test=MillionCasesBenchIT \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true >"$log" 2>&1 || status=$?
cat /tmp/zairyu-queues.txt 2>/dev/null || true
[ "$status" -eq 0 ] || echo "queues: FAILED (exit $status); full log: $log" >&2
exit "$status"
