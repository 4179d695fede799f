#!/usr/bin/env bash
# Builds Release into build/bench and runs every benchmark on the demo datasets
# (S 1,000 / M 10,000 / L 100,000 advocates; cached in build/bench-data), each
# figure next to its baseline measured in the same run. Prints one table.
#   scripts/bench.sh [S|M|L|all]     (default all)
# See docs/performance.md for the figures, the targets and what they mean.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADVOCATEDESK_BENCH_BUILD_DIR:-$root/build/bench}"

case "${1:-all}" in
    S | M | L) sizes=("$1") ;;
    all) sizes=(S M L) ;;
    *) echo "usage: $0 [S|M|L|all]" >&2; exit 2 ;;
esac

ADVOCATEDESK_SETUP_PACKAGES_ONLY=1 "$root/scripts/setup.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
    launcher=()
    if command -v ccache >/dev/null; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)" \
    --target advocatedesk advocatedesk-cli core_bench gui_bench bare_window
exec "$root/scripts/bench-run.sh" "$build" "${sizes[@]}"
