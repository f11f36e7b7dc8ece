import type { ConfigSourceName } from './types';

/**
 * The wire protocol calls a topic override TOPIC_CONFIG; Kafka's AdminClient, Confluent's REST API
 * and the Terraform provider call it DYNAMIC_TOPIC_CONFIG (every other source has the same name in
 * both). Tools compare these strings, so the REST layer must use the AdminClient's names.
 */
export function kafkaRestConfigSource(source: ConfigSourceName): string {
  return source === 'TOPIC_CONFIG' ? 'DYNAMIC_TOPIC_CONFIG' : source;
}
