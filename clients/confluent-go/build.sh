#!/usr/bin/env bash
# Generates Go clients from Confluent's own OpenAPI documents (kafkarest-v3, cmk-v2, apikeys-v2,
# mds-v2-role-bindings in
# ../shared/reference/confluent-openapi beside the repository) with openapi-generator, the generator
# Confluent's Go SDK is built with, and builds the driver that calls Tributary with them.
# Prints the driver's path. Cached in .data/confluent-go/: a rerun with the same documents, driver
# sources and generator is instant.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DOCS="$(cd "$ROOT/.." && pwd)/shared/reference/confluent-openapi"
OUT="${CONFLUENT_GO_OUT:-$ROOT/.data/confluent-go}"
GENERATOR_VERSION=7.25.0
JAR="$OUT/openapi-generator-cli-$GENERATOR_VERSION.jar"
DRIVER="$OUT/driver"

for tool in go java mvn; do
  command -v "$tool" >/dev/null || { echo "build.sh: $tool is needed (Go builds the driver, Java runs openapi-generator, Maven fetches it)" >&2; exit 1; }
done
for doc in kafkarest-v3 cmk-v2 apikeys-v2 mds-v2-role-bindings; do
  [[ -f "$DOCS/$doc.yaml" ]] || { echo "build.sh: $DOCS/$doc.yaml is missing (Confluent's documents sit in ../shared beside the repository)" >&2; exit 1; }
done
mkdir -p "$OUT"

stamp="$(cd "$HERE" && {
  echo "$GENERATOR_VERSION $(go env GOVERSION)"
  sha256sum "$DOCS"/kafkarest-v3.yaml "$DOCS"/cmk-v2.yaml "$DOCS"/apikeys-v2.yaml "$DOCS"/mds-v2-role-bindings.yaml | cut -d' ' -f1
  find build.sh go.mod go.sum generator cmd internal -type f | LC_ALL=C sort | xargs sha256sum
} | sha256sum | cut -d' ' -f1)"
if [[ -x "$DRIVER" && -f "$OUT/stamp" && "$(cat "$OUT/stamp")" == "$stamp" && -d "$HERE/generated" ]]; then
  echo "$DRIVER"
  exit 0
fi

if [[ ! -f "$JAR" ]]; then
  # Maven Central, through Maven (~/.m2 keeps it for the next clone).
  (cd "$OUT" && mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION" -DoutputDirectory="$OUT" >&2)
fi

cd "$HERE"
rm -rf generated
# The configs name the documents relative to this folder (../../../shared/...).
java -jar "$JAR" batch --clean --fail-fast --threads 3 --root-dir "$HERE" generator/kafkarest.yaml generator/cmk.yaml generator/apikeys.yaml generator/mds.yaml > "$OUT/generate.log" 2>&1 \
  || { tail -40 "$OUT/generate.log" >&2; exit 1; }
GOFLAGS=-buildvcs=false GOTOOLCHAIN=local go build -o "$DRIVER.tmp" ./cmd/driver >&2
mv "$DRIVER.tmp" "$DRIVER"
echo "$stamp" > "$OUT/stamp"
echo "$DRIVER"
