#!/usr/bin/env bash
# Resolve Apache Kafka (KRaft) + the Prometheus JMX exporter agent into infra/kafka/.dist/.
#
#   infra/kafka/.dist/lib/*.jar                     broker classpath (kafka.Kafka, kafka.tools.StorageTool)
#   infra/kafka/.dist/jmx_prometheus_javaagent.jar  -javaagent for /metrics
#   infra/kafka/.dist/.stamp                        sha256 of pom.xml the cache was built from
#
# Idempotent: returns in milliseconds when the stamp matches pom.xml. Re-resolves (atomically, into a
# temp dir that is then swapped in) when the pom changed or the cache is missing/incomplete.
# Needs java (17+) and mvn on PATH; Maven Central through Maven's ordinary resolution (~/.m2 cache).
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KAFKA_DIR="$REPO_ROOT/infra/kafka"
DIST="$KAFKA_DIR/.dist"
POM="$KAFKA_DIR/pom.xml"
STAMP="$DIST/.stamp"

log() { echo "[ensure-kafka] $*" >&2; }

want="$(sha256sum "$POM" | cut -d' ' -f1)"
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" && -f "$DIST/jmx_prometheus_javaagent.jar" ]] \
   && compgen -G "$DIST/lib/kafka_2.13-*.jar" >/dev/null; then
  log "up to date ($DIST)"
  exit 0
fi

command -v java >/dev/null || { log "java not found (need Java 17+)"; exit 1; }
command -v mvn >/dev/null || { log "mvn not found"; exit 1; }

# One resolver at a time (parallel test workers / api + worker starting together).
mkdir -p "$KAFKA_DIR"
exec 9>"$KAFKA_DIR/.dist.lock"
flock 9
# Another process may have finished while we waited.
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" ]]; then
  log "up to date ($DIST, resolved by a concurrent run)"
  exit 0
fi

tmp="$(mktemp -d "$KAFKA_DIR/.dist.tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")"
agent_version="$(sed -n 's:.*<jmx-exporter.version>\(.*\)</jmx-exporter.version>.*:\1:p' "$POM")"

log "resolving Kafka $kafka_version classpath with Maven (first run downloads ~40 MB)…"
t0=$SECONDS
mvn -B -q -f "$POM" dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$tmp/lib" >&2
log "resolving JMX exporter agent $agent_version…"
mvn -B -q -f "$POM" dependency:copy \
  -Dartifact="io.prometheus.jmx:jmx_prometheus_javaagent:$agent_version" \
  -DoutputDirectory="$tmp" -Dmdep.stripVersion=true >&2

[[ -f "$tmp/jmx_prometheus_javaagent.jar" ]] || { log "agent jar missing after resolve"; exit 1; }
compgen -G "$tmp/lib/kafka_2.13-*.jar" >/dev/null || { log "kafka jar missing after resolve"; exit 1; }
echo "$want" > "$tmp/.stamp"
echo "$kafka_version" > "$tmp/KAFKA_VERSION"

rm -rf "$DIST.old"
[[ -d "$DIST" ]] && mv "$DIST" "$DIST.old"
mv "$tmp" "$DIST"
trap - EXIT
rm -rf "$DIST.old"
log "done in $((SECONDS - t0))s: $(ls "$DIST/lib" | wc -l) jars in $DIST/lib, agent at $DIST/jmx_prometheus_javaagent.jar"
