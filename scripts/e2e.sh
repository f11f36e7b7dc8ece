#!/usr/bin/env bash
# The browser journeys (e2e/), against the real stack started here for the run, on its own ports and
# data: API on 18080, worker, console (`next start`) on 13100, database tributary_e2e (recreated every
# run), Redis db 12, brokers under .data/e2e-local on ports 25100-25999. Always tears it all down, and
# exits with Playwright's code. Arguments go to Playwright (`bash scripts/e2e.sh journey`).
#
#   E2E_SERVE=1 bash scripts/e2e.sh    start the stack and keep it up (Ctrl-C stops it), no tests
#   E2E_SKIP_PREPARE=1                 skip `scripts/prepare.sh` (scripts/test.sh has just run it)
#   E2E_KEEP_LOGS=1                    print the logs' location even when the tests pass
#   E2E_SCREENSHOTS=1                  rewrite e2e/screenshots/*.png (committed; untouched otherwise)
#
# A second run on the same machine at the same time needs its own everything:
#   E2E_API_PORT, E2E_CONSOLE_PORT, E2E_DB_NAME, E2E_REDIS_DB, E2E_DATA_DIR (brokers' data, removed at the
#   end), E2E_PORT_FROM / E2E_PORT_TO (brokers' ports; E2E_BROKER_PORT_FROM / _TO are the older names),
#   E2E_LOG_DIR, E2E_OUTPUT_DIR (Playwright's traces), TRIBUTARY_CONSOLE_DIST_DIR (the console build),
#   E2E_STRIPE_PORT (stripe-mock; default the API's port + 5).
source "$(dirname "$0")/lib.sh"

