#!/usr/bin/env bash
# Refreshes the Japanese font the PDF renderers embed (ejb-core/src/main/resources/fonts/) from the
# npm package @expo-google-fonts/noto-sans-jp (Noto Sans JP, static TrueType per weight, SIL OFL 1.1).
#
#   ejb-core/src/main/fonts/refresh.sh          # the version recorded in FONT-SOURCE.md
#   ejb-core/src/main/fonts/refresh.sh 0.4.3    # a given version
#
# Needs npm (only to fetch the package) and sha256sum; the build itself needs none of this.
# Afterwards run the renderer tests (mvn -pl ejb-core -am test -Dtest='*Pdf*Test') and commit the
# font, OFL.txt and FONT-SOURCE.md together.
set -euo pipefail
cd "$(dirname "$0")/../../../.."   # the repository root

package=@expo-google-fonts/noto-sans-jp
fonts=ejb-core/src/main/resources/fonts
version="${1:-$(sed -n 's/^Version: //p' "$fonts/FONT-SOURCE.md")}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "Fetching $package@$version"
(cd "$work" && npm pack --silent "$package@$version" >/dev/null && tar xzf ./*.tgz)

cp "$work/package/400Regular/NotoSansJP_400Regular.ttf" "$fonts/NotoSansJP-Regular.ttf"
cp "$work/package/LICENSE_FONT" "$fonts/OFL.txt"
sum="$(sha256sum "$fonts/NotoSansJP-Regular.ttf" | cut -d' ' -f1)"
sed -i -e "s/^Version: .*/Version: $version/" -e "s/^SHA-256: .*/SHA-256: $sum/" "$fonts/FONT-SOURCE.md"
echo "Updated $fonts/NotoSansJP-Regular.ttf ($sum)"
