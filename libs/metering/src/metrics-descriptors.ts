import { QUERYABLE_METRICS } from './metrics-query';

/** `GET /v2/metrics/cloud/descriptors/metrics`: what the query API and the export serve, in the reference's shape. */
export interface MetricDescriptor {
  name: keyof typeof QUERYABLE_METRICS;
  description: string;
  unit: string;
  type: 'GAUGE_INT64' | 'COUNTER_INT64';
  exportable: boolean;
  lifecycle_stage: 'GENERAL_AVAILABILITY';
  resources: ['kafka'];
  labels: { key: string; description: string; exportable: boolean }[];
}

const TOPIC = { key: 'topic', description: 'The name of the Kafka topic (group_by metric.topic; internal topics such as __consumer_offsets included).', exportable: true };

export const METRIC_DESCRIPTORS: readonly MetricDescriptor[] = [
  {
    name: 'io.confluent.kafka.server/received_bytes',
    description: "Bytes of the customer's data received from the network (produced), summed over the brokers; each bucket holds the bytes received in it, counter restarts accounted for as the bill does.",
    unit: 'By',
    type: 'COUNTER_INT64',
    exportable: true,
    lifecycle_stage: 'GENERAL_AVAILABILITY',
    resources: ['kafka'],
    labels: [TOPIC],
  },
  {
    name: 'io.confluent.kafka.server/sent_bytes',
    description: "Bytes of the customer's data sent over the network (consumed), summed over the brokers; each bucket holds the bytes sent in it.",
    unit: 'By',
    type: 'COUNTER_INT64',
    exportable: true,
    lifecycle_stage: 'GENERAL_AVAILABILITY',
    resources: ['kafka'],
    labels: [TOPIC],
  },
  {
    name: 'io.confluent.kafka.server/retained_bytes',
    description: 'Bytes retained on the brokers, each partition once at its largest replica; a broker that cannot be read keeps its last good value (estimated). Averaged over a bucket.',
    unit: 'By',
    type: 'GAUGE_INT64',
    exportable: true,
    lifecycle_stage: 'GENERAL_AVAILABILITY',
    resources: ['kafka'],
    labels: [TOPIC],
  },
  {
    name: 'io.confluent.kafka.server/partition_count',
    description: 'Partitions of user topics on the cluster, each counted once. Averaged over a bucket.',
    unit: '1',
    type: 'GAUGE_INT64',
    exportable: true,
    lifecycle_stage: 'GENERAL_AVAILABILITY',
    resources: ['kafka'],
    labels: [TOPIC],
  },
];