API_PORT=${E2E_API_PORT:-18080}
CONSOLE_PORT=${E2E_CONSOLE_PORT:-13100}
DB_NAME=${E2E_DB_NAME:-tributary_e2e}
REDIS_DB=${E2E_REDIS_DB:-12}
DATA_DIR=${E2E_DATA_DIR:-"$ROOT/.data/e2e-local"}
# Absolute, so the broker sweep (matched on the command line) finds exactly this run's JVMs.
case "$DATA_DIR" in /*) ;; *) DATA_DIR="$ROOT/$DATA_DIR" ;; esac
BROKER_PORT_FROM=${E2E_PORT_FROM:-${E2E_BROKER_PORT_FROM:-25100}}
BROKER_PORT_TO=${E2E_PORT_TO:-${E2E_BROKER_PORT_TO:-25999}}
LOG_DIR=${E2E_LOG_DIR:-/tmp/tributary-e2e}
# Stripe's API for the stack (stripe-mock), so the billing journey goes out to Checkout and back.
STRIPE_PORT=${E2E_STRIPE_PORT:-$((API_PORT + 5))}
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
DIST_DIR=${TRIBUTARY_CONSOLE_DIST_DIR:-.next}
NODE="$ROOT/node_modules/.bin/node"
# The pinned Node 24 for npx, next and playwright too, also when this runs outside an npm script.
export PATH="$ROOT/node_modules/.bin:$PATH"
started_at=$(date +%s)

step "Chromium"
if [ ! -x "$CHROMIUM" ]; then
  echo "    installing chromium (Debian)"
  apt_install chromium || die "could not install chromium; install it, or point CHROMIUM_PATH at a Chromium binary"
fi
ok "$("$CHROMIUM" --version 2>/dev/null | head -1)"

if [ -z "${E2E_SKIP_PREPARE:-}" ]; then
  bash scripts/prepare.sh "$DB_NAME"
else
  bash scripts/ensure-services.sh "$DB_NAME"
fi

for port in "$API_PORT" "$CONSOLE_PORT"; do
  if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
    die "port $port is already in use (another e2e run?). Stop it, or set E2E_API_PORT / E2E_CONSOLE_PORT."
  fi
done

# --- Teardown: always, whatever happened -----------------------------------------------------------
PIDS=()
brokers() {
  # Broker JVMs whose command line names this run's data directory (and nothing else's).
  local pid
  for pid in $(ls /proc | grep -E '^[0-9]+$'); do
    { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF "$DATA_DIR/" && echo "$pid"
  done
  return 0
}
teardown() {
  local code=$?
  trap - EXIT INT TERM
  step "Stopping the e2e stack"
  for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    local alive=0
    for pid in "${PIDS[@]}"; do kill -0 -- "-$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.25
  done
  for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
  [ -f "$LOG_DIR/stripe-mock.pid" ] && kill -KILL "$(cat "$LOG_DIR/stripe-mock.pid")" 2>/dev/null || true
  local left
  left=$(brokers)
  if [ -n "$left" ]; then
    # shellcheck disable=SC2086
    kill -KILL $left 2>/dev/null || true
    ok "stopped $(wc -w <<<"$left") leftover broker(s)"
  fi
  rm -rf "$DATA_DIR"
  ok "api, worker and console stopped; $DATA_DIR removed"
  printf '    e2e took %ss\n' "$(($(date +%s) - started_at))"
  exit "$code"
}
trap teardown EXIT
trap 'exit 130' INT TERM

# --- Fresh data: database, Redis db, broker directory -----------------------------------------------
step "Fresh data for the run"
left=$(brokers)
# shellcheck disable=SC2086
[ -z "$left" ] || kill -KILL $left 2>/dev/null || true
rm -rf "$DATA_DIR"
mkdir -p "$DATA_DIR" "$LOG_DIR"
export PGPASSWORD=${TRIBUTARY_DB_PASSWORD:-tributary}
psql -qtAX -h "${TRIBUTARY_DB_HOST:-127.0.0.1}" -p "${TRIBUTARY_DB_PORT:-5432}" -U "${TRIBUTARY_DB_USER:-tributary}" -d postgres \
  -c "DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)" -c "CREATE DATABASE ${DB_NAME}" >/dev/null \
  || die "could not recreate database ${DB_NAME}"
redis-cli -p "${TRIBUTARY_REDIS_PORT:-6379}" -n "$REDIS_DB" flushdb >/dev/null || die "could not flush Redis db ${REDIS_DB}"
TRIBUTARY_DB_NAME=$DB_NAME bash scripts/migrate.sh
ok "database ${DB_NAME}, Redis db ${REDIS_DB}, ${DATA_DIR}"

# --- Console build (the same stamp as scripts/start.sh) ---------------------------------------------
step "Console build"
stamp="apps/console/${DIST_DIR}/BUILD_ID"
if [ -f "$stamp" ] && [ -z "$(find apps/console/src apps/console/next.config.ts apps/console/package.json -newer "$stamp" -print -quit)" ]; then
  ok "up to date"
else
  (cd apps/console && npx next build >"$LOG_DIR/console-build.log" 2>&1) || { tail -40 "$LOG_DIR/console-build.log"; die "console build failed (log: $LOG_DIR/console-build.log)"; }
  ok "built"
fi

# --- Stripe (stripe-mock: stateless; the journeys send the signed webhooks it cannot) ----------------
step "stripe-mock on :${STRIPE_PORT}"
bash scripts/ensure-stripe-mock.sh --serve "$STRIPE_PORT" "$LOG_DIR/stripe-mock.pid" || die "stripe-mock did not start (set E2E_STRIPE_PORT if :${STRIPE_PORT} is taken)"
export TRIBUTARY_STRIPE_SECRET_KEY=sk_test_e2e TRIBUTARY_STRIPE_WEBHOOK_SECRET=whsec_e2ebilling
export TRIBUTARY_STRIPE_API_URL="http://127.0.0.1:${STRIPE_PORT}" TRIBUTARY_STRIPE_MAX_NETWORK_RETRIES=0

# --- The stack ---------------------------------------------------------------------------------------
export TRIBUTARY_DB_NAME=$DB_NAME
export TRIBUTARY_REDIS_URL="redis://127.0.0.1:${TRIBUTARY_REDIS_PORT:-6379}/${REDIS_DB}"
export TRIBUTARY_API_PORT=$API_PORT
export TRIBUTARY_PUBLIC_API_URL="http://127.0.0.1:${API_PORT}"
export TRIBUTARY_API_URL="http://127.0.0.1:${API_PORT}"
export TRIBUTARY_CONSOLE_URL="http://127.0.0.1:${CONSOLE_PORT}"
export TRIBUTARY_LOCAL_DATA_DIR="$DATA_DIR"
export TRIBUTARY_LOCAL_PORT_FROM=$BROKER_PORT_FROM
export TRIBUTARY_LOCAL_PORT_TO=$BROKER_PORT_TO
export TRIBUTARY_SIGNUP_LIMIT_PER_IP=100000 TRIBUTARY_LOGIN_LIMIT_PER_IP=100000 TRIBUTARY_LOGIN_LIMIT_PER_ACCOUNT=100000
export TRIBUTARY_METERING_INTERVAL_SECONDS=${TRIBUTARY_METERING_INTERVAL_SECONDS:-2}
export TRIBUTARY_LOG_LEVEL=${TRIBUTARY_LOG_LEVEL:-info}
export TRIBUTARY_LOG_PRETTY=false

# Each in its own process group (setsid), so teardown stops it with everything it started.
# A wrapper shell stays as the group leader and logs how its process ended, so a crash (or a kill from
# outside) during the run shows in the log instead of as a puzzling test failure.
NAMES=()
run() {
  local name=$1
  shift
  setsid bash -c '"$@"; code=$?; echo "[e2e] $(date +%T) ${0} exited with code ${code}$( [ $code -gt 128 ] && echo " (signal $((code - 128)))")"' "$name" "$@" \
    >"$LOG_DIR/$name.log" 2>&1 </dev/null &
  PIDS+=("$!")
  NAMES+=("$name")
}
# Names of the stack's processes that are no longer running.
dead() {
  local i
  for i in "${!PIDS[@]}"; do
    grep -q '^\[e2e\] .* exited with code' "$LOG_DIR/${NAMES[$i]}.log" 2>/dev/null && printf '%s ' "${NAMES[$i]}"
  done
  return 0
}
step "Starting api (:${API_PORT}), worker, console (:${CONSOLE_PORT}); logs in ${LOG_DIR}"
run api "$NODE" --enable-source-maps dist/apps/api/src/main.js
run worker "$NODE" --enable-source-maps dist/apps/worker/src/main.js
run console bash -c "cd apps/console && npx next start -p ${CONSOLE_PORT} -H 127.0.0.1"

wait_for() {
  local what=$1 url=$2 log=$3
  for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && { ok "$what is up"; return 0; }
    sleep 0.25
  done
  tail -30 "$LOG_DIR/$log.log" >&2
  die "$what did not come up within 60 s (log: $LOG_DIR/$log.log)"
}
wait_for "API" "http://127.0.0.1:${API_PORT}/readyz" api
wait_for "console" "http://127.0.0.1:${CONSOLE_PORT}/login" console
# The console reaches the API through its proxy.
curl -fsS -o /dev/null "http://127.0.0.1:${CONSOLE_PORT}/openapi.json" || die "the console's proxy does not reach the API"
ok "console → API proxy works"

if [ -n "${E2E_SERVE:-}" ]; then
  printf '\n    Console http://127.0.0.1:%s   API http://127.0.0.1:%s   (Ctrl-C stops)\n' "$CONSOLE_PORT" "$API_PORT"
  while true; do sleep 3600 & wait $!; done
fi

# --- The tests ---------------------------------------------------------------------------------------
step "Playwright"
set +e
E2E_BASE_URL="http://127.0.0.1:${CONSOLE_PORT}" CHROMIUM_PATH="$CHROMIUM" NODE_ENV=test \
  npx playwright test -c e2e/playwright.config.ts "$@"
code=$?
set -e
gone=$(dead)
if [ -n "$gone" ]; then
  warn "during the run these stopped: ${gone}(see the last line of their logs in $LOG_DIR; a signal means something outside killed them)"
  [ "$code" != 0 ] || code=1
fi
if [ "$code" != 0 ] || [ -n "${E2E_KEEP_LOGS:-}" ]; then
  warn "logs of the stack: $LOG_DIR/{api,worker,console}.log; traces: ${E2E_OUTPUT_DIR:-e2e/test-results}/"
fi
exit "$code"
