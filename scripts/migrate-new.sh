#!/usr/bin/env bash
# Writes a new migration: the SQL from the schema at HEAD (or nothing, for the first) to the working
# schema. `prisma migrate dev` cannot run here (its shadow-database step fails), so we diff schemas.
#   npm run migrate:new -- add_clusters
source "$(dirname "$0")/lib.sh"
name=${1:?usage: npm run migrate:new -- <name_in_snake_case>}
[[ "$name" =~ ^[a-z0-9_]+$ ]] || die "migration name must be snake_case: $name"
export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false PRISMA_QUERY_ENGINE_LIBRARY=/bin/false
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
old=$(mktemp --suffix=.prisma)
trap 'rm -f "$old"' EXIT
if ls prisma/migrations/*/migration.sql >/dev/null 2>&1 && git show HEAD:prisma/schema.prisma >"$old" 2>/dev/null; then
  from=(--from-schema-datamodel "$old")
else
  from=(--from-empty)
fi
sql=$(npx prisma migrate diff "${from[@]}" --to-schema-datamodel prisma/schema.prisma --script)
if ! grep -qvE '^(--.*)?$' <<<"$sql"; then die "schema has no changes against HEAD: nothing to migrate"; fi
mkdir -p "$dir"
printf '%s\n' "$sql" >"$dir/migration.sql"
[ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "postgresql"\n' >prisma/migrations/migration_lock.toml
ok "wrote $dir/migration.sql"
