/**
 * Lets another context veto a new cluster before anything is written: billing refuses (402) while
 * an organization's payment is past due, and after a grace period once its subscription is canceled
 * or its credit is used up with no payment method, and while a THROTTLE budget is at its cap.
 * Clusters knows nothing of billing.
 */
export interface ClusterCreationGuard {
  /**
   * Throws an AppError (e.g. `payment_required`) to refuse. `context.environmentId` is where the
   * cluster would go (an environment's budget can refuse it there only).
   */
  assertMayCreateCluster(organizationId: string, context?: { environmentId?: string }): Promise<void>;
}

export const CLUSTER_CREATION_GUARDS = Symbol('CLUSTER_CREATION_GUARDS');
