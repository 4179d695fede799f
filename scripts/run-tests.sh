#!/usr/bin/env bash
# The suite through CTest, on an already built tree: scripts/test.sh calls it
# inside scripts/with-postgres.sh, so the PostgreSQL cases have a server.
# A failing test's whole output is printed, then the test runs once more on
# its own with the same output, so a log shows whether it fails every time or
# only under load (a flaky test is still a failure: the exit status says so).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADVOCATEDESK_BUILD_DIR:-$root/build/release}"
export QT_QPA_PLATFORM=offscreen
if ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" --timeout 600; then
    exit 0
fi
failed="$build/Testing/Temporary/LastTestsFailed.log"
echo "=== failed tests ($failed) ==="
cat "$failed" || true
# By number: a parameterised test's name ("…/zh_TW  # GetParam() = …") is no regular expression.
while IFS=: read -r number name; do
    [ -n "$number" ] || continue
    echo "=== $name, run again alone ==="
    ctest --test-dir "$build" --output-on-failure --timeout 600 -I "$number,$number" || true
done <"$failed"
exit 1
