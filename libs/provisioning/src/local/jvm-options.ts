import type { KafkaDistribution } from './kafka-distribution';

/**
 * JVM flags for local nodes, chosen by measurement on a 2-core machine (see infra/kafka/README.md):
 * a bare broker accepts connections after ~2.1 s with defaults, ~1.6 s with SerialGC + C1 only, and
 * ~1.0 s when classes also come from an AppCDS archive. C1-only code is slower at steady state; local
 * clusters serve tests and development, not throughput.
 */
export interface JvmOptions {
  /** -Xmx; 256m holds a dev broker comfortably (RSS ≈ 350 MB). */
  heap: string;
  extraArgs: readonly string[];
}

export const DEFAULT_JVM_OPTIONS: JvmOptions = { heap: '256m', extraArgs: [] };

export function baseJvmArgs(dist: KafkaDistribution, opts: JvmOptions, logsDir: string): string[] {
  return [
    `-Xmx${opts.heap}`,
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-XX:+ExitOnOutOfMemoryError',
    ...(dist.cdsArchive ? [`-XX:SharedArchiveFile=${dist.cdsArchive}`, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'] : []),
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${dist.log4jConfig}`,
    `-Dkafka.logs.dir=${logsDir}`,
    ...opts.extraArgs,
  ];
}

/**
 * Full argv (after `java`) of a broker node: JMX exporter agent on `metricsHost:metricsPort`, then
 * kafka.Kafka. With `formatArgsFile` (a first start, launcher present), the launcher formats the
 * storage from that file in the same JVM before handing over to kafka.Kafka; the command line still
 * ends in `kafka.Kafka <config>`, which process lookups match.
 */
export function brokerJvmArgs(
  dist: KafkaDistribution,
  opts: JvmOptions,
  node: { logsDir: string; config: string; metricsHost: string; metricsPort: number; formatArgsFile?: string },
): string[] {
  const launch =
    node.formatArgsFile && dist.launcherJar
      ? ['-cp', `${dist.classpath}:${dist.launcherJar}`, 'dev.tributary.kafka.FormatThenStart', node.formatArgsFile]
      : ['-cp', dist.classpath];
  return [
    ...baseJvmArgs(dist, opts, node.logsDir),
    `-javaagent:${dist.agentJar}=${node.metricsHost}:${node.metricsPort}:${dist.jmxExporterConfig}`,
    ...launch,
    'kafka.Kafka',
    node.config,
  ];
}
