#!/usr/bin/env bash
# Load benchmark of the public routes (a benchmark, not a test): publishes the app (Release), starts it as a
# deployment does (Production) on the embedded SQLite database, or with --postgres on a throwaway PostgreSQL
# cluster (as build.sh makes one), saves the bytes of each dynamic route as a static file that the same process
# serves (Benchmark:StaticBaselineDirectory, under /_baseline), then runs wrk on each route and on its static
# twin and prints one table: req/s, static req/s, ratio, p99.
#
#   scripts/load/run.sh [--postgres] [--duration 10s] [--connections 64] [--threads 1] [--publish-dir DIR]
#                       [--personal-agenda [--agenda-clients 200] [--agenda-think-ms 0]]
#
# --personal-agenda then fills the database with a generated forum (3,000 approved participants, 20,000 published
# meetings; the benchmarks project's load-forum command), signs 200 of its delegates in through the token API, and runs
# wrk with one bearer token per request in turn against GET /api/v1/events/{id}/my-agenda at --agenda-clients
# connections (the signed-in, uncached path). Its row has no static twin: the target is its p99. With
# The agenda is measured as a closed loop (every client asks again as soon as it has its answer) and, with
# --agenda-think-ms N, once more with each client waiting between answer and next request (wrk's delay()) for a time
# drawn evenly from 0 to 2N ms, N on average, so the clients do not ask in step.
#
# --publish-dir runs an app published before (dotnet publish src/SpaceBridge.Web -c Release -o DIR) instead of
# publishing the working tree, e.g. to measure another commit.
#
# Needs the .NET 10 SDK, curl, python3 and wrk (Debian package `wrk`: apt-get install wrk; the script installs it
# with apt-get when it runs as root and wrk is missing). The machine's load (uptime) is printed with the table:
# numbers from a busy machine are not comparable with numbers from a quiet one.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT="$(pwd)"
POSTGRES=0
DURATION=10s
CONNECTIONS=64
THREADS=1
PUBLISHED=""
AGENDA=0
AGENDA_CLIENTS=200
AGENDA_THINK_MS=0
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres) POSTGRES=1 ;;
        --duration) DURATION="$2"; shift ;;
        --connections) CONNECTIONS="$2"; shift ;;
        --threads) THREADS="$2"; shift ;;
        --publish-dir) PUBLISHED="$(cd "$2" && pwd)"; shift ;;
        --personal-agenda) AGENDA=1 ;;
        --agenda-clients) AGENDA_CLIENTS="$2"; shift ;;
        --agenda-think-ms) AGENDA_THINK_MS="$2"; shift ;;
        *) echo "usage: $0 [--postgres] [--duration 10s] [--connections 64] [--threads 1] [--publish-dir DIR] [--personal-agenda [--agenda-clients 200] [--agenda-think-ms 0]]" >&2; exit 2 ;;
    esac
    shift
done

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'load: error: %s\n' "$*" >&2; exit 1; }

if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "wrk is missing: installing the Debian package wrk"
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >/dev/null \
            || { DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends wrk >/dev/null; }
    fi
    command -v wrk >/dev/null 2>&1 || die "wrk is not installed (Debian: apt-get install wrk)"
fi
for tool in dotnet curl python3; do command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"; done

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

WORK="$(mktemp -d "${TMPDIR:-/tmp}/spacebridge-load.XXXXXX")"
APP_PID=""
PG_BIN=""
PG_STARTED=0

as_pg_user() {
    if [ "$(id -u)" -eq 0 ]; then
        local cmd
        cmd="$(printf '%q ' "$@")"
        runuser -u postgres -- /bin/sh -c "$cmd"
    else
        "$@"
    fi
}

cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [ "$PG_STARTED" -eq 1 ]; then
        as_pg_user "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

APP_DIR="$WORK/publish"
if [ -n "$PUBLISHED" ]; then
    APP_DIR="$PUBLISHED"
    log "Using the app published in $APP_DIR"
else
    log "Publishing the app (Release) to $APP_DIR"
    dotnet publish "$ROOT/src/SpaceBridge.Web" -c Release -o "$APP_DIR" --nologo >"$WORK/publish.log" 2>&1 \
        || { cat "$WORK/publish.log" >&2; die "dotnet publish failed"; }
fi
[ -f "$APP_DIR/SpaceBridge.Web.dll" ] || { cat "$WORK/publish.log" >&2 2>/dev/null || true; die "no SpaceBridge.Web.dll in $APP_DIR"; }

PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/data" "$WORK/static"
export ASPNETCORE_ENVIRONMENT=Production
export PublicBaseUrl="$BASE"
export AllowedHosts="127.0.0.1;localhost"
export DataDir="$WORK/data"
export Benchmark__StaticBaselineDirectory="$WORK/static"
export Database__SeedDemo=true
export Logging__LogLevel__Default=Warning
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$AGENDA" -eq 1 ]; then
    # The delegates sign in through the token API from one address: lift its per-address limit for this run only.
    export RateLimits__Token__PermitLimit=100000
    log "Building the benchmarks project (load-forum)"
    dotnet build "$ROOT/tests/SpaceBridge.Web.Benchmarks" -c Release --nologo -v q >"$WORK/bench-build.log" 2>&1 \
        || { cat "$WORK/bench-build.log" >&2; die "building tests/SpaceBridge.Web.Benchmarks failed"; }
