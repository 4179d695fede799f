#!/usr/bin/env bash
# Quick start, part two: install what is missing, build, and run every test
# through CTest (GUI tests on Qt's offscreen platform: no display needed).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADVOCATEDESK_BUILD_DIR:-$root/build/release}"
"$root/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600
