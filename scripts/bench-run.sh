#!/usr/bin/env bash
# Runs every benchmark of an existing build on the demo datasets and prints one
# table: figure, value, baseline, ratio, target, pass/fail. scripts/bench.sh
# builds Release and calls this; CTest calls it with --smoke on S.
#   scripts/bench-run.sh [--smoke] [--cpu] BUILD_DIR S|M|L...
# --cpu reports CPU time (user + system) instead of wall-clock time: on a
# machine shared with other work, wall-clock time mostly measures the others.
# Datasets are generated once and cached in build/bench-data (--smoke: in
# BUILD_DIR/bench-data), keyed by size and by the demo generator's sources.
# Exit status: 0 when every figure was measured and (without --smoke) met its
# target; 1 otherwise.
set -euo pipefail

smoke=0
clock=wall
while [ $# -gt 0 ]; do
    case "$1" in
        --smoke) smoke=1 ;;
        --cpu) clock=cpu ;;
        *) break ;;
    esac
    shift
done
if [ $# -lt 2 ]; then
    echo "usage: $0 [--smoke] [--cpu] BUILD_DIR S|M|L..." >&2
    exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "$1" && pwd)"
shift
sizes=("$@")

cli="$build/app/advocatedesk-cli"
gui="$build/app/advocatedesk"
core_bench="$build/tests/bench/core_bench"
gui_bench="$build/tests/bench/gui_bench"
bare="$build/tests/bench/bare_window"
for tool in "$cli" "$gui" "$core_bench" "$gui_bench" "$bare"; do
    [ -x "$tool" ] || { echo "missing $tool: build it first" >&2; exit 2; }
done

export ADVOCATEDESK_NOW="${ADVOCATEDESK_NOW:-2026-06-15T12:00:00Z}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export LC_ALL=C.UTF-8
# The GUI keeps window geometry and recent files in its settings: give it its own.
export XDG_CONFIG_HOME
XDG_CONFIG_HOME="$(mktemp -d)"
work="$(mktemp -d)"
trap 'rm -rf "$work" "$XDG_CONFIG_HOME"' EXIT

if ((smoke)); then
    data="$build/bench-data"
    runs=1          # whole-process timings: runs per figure (median)
    min_time=0.01   # Google Benchmark seconds per figure
    repetitions=1   # Google Benchmark runs per figure (median)
else
    data="$root/build/bench-data"
    runs=5
    min_time=0.5
    repetitions=3
fi
mkdir -p "$data"

advocates_of() {
    case "$1" in
        S) echo 1000 ;;
        M) echo 10000 ;;
        L) echo 100000 ;;
        *) echo "unknown size $1 (S, M or L)" >&2; exit 2 ;;
    esac
}

# Cached dataset for a size: regenerated when the generator or the schema
# changes, so the figures are always those of a file the current schema wrote
# (an upgrade on first open would also keep a backup copy of the whole file).
generator_key="$(cat "$root"/core/demo/*.cpp "$root"/core/demo/*.h "$root"/core/storage/Schema*.cpp \
    "$root"/core/storage/Migrations.cpp | sha1sum | cut -c1-10)"
dataset() {
    local size="$1" file
    file="$data/$size-$generator_key.sqlite"
    if [ ! -f "$file" ]; then
        echo "Generating dataset $size ($(advocates_of "$size") advocates)…" >&2
        rm -f "$file.tmp" "$file.tmp-wal" "$file.tmp-shm"
        "$cli" --database "$file.tmp" demo --advocates "$(advocates_of "$size")" --exact-proportions >&2
        mv "$file.tmp" "$file"
    fi
    echo "$file"
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b == 0) print ""; else printf "%.2f", a / b }'; }
# Median wall-clock milliseconds of a whole process, run $runs times; empty
# when it fails (the table then says NOT RUN).
time_process() {
    local i start times=()
    for ((i = 0; i < runs; i++)); do
        start=$(now_ms)
        if ! /usr/bin/time -f "%U %S" -o "$work/cpu" "$@" >/dev/null 2>"$work/stderr"; then
            { echo "failed: $*"; head -5 "$work/stderr"; } >&2
            return 0
        fi
        if [ "$clock" = cpu ]; then
            times+=("$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu")")
        else
            times+=($(($(now_ms) - start)))
        fi
    done
    printf '%s\n' "${times[@]}" | median
}