fi

if [ "$POSTGRES" -eq 1 ]; then
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
    mkdir -p "$WORK/pg"
    # The server runs as postgres: it must pass through the (private) work folder to reach its own.
    [ "$(id -u)" -eq 0 ] && chmod 711 "$WORK" && chown postgres: "$WORK/pg"
    chmod 700 "$WORK/pg"
    as_pg_user "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/initdb.log" 2>&1 \
        || { cat "$WORK/initdb.log" >&2; die "initdb failed"; }
    PG_PORT="$(free_port)"
    as_pg_user "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $WORK/pg -c max_connections=200" start >/dev/null \
        || die "could not start PostgreSQL"
    PG_STARTED=1
    "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE spacebridge_load" >/dev/null
    export Database__Provider=Postgres
    export Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=unused;Database=spacebridge_load"
    log "Migrating the PostgreSQL database"
    (cd "$WORK" && dotnet "$APP_DIR/SpaceBridge.Web.dll" migrate >"$WORK/migrate.log" 2>&1) \
        || { cat "$WORK/migrate.log" >&2; die "migrate failed"; }
fi

log "Starting the app on $BASE ($([ "$POSTGRES" -eq 1 ] && echo PostgreSQL || echo SQLite), Production)"
(cd "$WORK" && exec dotnet "$APP_DIR/SpaceBridge.Web.dll" --urls "$BASE") >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null; then break; fi
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; die "the app exited"; }
    sleep 0.5
done
curl -fsS -o /dev/null "$BASE/health/ready" || { tail -50 "$WORK/app.log" >&2; die "the app did not become ready"; }

# route|static twin file name (empty: no twin)
ROUTES=(
    "/events/1/agenda|agenda.html"
    "/api/v1/events/1/sessions?pageSize=100|sessions.json"
    "/events/1/agenda.ics|agenda.ics"
    "/|index.html"
)

# Prints "req/s p99_ms non2xx" for one wrk run: measure URL [CONNECTIONS [LUA_SCRIPT]].
measure() {
    local url="$1" connections="${2:-$CONNECTIONS}" script="${3:-}" out
    local -a extra=()
    [ -n "$script" ] && extra=(-s "$script")
    out="$(wrk -t"$THREADS" -c"$connections" -d"$DURATION" --latency "${extra[@]}" "$url" 2>&1)" || { echo "$out" >&2; die "wrk failed on $url"; }
    printf '%s\n' "$out" >>"$WORK/wrk.log"
    python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
p99 = re.search(r"^\s*99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
errors = re.search(r"Socket errors:.*", out)
scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}
print(f"{float(rps.group(1)) if rps else 0:.0f}",
      f"{float(p99.group(1)) * scale[p99.group(2)]:.1f}" if p99 else "?",
      int(bad.group(1)) if bad else 0)
PY
}

log "Machine load: $(uptime)"
# Warm up every route (and save its bytes for the static twin).
for entry in "${ROUTES[@]}"; do
    route="${entry%%|*}"; twin="${entry#*|}"
    status="$(curl -sS -o "$WORK/body" -w '%{http_code}' "$BASE$route")"
    [ "$status" = "200" ] || die "$route answered $status"
    [ -n "$twin" ] && cp "$WORK/body" "$WORK/static/$twin"
    for _ in 1 2 3 4 5; do curl -sS -o /dev/null "$BASE$route"; done
done

declare -a ROWS=()
for entry in "${ROUTES[@]}"; do
    route="${entry%%|*}"; twin="${entry#*|}"
    bytes="$(curl -sS "$BASE$route" | wc -c)"
    log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE$route"
    read -r rps p99 bad <<<"$(measure "$BASE$route")"
    srps="-"; ratio="-"; sp99="-"
    if [ -n "$twin" ]; then
        log "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency $BASE/_baseline/$twin"
        read -r srps sp99 sbad <<<"$(measure "$BASE/_baseline/$twin")"
        [ "$sbad" = "0" ] || log "warning: $sbad non-2xx answers on the static twin of $route"
        ratio="$(python3 -c "print(f'{100 * $rps / $srps:.1f}%' if $srps else '-')")"
    fi
    [ "$bad" = "0" ] || log "warning: $bad non-2xx answers on $route"
    ROWS+=("| \`$route\` ($(python3 -c "print(f'{$bytes / 1024:.1f} KB')")) | $rps | $srps | $ratio | $p99 ms | $sp99 |")
