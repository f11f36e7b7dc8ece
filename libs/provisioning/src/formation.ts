import { controllerCount, KIND_PROFILES } from '@tributary/catalog';
import type { ClusterNodesSpec } from './cloud-provider';

/**
 * What a cluster is formed with, fixed for its lifetime (baked into formatted storage): the static
 * KRaft quorum and the replication factor of internal topics. Both providers record it at creation
 * (a file locally, security-group tags on EC2); the numbers come from @tributary/catalog.
 */
export interface ClusterFormationFacts {
  /** Nodes 1..controllerCount(brokers at creation). */
  controllerIds: number[];
  replicationFactor: number;
}

export function formationFor(spec: Pick<ClusterNodesSpec, 'kind' | 'brokerCount'>): ClusterFormationFacts {
  const profile = KIND_PROFILES[spec.kind];
  if (!profile) throw new Error(`unknown cluster kind ${JSON.stringify(spec.kind)}`);
  return {
    controllerIds: Array.from({ length: controllerCount(spec.brokerCount) }, (_, i) => i + 1),
    replicationFactor: profile.replicationFactor(spec.brokerCount),
  };
}
