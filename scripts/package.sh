#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack from the Release build, checks them
# (desktop-file-validate, appstreamcli validate, lintian: no errors allowed),
# installs the .deb and runs both installed programs. Called by .ci/run after
# the tests; installs its own tools.
#   scripts/package.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADVOCATEDESK_BUILD_DIR:-$root/build/release}"
start=$SECONDS

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
tools=(desktop-file-utils appstream lintian dpkg-dev file xz-utils)
missing=()
for package in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
fi

[ -f "$build/CMakeCache.txt" ] || "$root/scripts/setup.sh"
cmake --build "$build" --parallel "$(nproc)"
rm -f "$build"/advocatedesk_*.deb "$build"/advocatedesk_*.tar.gz
(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
deb="$(ls "$build"/advocatedesk_*.deb)"
tgz="$(ls "$build"/advocatedesk_*.tar.gz)"
echo "Built $(basename "$deb") and $(basename "$tgz")"

echo "== desktop-file-validate"
desktop-file-validate "$root/installer/advocatedesk.desktop"
echo "== appstreamcli validate"
appstreamcli validate --no-net --explain "$build/installer/app.advocatedesk.AdvocateDesk.metainfo.xml"
echo "== lintian"
# Errors fail the build; warnings are shown.
lintian --fail-on error "$deb"

echo "== install"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$deb" </dev/null
listing="$(tar -tzf "$tgz")"
grep -q 'bin/advocatedesk-cli$' <<<"$listing" || { echo "$tgz lacks advocatedesk-cli" >&2; exit 1; }
QT_QPA_PLATFORM=offscreen /usr/bin/advocatedesk --version
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
/usr/bin/advocatedesk-cli --database "$scratch/x.sqlite" init
/usr/bin/advocatedesk-cli --database "$scratch/x.sqlite" stats
echo "Packaging checks passed in $((SECONDS - start)) s"