done
# VmHWM only grows: read after the public routes, it is their peak; at the end, the peak of the whole run.
public_memory_kib="$(awk '/VmHWM/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0)"
if [ "$AGENDA" -eq 1 ]; then
    PASSWORD="load-$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')"
    if [ "$POSTGRES" -eq 1 ]; then
        GEN_ARGS=(--provider postgres --connection "$Database__ConnectionString")
    else
        GEN_ARGS=(--provider sqlite --connection "Data Source=$WORK/data/spacebridge.db")
    fi
    log "Generating 3,000 participants and 20,000 published meetings (load-forum)"
    BENCH_DLL="$(ls "$ROOT"/tests/SpaceBridge.Web.Benchmarks/bin/Release/net*/SpaceBridge.Web.Benchmarks.dll | head -n 1)"
    dotnet "$BENCH_DLL" load-forum "${GEN_ARGS[@]}" --accounts "$AGENDA_CLIENTS" --password "$PASSWORD" >"$WORK/accounts.txt" \
        || die "load-forum failed"
    EVENT_ID="$(head -n 1 "$WORK/accounts.txt")"
    log "Signing $AGENDA_CLIENTS delegates in through POST /api/v1/auth/token"
    : >"$WORK/tokens.txt"
    tail -n +2 "$WORK/accounts.txt" | while read -r email; do
        curl -fsS -H 'Content-Type: application/json' \
            -d "{\"email\":\"$email\",\"password\":\"$PASSWORD\"}" "$BASE/api/v1/auth/token" \
            | python3 -c 'import json, sys; print(json.load(sys.stdin)["accessToken"])' >>"$WORK/tokens.txt" \
            || die "could not sign $email in"
    done
    [ "$(wc -l <"$WORK/tokens.txt")" -eq "$AGENDA_CLIENTS" ] || die "fewer tokens than delegates"
    AGENDA_ROUTE="/api/v1/events/$EVENT_ID/my-agenda"
    meetings="$(curl -fsS -H "Authorization: Bearer $(head -n 1 "$WORK/tokens.txt")" "$BASE$AGENDA_ROUTE" \
        | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["meetings"]))')" || die "$AGENDA_ROUTE failed"
    [ "$meetings" -gt 0 ] || die "the first delegate's agenda has no meetings"
    for think in 0 $([ "$AGENDA_THINK_MS" -gt 0 ] && echo "$AGENDA_THINK_MS"); do
        cat >"$WORK/agenda-$think.lua" <<LUA
local tokens = {}
for line in io.lines("$WORK/tokens.txt") do tokens[#tokens + 1] = line end
local i = math.random(#tokens)
request = function()
    i = i % #tokens + 1
    return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. tokens[i] })
end
delay = function()
    return math.random(0, 2 * $think)
end
LUA
    done
    # The paced run (clients that wait between requests) comes first, so the node's peak memory under it is read before
    # the closed loop, a stress test beyond it, raises the peak further.
    ORDER=0
    if [ "$AGENDA_THINK_MS" -gt 0 ]; then ORDER="$AGENDA_THINK_MS 0"; fi
    # Warm-up, not counted: every delegate's first request, and the connection pools grown to the client count.
    wrk -t"$THREADS" -c"$AGENDA_CLIENTS" -d5s -s "$WORK/agenda-${ORDER%% *}.lua" "$BASE$AGENDA_ROUTE" >/dev/null 2>&1 || die "wrk failed on $AGENDA_ROUTE"
    bytes="$(curl -sS -H "Authorization: Bearer $(head -n 1 "$WORK/tokens.txt")" "$BASE$AGENDA_ROUTE" | wc -c)"
    for think in $ORDER; do
        log "wrk -t$THREADS -c$AGENDA_CLIENTS -d$DURATION --latency -s agenda.lua (think $think ms) $BASE$AGENDA_ROUTE"
        read -r rps p99 bad <<<"$(measure "$BASE$AGENDA_ROUTE" "$AGENDA_CLIENTS" "$WORK/agenda-$think.lua")"
        [ "$bad" = "0" ] || log "warning: $bad non-2xx answers on $AGENDA_ROUTE"
        ROWS+=("| \`$AGENDA_ROUTE\` signed in, $AGENDA_CLIENTS clients, think $think ms on average, $meetings meetings in the first agenda ($(python3 -c "print(f'{$bytes / 1024:.1f} KB')")) | $rps | - | - | $p99 ms | - |")
        if [ "$think" -gt 0 ]; then paced_memory_kib="$(awk '/VmHWM/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0)"; fi
    done
fi
memory_kib="$(awk '/VmHWM/ { print $2 }' "/proc/$APP_PID/status" 2>/dev/null || echo 0)"

echo
echo "Database: $([ "$POSTGRES" -eq 1 ] && echo PostgreSQL || echo SQLite), Production, published Release build, loopback"
echo "Command: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency <url> (per route, then its static twin)"
echo "Load: $(uptime)"
echo
echo "| route | dynamic req/s | static same bytes req/s | ratio | dynamic p99 | static p99 (ms) |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "Peak memory of the node (VmHWM): $((memory_kib / 1024)) MiB (after the public routes: $((public_memory_kib / 1024)) MiB$([ -n "${paced_memory_kib:-}" ] && echo "; after the paced agenda run, before the closed loop: $((paced_memory_kib / 1024)) MiB"))"
