import { Admin } from '@platformatic/kafka';

type AlterClientQuotasRequestOp = Parameters<Admin['alterClientQuotas']>[0]['entries'][number]['ops'][number];
import { saslScramClientOptions } from './client-options';
import { toKafkaAdminError } from './error-mapping';
import type { KafkaConnectionSettings } from './types';

/** Byte rates (bytes per second, per broker) Kafka enforces by delaying responses: nothing is refused or lost. */
export interface ClientQuotaRates {
  producerByteRate: number;
  consumerByteRate: number;
}

export type ClientQuotaSync = 'unchanged' | 'applied' | 'removed';

const KEYS = { producerByteRate: 'producer_byte_rate', consumerByteRate: 'consumer_byte_rate' } as const;
/** The default user entity: every SCRAM user without a quota of its own (cluster keys have none). */
const DEFAULT_USER = [{ entityType: 'user' as const, entityName: null }];

function adminFor(settings: KafkaConnectionSettings): Admin {
  return new Admin(saslScramClientOptions('tributary-control-plane', settings.bootstrap, settings));
}

/** The default user entity's byte-rate quotas on the cluster (null fields: not set). */
export async function describeDefaultUserQuotas(settings: KafkaConnectionSettings): Promise<{ producerByteRate: number | null; consumerByteRate: number | null }> {
  const admin = adminFor(settings);
  try {
    return await describeWith(admin);
  } catch (error) {
    throw toKafkaAdminError(error);
  } finally {
    await admin.close().catch(() => undefined);
  }
}

async function describeWith(admin: Admin) {
  const entries = await admin.describeClientQuotas({ components: [{ entityType: 'user', matchType: 1 }], strict: true });
  const values = entries.find((e) => e.entity.length === 1 && e.entity[0]!.entityType === 'user' && e.entity[0]!.entityName === null)?.values ?? [];
  const of = (key: string) => values.find((v) => v.key === key)?.value ?? null;
  return { producerByteRate: of(KEYS.producerByteRate), consumerByteRate: of(KEYS.consumerByteRate) };
}

/**
 * Makes the default user entity's byte-rate quotas what `desired` says (null: none). Reads first
 * and writes only a difference, so a pass over a cluster already in the desired state is one
 * DescribeClientQuotas. Idempotent: safe to call again at any point.
 */
export async function syncDefaultUserQuotas(settings: KafkaConnectionSettings, desired: ClientQuotaRates | null): Promise<ClientQuotaSync> {
  const admin = adminFor(settings);
  try {
    const current = await describeWith(admin);
    const ops: AlterClientQuotasRequestOp[] = [];
    for (const field of ['producerByteRate', 'consumerByteRate'] as const) {
      const want = desired ? desired[field] : null;
      if (current[field] === want) continue;
      ops.push(want === null ? { key: KEYS[field], remove: true } : { key: KEYS[field], value: want, remove: false });
    }
    if (ops.length === 0) return 'unchanged';
    const [result] = await admin.alterClientQuotas({ entries: [{ entities: DEFAULT_USER, ops }] });
    if (result && result.errorCode !== 0) throw new Error(`AlterClientQuotas failed (${result.errorCode}): ${result.errorMessage ?? 'no message'}`);
    return desired ? 'applied' : 'removed';
  } catch (error) {
    throw toKafkaAdminError(error);
  } finally {
    await admin.close().catch(() => undefined);
  }
}
