import type { ClusterKeyCredentials } from '../../keys/cluster-key-credentials';
import { readConditions } from '../../lifecycle/conditions';
import type { BrokerAdminConnector } from '../broker-admin';
import { bootstrapOf, type PassContext, type ReconcileStep, type StepResult } from './step';

/** The cluster keys a cluster should have on its brokers, with their sealed SCRAM credentials. */
export interface ClusterKeysSource {
  keysOf(cluster: PassContext['cluster']): Promise<Array<{ id: string; scramCredentialEnc: string | null }>>;
}

/**
 * Every cluster key's SCRAM credential is on the brokers (its ACLs: the acls step). Brokers that lost their
 * metadata (a Basic cluster's only broker losing its disk) come back with none: this step puts them
 * back from the sealed credentials, so existing keys work again without anyone re-issuing them.
 * One DescribeUserScramCredentials per pass when nothing is missing.
 */
export class CredentialsStep implements ReconcileStep {
  readonly name = 'credentials';
  constructor(
    private readonly keys: ClusterKeysSource,
    private readonly credentials: ClusterKeyCredentials,
    private readonly brokers: BrokerAdminConnector,
  ) {}

  async run(ctx: PassContext): Promise<StepResult> {
    const keys = await this.keys.keysOf(ctx.cluster);
    if (keys.length === 0) return { kind: 'continue', condition: { type: 'CredentialsReady', status: 'True', reason: 'NoKeys', message: 'No cluster API keys yet' } };
    const { restored, unrecoverable } = await this.brokers.withAdmin(ctx.cluster, bootstrapOf(ctx), async (admin) => {
      const present = new Set(await admin.listScramUsers());
      const missing = keys.filter((k) => !present.has(k.id));
      const lost: string[] = [];
      let count = 0;
      for (const key of missing) {
        if (!key.scramCredentialEnc) {
          lost.push(key.id);
          continue;
        }
        // Its ACLs come back in the acls step right after, from the desired state.
        await admin.restoreScramCredential(this.credentials.unseal(key.id, key.scramCredentialEnc));
        count++;
      }
      return { restored: count, unrecoverable: lost };
    });
    if (unrecoverable.length > 0) {
      // Keys created before credentials were sealed cannot be restored: say so, don't block the cluster.
      return {
        kind: 'continue',
        condition: { type: 'CredentialsReady', status: 'False', reason: 'KeysLost', message: `The brokers lost API keys ${unrecoverable.join(', ')}, which predate credential recovery: delete them and create new ones` },
      };
    }
    // Nothing missing and already known good: keep the condition as it is (a restore stays visible).
    const known = readConditions(ctx.cluster.conditions).find((c) => c.type === 'CredentialsReady');
    if (restored === 0 && known?.status === 'True' && known.reason !== 'NoKeys') return { kind: 'continue' };
    const message = restored > 0 ? `Restored ${restored} of ${keys.length} API key credentials on the brokers` : `${keys.length} API key credentials in place`;
    return { kind: 'continue', condition: { type: 'CredentialsReady', status: 'True', reason: restored > 0 ? 'Restored' : 'InPlace', message } };
  }
}
