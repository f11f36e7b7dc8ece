#!/usr/bin/env bash
# `npm test`: prerequisites (as `npm start` has them), type check, lint, then every unit and
# integration test against real Postgres, Redis, Kafka brokers, stripe-mock and moto, then the
# browser journeys against the real stack. Arguments go to vitest (and skip the browser journeys).
source "$(dirname "$0")/lib.sh"
export NODE_ENV=test
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
bash scripts/prepare.sh tributary_test
TRIBUTARY_DB_NAME=tributary_test bash scripts/migrate.sh
step "Type check"
npx tsc -p tsconfig.json && ok "server code"
step "Lint (module boundaries)"
NX_DAEMON=false npx nx show projects >/dev/null  # caches the project graph the boundary rule reads
npx eslint --quiet apps/api apps/worker libs && ok "clean"
step "Console: type check and lint"
# Its own tsconfig (Next's bundler resolution, JSX) and its own lint rules (apps/console/eslint.config.mjs).
(cd apps/console && npx tsc -p tsconfig.json --noEmit && npx eslint --quiet .) && ok "console clean"
step "Unit and integration tests"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json" "$@" || status=$?
vitest_status=$status
if [ $# -eq 0 ]; then
  step "API fuzzing (schemathesis from /openapi.json, small budget: docs/API.md)"
  bash scripts/fuzz-api.sh || status=$?
  step "Browser journeys (Playwright, Debian Chromium, the real stack)"
  E2E_SKIP_PREPARE=1 E2E_RESULTS_JSON="$results/e2e.json" bash scripts/e2e.sh || status=$?
fi
node scripts/test-summary.mjs "$results/vitest.json" "$results/e2e.json"
# vitest also fails a run for an error no test owns (an unhandled rejection): say so at the end too.
[ "$vitest_status" -eq 0 ] || echo "vitest exited with $vitest_status (its own report above names any error outside a test)"
exit $status
