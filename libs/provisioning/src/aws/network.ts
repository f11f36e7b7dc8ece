import {
  AllocateAddressCommand,
  AssociateAddressCommand,
  AuthorizeSecurityGroupIngressCommand,
  CreateNetworkInterfaceCommand,
  CreateSecurityGroupCommand,
  DeleteNetworkInterfaceCommand,
  DescribeSecurityGroupsCommand,
  ReleaseAddressCommand,
  RevokeSecurityGroupIngressCommand,
  type Address,
  type IpPermission,
  type NetworkInterface,
  type SecurityGroup,
} from '@aws-sdk/client-ec2';
import { newKafkaUuid } from '../cluster-ids';
import type { ClusterNodesSpec } from '../cloud-provider';
import { formationFor } from '../formation';
import type { AwsConfig } from './aws-config';
import { duplicatesByNode, EC2_BROKER_PORTS, nodeResource, parseIds, type ClusterResources } from './cluster-resources';
import { ignoreGone, type Ec2Api } from './ec2-api';
import { clusterTags, nodeName, nodeTags, resourceToken, securityGroupName, TAG, tagsOf, tagValue } from './ec2-tags';
import type { RegionNetwork, Subnet } from './region-lookup';
import { awsErrorCode } from './retry';

/** What the cluster was formed with, read back from its security group's tags. */
export interface ClusterFormation {
  groupId: string;
  kafkaClusterUuid: string;
  controllerIds: number[];
  replicationFactor: number;
}

/**
 * A cluster's network: its security group (whose tags also record the cluster's formation), the
 * ingress rules, and per node a network interface (the node's fixed private IP) and optionally an
 * Elastic IP. Every method is one idempotent step and returns how many changes it asked EC2 for.
 */
export class ClusterNetwork {
  constructor(
    private readonly api: Ec2Api,
    private readonly config: AwsConfig,
  ) {}

  /**
   * The cluster's group, created once (its name is unique per VPC, so two racing creators end with
   * one group). Its tags hold what the cluster was formed with: Kafka's cluster id, the controller set.
   */
  async ensureSecurityGroup(region: string, spec: ClusterNodesSpec, network: RegionNetwork, found: readonly SecurityGroup[]): Promise<ClusterFormation> {
    const group = found.find((g) => g.VpcId === network.vpcId) ?? found[0] ?? (await this.createSecurityGroup(region, spec, network));
    const kafkaClusterUuid = tagValue(tagsOf(group), TAG.kafkaClusterUuid);
    const controllerIds = parseIds(tagValue(tagsOf(group), TAG.controllerIds));
    const replicationFactor = Number(tagValue(tagsOf(group), TAG.replicationFactor));
    if (!group.GroupId || !kafkaClusterUuid || controllerIds.length === 0 || !(replicationFactor >= 1)) {
      throw new Error(`security group ${group.GroupId ?? '?'} of ${spec.clusterId} lacks its formation tags; delete the cluster and create it again`);
    }
    return { groupId: group.GroupId, kafkaClusterUuid, controllerIds, replicationFactor };
  }

