#!/usr/bin/env bash
# npm dependencies (and the project's own Node 24, carried as the `node` devDependency).
# Reinstalls only when package-lock.json's content changed since the last install.
source "$(dirname "$0")/lib.sh"
step "npm dependencies"
stamp=node_modules/.tributary-lock-sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/node ]; then
  ok "up to date"
else
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
  ok "installed"
fi
