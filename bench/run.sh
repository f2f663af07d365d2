#!/usr/bin/env bash
# Builds and runs the lookup benchmarks (about 6 minutes on 2 cores):
#   bench/run.sh                 # all benchmarks, with the GC profiler (allocation per lookup)
#   bench/run.sh -f 1 -wi 2 -i 3 'Lookup.zairyu.*'   # JMH options and a benchmark filter
# Results: printed, and as JSON in bench/target/jmh-result.json.
set -euo pipefail
cd "$(dirname "$0")"
[ -f data/geo-whois-asn-country.mmdb ] || ./fetch-data.sh
(cd .. && mvn -q -B -P bench -pl bench -am package -DskipTests -Dspotless.check.skip=true)
exec java -cp "target/classes:$(cat target/classpath.txt)" org.openjdk.jmh.Main \
  -prof gc -rf json -rff target/jmh-result.json "$@"
