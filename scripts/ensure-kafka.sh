#!/usr/bin/env bash
# Resolve Apache Kafka (KRaft) + the Prometheus JMX exporter agent into infra/kafka/.dist/.
#
#   infra/kafka/.dist/lib/*.jar                     broker classpath (kafka.Kafka, kafka.tools.StorageTool)
#   infra/kafka/.dist/jmx_prometheus_javaagent.jar  -javaagent for /metrics
#   infra/kafka/.dist/tools/kafka-tools.jar         Kafka's own perf tools (bench/throughput), kept off the
#                                                   broker classpath: `-cp "lib/*:tools/kafka-tools.jar"`
#   infra/kafka/.dist/launcher/tributary-launcher.jar  infra/kafka/launcher/*.java compiled: a node's first
#                                                   start formats its storage in the broker's own JVM
#                                                   (optional: without javac, a separate format JVM runs)
#   infra/kafka/.dist/kafka-cds.jsa                 AppCDS archive from one training start of a broker
#                                                   (optional; cuts each JVM start by ~0.6 s)
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

# The launcher (FormatThenStart) is rebuilt whenever its source changes, without re-resolving Maven.
# Built aside and moved into place, so a JVM starting meanwhile sees the old jar or the new one.
LAUNCHER_SRC="$KAFKA_DIR/launcher"
ensure_launcher() {
  local want_src out="$DIST/launcher" tmpl
  want_src="$(cat "$LAUNCHER_SRC"/*.java | sha256sum | cut -d' ' -f1)"
  [[ -f "$out/.source-sha" && "$(cat "$out/.source-sha")" == "$want_src" && -f "$out/tributary-launcher.jar" ]] && return 0
  command -v javac >/dev/null && command -v jar >/dev/null || { log "no javac/jar: nodes format storage in a separate JVM"; return 0; }
  tmpl="$(mktemp -d "$DIST/.launcher.tmp.XXXXXX")"
  if javac --release 17 -nowarn -cp "$DIST/lib/*" -d "$tmpl/classes" "$LAUNCHER_SRC"/*.java >"$tmpl/javac.log" 2>&1 \
     && jar cf "$tmpl/tributary-launcher.jar" -C "$tmpl/classes" .; then
    echo "$want_src" >"$tmpl/.source-sha"
    rm -rf "$tmpl/classes" "$tmpl/javac.log" "$out.old"
    [[ -d "$out" ]] && mv "$out" "$out.old"
    mv "$tmpl" "$out" && rm -rf "$out.old"
    log "launcher: $out/tributary-launcher.jar"
  else
    cat "$tmpl/javac.log" >&2; rm -rf "$tmpl"
    log "WARNING: launcher not built: nodes format storage in a separate JVM"
  fi
}

want="$(sha256sum "$POM" | cut -d' ' -f1)"
if [[ -f "$STAMP" && "$(cat "$STAMP")" == "$want" && -f "$DIST/jmx_prometheus_javaagent.jar" && -f "$DIST/tools/kafka-tools.jar" ]] \
   && compgen -G "$DIST/lib/kafka_2.13-*.jar" >/dev/null; then
  if [[ ! -f "$DIST/launcher/.source-sha" || "$(cat "$DIST/launcher/.source-sha")" != "$(cat "$LAUNCHER_SRC"/*.java | sha256sum | cut -d' ' -f1)" ]]; then
    exec 9>"$KAFKA_DIR/.dist.lock"; flock 9; ensure_launcher
  fi
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
  ensure_launcher
  log "up to date ($DIST, resolved by a concurrent run)"
  exit 0
fi

# Start one throwaway broker from the final .dist location with -XX:ArchiveClassesAtExit and stop it:
# the JVM dumps every class it loaded. CDS checks the classpath, hence after the move into place.
# Its configuration comes from libs/provisioning's renderer (broker-config/cds-training.ts), compiled
# by scripts/build.mjs: no second copy of the template's placeholders here.
make_cds_archive() {
  local work port_c port_i port_k pid ok=0
  work="$(mktemp -d)"
  read -r port_c port_i port_k < <(python3 -c 'import socket
ss=[socket.socket() for _ in range(3)]
[s.bind(("127.0.0.1",0)) for s in ss]
print(*[s.getsockname()[1] for s in ss])')
  # The real renderer (compiled to dist/) writes server.properties from the one template.
  local node_bin="$REPO_ROOT/node_modules/.bin/node" scram
  [[ -x "$node_bin" ]] || node_bin=node
  "$node_bin" "$REPO_ROOT/scripts/build.mjs" >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; rm -rf "$work"; return 1; }
  scram="$("$node_bin" "$REPO_ROOT/dist/libs/provisioning/src/broker-config/cds-training.js" \
    "$KAFKA_DIR/broker.properties.tmpl" "$work" "$port_c" "$port_i" "$port_k")" || { rm -rf "$work"; return 1; }
  local jvm=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true
             "-Dlog4j2.configurationFile=$KAFKA_DIR/log4j2.properties" "-Dkafka.logs.dir=$work/logs" -cp "$DIST/lib/*")
  log "training start of a broker for the AppCDS archive…"
  java "${jvm[@]}" kafka.tools.StorageTool format --cluster-id "$(python3 -c 'import os,base64;print("A"+base64.urlsafe_b64encode(os.urandom(16)).decode()[1:22])')" \
    --config "$work/server.properties" --add-scram "$scram" >"$work/format.log" 2>&1 || { rm -rf "$work"; return 1; }
  rm -f "$DIST/kafka-cds.jsa"
  java -XX:ArchiveClassesAtExit="$DIST/kafka-cds.jsa" "${jvm[@]}" kafka.Kafka "$work/server.properties" >"$work/stdout.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if grep -q 'Kafka Server started' "$work/logs/server.log" 2>/dev/null; then ok=1; break; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
  [[ $ok == 1 && -s "$DIST/kafka-cds.jsa" ]] || { rm -f "$DIST/kafka-cds.jsa"; return 1; }
  log "AppCDS archive: $DIST/kafka-cds.jsa ($(du -m "$DIST/kafka-cds.jsa" | cut -f1) MB)"
}

tmp="$(mktemp -d "$KAFKA_DIR/.dist.tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")"
agent_version="$(sed -n 's:.*<jmx-exporter.version>\(.*\)</jmx-exporter.version>.*:\1:p' "$POM")"

log "resolving Kafka $kafka_version classpath with Maven (first run downloads ~40 MB)…"
t0=$SECONDS
mvn_quiet() { mvn -B -q -Dstyle.color=never "$@" >"$tmp/mvn.log" 2>&1 || { cat "$tmp/mvn.log" >&2; return 1; }; }
mvn_quiet -f "$POM" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$tmp/lib"
log "resolving JMX exporter agent $agent_version…"
mvn_quiet -f "$POM" dependency:copy \
  -Dartifact="io.prometheus.jmx:jmx_prometheus_javaagent:$agent_version" \
  -DoutputDirectory="$tmp" -Dmdep.stripVersion=true
log "resolving kafka-tools $kafka_version…"
mvn_quiet -f "$POM" dependency:copy \
  -Dartifact="org.apache.kafka:kafka-tools:$kafka_version" \
  -DoutputDirectory="$tmp/tools" -Dmdep.stripVersion=true
rm -f "$tmp/mvn.log"

[[ -f "$tmp/jmx_prometheus_javaagent.jar" ]] || { log "agent jar missing after resolve"; exit 1; }
[[ -f "$tmp/tools/kafka-tools.jar" ]] || { log "kafka-tools jar missing after resolve"; exit 1; }
compgen -G "$tmp/lib/kafka_2.13-*.jar" >/dev/null || { log "kafka jar missing after resolve"; exit 1; }
echo "$want" > "$tmp/.stamp"
echo "$kafka_version" > "$tmp/KAFKA_VERSION"

rm -rf "$DIST.old"
[[ -d "$DIST" ]] && mv "$DIST" "$DIST.old"
mv "$tmp" "$DIST"
trap - EXIT
rm -rf "$DIST.old"
ensure_launcher
make_cds_archive || log "WARNING: no AppCDS archive (brokers start ~0.6 s slower); continuing"
log "done in $((SECONDS - t0))s: $(ls "$DIST/lib" | wc -l) jars in $DIST/lib, agent at $DIST/jmx_prometheus_javaagent.jar"
