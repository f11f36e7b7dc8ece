#!/usr/bin/env bash
# Applies pending migrations to the database named by TRIBUTARY_DB_NAME (default: tributary).
source "$(dirname "$0")/lib.sh"
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false PRISMA_QUERY_ENGINE_LIBRARY=/bin/false
step "Migrations → ${TRIBUTARY_DB_NAME:-tributary}"
out=$(npx prisma migrate deploy 2>&1) || { echo "$out" >&2; die "migrations failed"; }
grep -qE 'No pending migrations|successfully applied' <<<"$out" && ok "$(grep -oE 'No pending migrations to apply|All migrations have been successfully applied' <<<"$out" | head -1)"