  /** Desired ingress, converged both ways: missing rules added, rules for CIDRs no longer configured revoked. */
  async ensureIngressRules(region: string, groupId: string): Promise<void> {
    const P = EC2_BROKER_PORTS;
    const cidrRule = (port: number, cidrs: string[], description: string): IpPermission[] =>
      cidrs.length === 0 ? [] : [{ IpProtocol: 'tcp', FromPort: port, ToPort: port, IpRanges: cidrs.map((CidrIp) => ({ CidrIp, Description: description })) }];
    const groupRule = (port: number): IpPermission => ({ IpProtocol: 'tcp', FromPort: port, ToPort: port, UserIdGroupPairs: [{ GroupId: groupId }] });
    const desired: IpPermission[] = [
      ...cidrRule(P.client, [...new Set([...this.config.clientCidrs, ...this.config.controlPlaneCidrs])], 'Kafka clients'),
      ...cidrRule(P.metrics, this.config.controlPlaneCidrs, 'Tributary metrics scrape'),
      ...cidrRule(P.ssh, this.config.sshCidrs, 'SSH'),
      groupRule(P.client),
      groupRule(P.internal),
      groupRule(P.controller),
      groupRule(P.metrics),
    ];
    const out = await this.api.call(region, (ec2) => ec2.send(new DescribeSecurityGroupsCommand({ GroupIds: [groupId] })), ['InvalidGroup.NotFound']);
    const actual = flattenPermissions(out.SecurityGroups?.[0]?.IpPermissions ?? []);
    const have = new Set(actual.map(permissionKey));
    const want = flattenPermissions(desired);
    const wantKeys = new Set(want.map(permissionKey));
    const missing = want.filter((p) => !have.has(permissionKey(p)));
    const extra = actual.filter((p) => !wantKeys.has(permissionKey(p)));
    if (missing.length > 0) {
      try {
        await this.api.call(region, (ec2) => ec2.send(new AuthorizeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: missing })), ['InvalidGroup.NotFound']);
      } catch (err) {
        if (awsErrorCode(err) !== 'InvalidPermission.Duplicate') throw err;
      }
    }
    if (extra.length > 0) {
      await this.api.call(region, (ec2) => ec2.send(new RevokeSecurityGroupIngressCommand({ GroupId: groupId, IpPermissions: extra })));
    }
  }

  /** A network interface per node, in the node's zone (round-robin over `zones`), in the cluster's group. */
  async ensureInterfaces(spec: ClusterNodesSpec, res: ClusterResources, nodeIds: readonly number[], zones: readonly Subnet[], groupId: string): Promise<number> {
    const missing = nodeIds.filter((id) => !nodeResource(res.enis, id));
    await Promise.all(
      missing.map((id) => {
        const subnet = zones[(id - 1) % zones.length] as Subnet;
        return this.api.call(
          res.region,
          (ec2) =>
            ec2.send(
              new CreateNetworkInterfaceCommand({
                SubnetId: subnet.subnetId,
                Groups: [groupId],
                Description: `Tributary ${spec.clusterId} node ${id}`,
                ClientToken: resourceToken('eni', spec.clusterId, id, spec.generation),
                TagSpecifications: [{ ResourceType: 'network-interface', Tags: nodeTags(spec.clusterId, id, nodeName(spec.clusterId, id)) }],
              }),
            ),
          ['InvalidGroup.NotFound'],
        );
      }),
    );
    return missing.length;
  }

  /** An Elastic IP per node (when TRIBUTARY_AWS_PUBLIC_IPS), allocated once its interface exists. */
  async ensureAddresses(clusterId: string, res: ClusterResources, nodeIds: readonly number[]): Promise<number> {
    if (!this.config.publicIps) return 0;
    const missing = nodeIds.filter((id) => nodeResource(res.enis, id) && !nodeResource(res.addresses, id));
    await Promise.all(
      missing.map((id) =>
        this.api.call(res.region, (ec2) =>
          ec2.send(new AllocateAddressCommand({ Domain: 'vpc', TagSpecifications: [{ ResourceType: 'elastic-ip', Tags: nodeTags(clusterId, id, nodeName(clusterId, id)) }] })),
        ),
      ),
    );
    return missing.length;
  }

  /** Each node's Elastic IP on its interface (before any broker is configured: the public DNS name is advertised). */
  async associateAddresses(res: ClusterResources, nodeIds: readonly number[]): Promise<number> {
    if (!this.config.publicIps) return 0;
    const pairs = nodeIds.flatMap((id) => {
      const eni = nodeResource(res.enis, id);
      const address = nodeResource(res.addresses, id);
      return eni && address && address.NetworkInterfaceId !== eni.NetworkInterfaceId ? [{ eni, address }] : [];
    });
    await Promise.all(pairs.map(({ eni, address }) => this.associate(res.region, address, eni)));
    return pairs.length;
  }

  /** Two racing passes can each create a node's interface or address: keep the one in use (else the first) and delete free extras. */
  async pruneDuplicates(res: ClusterResources): Promise<number> {
    const work: Array<Promise<void>> = [];
    for (const list of duplicatesByNode(res.enis)) {
      const keep = list.find((e) => e.Status === 'in-use') ?? [...list].sort((a, b) => (a.NetworkInterfaceId ?? '').localeCompare(b.NetworkInterfaceId ?? ''))[0];
      for (const e of list) {
        if (e !== keep && e.Status === 'available') {
          work.push(ignoreGone(this.api.call(res.region, (ec2) => ec2.send(new DeleteNetworkInterfaceCommand({ NetworkInterfaceId: e.NetworkInterfaceId })))));
        }
      }
    }
    for (const list of duplicatesByNode(res.addresses)) {
      const keep = list.find((a) => a.AssociationId) ?? [...list].sort((a, b) => (a.AllocationId ?? '').localeCompare(b.AllocationId ?? ''))[0];
      for (const a of list) {
        if (a !== keep && !a.AssociationId) work.push(ignoreGone(this.api.call(res.region, (ec2) => ec2.send(new ReleaseAddressCommand({ AllocationId: a.AllocationId })))));
      }
    }
    await Promise.all(work);
    return work.length;
  }

  private async createSecurityGroup(region: string, spec: ClusterNodesSpec, network: RegionNetwork): Promise<SecurityGroup> {
    const formation = formationFor(spec);
    const tags = clusterTags(spec.clusterId, {
      Name: securityGroupName(spec.clusterId),
      [TAG.kafkaClusterUuid]: newKafkaUuid(),
      [TAG.controllerIds]: formation.controllerIds.join(','),
      [TAG.replicationFactor]: String(formation.replicationFactor),
    });
    try {
      const out = await this.api.call(region, (ec2) =>
        ec2.send(
          new CreateSecurityGroupCommand({
            GroupName: securityGroupName(spec.clusterId),
            Description: `Tributary Kafka cluster ${spec.clusterId}`,
            VpcId: network.vpcId,
            TagSpecifications: [{ ResourceType: 'security-group', Tags: tags }],
          }),
        ),
      );
      return { GroupId: out.GroupId, VpcId: network.vpcId, Tags: tags, IpPermissions: [] };
    } catch (err) {
      if (awsErrorCode(err) !== 'InvalidGroup.Duplicate') throw err;
      // Another pass created it since our scan: take theirs (its formation tags win).
      const out = await this.api.call(region, (ec2) =>
        ec2.send(
          new DescribeSecurityGroupsCommand({
            Filters: [
              { Name: 'group-name', Values: [securityGroupName(spec.clusterId)] },
              { Name: 'vpc-id', Values: [network.vpcId] },
            ],
          }),
        ),
      );
      const group = out.SecurityGroups?.[0];
      if (!group) throw err;
      return group;
    }
  }

  private async associate(region: string, address: Address, eni: NetworkInterface): Promise<void> {
    await this.api.call(
      region,
      (ec2) => ec2.send(new AssociateAddressCommand({ AllocationId: address.AllocationId, NetworkInterfaceId: eni.NetworkInterfaceId, AllowReassociation: true })),
      ['InvalidNetworkInterfaceID.NotFound', 'InvalidAllocationID.NotFound'],
    );
  }
}

/** One (protocol, port, source) per entry, so desired and actual rules compare as sets. */
function flattenPermissions(perms: readonly IpPermission[]): IpPermission[] {
  return perms.flatMap((p) => [
    ...(p.IpRanges ?? []).map((r) => ({ IpProtocol: p.IpProtocol, FromPort: p.FromPort, ToPort: p.ToPort, IpRanges: [{ CidrIp: r.CidrIp, ...(r.Description ? { Description: r.Description } : {}) }] })),
    ...(p.UserIdGroupPairs ?? []).map((g) => ({ IpProtocol: p.IpProtocol, FromPort: p.FromPort, ToPort: p.ToPort, UserIdGroupPairs: [{ GroupId: g.GroupId }] })),
  ]);
}

function permissionKey(p: IpPermission): string {
  const source = p.IpRanges?.[0]?.CidrIp ?? `sg:${p.UserIdGroupPairs?.[0]?.GroupId ?? ''}`;
  return `${p.IpProtocol}/${p.FromPort}-${p.ToPort}/${source}`;
}
