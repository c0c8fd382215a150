#!/usr/bin/env bash
# SpaceBridge build entry point.
#   ./build.sh test   install what the tests need (Chromium, PostgreSQL, a Hangul font) if missing,
#                     start a throwaway PostgreSQL cluster, build everything and run every test.
#                     Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Postgres").
#   ./build.sh deps   only install the system packages the tests need.
#   ./build.sh run    run the web app on the embedded SQLite database (extra arguments go to the app).
set -euo pipefail

cd "$(dirname "$0")"
ROOT="$(pwd)"
SOLUTION="SpaceBridge.slnx"
APT_PACKAGES=(chromium postgresql fonts-nanum)

log() { printf '==> %s\n' "$*"; }
die() { printf 'build.sh: error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root (or sudo) to run: $*"
    fi
}

ensure_packages() {
    local missing=()
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        log "System packages present: ${APT_PACKAGES[*]}"
        return
    fi
    command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get to install them"
    log "Installing missing system packages: ${missing[*]}"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

postgres_bin_dir() {
    local dir
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -n "$dir" ] && [ -x "$dir/initdb" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
    printf '%s' "$dir"
}

free_port() {
    python3 - <<'PY' 2>/dev/null || shuf -i 20000-40000 -n 1
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
}

PG_DIR=""
PG_BIN=""
PG_STARTED=0

# Runs a PostgreSQL server program as the unprivileged postgres user when we are root (initdb refuses root).
as_pg_user() {
    if [ "$(id -u)" -eq 0 ]; then
        local cmd
        cmd="$(printf '%q ' "$@")"
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- /bin/sh -c "$cmd"
        else
            su postgres -s /bin/sh -c "$cmd"
        fi
    else
        "$@"
    fi
}

stop_postgres() {
    if [ "$PG_STARTED" -eq 1 ]; then
        log "Stopping the test PostgreSQL cluster"
        as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        PG_STARTED=0
    fi
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
        rm -rf "$PG_DIR"
        PG_DIR=""
    fi
}

start_postgres() {
    PG_BIN="$(postgres_bin_dir)"
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/spacebridge-pg.XXXXXX")"
    trap stop_postgres EXIT
    trap 'exit 130' INT TERM
    if [ "$(id -u)" -eq 0 ]; then
        getent passwd postgres >/dev/null || die "no postgres user (the postgresql package creates it)"
        chown postgres: "$PG_DIR"
    fi
    chmod 700 "$PG_DIR"

    log "Creating a throwaway PostgreSQL cluster in $PG_DIR ($("$PG_BIN/postgres" --version))"
    as_pg_user "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 \
        || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }

    local port attempt
    for attempt in 1 2 3 4 5; do
        port="$(free_port)"
        # Trust on loopback only; the socket lives in the temp dir so nothing system-wide is touched.
        if as_pg_user "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
            start >/dev/null; then
            PG_STARTED=1
            break
        fi
        log "Port $port did not work (attempt $attempt), trying another"
    done
    [ "$PG_STARTED" -eq 1 ] || { cat "$PG_DIR/server.log" >&2 || true; die "could not start PostgreSQL"; }
    # pg_hba written by initdb -A trust allows local and host (127.0.0.1/32, ::1/128) connections; we listen on 127.0.0.1 only.
    export SPACEBRIDGE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Password=unused"
    log "PostgreSQL listening on 127.0.0.1:$port"
}

run_tests() {
    ensure_packages
    command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH"
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
    export SPACEBRIDGE_TEST_CHROMIUM="${SPACEBRIDGE_TEST_CHROMIUM:-/usr/bin/chromium}"
    [ -x "$SPACEBRIDGE_TEST_CHROMIUM" ] || die "Chromium not found at $SPACEBRIDGE_TEST_CHROMIUM"
    # Playwright must use the system Chromium and never fetch a browser of its own.
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

    start_postgres

    log "Restoring .NET tools"
    dotnet tool restore
    log "Building and testing $SOLUTION (Release)"
    local started=$SECONDS status=0 log_file="$ROOT/TestResults/dotnet-test.log"
    mkdir -p "$ROOT/TestResults"
    dotnet test "$SOLUTION" -c Release --results-directory "$ROOT/TestResults" "$@" 2>&1 | tee "$log_file" || status=$?
    # One closing line over all test projects, summed from dotnet test's per-assembly summaries.
    local passed failed skipped
    passed="$(grep -oE 'Passed: +[0-9]+' "$log_file" | awk '{ s += $2 } END { print s + 0 }')"
    failed="$(grep -oE 'Failed: +[0-9]+' "$log_file" | awk '{ s += $2 } END { print s + 0 }')"
    skipped="$(grep -oE 'Skipped: +[0-9]+' "$log_file" | awk '{ s += $2 } END { print s + 0 }')"
    echo "Tests: $passed passed, $failed failed, $skipped skipped"
    if [ "$status" -ne 0 ]; then
        log "dotnet test failed (exit $status) after $((SECONDS - started)) s"
        exit "$status"
    fi
    [ "$passed" -gt 0 ] || die "dotnet test ran no test"
    log "All tests passed in $((SECONDS - started)) s"
}

case "${1:-}" in
    test)
        shift
        run_tests "$@"
        ;;
    deps)
        ensure_packages
        ;;
    run)
        shift
        exec dotnet run --project src/SpaceBridge.Web -- "$@"
        ;;
    *)
        echo "usage: $0 test | deps | run [app arguments]" >&2
        exit 2
        ;;
esac
