#!/usr/bin/env bash
# End-to-end submission throughput (submit over HTTP -> committed with its messages -> routed by
# the MDB) against a floor measured in the same run (a bare EJB: one insert + one persistent send
# in one XA transaction, through the same HTTP path).
#   bench/throughput.sh          # 5,000 submissions, 8 client threads
#   bench/throughput.sh 2000 16  # N and client threads
#   THROUGHPUT_WARMUP=500 bench/throughput.sh   # warm-up submissions (and floor requests), default 6,000
#   ZAIRYU_PORT_OFFSET=2000 bench/throughput.sh  # a test stack with every port moved by 2000, under
#                                                # its own lock /tmp/zairyu-stack-2000.lock
#   THROUGHPUT_CLUSTER=true bench/throughput.sh  # the same through a cluster of 2 instances
#                                                # (bench/cluster-throughput.sh)
# Prints the figures; they are also written to ear/tests/target/throughput.txt (-cluster.txt).
set -euo pipefail
N="${1:-5000}"
THREADS="${2:-8}"
OFFSET="${ZAIRYU_PORT_OFFSET:-0}"
if [ "$OFFSET" = 0 ]; then lock=/tmp/zairyu-stack.lock; else lock="/tmp/zairyu-stack-$OFFSET.lock"; fi
if [ "${THROUGHPUT_CLUSTER:-false}" = true ]; then
  which=(-Dzairyu.skipChaosITs=true -Dzairyu.clusterITs=true -Dit.test=ClusterThroughputIT
    -Dcluster.throughput=true)
  report=ear/tests/target/throughput-cluster.txt
else
  which=(-Dit.test=SubmissionThroughputIT)
  report=ear/tests/target/throughput.txt
fi
cd "$(dirname "$0")/.."
log="$(mktemp -t zairyu-throughput.XXXXXX.log)"
status=0
timeout --signal=TERM "${THROUGHPUT_TIMEOUT:-1h}" \
  flock "$lock" \
  mvn -B -o verify -pl ear/tests -am -Dzairyu.skipMainITs=true "${which[@]}" \
    -Dzairyu.test.port-offset="$OFFSET" \
    -Dthroughput.submissions="$N" -Dthroughput.threads="$THREADS" \
    -Dthroughput.warmup="${THROUGHPUT_WARMUP:-6000}" \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true >"$log" 2>&1 || status=$?
cat "$report" 2>/dev/null || true
[ "$status" -eq 0 ] || echo "throughput: FAILED (exit $status); full log: $log" >&2
exit "$status"
