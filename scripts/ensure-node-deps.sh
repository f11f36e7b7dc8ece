#!/usr/bin/env bash
# npm dependencies (and the project's own Node 24, carried as the `node` devDependency).
source "$(dirname "$0")/lib.sh"
step "npm dependencies"
stamp=node_modules/.tributary-install-stamp
if [ -f "$stamp" ] && [ "$stamp" -nt package-lock.json ] && [ "$stamp" -nt package.json ]; then
  ok "up to date"
else
  npm ci --no-audit --no-fund --loglevel=error
  touch "$stamp"
  ok "installed"
fi
