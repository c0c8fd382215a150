#!/usr/bin/env bash
# Follows the README's "Production deployment" section word for word on a throwaway PostgreSQL cluster:
# the blocks marked <!-- deploy-check: NAME --> are read from README.md and run, with
#   - /opt, /etc/spacebridge, /etc/systemd/system, /var/lib/spacebridge, /var/backups/spacebridge under a temp folder,
#   - PostgreSQL's port 5432 and the nodes' ports 5081/5082 replaced by free loopback ports,
#   - `sudo -u postgres` and `systemctl` replaced by stand-ins: the first runs the PostgreSQL client against the
#     throwaway cluster (PGHOST/PGPORT/PGUSER), the second starts and stops the nodes with the ExecStart line of
#     docs/deploy/spacebridge@.service (as the current user, not as the spacebridge user).
# Then it checks health, a sign-in, a forum created on one node and read on the other, rolls the nodes as in an upgrade,
# backs up and restores, tears everything down and prints the time of each step.
#
#   scripts/deploy-check.sh               (nginx is used when installed)
#   scripts/deploy-check.sh --with-nginx  (installs nginx with apt-get when it is missing and apt has it)
#
# Not part of the test suite. Needs root (like the README), the .NET 10 SDK, PostgreSQL 15 server binaries,
# curl and jq. Debian 12.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$(pwd)"
README="$ROOT/README.md"
WITH_NGINX=0
[ "${1:-}" = "--with-nginx" ] && WITH_NGINX=1

log() { printf '==> %s\n' "$*"; }
die() { printf 'deploy-check: error: %s\n' "$*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root, as the README's commands are"
for tool in dotnet curl jq; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || die "PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin"
export PATH="$PG_BIN:$PATH"

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
        || shuf -i 20000-40000 -n 1
}

WORK="$(mktemp -d "${TMPDIR:-/tmp}/spacebridge-deploy.XXXXXX")"
chmod 755 "$WORK"
export WORK
export PGPORT="$(free_port)" PORT_A="$(free_port)" PORT_B="$(free_port)"
export PGHOST=127.0.0.1 PGUSER=postgres
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
NGINX_PID_FILE="$WORK/nginx/nginx.pid"
PG_STARTED=0

# ---- timings -------------------------------------------------------------------------------------------
declare -a TIMINGS=()
STEP=""
STEP_STARTED=0
step() {
    finish_step
    STEP="$1"
    STEP_STARTED="$(date +%s.%N)"
    log "$STEP"
}
finish_step() {
    if [ -n "$STEP" ]; then
        local took
        took="$(awk -v a="$STEP_STARTED" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
        TIMINGS+=("$(printf '%-58s %7s s' "$STEP" "$took")")
        STEP=""
    fi
}
TOTAL_STARTED="$(date +%s.%N)"

