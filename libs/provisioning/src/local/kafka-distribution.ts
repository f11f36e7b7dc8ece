import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The Kafka runtime resolved by `scripts/ensure-kafka.sh` into `infra/kafka/.dist/`, plus the
 * checked-in files next to it (broker template, log4j2 and JMX exporter configs).
 */
export interface KafkaDistribution {
  /** `infra/kafka` */
  kafkaDir: string;
  brokerTemplate: string;
  log4jConfig: string;
  jmxExporterConfig: string;
  /** `java -cp` value (`.dist/lib/*`). */
  classpath: string;
  agentJar: string;
  /** AppCDS archive made by ensure-kafka.sh (optional: start is ~0.6 s slower per JVM without it). */
  cdsArchive: string | null;
  /**
   * `dev.tributary.kafka.FormatThenStart` (infra/kafka/launcher), built by ensure-kafka.sh when javac is
   * there: a node's first start formats storage in the broker's own JVM. Null: a separate format JVM.
   */
  launcherJar: string | null;
}

export class KafkaNotResolvedError extends Error {
  override readonly name = 'KafkaNotResolvedError';
}

/** Walk up from `start` to the directory holding `infra/kafka/broker.properties.tmpl`. */
function findKafkaDirFrom(start: string): string | null {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'infra', 'kafka');
    if (existsSync(join(candidate, 'broker.properties.tmpl'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Locate `infra/kafka`: explicit option, else `TRIBUTARY_KAFKA_DIR`, else the nearest ancestor of the
 * working directory that has one. Throws with the fix when `.dist` has not been resolved yet.
 */
export function locateKafkaDistribution(kafkaDir?: string): KafkaDistribution {
  const dir = kafkaDir ?? process.env['TRIBUTARY_KAFKA_DIR'] ?? findKafkaDirFrom(process.cwd());
  if (!dir) throw new KafkaNotResolvedError(`infra/kafka not found above ${process.cwd()}; pass kafkaDir`);
  const dist = join(dir, '.dist');
  const agentJar = join(dist, 'jmx_prometheus_javaagent.jar');
  if (!existsSync(join(dist, '.stamp')) || !existsSync(agentJar)) {
    throw new KafkaNotResolvedError(`Kafka is not resolved in ${dist}: run \`bash scripts/ensure-kafka.sh\``);
  }
  const cds = join(dist, 'kafka-cds.jsa');
  const launcher = join(dist, 'launcher', 'tributary-launcher.jar');
  return {
    kafkaDir: dir,
    brokerTemplate: join(dir, 'broker.properties.tmpl'),
    log4jConfig: join(dir, 'log4j2.properties'),
    jmxExporterConfig: join(dir, 'jmx-exporter.yml'),
    classpath: join(dist, 'lib', '*'),
    agentJar,
    cdsArchive: existsSync(cds) ? cds : null,
    launcherJar: existsSync(launcher) ? launcher : null,
  };
}

export function readBrokerTemplate(dist: KafkaDistribution): string {
  return readFileSync(dist.brokerTemplate, 'utf8');
}
