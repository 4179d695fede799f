#!/usr/bin/env bash
# Installs the Debian 12 packages Advocate Desk needs (only those missing) and
# builds it in Release mode into build/release. Safe to run again: nothing is
# reinstalled, and the build only recompiles what changed.
#   scripts/setup.sh [extra-package ...]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADVOCATEDESK_BUILD_DIR:-$root/build/release}"

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6 libqt6sql6-sqlite libgl-dev libqt6opengl6-dev qt6-translations-l10n
    libgtest-dev libgmock-dev libbenchmark-dev sqlite3 libsqlite3-dev libsodium-dev
    poppler-utils python3 time valgrind
    # PostgreSQL as the second backend: the Qt driver, and a server for the
    # throwaway one the tests start (scripts/with-postgres.sh).
    postgresql-15 postgresql-common libqt6sql6-psql
    "$@"
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

# Non-interactive (CI has no standard input), as root or through sudo.
apt_install() {
    echo "Installing: $*"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" </dev/null
}

if ((${#missing[@]})); then
    apt_install "${missing[@]}"
fi

# scripts/bench.sh needs the packages only: it builds into its own directory.
if [ -n "${ADVOCATEDESK_SETUP_PACKAGES_ONLY:-}" ]; then
    exit 0
fi

# npm: the machine's own Node.js usually brings it (a nodesource nodejs, which
# Debian's npm package conflicts with); Debian's npm only where there is none.
if ! command -v npm >/dev/null; then
    apt_install npm
fi

# Test-only tools from npm (csv-spectrum fixtures, ajv-cli for the sync bundle
# schema), pinned by tests/npm/package-lock.json; skipped when already installed.
npm_dir="$root/tests/npm"
if ! cmp -s "$npm_dir/package-lock.json" "$npm_dir/node_modules/.installed-lock.json"; then
    (cd "$npm_dir" && timeout 600 npm ci --no-audit --no-fund --loglevel=error </dev/null)
    cp "$npm_dir/package-lock.json" "$npm_dir/node_modules/.installed-lock.json"
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    # ccache, where someone installed it, makes a second clone's build quick.
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
fi
cmake --build "$build" --parallel "$(nproc)"
