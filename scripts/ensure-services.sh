#!/usr/bin/env bash
# Postgres and Redis: docker compose where a Docker engine answers, otherwise Debian's packages,
# installed and started here. Idempotent and quick when they already run.
source "$(dirname "$0")/lib.sh"
PGHOST=${TRIBUTARY_DB_HOST:-127.0.0.1}; PGPORT=${TRIBUTARY_DB_PORT:-5432}
PGUSER=${TRIBUTARY_DB_USER:-tributary}; PGPASSWORD=${TRIBUTARY_DB_PASSWORD:-tributary}
REDIS_PORT=${TRIBUTARY_REDIS_PORT:-6379}
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
      redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --maxmemory-policy noeviction \
        --save '' --appendonly no --logfile /tmp/tributary-redis.log >/dev/null
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
