import { KIND_PROFILES, type ClusterKind } from '@tributary/catalog';
import type { OrgScope } from '@tributary/db';
import { AppError } from '@tributary/platform';
import type { LocalCloudConfig } from '@tributary/provisioning';

/** What a LOCAL cluster would take of the host after a create or a resize. */
export interface LocalFootprint {
  kind: ClusterKind;
  brokers: number;
  /** On a resize: the cluster itself, whose current size is replaced by the new one. */
  replacing?: string;
}

/**
 * Per-organization caps on the LOCAL cloud (brokers run on the control plane's machine): the brokers
 * of the organization's live LOCAL clusters together, and the storage they may fill (brokers × the
 * kind's storage per broker, from the catalog). Runs in the caller's Serializable transaction, so two
 * concurrent creates cannot both slip under a cap. A refusal is a 422 naming the cap and the numbers.
 */
export async function assertLocalCaps(tx: OrgScope, caps: Pick<LocalCloudConfig, 'maxBrokersPerOrg' | 'maxStorageGiBPerOrg'>, next: LocalFootprint): Promise<void> {
  const live = await tx.clusters.findMany({ cloud: 'LOCAL', deletedAt: null, ...(next.replacing ? { id: { not: next.replacing } } : {}) });
  const brokers = live.reduce((n, c) => n + c.brokerCount, 0);
  const storage = live.reduce((n, c) => n + c.brokerCount * KIND_PROFILES[c.kind as ClusterKind].storageGiBPerBroker, 0);
  const addedStorage = next.brokers * KIND_PROFILES[next.kind].storageGiBPerBroker;
  if (brokers + next.brokers > caps.maxBrokersPerOrg) {
    throw new AppError('quota_exceeded', [
      { detail: `LOCAL clusters of your organization may run ${caps.maxBrokersPerOrg} brokers together (TRIBUTARY_LOCAL_MAX_BROKERS_PER_ORG); they run ${brokers}, and this needs ${next.brokers}`, pointer: '/spec/config' },
    ]);
  }
  if (storage + addedStorage > caps.maxStorageGiBPerOrg) {
    throw new AppError('quota_exceeded', [
      {
        detail: `LOCAL clusters of your organization may retain ${caps.maxStorageGiBPerOrg} GiB together (TRIBUTARY_LOCAL_MAX_STORAGE_GIB_PER_ORG); they hold ${storage} GiB of storage, and this ${next.kind} cluster needs ${addedStorage} GiB`,
        pointer: '/spec/config',
      },
    ]);
  }
}
