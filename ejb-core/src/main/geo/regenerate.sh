#!/usr/bin/env bash
# Regenerates the country table shipped in ejb-core from the npm package
# @ip-location-db/geo-whois-asn-country (CSV ranges -> country), or writes it elsewhere for ops.
#
#   ejb-core/src/main/geo/regenerate.sh                  # newest version, into the resources
#   ejb-core/src/main/geo/regenerate.sh 2.3.2026061719   # a given version
#   OUTPUT=/srv/zairyu/geo.bin.gz ejb-core/src/main/geo/regenerate.sh   # a file for ops
#
# Needs npm (only to fetch the package), a JDK and Maven; the build itself needs none of this.
# Ops point zairyu.access.geo-data (ZAIRYU_ACCESS_GEO_DATA) at the file; a running server picks
# up a replaced file within zairyu.access.geo-data.check-seconds.
set -euo pipefail
cd "$(dirname "$0")/../../../.."   # the repository root

package=@ip-location-db/geo-whois-asn-country
version="${1:-$(npm view "$package" version)}"
output="${OUTPUT:-ejb-core/src/main/resources/geo/geo-whois-asn-country.bin.gz}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Fetching $package@$version"
(cd "$work" && npm pack --silent "$package@$version" >/dev/null && tar xzf ./*.tgz)

# for the bundled table, also the test samples that CountryTableDataSetTest checks it against
samples=()
[ -n "${OUTPUT:-}" ] || samples=(ejb-core/src/test/resources/geo/samples.csv)

mvn -q -B -pl ejb-core -am compile -Dspotless.check.skip=true
java -cp ejb-core/target/classes jp.zairyu.infrastructure.geo.GeoDataCompiler \
  "$work/package/geo-whois-asn-country-ipv4.csv" \
  "$work/package/geo-whois-asn-country-ipv6.csv" \
  "$output" \
  "$package@$version" \
  "${samples[@]}"

if [ -z "${OUTPUT:-}" ]; then
  # keep the licence note next to the data in step with the version shipped
  sed -i "s/^Version: .*/Version: $version/" ejb-core/src/main/resources/geo/DATA-LICENSE.md
  echo "Updated the bundled table; commit it with ejb-core/src/main/resources/geo/DATA-LICENSE.md"
fi