# ---- README blocks -------------------------------------------------------------------------------------
# The block after <!-- deploy-check: NAME -->, with the throwaway paths and ports.
substitute() {
    sed -e "s#/opt/spacebridge#$WORK/opt/spacebridge#g" \
        -e "s#/etc/spacebridge#$WORK/etc/spacebridge#g" \
        -e "s#/etc/systemd/system#$WORK/etc/systemd/system#g" \
        -e "s#/var/lib/spacebridge#$WORK/var/lib/spacebridge#g" \
        -e "s#/var/backups/spacebridge#$WORK/var/backups/spacebridge#g" \
        -e "s#Port=5432#Port=$PGPORT#g" \
        -e "s#5081#$PORT_A#g" -e "s#5082#$PORT_B#g"
}
export -f substitute
readme_block() {
    local block
    block="$(awk -v marker="<!-- deploy-check: $1 -->" '
        $0 == marker { found = 1; next }
        found && /^```/ { if (inside) exit; inside = 1; next }
        found && inside { print }' "$README")"
    [ -n "$block" ] || die "README.md has no block marked deploy-check: $1"
    printf '%s\n' "$block" | substitute
}
run_readme() {
    local block
    block="$(readme_block "$1")"
    printf '%s\n' "$block" | sed 's/^/    $ /'
    (cd "$ROOT" && bash -euo pipefail -c "$block")
}

# ---- stand-ins for sudo -u postgres and systemctl ------------------------------------------------------
sudo() {
    if [ "${1:-}" = "-u" ] && [ "${2:-}" = "postgres" ]; then
        shift 2
    fi
    "$@"
}
start_node() {
    local port="$1" unit wd env_file exec_start
    unit="$(substitute < "$WORK/etc/systemd/system/spacebridge@.service" | sed "s/%i/$port/g")"
    wd="$(printf '%s\n' "$unit" | sed -n 's/^WorkingDirectory=//p')"
    env_file="$(printf '%s\n' "$unit" | sed -n 's/^EnvironmentFile=//p')"
    exec_start="$(printf '%s\n' "$unit" | sed -n 's/^ExecStart=//p' | sed "s#^/usr/bin/dotnet #$(command -v dotnet) #")"
    ( cd "$wd" && set -a && . "$env_file" && set +a && exec $exec_start ) >>"$WORK/node-$port.log" 2>&1 &
    echo $! > "$WORK/node-$port.pid"
}
stop_node() {
    local port="$1" pid waited=0
    [ -f "$WORK/node-$port.pid" ] || return 0
    pid="$(cat "$WORK/node-$port.pid")"
    kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt 600 ]; do sleep 0.1; waited=$((waited + 1)); done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    rm -f "$WORK/node-$port.pid"
}
systemctl() {
    local verb="$1"
    shift
    case "$verb" in
        daemon-reload) ;;
        enable)
            [ "${1:-}" = "--now" ] && shift
            local unit
            for unit in "$@"; do start_node "${unit#spacebridge@}"; done
            ;;
        restart) stop_node "${1#spacebridge@}"; start_node "${1#spacebridge@}" ;;
        stop) stop_node "${1#spacebridge@}" ;;
        *) echo "systemctl stand-in: $verb is not supported" >&2; return 1 ;;
    esac
}
export -f sudo start_node stop_node systemctl

# ---- teardown ------------------------------------------------------------------------------------------
teardown() {
    local status=$?
    finish_step
    set +e
    for port in "$PORT_A" "$PORT_B"; do stop_node "$port"; done
    [ -f "$NGINX_PID_FILE" ] && kill -QUIT "$(cat "$NGINX_PID_FILE")" 2>/dev/null
    [ "$PG_STARTED" -eq 1 ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null 2>&1
    if [ "$status" -ne 0 ]; then
        for f in "$WORK"/node-*.log; do [ -f "$f" ] && { echo "--- last lines of $f"; tail -n 20 "$f"; }; done
    fi
    rm -rf "$WORK"
    echo
    echo "Step timings"
    printf '  %s\n' "${TIMINGS[@]}"
    printf '  %-58s %7s s\n' "total" "$(awk -v a="$TOTAL_STARTED" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
    if [ "$status" -eq 0 ]; then echo "deploy-check: all steps passed"; else echo "deploy-check: FAILED (exit $status)"; fi
    exit "$status"
}
trap teardown EXIT
trap 'exit 130' INT TERM

wait_ready() {
    local port="$1" tries=0
    until curl -fsS "http://localhost:$port/health/ready" >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ "$tries" -lt 240 ] || die "node on port $port was not ready after 120 s"
        sleep 0.5
    done
}

# ---- the steps -----------------------------------------------------------------------------------------
step "Throwaway PostgreSQL cluster (initdb, start on 127.0.0.1:$PGPORT)"
install -d -o postgres -m 700 "$WORK/pg"
runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$WORK/pg/initdb.log" 2>&1 \
    || { cat "$WORK/pg/initdb.log" >&2; die "initdb failed"; }
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $WORK/pg" start >/dev/null
PG_STARTED=1
psql -qAtc 'SELECT version()'

step "README: publish (dotnet publish)"
run_readme publish >"$WORK/publish.log" 2>&1 || { tail -n 30 "$WORK/publish.log"; die "publish failed"; }
readme_block publish | sed 's/^/    $ /'
tail -n 1 "$WORK/publish.log"

step "README: system user and folders (folders only)"
install -d -m 750 "$WORK/var/lib/spacebridge"
install -d -m 755 "$WORK/etc/spacebridge" "$WORK/etc/systemd/system" "$WORK/var/backups"

step "README: database and a role that owns it"
run_readme database

step "README: configuration (environment file, appsettings.Production.json)"
run_readme configuration

step "README: migrate"
run_readme migrate >"$WORK/migrate.log" 2>&1 || { cat "$WORK/migrate.log"; die "migrate failed"; }
readme_block migrate | sed 's/^/    $ /'
if grep -q '"LogLevel":"Error"' "$WORK/migrate.log"; then
    grep '"LogLevel":"Error"' "$WORK/migrate.log" | cut -c1-300
    die "migrate logged errors"
fi
jq -rR 'fromjson? | select(.Category == "SpaceBridge.Database" or .Category == "SpaceBridge.Web") | "    [\(.LogLevel)] \(.Message)"' "$WORK/migrate.log"
echo "    (no Error-level lines)"

step "README: first administrator (admin create, published build)"
export ADMIN_PASSWORD="Deploy-check-$(date +%s)-Pw!"
run_readme admin

step "README: demo forum on, two nodes started, both ready"
run_readme demo-on
run_readme nodes
wait_ready "$PORT_A"
wait_ready "$PORT_B"
run_readme demo-off
database_log() { cat "$WORK"/node-*.log | jq -rR 'fromjson? | select(.Category == "SpaceBridge.Database") | .Message'; }
loaded="$(database_log | grep -c '^Loaded the demo forum$' || true)"
skipped="$(database_log | grep -c '^Demo forum skipped' || true)"
echo "    seeding: $loaded node loaded the demo forum, $skipped node skipped it"
[ "$loaded" -eq 1 ] && [ "$skipped" -eq 1 ] || die "expected one node to load the demo forum and one to skip it"
[ "$(psql -d spacebridge -qAtc 'SELECT count(*) FROM "Forums"')" -eq 1 ] || die "expected exactly one forum"

step "README: health checks"
run_readme health
for port in "$PORT_A" "$PORT_B"; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/live")" = 200 ] || die "/health/live on $port"
done

step "Check: sign-in on node A, signed in on node B"
jar="$WORK/cookies.txt"
token="$(curl -fsS -c "$jar" -b "$jar" "http://localhost:$PORT_A/account/sign-in" \
    | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')"
[ -n "$token" ] || die "no antiforgery token on the sign-in page"
code="$(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" "http://localhost:$PORT_A/account/sign-in" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=admin@forum.example.org" \
    --data-urlencode "Input.Password=$ADMIN_PASSWORD")"
[ "$code" = 302 ] || die "sign-in on node A answered $code, expected a redirect"
code="$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://localhost:$PORT_B/me/registrations")"
[ "$code" = 200 ] || die "node B answered $code to the signed-in page"
echo "    node A: sign-in form accepted (302); node B: /me/registrations with A's cookie answered 200"

step "Check: a forum created on node A is read on node B"
bearer="$(curl -fsS "http://localhost:$PORT_A/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d "$(jq -n --arg p "$ADMIN_PASSWORD" '{email: "admin@forum.example.org", password: $p}')" | jq -r '.accessToken')"
[ -n "$bearer" ] && [ "$bearer" != null ] || die "no bearer token from node A"
code="$(curl -s -o "$WORK/forum.json" -w '%{http_code}' "http://localhost:$PORT_A/api/v1/forums" \
    -H "Authorization: Bearer $bearer" -H 'Content-Type: application/json' \
    -d '{"slug":"deploy-check","name":{"en":"Deploy check forum","ko":"배포 점검 포럼"},"city":"Seoul","timeZone":"Asia/Seoul","languages":["en","ko"]}')"
[ "$code" = 201 ] || { cat "$WORK/forum.json"; die "creating a forum on node A answered $code"; }
id="$(jq -r '.id' "$WORK/forum.json")"
seen="$(curl -fsS "http://localhost:$PORT_B/api/v1/forums/$id" -H "Authorization: Bearer $bearer" | jq -r '.slug')"
[ "$seen" = deploy-check ] || die "node B does not read forum $id"
echo "    forum $id: created on node A with A's token (201), read on node B with the same token"

NGINX_PORT=""
if ! command -v nginx >/dev/null && [ "$WITH_NGINX" -eq 1 ]; then
    step "nginx: install from apt"
    candidate="$(apt-cache policy nginx 2>/dev/null | sed -n 's/^ *Candidate: //p')"
    if [ -n "$candidate" ] && [ "$candidate" != "(none)" ]; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nginx >/dev/null
    else
        echo "    apt has no nginx; going on without it"
    fi
fi
if command -v nginx >/dev/null; then
    step "nginx: docs/deploy/nginx.conf in front of both nodes (self-signed certificate)"
    NGINX_PORT="$(free_port)"
    redirect_port="$(free_port)"
    install -d "$WORK/nginx"
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
        -keyout "$WORK/nginx/key.pem" -out "$WORK/nginx/cert.pem" >/dev/null 2>&1
    substitute < docs/deploy/nginx.conf | sed \
        -e "s#listen 443 ssl http2;#listen 127.0.0.1:$NGINX_PORT ssl http2;#; /listen \[::\]:443/d" \
        -e "s#listen 80;#listen 127.0.0.1:$redirect_port;#; /listen \[::\]:80/d" \
        -e "s#server_name forum.example.org;#server_name localhost;#" \
        -e "s#/etc/letsencrypt/live/forum.example.org/fullchain.pem#$WORK/nginx/cert.pem#" \
        -e "s#/etc/letsencrypt/live/forum.example.org/privkey.pem#$WORK/nginx/key.pem#" > "$WORK/nginx/spacebridge.conf"
    cat > "$WORK/nginx/nginx.conf" <<NGINX
pid $NGINX_PID_FILE;
error_log $WORK/nginx/error.log;
events {}
http {
    access_log $WORK/nginx/access.log;
    client_body_temp_path $WORK/nginx/body;
    proxy_temp_path $WORK/nginx/proxy;
    include $WORK/nginx/spacebridge.conf;
}
NGINX
    nginx -t -c "$WORK/nginx/nginx.conf" 2>&1 | sed 's/^/    /'
    nginx -c "$WORK/nginx/nginx.conf"
    for _ in $(seq 1 50); do curl -ks -o /dev/null "https://localhost:$NGINX_PORT/" && break; sleep 0.1; done
    code="$(curl -ks -o /dev/null -w '%{http_code}' "https://localhost:$NGINX_PORT/health/ready")"
    [ "$code" = 200 ] || die "/health/ready through nginx answered $code"
    code="$(curl -ks -o /dev/null -w '%{http_code}' "https://localhost:$NGINX_PORT/account/sign-in")"
    [ "$code" = 200 ] || die "the sign-in page through nginx answered $code"
    echo "    https://localhost:$NGINX_PORT: /health/ready 200, /account/sign-in 200"
else
    echo "==> nginx is not installed: the nginx steps are skipped (run with --with-nginx to install it)"
fi

step "README: upgrade (publish beside, migrate, roll the nodes one at a time)"
poller_pid=""
if [ -n "$NGINX_PORT" ]; then
    # Through nginx during the roll: every answer should be 200 while one node restarts.
    ( while [ ! -f "$WORK/stop-poller" ]; do
        curl -ks -o /dev/null -w '%{http_code}\n' "https://localhost:$NGINX_PORT/health/ready" >> "$WORK/poller.codes"
        sleep 0.1
      done ) &
    poller_pid=$!
fi
run_readme upgrade >"$WORK/upgrade.log" 2>&1 || { tail -n 30 "$WORK/upgrade.log"; die "upgrade failed"; }
readme_block upgrade | sed 's/^/    $ /'
if [ -n "$poller_pid" ]; then
    touch "$WORK/stop-poller"
    wait "$poller_pid"
    ok="$(grep -c '^200$' "$WORK/poller.codes" || true)"
    bad="$(grep -vc '^200$' "$WORK/poller.codes" || true)"
    echo "    through nginx during the roll: $ok answers 200, $bad other$( [ "$bad" -eq 0 ] || printf ' (%s)' "$(sort "$WORK/poller.codes" | uniq -c | tr -s ' ' | paste -sd, -)")"
    [ "$bad" -eq 0 ] || die "nginx answered something else than 200 during the roll"
fi
handed="$(cat "$WORK"/node-*.log | grep -c 'Application is shutting down' || true)"
echo "    nodes stopped gracefully during the roll: $handed"
run_readme health

step "README: backup (pg_dump)"
run_readme backup
ls -l "$WORK/var/backups/spacebridge" | tail -n +2 | sed 's/^/    /'

step "README: restore (createdb, pg_restore) and compare"
run_readme restore
for table in Forums Events Sessions Registrations AspNetUsers RateLimitWindows; do
    original="$(psql -d spacebridge -qAtc "SELECT count(*) FROM \"$table\"")"
    restored="$(psql -d spacebridge_restored -qAtc "SELECT count(*) FROM \"$table\"")"
    printf '    %-18s original %5s, restored %5s\n' "$table" "$original" "$restored"
    [ "$original" = "$restored" ] || die "$table differs after restore"
done
[ "$(psql -d spacebridge_restored -qAtc "SELECT tableowner FROM pg_tables WHERE tablename = 'Forums'")" = spacebridge ] \
    || die "restored tables are not owned by the spacebridge role"

step "Teardown (stop nodes with SIGTERM, stop nginx and the cluster)"
for port in "$PORT_A" "$PORT_B"; do stop_node "$port"; done
[ -f "$NGINX_PID_FILE" ] && kill -QUIT "$(cat "$NGINX_PID_FILE")" 2>/dev/null || true
finish_step
