/** Kubernetes-style status conditions: what the reconciler last saw, step by step. */
export interface Condition {
  type: ConditionType;
  status: 'True' | 'False' | 'Unknown';
  reason: string;
  message: string;
  last_transition_time: string;
}

export type ConditionType = 'NodesReady' | 'BrokersRegistered' | 'CredentialsReady' | 'Resizing' | 'Ready' | 'Deleting' | 'Throttled';

/** Sets one condition; the transition time only moves when the status changes. */
export function setCondition(list: Condition[], next: Omit<Condition, 'last_transition_time'>, now = new Date()): Condition[] {
  const prev = list.find((c) => c.type === next.type);
  const time = prev && prev.status === next.status ? prev.last_transition_time : now.toISOString();
  const updated = { ...next, last_transition_time: time };
  // In place, so a pass that changes nothing leaves the list exactly as it was.
  return prev ? list.map((c) => (c.type === next.type ? updated : c)) : [...list, updated];
}

export function readConditions(value: unknown): Condition[] {
  return Array.isArray(value) ? (value as Condition[]) : [];
}
