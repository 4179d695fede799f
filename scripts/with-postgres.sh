#!/usr/bin/env bash
# Runs COMMAND with a throwaway PostgreSQL 15 server of its own, then stops the
# server and removes it, whatever the command does (also on Ctrl-C).
#   scripts/with-postgres.sh COMMAND [ARG ...]
# e.g. scripts/with-postgres.sh ctest --test-dir build/release -R 'Backends/'
#
# The server listens only on a Unix socket in a temporary folder (no TCP port),
# runs as a user that is not root (the `postgres` user when started as root),
# trusts local connections, and holds one empty database, created with UTF-8
# and the C.UTF-8 locale. The command sees:
#   ADVOCATEDESK_TEST_POSTGRES=postgresql://USER@/DBNAME?host=SOCKETDIR
# the form Database::open accepts (docs/storage-seam.md). Tests that connect to
# it skip when the variable is unset; with ADVOCATEDESK_REQUIRE_POSTGRES=1 they
# fail instead.
#
# Installs nothing: scripts/setup.sh installs postgresql-15 and libqt6sql6-psql.
# The exit status is the command's, or 1 when the server could not be started.
set -euo pipefail

if (($# == 0)); then
    echo "usage: $0 COMMAND [ARG ...]" >&2
    exit 2
fi

bindir="${ADVOCATEDESK_PG_BINDIR:-/usr/lib/postgresql/15/bin}"
for tool in initdb pg_ctl psql; do
    if [ ! -x "$bindir/$tool" ] && ! { [ "$tool" = psql ] && command -v psql >/dev/null; }; then
        echo "$0: $bindir/$tool is missing: install postgresql-15 (scripts/setup.sh does)." >&2
        exit 1
    fi
done

# As root, the server runs as `postgres` (initdb refuses root); the folder is
# made theirs. As anyone else, as that user.
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "$0: running as root, but there is no 'postgres' user to run the server as." >&2
        exit 1
    fi
    as_server=(runuser -u postgres --)
    server_user=postgres
else
    server_user="$(id -un)"
fi

# Short path: a Unix socket path must stay under 107 bytes.
tmp="$(mktemp -d /tmp/adpg.XXXXXX)"
data="$tmp/data"
socket="$tmp/socket"
log="$tmp/server.log"
initlog="$tmp/initdb.log"
started=0

cleanup() {
    local status=$?
    if ((started)); then
        "${as_server[@]}" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$socket"
if ((${#as_server[@]})); then
    chown -R postgres: "$tmp"
fi
chmod 700 "$tmp"

"${as_server[@]}" "$bindir/initdb" -D "$data" -U "$server_user" -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$initlog" 2>&1 || { cat "$initlog" >&2; echo "$0: initdb failed." >&2; exit 1; }

# listen_addresses='' : no TCP at all. fsync off: a throwaway server.
"${as_server[@]}" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 \
    -o "-c listen_addresses='' -c unix_socket_directories='$socket' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null || { cat "$log" >&2 2>/dev/null; echo "$0: the server did not start." >&2; exit 1; }
started=1

database=advocatedesk_test
psql_bin="$bindir/psql"
[ -x "$psql_bin" ] || psql_bin="$(command -v psql)"
"${as_server[@]}" "$psql_bin" -X -q -h "$socket" -U "$server_user" -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE DATABASE $database" >/dev/null

# The command runs as the caller; the socket folder must be reachable for them.
chmod 755 "$tmp" "$socket"

export ADVOCATEDESK_TEST_POSTGRES="postgresql://$server_user@/$database?host=$socket"
export PGHOST="$socket"
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on $socket, database $database" >&2
status=0
"$@" || status=$?
exit "$status"
