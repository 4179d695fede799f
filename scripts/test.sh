#!/usr/bin/env bash
# Quick start, part two: install what is missing, build, and run every test
# through CTest (GUI tests on Qt's offscreen platform: no display needed), with
# a throwaway PostgreSQL server for the cases that run on both backends; the
# server goes when the tests end. CI sets ADVOCATEDESK_REQUIRE_POSTGRES=1, so
# that a PostgreSQL case that could not reach its server fails, not skips.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup.sh"
exec "$root/scripts/with-postgres.sh" "$root/scripts/run-tests.sh"
