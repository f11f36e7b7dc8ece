#!/usr/bin/env bash
# stripe-mock (Stripe's API on loopback, for the billing tests): `go install`ed at a pinned version
# into $(go env GOPATH)/bin. Idempotent; ~5 ms when the pinned version is already there.
#
#   bash scripts/ensure-stripe-mock.sh                       install (or check) only
#   bash scripts/ensure-stripe-mock.sh --serve PORT PIDFILE  also start it on 127.0.0.1:PORT in the
#       background, write its pid to PIDFILE and return once it answers (it parses Stripe's whole
#       OpenAPI document at start: seconds on a loaded machine). For a stack that should bill through
#       Stripe (the e2e billing journey): point the api at it with TRIBUTARY_STRIPE_API_URL=http://127.0.0.1:PORT
#       and any sk_test_… / whsec_… pair; stop it with `kill "$(cat PIDFILE)"`.
source "$(dirname "$0")/lib.sh"
VERSION=v0.203.0
command -v go >/dev/null || die "Go is needed to install stripe-mock (go install github.com/stripe/stripe-mock@$VERSION)"
bin_dir=$(go env GOPATH)/bin
stamp="$bin_dir/.stripe-mock-version"
if ! { [ -x "$bin_dir/stripe-mock" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$VERSION" ]; }; then
  step "stripe-mock $VERSION"
  GOFLAGS=-mod=mod go install "github.com/stripe/stripe-mock@$VERSION"
  printf '%s\n' "$VERSION" >"$stamp"
  ok "installed $bin_dir/stripe-mock"
fi

[ "${1:-}" = "--serve" ] || exit 0
port=${2:-}
pidfile=${3:-}
[[ "$port" =~ ^[0-9]+$ ]] && [ -n "$pidfile" ] || die "usage: $0 --serve PORT PIDFILE"
if (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; then die "port $port is already in use: stripe-mock needs a free one"; fi
# An HTTPS listener too, on a port the system picks: without -https-addr stripe-mock also binds
# *:12112, so a second one on the machine (another suite's) exits with "address already in use".
"$bin_dir/stripe-mock" -http-addr "127.0.0.1:$port" -https-addr 127.0.0.1: >/dev/null 2>&1 </dev/null &
pid=$!
printf '%s\n' "$pid" >"$pidfile"
# Up to 120 s: its start-up is CPU-bound, and a 2-core machine running several suites is slow.
for _ in $(seq 1 480); do
  kill -0 "$pid" 2>/dev/null || die "stripe-mock exited at start (port $port)"
  if curl -fsS -o /dev/null -u sk_test_probe: "http://127.0.0.1:$port/v1/customers?limit=1" 2>/dev/null; then
    ok "stripe-mock on 127.0.0.1:$port (pid $pid)"
    exit 0
  fi
  sleep 0.25
done
kill "$pid" 2>/dev/null || true
die "stripe-mock did not answer on port $port within 120 s"
