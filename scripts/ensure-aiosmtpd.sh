#!/usr/bin/env bash
# A real SMTP server for tests (budget alerts): aiosmtpd from PyPI in a venv under .data, installed
# once. Prints the venv's python on stdout (progress goes to stderr), like fuzz-api.sh's schemathesis.
source "$(dirname "$0")/lib.sh"
AIOSMTPD_VERSION=1.4.6
VENV="$ROOT/.data/aiosmtpd-venv"
if ! "$VENV/bin/python" -c "import aiosmtpd, sys; sys.exit(0 if aiosmtpd.__version__ == '${AIOSMTPD_VERSION}' else 1)" 2>/dev/null; then
  step "aiosmtpd ${AIOSMTPD_VERSION} (venv in .data/aiosmtpd-venv)" >&2
  python3 -m venv "$VENV" >&2 || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  "$VENV/bin/pip" install -q "aiosmtpd==${AIOSMTPD_VERSION}" >&2 || die "pip install aiosmtpd failed"
fi
echo "$VENV/bin/python"
