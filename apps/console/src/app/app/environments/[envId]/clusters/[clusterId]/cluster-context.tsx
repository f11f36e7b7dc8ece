'use client';

import { createContext, useContext } from 'react';
import type { QueryState } from '@/lib/hooks';
import type { Cluster } from '@/lib/types';

export interface ClusterValue {
  envId: string;
  clusterId: string;
  cluster: Cluster;
  query: QueryState<Cluster>;
  base: string;
}

export const ClusterContext = createContext<ClusterValue | null>(null);

export function useCluster(): ClusterValue {
  const v = useContext(ClusterContext);
  if (!v) throw new Error('useCluster outside the cluster layout');
  return v;
}
