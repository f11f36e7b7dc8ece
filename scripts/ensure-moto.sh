#!/usr/bin/env bash
# Make moto's EC2 server available for the EC2 provider's integration tests (libs/provisioning/src/aws).
#
#   bash scripts/ensure-moto.sh      # ~100 ms when moto[server] is already importable; else pip installs it
#
# Installs into the user site (pip --user) unless a virtualenv is active. Prints the command that starts the
# server (`python3 -m moto.server`) on stdout's last line so callers need not guess. Idempotent; concurrent
# runs are serialized with flock.
set -euo pipefail

MOTO_SPEC="${MOTO_SPEC:-moto[server]>=5,<6}"
PYTHON="${PYTHON:-python3}"
log() { echo "[ensure-moto] $*" >&2; }

command -v "$PYTHON" >/dev/null || { log "$PYTHON not found (need Python 3.9+ with pip)"; exit 1; }

# The server extra brings flask, flask-cors and the EC2 backend's deps; import what it needs.
# find_spec, not import: importing moto.server takes a second.
have_moto() {
  "$PYTHON" -c 'import importlib.util as u, sys; sys.exit(0 if all(u.find_spec(m) for m in ("moto", "flask", "flask_cors", "werkzeug")) else 1)' >/dev/null 2>&1
}

if ! have_moto; then
  lock_dir="${XDG_CACHE_HOME:-$HOME/.cache}/tributary"
  mkdir -p "$lock_dir"
  exec 9>"$lock_dir/ensure-moto.lock"
  flock 9
  if ! have_moto; then
    log "installing $MOTO_SPEC with pip…"
    user_flag=(--user)
    [[ -n "${VIRTUAL_ENV:-}" ]] && user_flag=()
    # Some interpreters (PEP 668 "externally managed") refuse --user installs without this flag.
    if ! "$PYTHON" -m pip install -q "${user_flag[@]}" "$MOTO_SPEC" 2>/tmp/ensure-moto.$$.log; then
      if grep -q externally-managed /tmp/ensure-moto.$$.log; then
        "$PYTHON" -m pip install -q "${user_flag[@]}" --break-system-packages "$MOTO_SPEC"
      else
        cat /tmp/ensure-moto.$$.log >&2; rm -f /tmp/ensure-moto.$$.log; exit 1
      fi
    fi
    rm -f /tmp/ensure-moto.$$.log
    have_moto || { log "moto installed but not importable by $PYTHON"; exit 1; }
  fi
fi

log "moto ready ($PYTHON)"
echo "$PYTHON -m moto.server"
