import type { BrokerAcl } from '@tributary/kafka-admin';
import type { BrokerAdminConnector } from '../broker-admin';
import { bootstrapOf, type PassContext, type ReconcileStep, type StepResult } from './step';

/** The bindings a cluster's brokers should hold (desired ACLs and role bindings, per key). */
export interface DesiredAclsSource {
  /** `keyIds`: the cluster keys the plan covers. */
  desiredAclsOf(cluster: PassContext['cluster']): Promise<{ acls: BrokerAcl[]; keyIds: ReadonlySet<string> }>;
}

/**
 * The brokers' ACL bindings are exactly the desired ones: missing bindings created, every other one
 * deleted (a deleted key's, a revoked role's, one somebody added by hand), the control plane's super
 * user left alone. Runs every pass, so drift is repaired at the next resync; one DescribeAcls when
 * nothing differs.
 */
export class AclsStep implements ReconcileStep {
  readonly name = 'acls';
  constructor(
    private readonly desired: DesiredAclsSource,
    private readonly brokers: BrokerAdminConnector,
  ) {}

  async run(ctx: PassContext): Promise<StepResult> {
    if (!this.brokers.syncAcls) return { kind: 'continue' };
    const desired = await this.desired.desiredAclsOf(ctx.cluster);
    await this.brokers.syncAcls(ctx.cluster, bootstrapOf(ctx), desired.acls, desired.keyIds);
    return { kind: 'continue' };
  }
}
