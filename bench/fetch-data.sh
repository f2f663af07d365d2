#!/usr/bin/env bash
# Fetches the data the benchmark compares against, from npm, into bench/data/ (not committed):
#   the CSV ranges of @ip-location-db/geo-whois-asn-country (addresses are drawn from them) and
#   the same ranges as MaxMind DB, @ip-location-db/geo-whois-asn-country-mmdb.
# The version defaults to the one bundled in ejb-core, so both readers answer from the same data.
set -euo pipefail
cd "$(dirname "$0")"
version="${1:-$(sed -n 's/^Version: //p' ../ejb-core/src/main/resources/geo/DATA-LICENSE.md)}"
mkdir -p data
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for package in geo-whois-asn-country geo-whois-asn-country-mmdb; do
  echo "Fetching @ip-location-db/$package@$version"
  (cd "$work" && npm pack --silent "@ip-location-db/$package@$version" >/dev/null \
     && mkdir -p "$package" && tar xzf ./*"$package-$version".tgz -C "$package")
done
cp "$work/geo-whois-asn-country/package/geo-whois-asn-country-ipv4.csv" data/
cp "$work/geo-whois-asn-country/package/geo-whois-asn-country-ipv6.csv" data/
cp "$work/geo-whois-asn-country-mmdb/package/geo-whois-asn-country.mmdb" data/
echo "$version" > data/VERSION
ls -l data
