#!/usr/bin/env bash
# Everything both `npm start` and `npm test` need before any process runs. Each step is a quick
# no-op when already done, so running it again is safe and fast.
#   scripts/prepare.sh [extra databases to create...]
source "$(dirname "$0")/lib.sh"
bash scripts/ensure-node-deps.sh
bash scripts/ensure-services.sh "$@"
step "Kafka distribution (Maven Central)"
bash scripts/ensure-kafka.sh 2>&1 | sed 's/^/    /'

export PRISMA_SCHEMA_ENGINE_BINARY=/bin/false PRISMA_QUERY_ENGINE_LIBRARY=/bin/false
step "Prisma client"
gen_stamp=libs/db/src/generated/.schema-sha
want=$(sha256sum prisma/schema.prisma | cut -d' ' -f1)
if [ -f "$gen_stamp" ] && [ "$(cat "$gen_stamp")" = "$want" ]; then ok "up to date"; else
  npx prisma generate >/dev/null && echo "$want" >"$gen_stamp" && ok "generated"
fi
step "Compile server code"
node scripts/build.mjs
