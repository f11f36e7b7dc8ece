import { Admin } from '@platformatic/kafka';
import type { Acl } from '@platformatic/kafka';
import { type ExpectedBrokers, describeBrokers, waitUntilReady } from './brokers';
import { type AclSyncResult, type BrokerAcl, createBrokerAcls, describeAllAcls, syncBrokerAcls } from './broker-acls';
import { allAclsOfPrincipalFilter } from './cluster-access-acls';
import { describePrincipalAcls, grantClusterAccess, revokeClusterAccess } from './cluster-access';
import { mapKafkaErrors } from './error-mapping';
import { saslScramClientOptions } from './client-options';
import { planDrain, planSpread } from './reassignment-plan';
import { currentReplicaAssignment, listReassignmentsInProgress, submitReassignments } from './reassignments';
import type { ScramUpsertion } from './scram-credentials';
import { applyScramUpsertion, deleteScramSha512User, listScramSha512Users, upsertScramSha512User } from './scram-users';
import { consumerGroupLags, describeConsumerGroup, describeConsumerGroups, listConsumerGroups, resetConsumerGroupOffsets } from './consumer-groups';
import { RecordProducer } from './records';
import { alterClusterConfigs, alterTopicConfigs, describeClusterConfigs, describeTopicConfigs } from './topic-configs';
import { createTopic, deleteTopic, describeTopic, increasePartitions, listTopics, newTopicDefaultConfigs } from './topics';
import type {
  AlterConfigsOptions,
  ClusterConfigEntry,
  ClusterDescription,
  ConsumerGroupDescription,
  ConsumerGroupSummary,
  OffsetChange,
  OffsetResetRequest,
  PartitionLag,
  CreatedTopic,
  CreateTopicRequest,
  KafkaConnectionSettings,
  PartitionMove,
  ReassignmentInProgress,
  TopicConfigEntry,
  TopicDescription,
  TopicSummary,
} from './types';

/**
 * The control plane's admin connection to one cluster, authenticated as the cluster's super-user
 * with SASL/SCRAM-SHA-512. Every method throws KafkaAdminError on failure.
 */
export class KafkaAdmin {
  private readonly admin: Admin;

  constructor(private readonly settings: KafkaConnectionSettings) {
    this.admin = new Admin(saslScramClientOptions('tributary-control-plane', settings.bootstrap, settings));
    // A broker that closes a connection during SASL (it has just restarted) makes @platformatic/kafka
    // emit 'error' twice on that connection; the pool listens once, so the second would end the
    // process. The request still fails through its callback (mapKafkaErrors): this only keeps the
    // worker alive (seen in the disk-loss recovery test).
    this.admin.connections.on('connecting', ({ connection }: { connection: { on(event: 'error', fn: () => void): unknown } }) => {
      connection.on('error', () => undefined);
    });
  }

  async close(): Promise<void> {
    if (!this.admin.closed) await this.admin.close();
  }

  // --- SCRAM credentials (API keys) ---
  upsertScramUser(username: string, password: string, iterations?: number): Promise<void> {
    return upsertScramSha512User(this.admin, username, password, iterations);
  }

  deleteScramUser(username: string): Promise<void> {
    return deleteScramSha512User(this.admin, username);
  }

  /** Restores a credential from its stored SCRAM upsertion (see ClusterKeyCredentials). */
  restoreScramCredential(upsertion: ScramUpsertion): Promise<void> {
    return applyScramUpsertion(this.admin, upsertion);
  }

  listScramUsers(): Promise<string[]> {
    return listScramSha512Users(this.admin);
  }

  // --- ACLs ---
  grantClusterAccess(principalUser: string): Promise<void> {
    return grantClusterAccess(this.admin, principalUser);
  }

  /** Returns the bindings that were deleted (empty when there was nothing to revoke). */
  revokeClusterAccess(principalUser: string): Promise<Acl[]> {
    return revokeClusterAccess(this.admin, principalUser);
  }

  describeAclsOf(principalUser: string): Promise<Acl[]> {
    return describePrincipalAcls(this.admin, principalUser);
  }

  /** Every binding on the cluster, by name (`foreign`: kinds the control plane never writes). */
  describeAllAcls(): Promise<{ acls: BrokerAcl[]; foreign: Acl[] }> {
    return describeAllAcls(this.admin);
  }

  createAcls(acls: readonly BrokerAcl[]): Promise<void> {
    return createBrokerAcls(this.admin, acls);
  }

