#!/usr/bin/env bash
# Postgres and Redis: docker compose where a Docker engine answers, otherwise Debian's packages,
# installed and started here. Idempotent and quick when they already run.
# Redis runs with append-only persistence: Postgres is the truth, but Redis holds the queued work
# (BullMQ jobs, delayed reconcile passes, rate-limit windows) that a restart should not drop.
source "$(dirname "$0")/lib.sh"
PGHOST=${TRIBUTARY_DB_HOST:-127.0.0.1}; PGPORT=${TRIBUTARY_DB_PORT:-5432}
PGUSER=${TRIBUTARY_DB_USER:-tributary}; PGPASSWORD=${TRIBUTARY_DB_PASSWORD:-tributary}
REDIS_PORT=${TRIBUTARY_REDIS_PORT:-6379}
REDIS_DIR="$ROOT/.data/redis"
DATABASES=("${TRIBUTARY_DB_NAME:-tributary}" "${@}")

pg_up() { (exec 3<>/dev/tcp/"$PGHOST"/"$PGPORT") 2>/dev/null; }
redis_up() { (exec 3<>/dev/tcp/127.0.0.1/"$REDIS_PORT") 2>/dev/null; }

step "Postgres and Redis"
if ! pg_up || ! redis_up; then
  if command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    docker compose up -d --wait postgres redis
    USING_DOCKER=1
  elif command -v apt-get >/dev/null; then
    if ! pg_up; then
      command -v pg_ctlcluster >/dev/null && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || { echo "    installing postgresql (Debian)"; apt_install postgresql; }
      ver=$(ls /usr/lib/postgresql | sort -V | tail -1)
      [ -d "/etc/postgresql/$ver/main" ] || as_root pg_createcluster "$ver" main >/dev/null
      as_root pg_ctlcluster "$ver" main start 2>/dev/null || true
    fi
    if ! redis_up; then
      command -v redis-server >/dev/null || { echo "    installing redis-server (Debian)"; apt_install redis-server; }
      mkdir -p "$REDIS_DIR"
      redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --maxmemory-policy noeviction \
        --dir "$REDIS_DIR" --appendonly yes --appendfsync everysec --save '' \
        --logfile "$REDIS_DIR/redis.log" >/dev/null
    fi
  else
    die "Postgres and Redis are not running and neither Docker nor apt-get is available.
       Install PostgreSQL 15+ and Redis 7+, start them on ${PGHOST}:${PGPORT} and 127.0.0.1:${REDIS_PORT}, and run again."
  fi
fi
for i in $(seq 1 60); do pg_up && redis_up && break; sleep 0.5; done
pg_up || die "Postgres did not come up on ${PGHOST}:${PGPORT}"
redis_up || die "Redis did not come up on 127.0.0.1:${REDIS_PORT}"
ok "Postgres on ${PGHOST}:${PGPORT}, Redis on 127.0.0.1:${REDIS_PORT}"

# A Redis started earlier without persistence (an existing machine, an older version of this
# script): turn it on at runtime rather than restart it under whoever is using it. BullMQ also
# needs noeviction: an evicted job key is a lost or corrupted job.
redis_config() { redis-cli -h 127.0.0.1 -p "$REDIS_PORT" --raw CONFIG GET "$1" 2>/dev/null | sed -n 2p; }
redis_set() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" --raw CONFIG SET "$1" "$2" 2>/dev/null)" = OK ]; }
if ! command -v redis-cli >/dev/null; then
  [ -n "${USING_DOCKER:-}" ] || warn "no redis-cli here: cannot check that Redis runs with --appendonly yes and --maxmemory-policy noeviction"
elif [ "$(redis_config appendonly)" != yes ]; then
  if redis_set appendonly yes; then
    ok "Redis: append-only persistence turned on at runtime (files in $(redis_config dir); restart it with --appendonly yes to keep it)"
  else
    warn "Redis runs without append-only persistence and refused CONFIG SET appendonly yes: queued jobs would not survive its restart"
  fi
fi
if command -v redis-cli >/dev/null && [ "$(redis_config maxmemory-policy)" != noeviction ]; then
  redis_set maxmemory-policy noeviction && ok "Redis: maxmemory-policy set to noeviction (BullMQ needs it)" \
    || warn "Redis: maxmemory-policy is not noeviction and could not be changed; BullMQ may lose jobs under memory pressure"
fi

# Role and databases: in the compose container the role exists; add the extra databases.
if [ -n "${USING_DOCKER:-}" ]; then
  for db in "${DATABASES[@]}"; do
    docker compose exec -T postgres psql -U "$PGUSER" -d postgres -qtAc "select 1 from pg_database where datname='${db}'" | grep -q 1 || \
      docker compose exec -T postgres psql -U "$PGUSER" -d postgres -qc "create database ${db}" >/dev/null
  done
  ok "databases: ${DATABASES[*]} (docker compose)"
# Local Debian cluster: via the postgres superuser over the socket.
elif command -v pg_ctlcluster >/dev/null && [ "$PGHOST" = 127.0.0.1 ] && id postgres >/dev/null 2>&1; then
  psql_su() { as_root su postgres -c "psql -qtAX -c \"$1\"" 2>/dev/null; }
  [ "$(psql_su "select 1 from pg_roles where rolname='${PGUSER}'")" = 1 ] || \
    psql_su "create role ${PGUSER} login createdb password '${PGPASSWORD}'" >/dev/null
  for db in "${DATABASES[@]}"; do
    [ "$(psql_su "select 1 from pg_database where datname='${db}'")" = 1 ] || \
      psql_su "create database ${db} owner ${PGUSER}" >/dev/null
  done
  ok "role ${PGUSER}, databases: ${DATABASES[*]}"
fi

# Prometheus: only its binary, for the integration test that scrapes GET /v2/metrics/cloud/export with
# a real one (apps/api/src/test/metrics-export-prometheus.int.spec.ts starts its own process, data dir
# and port). If the package's install started its service, stop and disable it: nothing here uses it.
if ! command -v prometheus >/dev/null; then
  step "Prometheus"
  if command -v apt-get >/dev/null; then
    echo "    installing prometheus (Debian)"
    apt_install --no-install-recommends prometheus
    if command -v systemctl >/dev/null && systemctl is-active --quiet prometheus 2>/dev/null; then
      as_root systemctl disable --now prometheus >/dev/null 2>&1 || warn "could not stop the prometheus service the package started"
    fi
    command -v prometheus >/dev/null && ok "prometheus $(prometheus --version 2>&1 | head -1 | awk '{print $3}')" || warn "prometheus did not install"
  else
    warn "no prometheus and no apt-get: install Prometheus 2.x (its binary on PATH) for the metrics export test"
  fi
fi
