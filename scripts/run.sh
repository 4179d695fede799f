#!/usr/bin/env bash
# Quick start, part one: install what is missing, build, and start Advocate Desk
# on its default database (~/.local/share/AdvocateDesk/advocatedesk/advocatedesk.sqlite).
# Arguments go to the app, e.g. scripts/run.sh --database /tmp/trial.sqlite
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# A CJK font so Chinese names render on a minimal desktop.
"$root/scripts/setup.sh" fonts-noto-cjk
exec "${ADVOCATEDESK_BUILD_DIR:-$root/build/release}/app/advocatedesk" "$@"
