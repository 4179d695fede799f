#!/usr/bin/env bash
# The core figures on SQLite and on PostgreSQL, side by side, in one run on one
# dataset (issue 18): the demo programme of a size is generated into a file
# (cached in build/bench-data), copied with `server push` into a throwaway
# PostgreSQL (scripts/with-postgres.sh), and each figure is measured on the
# file and on the server. The CSV import of the dataset's advocates goes into
# an empty file and into an empty server database.
#   scripts/bench-backends.sh [S|M|L]      (default M)
# Uses the Release tree of scripts/bench.sh (build/bench), built if missing.
# Prints one table: figure, SQLite, PostgreSQL, PostgreSQL / SQLite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
size="${1:-M}"
case "$size" in
    S) advocates=1000 ;;
    M) advocates=10000 ;;
    L) advocates=100000 ;;
    *) echo "usage: $0 [S|M|L]" >&2; exit 2 ;;
esac

if [ -z "${ADVOCATEDESK_TEST_POSTGRES:-}" ]; then
    exec "$root/scripts/with-postgres.sh" "$0" "$@"
fi

build="${ADVOCATEDESK_BENCH_BUILD_DIR:-$root/build/bench}"
if [ ! -x "$build/tests/bench/core_bench" ] || [ ! -x "$build/app/advocatedesk-cli" ]; then
    ADVOCATEDESK_SETUP_PACKAGES_ONLY=1 "$root/scripts/setup.sh"
    launcher=()
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    [ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
    cmake --build "$build" --parallel "$(nproc)" --target advocatedesk-cli core_bench
fi
cli="$build/app/advocatedesk-cli"
core_bench="$build/tests/bench/core_bench"

export ADVOCATEDESK_NOW="${ADVOCATEDESK_NOW:-2026-06-15T12:00:00Z}"
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen ADVOCATEDESK_USER=bench
export XDG_CONFIG_HOME
XDG_CONFIG_HOME="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$XDG_CONFIG_HOME"' EXIT

# A database of its own on the throwaway server, next to the one it made.
server_db() { # NAME
    local base="${ADVOCATEDESK_TEST_POSTGRES%%\?*}" query="${ADVOCATEDESK_TEST_POSTGRES#*\?}"
    PGOPTIONS="-c client_min_messages=warning" psql "$ADVOCATEDESK_TEST_POSTGRES" -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null
    echo "${base%/*}/$1?$query"
}

data="$root/build/bench-data"
mkdir -p "$data"
file="$data/backends-$size.sqlite"
if [ ! -f "$file" ]; then
    echo "Generating dataset $size ($advocates advocates)…" >&2
    rm -f "$file.tmp"*
    "$cli" --database "$file.tmp" demo --advocates "$advocates" --exact-proportions >&2
    mv "$file.tmp" "$file"
fi
server="$(server_db "bench_${size,,}")"
start=$(date +%s%N)
"$cli" server push "$file" "$server" >/dev/null
push_ms=$((($(date +%s%N) - start) / 1000000))
psql "$server" -qc "ANALYZE" >/dev/null # a server's autovacuum would, soon after a bulk load

filter='^(kpiRefresh|myDay/lists|requestMatching|searchService)$'
bench() { # DATABASE OUT.json
    ADVOCATEDESK_BENCH_DB="$1" "$core_bench" --benchmark_filter="$filter" --benchmark_min_time=0.5 \
        --benchmark_repetitions=3 --benchmark_report_aggregates_only=true --benchmark_format=json >"$2" 2>/dev/null
}
bench "$file" "$work/sqlite.json"
bench "$server" "$work/postgres.json"

# The import: the dataset's advocates as a CSV, into an empty database of each kind.
csv="$work/advocates.csv"
sqlite3 -csv -header "$file" \
    "SELECT a.name AS name, a.email AS email, a.title AS title, acc.name AS account, a.phone AS phone,
            a.language AS language, a.time_zone AS time_zone
     FROM advocates a JOIN accounts acc ON acc.id = a.account_id ORDER BY a.seq" >"$csv"
import_ms() { # DATABASE
    local start
    "$cli" --database "$1" init >/dev/null
    start=$(date +%s%N)
    "$cli" --database "$1" import advocates "$csv" >/dev/null
    echo $((($(date +%s%N) - start) / 1000000))
}
sqlite_import=$(import_ms "$work/import.sqlite")
server_import=$(import_ms "$(server_db "import_${size,,}")")

python3 - "$work/sqlite.json" "$work/postgres.json" "$size" "$advocates" "$sqlite_import" "$server_import" \
    "$push_ms" <<'PY'
import json, sys
sqlite, postgres, size, advocates, si, pi, push = sys.argv[1:]
def medians(path):
    out = {}
    for b in json.load(open(path))["benchmarks"]:
        if b.get("aggregate_name") == "median":
            ms = b["real_time"] * {"ms": 1, "us": 1e-3, "ns": 1e-6}[b["time_unit"]]
            out[b["run_name"]] = ms
    return out
s, p = medians(sqlite), medians(postgres)
names = {"kpiRefresh": "KPI refresh (dashboard)", "myDay/lists": "My Day (four lists)",
         "requestMatching": "Request matching", "searchService": "Search \"mei\""}
print(f"Dataset {size} ({advocates} advocates); medians of 3, wall-clock ms")
print(f"| Figure | SQLite | PostgreSQL | PostgreSQL / SQLite |")
print(f"|---|---:|---:|---:|")
for key, label in names.items():
    a, b = s.get(key), p.get(key)
    cell = lambda v: "not run" if v is None else f"{v:.2f}"
    ratio = f"{b / a:.2f}" if a and b else "-"
    print(f"| {label} | {cell(a)} | {cell(b)} | {ratio} |")
print(f"| CSV import of {advocates} advocates (whole process) | {si} | {pi} | {int(pi) / max(int(si), 1):.2f} |")
print(f"\n`server push` of the dataset: {push} ms")
PY
