#!/usr/bin/env bash
# Brings translations/*.ts up to date with the sources (lupdate over app/ ui/
# cli/ core/), drops vanished entries, and lists what still needs translating.
#   scripts/update-translations.sh          update, then list unfinished entries
#   scripts/update-translations.sh --check  change nothing; exit 1 if an update
#                                           would add or drop entries or any
#                                           entry is unfinished (used by ctest)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
lupdate="$(command -v lupdate6 || true)"
[ -n "$lupdate" ] || lupdate=/usr/lib/qt6/bin/lupdate
sources=(app ui cli core)
options=(-no-obsolete -locations none -extensions cpp,h -silent)

if [ "${1:-}" = "--check" ]; then
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    cp translations/*.ts "$work/"
    "$lupdate" "${options[@]}" "${sources[@]}" -ts "$work"/advocatedesk_zh_TW.ts "$work"/advocatedesk_ms.ts >/dev/null
    "$lupdate" "${options[@]}" -pluralonly "${sources[@]}" -ts "$work"/advocatedesk_en.ts >/dev/null
    status=0
    for ts in translations/*.ts; do
        if ! cmp -s "$ts" "$work/$(basename "$ts")"; then
            echo "$ts is out of date with the sources: run scripts/update-translations.sh" >&2
            diff -u "$ts" "$work/$(basename "$ts")" | grep '^[-+] *<source>' | head -20 >&2 || true
            status=1
        fi
    done
    python3 "$root/scripts/unfinished-translations.py" translations/*.ts || status=1
    exit $status
fi

"$lupdate" "${options[@]}" "${sources[@]}" -ts translations/advocatedesk_zh_TW.ts translations/advocatedesk_ms.ts
"$lupdate" "${options[@]}" -pluralonly "${sources[@]}" -ts translations/advocatedesk_en.ts
python3 "$root/scripts/unfinished-translations.py" translations/*.ts || true
