import { Injectable } from '@nestjs/common';
import { ApiKeysService, assertCanWrite, principalOfApiKey, type Principal } from '@tributary/accounts';
import { ClustersService } from '@tributary/clusters';
import type { Cluster } from '@tributary/db';
import { AppError, ID_PATTERNS } from '@tributary/platform';
import type { AuthedRequest } from '../auth/auth.decorators';
import { basicCredentials } from '../auth/credentials';

const unauthorized = (detail: string) => new AppError('unauthorized', detail, { kafkaErrorCode: 40101 });
const notFound = (id: string) => new AppError('not_found', `Cluster '${id}' was not found`, { kafkaErrorCode: 40403 });

/**
 * Who may use `/kafka/v3/clusters/{id}`: that cluster's own API key (as Kafka clients use it), or
 * anyone of its organization with a Cloud key or a console session. Everyone else: 401 or 404.
 */
@Injectable()
export class KafkaRestCaller {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly clusters: ClustersService,
  ) {}

  async resolve(req: AuthedRequest, clusterId: string, intent: 'read' | 'write'): Promise<Cluster> {
    if (!ID_PATTERNS.cluster.test(clusterId)) throw notFound(clusterId);
    let organizationId: string;
    let principal: Principal | undefined = req.principal;
    const basic = basicCredentials(req);
    if (basic === 'malformed') throw unauthorized('The Authorization header must be HTTP Basic with an API key and secret');
    if (basic) {
      const verified = await this.apiKeys.verify(basic.id, basic.secret);
      if (!verified) throw unauthorized('The API key or secret is not valid');
      if (verified.key.resourceKind === 'Cluster' && verified.key.resourceId !== clusterId) {
        throw unauthorized(`This API key is for cluster ${verified.key.resourceId}, not ${clusterId}`);
      }
      // A cluster key acts with its owner's role as it is now: a demoted owner's keys lose write access at once.
      principal = principalOfApiKey(verified);
      organizationId = verified.key.organizationId;
    } else if (principal) {
      organizationId = principal.organizationId;
    } else {
      throw unauthorized('Authenticate with the cluster\'s API key (HTTP Basic), a Cloud API key, or a console session');
    }
    if (principal && intent === 'write') {
      try {
        assertCanWrite(principal);
      } catch (e) {
        if (e instanceof AppError) throw new AppError('forbidden', e.message, { kafkaErrorCode: 40301 });
        throw e;
      }
    }
    try {
      return await this.clusters.get({ organizationId }, clusterId);
    } catch (e) {
      if (e instanceof AppError && e.status === 404) throw notFound(clusterId);
      throw e;
    }
  }
}