  /** The cluster's bindings become exactly `desired`, except the `untouchable` principals' (see syncBrokerAcls). */
  syncAcls(desired: readonly BrokerAcl[], untouchable: ReadonlySet<string>): Promise<AclSyncResult> {
    return syncBrokerAcls(this.admin, desired, untouchable);
  }

  /** Deletes every binding of the principal, whatever granted it (a key being deleted). */
  revokeAllAclsOf(principalUser: string): Promise<Acl[]> {
    return mapKafkaErrors(() => this.admin.deleteAcls({ filters: [allAclsOfPrincipalFilter(principalUser)] }));
  }

  // --- topics ---
  listTopics(): Promise<TopicSummary[]> {
    return listTopics(this.admin);
  }

  describeTopic(name: string): Promise<TopicDescription> {
    return describeTopic(this.admin, name);
  }

  createTopic(request: CreateTopicRequest): Promise<CreatedTopic> {
    return createTopic(this.admin, request);
  }

  deleteTopic(name: string): Promise<void> {
    return deleteTopic(this.admin, name);
  }

  describeTopicConfigs(name: string): Promise<TopicConfigEntry[]> {
    return describeTopicConfigs(this.admin, name);
  }

  alterTopicConfigs(name: string, changes: Record<string, string | null>, options?: AlterConfigsOptions): Promise<void> {
    return alterTopicConfigs(this.admin, name, changes, options);
  }

  /** The configs a topic created now (with no configs given) would get. */
  newTopicDefaultConfigs(): Promise<TopicConfigEntry[]> {
    return newTopicDefaultConfigs(this.admin);
  }

  // --- cluster-wide broker settings (dynamic defaults for every broker) ---
  /** Read through one broker (any: the cluster-wide values are the same on all). */
  describeClusterConfigs(brokerId: number): Promise<ClusterConfigEntry[]> {
    return describeClusterConfigs(this.admin, brokerId);
  }

  alterClusterConfigs(brokerId: number, changes: Record<string, string | null>, options?: AlterConfigsOptions): Promise<void> {
    return alterClusterConfigs(this.admin, brokerId, changes, options);
  }

  // --- consumer groups ---
  listConsumerGroups(): Promise<ConsumerGroupSummary[]> {
    return listConsumerGroups(this.admin);
  }

  describeConsumerGroups(): Promise<ConsumerGroupDescription[]> {
    return describeConsumerGroups(this.admin);
  }

  /** Throws GROUP_NOT_FOUND for a group the cluster does not know. */
  describeConsumerGroup(groupId: string): Promise<ConsumerGroupDescription> {
    return describeConsumerGroup(this.admin, groupId);
  }

  consumerGroupLags(groupId: string): Promise<PartitionLag[]> {
    return consumerGroupLags(this.admin, groupId);
  }

  /** Throws GROUP_NOT_EMPTY while the group has members. */
  resetConsumerGroupOffsets(groupId: string, request: OffsetResetRequest): Promise<OffsetChange[]> {
    return resetConsumerGroupOffsets(this.admin, groupId, request);
  }

  // --- records ---
  /** A producer with the same credentials; the caller closes it. */
  openProducer(): RecordProducer {
    return new RecordProducer(this.settings);
  }

  increasePartitions(name: string, totalPartitions: number): Promise<void> {
    return increasePartitions(this.admin, name, totalPartitions);
  }

  // --- brokers ---
  describeBrokers(): Promise<ClusterDescription> {
    return describeBrokers(this.admin);
  }

  waitUntilReady(expectedBrokers: ExpectedBrokers, timeoutMs: number): Promise<ClusterDescription> {
    return waitUntilReady(this.admin, expectedBrokers, timeoutMs);
  }

  // --- reassignments (Dedicated resizes) ---
  /** Before removing brokers: moves their replicas to the remaining ones. Returns the submitted moves. */
  async reassignPartitionsOffBrokers(brokerIdsToDrain: number[], remainingBrokerIds: number[]): Promise<PartitionMove[]> {
    const moves = planDrain(await currentReplicaAssignment(this.admin), brokerIdsToDrain, remainingBrokerIds);
    await submitReassignments(this.admin, moves);
    return moves;
  }

  /** After adding brokers: spreads replicas (and preferred leaders) evenly over all of them. */
  async reassignPartitionsOnto(allBrokerIds: number[]): Promise<PartitionMove[]> {
    const moves = planSpread(await currentReplicaAssignment(this.admin), allBrokerIds);
    await submitReassignments(this.admin, moves);
    return moves;
  }

  reassignmentsInProgress(): Promise<ReassignmentInProgress[]> {
    return listReassignmentsInProgress(this.admin);
  }
}