rows=()
failed=0
# row FIGURE VALUE BASELINE RATIO MAX_RATIO: pass when RATIO <= MAX_RATIO.
# limit_row FIGURE VALUE MAX UNIT: pass when VALUE <= MAX.
verdict() { # CHECKED MAX
    if [ -z "$1" ] || [ -z "$2" ]; then
        echo "-"
    elif awk -v r="$1" -v t="$2" 'BEGIN { exit !(r > t) }'; then
        echo "FAIL"
        ((smoke)) || failed=1
    else
        echo "pass"
    fi
}
row() {
    local result
    if [ -z "$2" ]; then
        result="NOT RUN"
        failed=1
    else
        result=$(verdict "$4" "$5")
        [ "$result" = FAIL ] && ! ((smoke)) && failed=1
    fi
    rows+=("$1|$2|${3:--}|${4:+$4×}|${5:+≤ $5×}|$result")
}
limit_row() {
    local result
    if [ -z "$2" ]; then
        result="NOT RUN"
        failed=1
    else
        result=$(verdict "$2" "$3")
        [ "$result" = FAIL ] && ! ((smoke)) && failed=1
    fi
    rows+=("$1|$2|-|-|≤ $3 $4|$result")
}

# Google Benchmark CSV: prints "name real_time unit counter" per benchmark.
gbench() {
    local counter="$1"
    shift
    "$@" --benchmark_format=csv --benchmark_min_time="$min_time" --benchmark_repetitions="$repetitions" \
        --benchmark_report_aggregates_only=true 2>/dev/null |
        awk -F, -v counter="$counter" -v clock="$clock" '
            /^name,/ { for (i = 1; i <= NF; i++) col[$i] = i; next }
            col["name"] {
                gsub(/"/, "", $1)
                # With repetitions, the median of them stands for the figure.
                if ($1 ~ /_(mean|stddev|cv)$/) next
                sub(/_median$/, "", $1)
                c = (counter in col) ? $(col[counter]) : ""
                gsub(/"/, "", c)
                err = ("error_occurred" in col) ? $(col["error_occurred"]) : ""
                if (err == "true") next
                print $1, $(col[clock == "cpu" ? "cpu_time" : "real_time"]), $(col["time_unit"]), c
            }'
}
pick() { awk -v n="$1" -v f="$2" '$1 == n { print $f }' "$3"; }

# Instructions one run of a core_bench figure executes (valgrind's callgrind,
# counting only inside the benchmark): the same for the same binary and data
# whatever else the machine does, and blind to cache misses, so it shows how
# the work grows apart from how the memory hierarchy copes. Empty without valgrind.
instructions() { # BENCHMARK_FUNCTION FILTER
    command -v valgrind >/dev/null || return 0
    # The function itself, by its signature: a pattern that also matched Google
    # Benchmark's wrapper around it would toggle collection off again inside.
    valgrind --tool=callgrind --collect-atstart=no --toggle-collect="*::$1(benchmark::State*" \
        --callgrind-out-file="$work/callgrind.out" \
        "$core_bench" --benchmark_filter="$2" --benchmark_min_time=0.000001 >/dev/null 2>&1 || return 0
    awk '/^summary:/ { print $2 }' "$work/callgrind.out"
}

# What no importer on our schema can beat: the CSV's rows, already in a bare
# table, written by SQLite itself into the real tables (unique ids and emails,
# indexes, the search index) with the application's connection settings.
floor_sql() { # BARE_DB
    cat <<SQL
PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;
ATTACH '$1' AS b;
BEGIN IMMEDIATE;
INSERT INTO accounts (id, name, created_at, updated_at)
    SELECT lower(hex(randomblob(16))), account, '$ADVOCATEDESK_NOW', '$ADVOCATEDESK_NOW'
    FROM (SELECT DISTINCT account FROM b.advocates);
INSERT INTO advocates (id, account_id, name, title, email, email_key, phone, language, time_zone,
                       created_at, updated_at)
    SELECT lower(hex(randomblob(16))), (SELECT id FROM accounts WHERE name = x.account COLLATE NOCASE),
           x.name, x.title, x.email, lower(x.email), x.phone, x.language, x.time_zone,
           '$ADVOCATEDESK_NOW', '$ADVOCATEDESK_NOW'
    FROM b.advocates x;
COMMIT;
SQL
}

empty="$work/empty.sqlite"
"$cli" --database "$empty" init >/dev/null
# Start-up takes some 25 ms: more runs, for a median steadier than the scheduler.
startup_runs=$((smoke ? 1 : 11))
start_empty=$(runs=$startup_runs time_process "$gui" --database "$empty" --quit-after-first-paint)
start_bare=$(runs=$startup_runs time_process "$bare")
row "Cold start to first paint: empty database vs bare QMainWindow (ms)" \
    "$start_empty" "$start_bare" "$(ratio "$start_empty" "$start_bare")" 4

declare -A kpi match board myday kpi_ir match_ir myday_ir advocates_n
previous=""
for size in "${sizes[@]}"; do
    db="$(dataset "$size")"
    n="$(advocates_of "$size")"
    advocates_n[$size]=$n
    export ADVOCATEDESK_BENCH_DB="$db"

    gbench label "$core_bench" >"$work/core-$size.txt" || true
    gbench label "$gui_bench" >"$work/gui-$size.txt" || true
    kpi[$size]=$(pick kpiRefresh 2 "$work/core-$size.txt")
    match[$size]=$(pick requestMatching 2 "$work/core-$size.txt")
    board[$size]=$(pick boardOpen 2 "$work/gui-$size.txt")
    myday[$size]=$(pick myDay/lists 2 "$work/core-$size.txt")
    if ! ((smoke)); then
        kpi_ir[$size]=$(instructions kpiRefresh '^kpiRefresh$')
        match_ir[$size]=$(instructions requestMatching '^requestMatching$')
        myday_ir[$size]=$(instructions myDay '^myDay/lists$')
    fi
    search=$(pick searchService 2 "$work/core-$size.txt")
    raw=$(pick searchRawSqlite 2 "$work/core-$size.txt")
    hits=$(pick searchService 4 "$work/core-$size.txt")
    row "FTS prefix search \"${ADVOCATEDESK_BENCH_SEARCH:-mei}\" on $size (${hits:-?} hits; µs): service vs raw SQLite C API" \
        "$search" "$raw" "$(ratio "$search" "$raw")" 1.5

    # Start-up on a copy: opening a file may write to it, the cache stays as generated.
    cp "$db" "$work/open.sqlite"
    start_data=$(runs=$startup_runs time_process "$gui" --database "$work/open.sqlite" --quit-after-first-paint)
    row "Cold start to first paint: $size vs empty database (ms)" \
        "$start_data" "$start_empty" "$(ratio "$start_data" "$start_empty")" 1.3

    ADVOCATEDESK_BENCH_DB="$work/open.sqlite" "$gui_bench" --tour >"$work/tour-$size.txt" 2>/dev/null || true
    rss=$(awk '$1 == "peak_rss_kib" { printf "%.1f", $2 / 1024 }' "$work/tour-$size.txt")
    if [ "$size" = L ]; then
        limit_row "Peak memory, $size open in the GUI (board + advocates page; MiB)" "$rss" 250 MiB
    else
        row "Peak memory, $size open in the GUI (board + advocates page; MiB)" "$rss" "" "" ""
    fi

    # CSV import of this dataset's advocates into a new database, whole process,
    # against the sqlite3 shell's .import of the same file into a bare table.
    csv="$work/advocates-$size.csv"
    sqlite3 -csv -header "$db" \
        "SELECT a.name AS name, a.email AS email, a.title AS title, acc.name AS account, a.phone AS phone,
                a.language AS language, a.time_zone AS time_zone
         FROM advocates a JOIN accounts acc ON acc.id = a.account_id ORDER BY a.seq" >"$csv"
    import_runs=()
    bare_runs=()
    floor_runs=()
    for ((i = 0; i < (smoke ? 1 : 3); i++)); do
        rm -f "$work/import.sqlite"* "$work/bare.sqlite"* "$work/floor.sqlite"*
        "$cli" --database "$work/import.sqlite" init >/dev/null
        "$cli" --database "$work/floor.sqlite" init >/dev/null
        import_runs+=("$(runs=1 time_process "$cli" --database "$work/import.sqlite" import advocates "$csv")")
        bare_runs+=("$(runs=1 time_process sqlite3 "$work/bare.sqlite" ".import --csv $csv advocates")")
        floor_runs+=("$(runs=1 time_process sqlite3 "$work/floor.sqlite" "$(floor_sql "$work/bare.sqlite")")")
    done
    import_ms=$(printf '%s\n' "${import_runs[@]}" | grep . | median || true)
    bare_ms=$(printf '%s\n' "${bare_runs[@]}" | grep . | median || true)
    floor_ms=$(printf '%s\n' "${floor_runs[@]}" | grep . | median || true)
    row "CSV import of $n advocates (ms): CLI import vs sqlite3 .import into a bare table" \
        "$import_ms" "$bare_ms" "$(ratio "$import_ms" "$bare_ms")" 3
    row "  the same rows by SQLite itself into our schema (ms) vs that bare .import" \
        "$floor_ms" "$bare_ms" "$(ratio "$floor_ms" "$bare_ms")" ""
    row "  CLI import vs SQLite itself into our schema (ms)" \
        "$import_ms" "$floor_ms" "$(ratio "$import_ms" "$floor_ms")" 2

    # Growth from the previous (ten times smaller) dataset: no worse than linear.
    if [ -n "$previous" ]; then
        growth=$(ratio "$n" "${advocates_n[$previous]}")
        cards=$(pick boardOpen 4 "$work/gui-$size.txt")
        for figure in kpi match board myday kpi_ir match_ir myday_ir; do
            declare -n times=$figure
            unit=ms
            case $figure in
                kpi) label="KPI refresh (KpiEngine::compute)" ;;
                match) label="Request matching (RequestMatcher::match)" ;;
                board) label="Nomination board open, ${cards:-?} cards (loader's totals and first pages, painted)" ;;
                myday) label="My Day's four lists (read thread)" ;;
                kpi_ir) label="  KPI refresh" unit="instructions" ;;
                match_ir) label="  Request matching" unit="instructions" ;;
                myday_ir) label="  My Day's four lists" unit="instructions" ;;
            esac
            if [ "$unit" = instructions ] && { ((smoke)) || [ -z "${times[$size]:-}" ]; }; then
                unset -n times
                continue # counted in full runs with valgrind only
            fi
            row "$label, $size vs $previous ($unit; data ×$growth)" "${times[$size]}" "${times[$previous]}" \
                "$(ratio "${times[$size]}" "${times[$previous]}")" "$growth"
            unset -n times
        done
    fi
    previous=$size
done
if [ "${#sizes[@]}" -eq 1 ]; then
    size=${sizes[0]}
    cards=$(pick boardOpen 4 "$work/gui-$size.txt")
    row "KPI refresh (KpiEngine::compute) on $size (ms)" "${kpi[$size]}" "" "" ""
    row "Request matching (RequestMatcher::match) on $size (ms)" "${match[$size]}" "" "" ""
    row "Nomination board open on $size, ${cards:-?} cards (ms)" "${board[$size]}" "" "" ""
    row "My Day's four lists on $size (ms)" "${myday[$size]}" "" "" ""
fi

if [ "$clock" = cpu ]; then
    echo "Times are CPU time (user + system). Build: $build"
else
    echo "Times are wall-clock time. Build: $build"
fi
{
    echo "figure|value|baseline|ratio|target|result"
    printf '%s\n' "${rows[@]}"
} | column -t -s '|'
exit $failed
