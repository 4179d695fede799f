#!/usr/bin/env bash
# Crash drill: kills Advocate Desk with SIGKILL at random moments and checks that
# every kill left a whole database — `check` passes (integrity, foreign keys,
# schema) and the file holds all of the interrupted work or none of it.
#   1. `advocatedesk-cli import` of a large generated CSV, killed 50 times;
#   2. `advocatedesk-cli sync-import` of a colleague's bundle, killed 20 times;
#   3. a burst of the GUI's undoable profile edits (advocatedesk-edit-burst),
#      killed 20 times: the title on disk is the last edit reported committed, or
#      the one in flight — never anything else, and the search index agrees;
#   4. the real main window (advocatedesk-window-edits, every page's background
#      connection open) makes undoable edits while CLI processes come and go on
#      its file, 20 rounds: after each, another program reads the window's last
#      edit and every CLI import, the window holds no deleted -wal or -shm; then
#      the window is killed and its last edit is still in the file.
# Bounded to a few minutes. CTest runs it (label "drill") from scripts/test.sh.
#   scripts/crash-drill.sh [path/to/advocatedesk-cli] [path/to/advocatedesk-edit-burst]
#                          [path/to/advocatedesk-window-edits]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="${1:-$root/build/release/app/advocatedesk-cli}"
burst="${2:-$root/build/release/tests/drill/advocatedesk-edit-burst}"
window="${3:-$root/build/release/tests/drill/advocatedesk-window-edits}"
import_kills="${ADVOCATEDESK_DRILL_IMPORT_KILLS:-50}"
sync_kills="${ADVOCATEDESK_DRILL_SYNC_KILLS:-20}"
edit_kills="${ADVOCATEDESK_DRILL_EDIT_KILLS:-20}"
window_rounds="${ADVOCATEDESK_DRILL_WINDOW_ROUNDS:-20}"
rows="${ADVOCATEDESK_DRILL_ROWS:-5000}"

work="$(mktemp -d)"
child=""
cleanup() {
    if [ -n "$child" ]; then
        kill -9 "$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
# Never the user's own files or settings.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" HOME="$work"
export ADVOCATEDESK_NOW=2026-06-15T12:00:00Z ADVOCATEDESK_USER=drill LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen
start=$SECONDS

fail() {
    echo "crash drill FAILED: $*" >&2
    exit 1
}
now_ms() { date +%s%3N; }
sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }
# A random whole number in [0, $1).
random_below() { echo $(((RANDOM * 32768 + RANDOM) % $1)); }

advocates() {
    "$cli" --database "$1" stats --json | sed -n 's/.*"advocates": *\([0-9]*\).*/\1/p'
}
must_check() {
    "$cli" --database "$1" check >"$work/check.txt" 2>&1 || { cat "$work/check.txt" >&2; fail "$2: check failed"; }
}
fresh_copy() { # fresh_copy FROM TO
    rm -f "$2" "$2-wal" "$2-shm"
    cp "$1" "$2"
}

# Runs "$@" in the background and kills it after a random time in [0, $budget) ms.
run_and_kill() {
    local budget="$1"
    shift
    "$@" >"$work/out.txt" 2>&1 &
    child=$!
    sleep_ms "$(random_below "$budget")"
    kill -9 "$child" 2>/dev/null || true
    wait "$child" 2>/dev/null || true
    child=""
}

# --- 1. import ---------------------------------------------------------------
base="$work/base.sqlite"
"$cli" --database "$base" demo --advocates 50 --seed 3 >/dev/null
base_count="$(advocates "$base")"
csv="$work/advocates.csv"
awk -v n="$rows" 'BEGIN {
    print "email,name,account,title";
    for (i = 1; i <= n; i++)
        printf "drill%d@drill.example,Drill Person %d,Drill Account %d,Head of Operations\n", i, i, i % 300;
}' >"$csv"

db="$work/import.sqlite"
fresh_copy "$base" "$db"
t0=$(now_ms)
"$cli" --database "$db" import advocates "$csv" >/dev/null
import_ms=$(($(now_ms) - t0))
[ "$(advocates "$db")" = $((base_count + rows)) ] || fail "the uninterrupted import did not add $rows advocates"
echo "import of $rows rows takes ${import_ms} ms; killing it $import_kills times"

