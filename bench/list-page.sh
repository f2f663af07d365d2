#!/usr/bin/env bash
# The application list page with 10,000 cases of one practitioner against a trivial JSF page of the
# same server (goal: the list at least 0.6x the trivial page's requests per second).
#   bench/list-page.sh             # 2,000 requests per page, 4 client threads, 5 turns
#   bench/list-page.sh 5000 8 10   # requests per page, client threads, turns (the pages are
#                                  # measured in turns, so a drift of the machine's speed cancels)
# Prints the figures; they are also written to ear/tests/target/list-page.txt.
# Takes the IT stack's lock (/tmp/zairyu-stack.lock) itself: do not wrap it in flock, it would
# wait for itself (LIST_PAGE_TIMEOUT, default 30m, also counts the wait for the lock).
set -euo pipefail
REQUESTS="${1:-2000}"
THREADS="${2:-4}"
TURNS="${3:-5}"
cd "$(dirname "$0")/.."
log="$(mktemp -t zairyu-list-page.XXXXXX.log)"
status=0
timeout --signal=TERM "${LIST_PAGE_TIMEOUT:-30m}" \
  flock /tmp/zairyu-stack.lock \
  mvn -B -o verify -pl ear/tests -am -Dzairyu.skipChaosITs=true -Dit.test=ApplicationListBenchIT \
    -Dlistbench.requests="$REQUESTS" -Dlistbench.threads="$THREADS" -Dlistbench.turns="$TURNS" \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true >"$log" 2>&1 || status=$?
cat ear/tests/target/list-page.txt 2>/dev/null || true
[ "$status" -eq 0 ] || echo "list-page: FAILED (exit $status); full log: $log" >&2
exit "$status"
