#!/usr/bin/env bash
# A tour for looking: screenshots of every page, the profile, the account
# window and every dialog, in English, Traditional Chinese and Malay, at
# 1600×1000 and 1024×700, light and dark, on a demo programme (and the pages of
# an empty one), with an index page. The recording translator runs along and
# the tour ends by listing any text the screens asked for that has no finished
# translation.
#   scripts/tour.sh [OUT_DIR]        (default: build/tour; open OUT_DIR/index.html)
# TOUR_LANGUAGES, TOUR_SIZES and TOUR_THEMES narrow it down, e.g.
#   TOUR_LANGUAGES=ms TOUR_SIZES=1024x700 TOUR_THEMES=light scripts/tour.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ADVOCATEDESK_BUILD_DIR:-$root/build/release}"
out="$(realpath -m "${1:-$root/build/tour}")"
languages=(${TOUR_LANGUAGES:-en zh_TW ms})
sizes=(${TOUR_SIZES:-1600x1000 1024x700})
themes=(${TOUR_THEMES:-light dark})

"$root/scripts/setup.sh" xvfb fonts-noto-cjk >/dev/null
cmake --build "$build" --target advocatedesk-tour advocatedesk-cli >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The tour's settings and data stay out of the person's own.
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export ADVOCATEDESK_RECORD_TRANSLATIONS="$work/lookups.tsv"
"$build/app/advocatedesk-cli" demo --database "$work/demo.sqlite" --advocates 200 --seed 7 >/dev/null

rm -rf "$out"
mkdir -p "$out"
for language in "${languages[@]}"; do
    for size in "${sizes[@]}"; do
        for theme in "${themes[@]}"; do
            run="$language-$size-$theme"
            echo "tour: $run"
            cp "$work/demo.sqlite" "$work/programme.sqlite"
            rm -f "$work/empty.sqlite"
            xvfb-run -a -s "-screen 0 ${size}x24" \
                "$build/tools/tour/advocatedesk-tour" --database "$work/programme.sqlite" \
                --empty-database "$work/empty.sqlite" --out "$out/$run" --language "$language" --theme "$theme"
        done
    done
done

python3 - "$out" <<'PY'
import html, os, sys
out = sys.argv[1]
runs = sorted(d for d in os.listdir(out) if os.path.isfile(os.path.join(out, d, "manifest.tsv")))
parts = ["<!doctype html><meta charset=utf-8><title>Advocate Desk tour</title>",
         "<style>body{font-family:sans-serif;margin:2em}figure{display:inline-block;margin:0 1em 1em 0;"
         "vertical-align:top}img{max-width:360px;max-height:260px;border:1px solid #ccc}"
         "figcaption{font-size:12px;max-width:360px}</style>",
         "<h1>Advocate Desk tour</h1><p>" + " · ".join(f'<a href="#{r}">{r}</a>' for r in runs) + "</p>"]
for run in runs:
    parts.append(f'<h2 id="{run}">{run}</h2>')
    with open(os.path.join(out, run, "manifest.tsv"), encoding="utf-8") as manifest:
        for line in manifest:
            name, title, width, height = line.rstrip("\n").split("\t")
            src = html.escape(f"{run}/{name}")
            parts.append(f'<figure><a href="{src}"><img src="{src}" loading=lazy></a>'
                         f"<figcaption>{html.escape(title)} ({width}×{height})</figcaption></figure>")
with open(os.path.join(out, "index.html"), "w", encoding="utf-8") as index:
    index.write("\n".join(parts))
PY
shots=$(cat "$out"/*/manifest.tsv | wc -l)
echo "tour: $shots screenshots in $out (open $out/index.html)"

# What the screens asked to have translated, checked against the .ts files.
python3 "$root/scripts/unfinished-translations.py" --lookups "$work/lookups.tsv" \
    "$root/translations/advocatedesk_zh_TW.ts" "$root/translations/advocatedesk_ms.ts"