fresh_copy "$base" "$db"
whole=0
none=0
for ((i = 1; i <= import_kills; i++)); do
    run_and_kill $((import_ms * 11 / 10 + 1)) "$cli" --database "$db" import advocates "$csv"
    must_check "$db" "import kill $i"
    count="$(advocates "$db")"
    if [ "$count" = "$base_count" ]; then
        none=$((none + 1))
    elif [ "$count" = $((base_count + rows)) ]; then
        whole=$((whole + 1))
        fresh_copy "$base" "$db"
    else
        fail "import kill $i left $count advocates: neither $base_count (none) nor $((base_count + rows)) (all)"
    fi
done
echo "import: $import_kills kills, $none left nothing, $whole finished first; every file whole"

# --- 2. sync-import ----------------------------------------------------------
# A demo programme repeats some account names, and sync-import pairs rows by
# name as well as by id, so a full bundle meets "conflicts" with its own rows;
# the drill decides them one way (take-theirs) to test crash safety, not merging.
source_db="$work/colleague.sqlite"
"$cli" --database "$source_db" demo --advocates 500 --seed 9 >/dev/null
bundle="$work/bundle.json"
"$cli" --database "$source_db" sync-export --full --out "$bundle" >/dev/null
# The colleague's key, accepted as a person would after comparing it; its
# consents (a whole programme's) accepted with --yes.
fingerprint="$("$cli" --database "$source_db" sync-key --json | sed -n 's/.*"fingerprint": *"\([^"]*\)".*/\1/p')"
empty="$work/empty.sqlite"
"$cli" --database "$empty" init >/dev/null
db="$work/sync.sqlite"
fresh_copy "$empty" "$db"
t0=$(now_ms)
"$cli" --database "$db" sync-import --on-conflict take-theirs --trust "$fingerprint" --yes "$bundle" >/dev/null
sync_ms=$(($(now_ms) - t0))
bundle_count="$(advocates "$db")"
[ "$bundle_count" -gt 0 ] || fail "the uninterrupted sync-import added no advocates"
echo "sync-import of $bundle_count advocates takes ${sync_ms} ms; killing it $sync_kills times"

fresh_copy "$empty" "$db"
for ((i = 1; i <= sync_kills; i++)); do
    run_and_kill $((sync_ms * 11 / 10 + 1)) "$cli" --database "$db" sync-import --on-conflict take-theirs \
        --trust "$fingerprint" --yes "$bundle"
    must_check "$db" "sync kill $i"
    count="$(advocates "$db")"
    if [ "$count" = "$bundle_count" ]; then
        fresh_copy "$empty" "$db"
    elif [ "$count" != 0 ]; then
        fail "sync kill $i left $count advocates: neither 0 (none) nor $bundle_count (all)"
    fi
done
echo "sync-import: $sync_kills kills; every file whole"

# --- 3. GUI edit burst -------------------------------------------------------
db="$work/edits.sqlite"
fresh_copy "$base" "$db"
printf 'email,name,account,title\nburst@drill.example,Burst Person,Burst Account,Start\n' >"$work/one.csv"
"$cli" --database "$db" import advocates "$work/one.csv" >/dev/null
title_on_disk() {
    sqlite3 "$db" "SELECT title FROM advocates WHERE email = 'burst@drill.example'"
}
for ((i = 1; i <= edit_kills; i++)); do
    previous="$(title_on_disk)" # what the file says before this burst
    run_and_kill $((100 + $(random_below 400))) "$burst" "$db" burst@drill.example
    must_check "$db" "edit kill $i"
    title="$(title_on_disk)"
    last_done="$(sed -n 's/^done //p' "$work/out.txt" | tail -n 1)"
    last_line="$(tail -n 1 "$work/out.txt")"
    in_flight=""
    case "$last_line" in about\ *) in_flight="${last_line#about }" ;; esac
    # Killed before this burst committed anything, the file still holds the last
    # burst's title (a kill between "about" and "done" of the first edit once
    # failed this drill under ctest -j2).
    committed="${last_done:-$previous}"
    if [ "$title" != "$committed" ] && [ "$title" != "$in_flight" ]; then
        grep -v '^\(about\|done\) ' "$work/out.txt" >&2 || true
        fail "edit kill $i: the file says \"$title\"; the last committed edit was \"$committed\" (in flight: \"$in_flight\")"
    fi
    sqlite3 "$db" "INSERT INTO advocate_search(advocate_search) VALUES('integrity-check')" ||
        fail "edit kill $i: the search index is damaged"
    stale="$(sqlite3 "$db" "SELECT count(*) FROM advocates a JOIN advocate_search s ON s.rowid = a.seq
                            WHERE s.title IS NOT a.title")"
    [ "$stale" = 0 ] || fail "edit kill $i: the search index disagrees with $stale advocate(s)"
done
echo "edit burst: $edit_kills kills; every committed edit kept, nothing half-written"

# --- 4. a window and CLI processes on one file -------------------------------
# Closing any descriptor of the file drops a process's locks on it; a CLI that
# then believes it is the last user deletes the log the window still writes to,
# and the window's later edits are lost (core/storage/DatabaseFile.h).
db="$work/shared.sqlite"
fresh_copy "$base" "$db"
printf 'email,name,account,title\nwindow@drill.example,Window Person,Window Account,Start\n' >"$work/one.csv"
"$cli" --database "$db" import advocates "$work/one.csv" >/dev/null
coproc WINDOW { exec "$window" "$db" window@drill.example 2>"$work/window.err"; }
window_pid=$WINDOW_PID
child=$window_pid
window_says() { # the window's next line, within 60 s
    local line
    IFS= read -r -t 60 line <&"${WINDOW[0]}" || fail "the window did not answer$(cat "$work/window.err")"
    case "$line" in error\ *) fail "the window: ${line#error }" ;; esac
    echo "$line"
}
[ "$(window_says)" = ready ] || fail "the window did not start"
title_in_file() {
    sqlite3 "$db" "SELECT title FROM advocates WHERE email = 'window@drill.example'"
}
deleted_logs() {
    local fd
    for fd in /proc/"$window_pid"/fd/*; do readlink "$fd"; done 2>/dev/null | grep -c -- "-\(wal\|shm\) (deleted)" || true
}
commands=(stats "search window" "advocate show window@drill.example" backup "sync-export --out $work/bundle-out.json"
          "kpi --json" due check)
imports=0
for ((i = 1; i <= window_rounds; i++)); do
    # Two or three CLI processes start and end while the window edits.
    pids=()
    for ((k = 0; k < 2 + i % 2; k++)); do
        "$cli" --database "$db" ${commands[$(random_below ${#commands[@]})]} >/dev/null 2>"$work/cli-$k.err" &
        pids+=($!)
    done
    printf 'email,name,account,title\nround%d@drill.example,Round %d,Window Account,Drill\n' "$i" "$i" >"$work/round.csv"
    "$cli" --database "$db" import advocates "$work/round.csv" >/dev/null 2>"$work/cli-import.err" &
    pids+=($!)
    echo edit >&"${WINDOW[1]}"
    answer="$(window_says)"
    for pid in "${pids[@]}"; do
        wait "$pid" || fail "round $i: a CLI process failed: $(cat "$work"/cli-*.err)"
    done
    imports=$((imports + 1))
    case "$answer" in done\ *) ;; *) fail "round $i: the window said \"$answer\"" ;; esac
    last="${answer#done }"
    [ "$(title_in_file)" = "$last" ] ||
        fail "round $i: the window's edit \"$last\" is not in the file (it says \"$(title_in_file)\")"
    [ "$(deleted_logs)" = 0 ] || fail "round $i: the window writes to a -wal or -shm another program deleted"
    must_check "$db" "window round $i"
done
count="$(advocates "$db")"
[ "$count" = $((base_count + 1 + imports)) ] || fail "the file holds $count advocates; expected $((base_count + 1 + imports))"
# A crash of the window loses nothing it reported done.
echo edit >&"${WINDOW[1]}"
answer="$(window_says)"
kill -9 "$window_pid" 2>/dev/null || true
wait "$window_pid" 2>/dev/null || true
child=""
must_check "$db" "window killed"
[ "$(title_in_file)" = "${answer#done }" ] || fail "after the window was killed the file says \"$(title_in_file)\", not \"${answer#done }\""
echo "window and CLI: $window_rounds rounds; every edit and import in the file, no deleted log held"
echo "crash drill passed in $((SECONDS - start)) s"
