#!/usr/bin/env bash
# CI, part two: the whole test suite built with clang under AddressSanitizer and
# UndefinedBehaviorSanitizer (build/asan), then the libFuzzer targets for the CSV
# reader, the sync-bundle parser and the search input (CTest label "fuzz", each
# for ADVOCATEDESK_FUZZ_SECONDS, default 60 s). Run scripts/test.sh first: it
# installs the packages this needs too.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADVOCATEDESK_ASAN_BUILD_DIR:-$root/build/asan}"
seconds="${ADVOCATEDESK_FUZZ_SECONDS:-60}"
start=$SECONDS

if ! command -v clang++ >/dev/null; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang </dev/null
fi

launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DADVOCATEDESK_SANITIZE=ON -DADVOCATEDESK_FUZZ=ON -DADVOCATEDESK_FUZZ_SECONDS="$seconds" "${launcher[@]}"
cmake --build "$build" --parallel "$(nproc)"
echo "hardened build: $((SECONDS - start)) s"

export QT_QPA_PLATFORM=offscreen
# Qt's own libraries are not instrumented; leak reports from their one-time
# allocations (plugin loading, fontconfig) are not ours, so leak checking is off.
# Every other ASan and UBSan finding fails the run.
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# The crash drill is the plain build's job (it kills processes on purpose).
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 900 -LE 'drill|fuzz'
echo "sanitized suite done: $((SECONDS - start)) s"
# The fuzzers each use one core for their whole time: run them side by side.
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" -L fuzz
echo "hardened total: $((SECONDS - start)) s"
