#!/usr/bin/env bash
# Chaos test of the messaging (issue 6): N submissions in flight (default 10,000) while the broker,
# then Payara Server, then PostgreSQL are killed with SIGKILL one at a time and started again; then
# counts, per receipt the client holds, rows, routing, receipt mails; receipt numbers issued twice;
# transactions left in doubt. Exits non-zero on any loss or duplicate.
#   bench/chaos.sh            # 10,000 submissions
#   bench/chaos.sh 500        # a smaller N
# Loopback only (the test stack: ports 25432, 26616, 23025/23143, 28080/28048); bounded by
# CHAOS_TIMEOUT (default 2h) and, inside, by -Dchaos.deadline-seconds per phase. Runs under the
# shared stack lock. Output: target of ear/tests, the [chaos] lines are repeated at the end.
set -euo pipefail
N="${1:-10000}"
cd "$(dirname "$0")/.."
log="$(mktemp -t zairyu-chaos.XXXXXX.log)"
status=0
timeout --signal=TERM "${CHAOS_TIMEOUT:-2h}" \
  flock /tmp/zairyu-stack.lock \
  mvn -B -o verify -pl ear/tests -am -Dzairyu.skipMainITs=true -Dit.test=ChaosIT -Dchaos.submissions="$N" -Dchaos.settle-seconds=1200 \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true >"$log" 2>&1 || status=$?
grep -h '\[chaos\]' "$log" ear/tests/target/failsafe-reports/*ChaosIT-output.txt 2>/dev/null | sort -u || true
if [ "$status" -ne 0 ]; then
  echo "chaos: FAILED (exit $status); full log: $log" >&2
  grep -E 'Tests run:|FAIL|ERROR\]' "$log" | head -20 >&2 || true
else
  echo "chaos: nothing lost, nothing twice ($N submissions); full log: $log"
fi
exit "$status"
