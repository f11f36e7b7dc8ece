#!/usr/bin/env bash
# npm dependencies (and the project's own Node 24, carried as the `node` devDependency).
# Reinstalls only when node_modules does not match package-lock.json. `npm ci` deletes node_modules
# first, which breaks every process running from this tree (tests, `npm start`), so when the lock
# changed because someone ran `npm install <pkg>` here, npm's own record of what it installed
# (node_modules/.package-lock.json) already matches and we only take note.
source "$(dirname "$0")/lib.sh"
step "npm dependencies"
stamp=node_modules/.tributary-lock-sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
installed_matches_lock() {
  [ -f node_modules/.package-lock.json ] && node -e '
    const read = (f) => JSON.parse(require("fs").readFileSync(f, "utf8")).packages ?? {};
    const want = read("package-lock.json"), have = read("node_modules/.package-lock.json");
    // Optional packages are absent on other platforms (e.g. @swc/core-darwin-arm64): not a mismatch.
    const stale = Object.entries(want).filter(([path, p]) => path.includes("node_modules/") && (have[path] ? have[path].version !== p.version : !p.optional));
    process.exit(stale.length ? 1 : 0);' 2>/dev/null
}
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/node ]; then
  ok "up to date"
elif [ -x node_modules/.bin/node ] && installed_matches_lock; then
  echo "$want" >"$stamp"
  ok "up to date (package-lock.json changed by an npm install in this tree)"
else
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
  ok "installed"
fi
