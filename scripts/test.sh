#!/usr/bin/env bash
# `npm test`: prerequisites (as `npm start` has them), type check, then every unit and integration
# test against real Postgres, Redis and Kafka brokers, then the browser journeys.
source "$(dirname "$0")/lib.sh"
export NODE_ENV=test
bash scripts/prepare.sh tributary_test
TRIBUTARY_DB_NAME=tributary_test bash scripts/migrate.sh
step "Type check"
npx tsc -p tsconfig.json && ok "server code"
step "Lint (module boundaries)"
NX_DAEMON=false npx nx show projects >/dev/null  # caches the project graph the boundary rule reads
npx eslint --quiet apps/api apps/worker libs && ok "clean"
step "Unit and integration tests"
npx vitest run "$@"
step "Browser journeys (Playwright, Debian Chromium, the real stack)"
E2E_SKIP_PREPARE=1 bash scripts/e2e.sh
