#!/usr/bin/env bash
# `npm start`: installs and starts what is missing, then runs api, worker and console together under
# scripts/supervise.mjs: one that crashes is restarted (with backoff) while the others keep running.
# Safe to run again; Ctrl-C stops api, worker and console (clusters' brokers keep running and are
# re-adopted next time; `npm run clusters:stop` stops them).
source "$(dirname "$0")/lib.sh"
bash scripts/prepare.sh
bash scripts/migrate.sh
step "Demo account"
node dist/prisma/seed.js

API_PORT=${TRIBUTARY_API_PORT:-8080}
CONSOLE_PORT=${TRIBUTARY_CONSOLE_PORT:-3000}
export TRIBUTARY_API_URL=${TRIBUTARY_API_URL:-http://127.0.0.1:${API_PORT}}
export TRIBUTARY_LOG_PRETTY=${TRIBUTARY_LOG_PRETTY:-true}

step "Console build"
stamp=apps/console/.next/BUILD_ID
if [ -f "$stamp" ] && [ -z "$(find apps/console/src apps/console/next.config.ts apps/console/package.json -newer "$stamp" -print -quit)" ]; then
  ok "up to date"
else
  (cd apps/console && npx next build >/tmp/tributary-console-build.log 2>&1) || { tail -40 /tmp/tributary-console-build.log; die "console build failed (log: /tmp/tributary-console-build.log)"; }
  ok "built"
fi

for port in "$API_PORT" "$CONSOLE_PORT"; do
  if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then
    die "port $port is already in use (another npm start?). Stop it, or set TRIBUTARY_API_PORT / TRIBUTARY_CONSOLE_PORT."
  fi
done

banner() {
  for _ in $(seq 1 120); do
    kill -0 $$ 2>/dev/null || return  # the supervisor (this shell, after exec) is gone
    if curl -fsS "http://127.0.0.1:${API_PORT}/readyz" >/dev/null 2>&1 && curl -fsS -o /dev/null "http://127.0.0.1:${CONSOLE_PORT}/" 2>/dev/null; then
      printf '\n%s  Tributary is running%s\n' "$B" "$N"
      printf '  Console   http://localhost:%s   (log in as demo@tributary.local / tributary-demo)\n' "$CONSOLE_PORT"
      printf '  API       http://localhost:%s   (reference: /docs, OpenAPI: /openapi.json)\n' "$API_PORT"
      printf '  Ctrl-C stops api, worker and console.\n\n'
      return
    fi
    sleep 1
  done
  warn "the services did not answer within 2 minutes; see the logs above"
}
banner &

step "Starting api, worker and console"
# `exec` in each command: the process that gets SIGTERM is the service itself, which shuts down cleanly.
exec node scripts/supervise.mjs --colors blue,magenta,green \
  "api=exec node --enable-source-maps dist/apps/api/src/main.js" \
  "worker=exec node --enable-source-maps dist/apps/worker/src/main.js" \
  "console=cd apps/console && exec npx next start -p ${CONSOLE_PORT} -H 127.0.0.1"
