#!/usr/bin/env bash
# Submission throughput through the cluster (HAProxy in front of a deployment group of 2 Payara
# instances, the broker pair, one PostgreSQL), measured as bench/throughput.sh measures one server:
# the floor, submit -> routed, and the processor time per submission of each process.
#   bench/cluster-throughput.sh          # 5,000 submissions, 16 client threads
#   bench/cluster-throughput.sh 2000 8   # N and client threads
#   THROUGHPUT_WARMUP=500 bench/cluster-throughput.sh   # warm-up submissions, default 6,000
#   ZAIRYU_PORT_OFFSET=2000 bench/cluster-throughput.sh # every port moved by 2000
# Needs HAProxy (Debian: apt-get install haproxy). About 6 minutes to start the cluster first.
# Prints the figures; they are also written to ear/tests/target/throughput-cluster.txt.
set -euo pipefail
N="${1:-5000}"
THREADS="${2:-16}"
OFFSET="${ZAIRYU_PORT_OFFSET:-0}"
if [ "$OFFSET" = 0 ]; then lock=/tmp/zairyu-stack.lock; else lock="/tmp/zairyu-stack-$OFFSET.lock"; fi
cd "$(dirname "$0")/.."
log="$(mktemp -t zairyu-cluster-throughput.XXXXXX.log)"
status=0
timeout --signal=TERM "${THROUGHPUT_TIMEOUT:-1h}" \
  flock "$lock" \
  mvn -B -o verify -pl ear/tests -am -Dzairyu.skipMainITs=true -Dzairyu.skipChaosITs=true \
    -Dzairyu.clusterITs=true -Dit.test=ClusterThroughputIT -Dcluster.throughput=true \
    -Dzairyu.test.port-offset="$OFFSET" \
    -Dthroughput.submissions="$N" -Dthroughput.threads="$THREADS" \
    -Dthroughput.warmup="${THROUGHPUT_WARMUP:-6000}" \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dspotless.check.skip=true >"$log" 2>&1 || status=$?
cat ear/tests/target/throughput-cluster.txt 2>/dev/null || true
[ "$status" -eq 0 ] || echo "cluster throughput: FAILED (exit $status); full log: $log" >&2
exit "$status"
