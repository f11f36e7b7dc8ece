#!/usr/bin/env bash
# stripe-mock (Stripe's API on loopback, for the billing tests): `go install`ed at a pinned version
# into $(go env GOPATH)/bin. Idempotent; ~5 ms when the pinned version is already there.
source "$(dirname "$0")/lib.sh"
VERSION=v0.203.0
command -v go >/dev/null || die "Go is needed to install stripe-mock (go install github.com/stripe/stripe-mock@$VERSION)"
bin_dir=$(go env GOPATH)/bin
stamp="$bin_dir/.stripe-mock-version"
if [ -x "$bin_dir/stripe-mock" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$VERSION" ]; then
  exit 0
fi
step "stripe-mock $VERSION"
GOFLAGS=-mod=mod go install "github.com/stripe/stripe-mock@$VERSION"
printf '%s\n' "$VERSION" >"$stamp"
ok "installed $bin_dir/stripe-mock"
