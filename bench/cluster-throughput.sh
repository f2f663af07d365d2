#!/usr/bin/env bash
# Submission throughput through the cluster (HAProxy in front of a deployment group of 2 Payara
# instances, the broker pair, one PostgreSQL), measured as bench/throughput.sh measures one server:
# the floor, submit -> routed, and the processor time per submission of each process.
#   bench/cluster-throughput.sh          # 5,000 submissions, 16 client threads
#   bench/cluster-throughput.sh 2000 8   # N and client threads
# The same variables as bench/throughput.sh (THROUGHPUT_WARMUP, ZAIRYU_PORT_OFFSET, ...). Needs
# HAProxy (Debian: apt-get install haproxy); the cluster takes a few minutes to start first.
# Prints the figures; they are also written to ear/tests/target/throughput-cluster.txt.
set -euo pipefail
THROUGHPUT_CLUSTER=true exec "$(dirname "$0")/throughput.sh" "${1:-5000}" "${2:-16}"
