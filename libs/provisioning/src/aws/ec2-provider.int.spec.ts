import {
  CreateSecurityGroupCommand,
  CreateVolumeCommand,
  DescribeAddressesCommand,
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  DescribeNetworkInterfacesCommand,
  DescribeSecurityGroupsCommand,
  DescribeVolumesCommand,
  EC2Client,
  RunInstancesCommand,
  type Instance,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-ec2';
import type { DeserializeMiddleware } from '@smithy/types';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { ClusterNodesSpec, TeardownProgress } from '../cloud-provider';
import { ControllerRemovalError } from '../errors';
import { Ec2Provider, type Ec2ProviderOptions } from './ec2-provider';
import { clusterFilter, TAG, tagsOf, tagValue } from './ec2-tags';
import { MOTO_CREDENTIALS, rawClient, startMoto, testAwsConfig, type MotoServer } from './moto-test-support';

let moto: MotoServer;
const clients: EC2Client[] = [];
const providers: Ec2Provider[] = [];
const admin = { username: 'tributary-admin', password: 'Zk3_9f-Qm.x~!aB-0123' };

function provider(overrides: Partial<Ec2ProviderOptions> = {}): Ec2Provider {
  const p = new Ec2Provider({
    config: testAwsConfig(),
    endpoint: moto.endpoint,
    credentials: MOTO_CREDENTIALS,
    retry: { baseDelayMs: 5, maxDelayMs: 50 },
    teardownRetryAfterMs: 50,
    ...overrides,
  });
  providers.push(p);
  return p;
}

function raw(region = 'us-east-1'): EC2Client {
  const c = rawClient(moto.endpoint, region);
  clients.push(c);
  return c;
}

function spec(clusterId: string, over: Partial<ClusterNodesSpec> = {}): ClusterNodesSpec {
  return { clusterId, generation: 1, brokerCount: 3, region: 'us-east-1', availability: 'MULTI_ZONE', storageGiBPerBroker: 100, admin, kind: 'Standard', ...over };
}

/** Everything EC2 holds for a cluster (terminated instances excluded). */
async function inventory(ec2: EC2Client, clusterId: string) {
  const Filters = [clusterFilter(clusterId)];
  const [inst, enis, vols, addrs, groups] = await Promise.all([
    ec2.send(new DescribeInstancesCommand({ Filters })),
    ec2.send(new DescribeNetworkInterfacesCommand({ Filters })),
    ec2.send(new DescribeVolumesCommand({ Filters })),
    ec2.send(new DescribeAddressesCommand({ Filters })),
    ec2.send(new DescribeSecurityGroupsCommand({ Filters })),
  ]);
  return {
    instances: (inst.Reservations ?? []).flatMap((r) => r.Instances ?? []).filter((i) => i.State?.Name !== 'terminated'),
    enis: enis.NetworkInterfaces ?? [],
    volumes: vols.Volumes ?? [],
    dataVolumes: (vols.Volumes ?? []).filter((v) => tagValue(v.Tags, TAG.role) === 'data'),
    addresses: addrs.Addresses ?? [],
    groups: groups.SecurityGroups ?? [],
  };
}

const nodeOf = (i: { Tags?: { Key?: string; Value?: string }[] }) => Number(tagValue(i.Tags, TAG.nodeId));

/** Java properties subset: key=value lines. */
function properties(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)] as [string, string]),
  );
}

async function userDataOf(ec2: EC2Client, instance: Instance): Promise<string> {
  const out = await ec2.send(new DescribeInstanceAttributeCommand({ InstanceId: instance.InstanceId, Attribute: 'userData' }));
  const raw = Buffer.from(out.UserData?.Value ?? '', 'base64');
  expect(raw.length).toBeLessThanOrEqual(16_384); // EC2's limit on raw user data
  return gunzipSync(raw).toString('utf8');
}

/** Reconcile until every node is RUNNING (the reconciler's loop, without its queue). */
async function converge(p: Ec2Provider, s: ClusterNodesSpec, passes = 5) {
  let status = await p.ensureNodes(s);
  for (let i = 1; i < passes && !status.nodes.every((n) => n.state === 'RUNNING'); i++) status = await p.ensureNodes(s);
  return status;
}

/**
 * The reconciler's teardown loop, without its queue: call deleteCluster again after retryAfterMs until
 * done, bounded. Returns every answer, so a test can see that no call blocked until the end.
 */
async function deleteUntilDone(p: Ec2Provider, clusterId: string, maxCalls = 40): Promise<TeardownProgress[]> {
  const answers: TeardownProgress[] = [];
  for (let i = 0; i < maxCalls; i++) {
    const progress = await p.deleteCluster(clusterId);
    answers.push(progress);
    if (progress.done) return answers;
    expect(progress.waitingFor).toContain(clusterId);
    await new Promise((r) => setTimeout(r, progress.retryAfterMs));
  }
  throw new Error(`${clusterId} not torn down after ${maxCalls} calls: ${JSON.stringify(answers.at(-1))}`);
}

beforeAll(async () => {
  moto = await startMoto();
}, 120_000);

afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const c of clients) c.destroy();
  await moto?.stop();
});

describe('Ec2Provider against moto: a Standard MULTI_ZONE cluster', () => {
  const clusterId = 'lkc-aws-std';
  const ec2 = () => raw();
  let firstPass: Awaited<ReturnType<Ec2Provider['ensureNodes']>>;

  beforeAll(async () => {
    const p = provider();
    firstPass = await p.ensureNodes(spec(clusterId));
  });

  it('does not block: the first pass launches and reports PENDING, later passes attach volumes and report RUNNING', async () => {
    expect(firstPass.nodes.map((n) => n.nodeId)).toEqual([1, 2, 3]);
    expect(firstPass.nodes.every((n) => n.state === 'PENDING')).toBe(true);
    const status = await converge(provider(), spec(clusterId));
    expect(status.nodes.map((n) => [n.nodeId, n.state, n.isController, n.kafkaPort, n.metricsPort])).toEqual([
      [1, 'RUNNING', true, 9092, 9404],
      [2, 'RUNNING', true, 9092, 9404],
      [3, 'RUNNING', true, 9092, 9404],
    ]);
    expect(status.bootstrapEndpoint?.split(',')).toHaveLength(3);
    const inv = await inventory(ec2(), clusterId);
    for (const node of status.nodes) {
      const eni = inv.enis.find((e) => Number(tagValue(tagsOf(e), TAG.nodeId)) === node.nodeId);
      expect(node.host).toBe(eni?.Association?.PublicDnsName);
      expect(node.zone).toBe(eni?.AvailabilityZone);
      expect(node.providerRef).toMatch(/^i-/);
    }
  });

  it('runs three instances in three zones, each on its own tagged interface with a fixed IP, in the cluster group', async () => {
    const inv = await inventory(ec2(), clusterId);
    expect(inv.instances).toHaveLength(3);
    expect(inv.groups).toHaveLength(1);
    const groupId = inv.groups[0]?.GroupId;
    const zones = new Set(inv.instances.map((i) => i.Placement?.AvailabilityZone));
    expect(zones.size).toBe(3);
    expect(inv.instances.map(nodeOf).sort()).toEqual([1, 2, 3]);
    for (const instance of inv.instances) {
      expect(tagValue(instance.Tags, TAG.managed)).toBe('true');
      expect(tagValue(instance.Tags, TAG.clusterId)).toBe(clusterId);
      expect(tagValue(instance.Tags, TAG.generation)).toBe('1');
      expect(instance.InstanceType).toBe('m5.large');
      const eni = inv.enis.find((e) => Number(tagValue(tagsOf(e), TAG.nodeId)) === nodeOf(instance));
      expect(eni?.TagSet?.find((t) => t.Key === TAG.managed)?.Value).toBe('true');
      expect(instance.NetworkInterfaces?.map((n) => n.NetworkInterfaceId)).toContain(eni?.NetworkInterfaceId);
      expect(instance.PrivateIpAddress).toBe(eni?.PrivateIpAddress);
      expect(eni?.Groups?.map((g) => g.GroupId)).toEqual([groupId]);
      expect(eni?.AvailabilityZone).toBe(instance.Placement?.AvailabilityZone);
    }
    expect(inv.enis).toHaveLength(3);
    expect(new Set(inv.enis.map((e) => e.PrivateIpAddress)).size).toBe(3);
    expect(inv.addresses).toHaveLength(3);
    expect(inv.addresses.every((a) => a.NetworkInterfaceId && tagValue(a.Tags, TAG.clusterId) === clusterId)).toBe(true);
  });

  it('gives each broker an encrypted gp3 data volume of spec.storageGiBPerBroker in its zone, attached to it', async () => {
    const inv = await inventory(ec2(), clusterId);
    expect(inv.dataVolumes).toHaveLength(3);
    for (const volume of inv.dataVolumes) {
      const instance = inv.instances.find((i) => nodeOf(i) === nodeOf(volume)) as Instance;
      expect(volume.Size).toBe(100);
      expect(volume.VolumeType).toBe('gp3');
      expect(volume.Encrypted).toBe(true);
      expect(volume.AvailabilityZone).toBe(instance.Placement?.AvailabilityZone);
      expect(volume.Attachments?.map((a) => [a.InstanceId, a.Device])).toEqual([[instance.InstanceId, '/dev/sdf']]);
      expect(tagValue(volume.Tags, TAG.managed)).toBe('true');
    }
  });

  it('opens the client port to the configured CIDRs and broker-to-broker ports only within the group', async () => {
    const group = (await inventory(ec2(), clusterId)).groups[0];
    const rules = (group?.IpPermissions ?? []).flatMap((p) => [
      ...(p.IpRanges ?? []).map((r) => `${p.FromPort}<-${r.CidrIp}`),
      ...(p.UserIdGroupPairs ?? []).map((g) => `${p.FromPort}<-${g.GroupId === group?.GroupId ? 'self' : g.GroupId}`),
    ]);
    expect(rules.sort()).toEqual(
      ['9092<-10.0.0.0/8', '9092<-192.168.0.0/16', '9092<-172.31.0.0/16', '9404<-172.31.0.0/16', '9092<-self', '9093<-self', '9094<-self', '9404<-self'].sort(),
    );
    expect(tagValue(group?.Tags, TAG.controllerIds)).toBe('1,2,3');
  });

  it('boots each broker from cloud-config user data carrying its server.properties from the shared template', async () => {
    const inv = await inventory(ec2(), clusterId);
    const ipOf = (id: number) => inv.enis.find((e) => Number(tagValue(tagsOf(e), TAG.nodeId)) === id)?.PrivateIpAddress;
    const voters = `1@${ipOf(1)}:9094,2@${ipOf(2)}:9094,3@${ipOf(3)}:9094`;
    for (const instance of inv.instances) {
      const id = nodeOf(instance);
      const text = await userDataOf(ec2(), instance);
      expect(text.startsWith('#cloud-config\n')).toBe(true);
      const doc = parseYaml(text) as { write_files: Array<{ path: string; content: string; permissions: string }>; runcmd: unknown[] };
      const file = (path: string) => doc.write_files.find((f) => f.path === path);
      const props = properties(file('/etc/kafka/server.properties')?.content ?? '');
      expect(file('/etc/kafka/server.properties')?.permissions).toBe('0600');
      expect(props.get('node.id')).toBe(String(id));
      expect(props.get('process.roles')).toBe('broker,controller');
      expect(props.get('controller.quorum.voters')).toBe(voters);
      expect(props.get('listeners')).toBe(`CLIENT://${ipOf(id)}:9092,INTERNAL://${ipOf(id)}:9093,CONTROLLER://${ipOf(id)}:9094`);
      // The Elastic IP's public DNS name: the private IP inside the VPC, the public one outside.
      const dns = inv.enis.find((e) => Number(tagValue(tagsOf(e), TAG.nodeId)) === id)?.Association?.PublicDnsName;
      expect(dns).toBeTruthy();
      expect(props.get('advertised.listeners')).toBe(`CLIENT://${dns}:9092,INTERNAL://${dns}:9093`);
      expect(props.get('broker.rack')).toBe(instance.Placement?.AvailabilityZone);
      expect(props.get('log.dirs')).toBe('/var/lib/kafka/data');
      expect(props.get('super.users')).toBe('User:tributary-admin');
      expect(props.get('default.replication.factor')).toBe('3');
      expect(file('/etc/kafka/admin-scram')?.content).toBe(`SCRAM-SHA-512=[name=${admin.username},password=${admin.password}]\n`);
      expect(file('/opt/kafka/pom.xml')?.content).toContain('<artifactId>kafka_2.13</artifactId>');
      const env = file('/etc/tributary/node.env')?.content ?? '';
      const volume = inv.dataVolumes.find((v) => nodeOf(v) === id);
      expect(env).toContain(`DATA_VOLUME_ID=${volume?.VolumeId}`);
      expect(env).toContain(`KAFKA_CLUSTER_UUID=${tagValue(inv.groups[0]?.Tags, TAG.kafkaClusterUuid)}`);
      expect(file('/usr/local/sbin/tributary-bootstrap')?.content).toContain('--add-scram');
      expect(doc.runcmd).toEqual([['/usr/local/sbin/tributary-bootstrap']]);
    }
  });

  it('a fresh provider (no memory) reconciling again duplicates nothing', async () => {
    const before = await inventory(ec2(), clusterId);
    await provider().ensureNodes(spec(clusterId));
    const after = await inventory(ec2(), clusterId);
    expect(after.instances.map((i) => i.InstanceId).sort()).toEqual(before.instances.map((i) => i.InstanceId).sort());
    expect(after.enis).toHaveLength(3);
    expect(after.dataVolumes).toHaveLength(3);
    expect(after.addresses).toHaveLength(3);
    expect(after.groups).toHaveLength(1);
  });

  it('deleteCluster from a fresh provider leaves nothing of the cluster in EC2, reporting progress until then', async () => {
    const answers = await deleteUntilDone(provider(), clusterId);
    expect(answers.at(-1)).toEqual({ done: true });
    const inv = await inventory(ec2(), clusterId);
    expect(inv).toMatchObject({ instances: [], enis: [], volumes: [], addresses: [], groups: [] });
    expect(await provider().describeNodes(clusterId)).toEqual({ clusterId, nodes: [], bootstrapEndpoint: null });
  });
});

describe('Ec2Provider against moto: crash between launching and recording', () => {
  const clusterId = 'lkc-aws-crash';

  it('a retry by a fresh provider after a crash right after RunInstances leaves no duplicate instance', async () => {
    // The process "dies" the moment EC2 accepted the first launch: the response never reaches the caller.
    let launches = 0;
    const crashing = provider({
      configureClient: (client) =>
        client.middlewareStack.add(
          (next, context) => async (args) => {
            const result = await next(args);
            if (context.commandName === 'RunInstancesCommand' && ++launches === 1) throw new Error('simulated crash after launch');
            return result;
          },
          { step: 'initialize', name: 'simulateCrash' },
        ),
    });
    await expect(crashing.ensureNodes(spec(clusterId))).rejects.toThrow('simulated crash');
    const ec2 = raw();
    const afterCrash = await inventory(ec2, clusterId);
    expect(afterCrash.instances.length).toBeGreaterThanOrEqual(1);

    const status = await converge(provider(), spec(clusterId));
    expect(status.nodes.map((n) => n.state)).toEqual(['RUNNING', 'RUNNING', 'RUNNING']);
    const inv = await inventory(ec2, clusterId);
    expect(inv.instances.map(nodeOf).sort()).toEqual([1, 2, 3]);
    for (const before of afterCrash.instances) expect(inv.instances.map((i) => i.InstanceId)).toContain(before.InstanceId);
    expect(inv.enis).toHaveLength(3);
    expect(inv.dataVolumes).toHaveLength(3);
    await deleteUntilDone(provider(), clusterId);
    expect((await inventory(ec2, clusterId)).instances).toEqual([]);
  });
});

describe('Ec2Provider against moto: teardown never waits for EC2', () => {
  const clusterId = 'lkc-aws-slow';
  // EC2 keeps terminating instances in `shutting-down` for a minute or two; moto terminates at once. A
  // real SDK middleware holds them there, as EC2 would, until a test lets go.
  let holding = false;
  const slowTermination = (client: EC2Client) =>
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (holding && context.commandName === 'DescribeInstancesCommand') {
          const output = result.output as { Reservations?: Array<{ Instances?: Instance[] }> };
          for (const instance of (output.Reservations ?? []).flatMap((r) => r.Instances ?? [])) {
            if (instance.State?.Name === 'terminated') instance.State = { Code: 32, Name: 'shutting-down' };
          }
        }
        return result;
      },
      { step: 'initialize', name: 'slowTermination' },
    );
  const s = (over: Partial<ClusterNodesSpec> = {}) => spec(clusterId, { brokerCount: 2, kind: 'Dedicated', availability: 'SINGLE_ZONE', ...over });
  const nodeIdsOf = (items: Array<{ Tags?: { Key?: string; Value?: string }[] } | { TagSet?: { Key?: string; Value?: string }[] }>) =>
    [...new Set(items.map((i) => Number(tagValue(tagsOf(i), TAG.nodeId))))].sort();

  beforeAll(async () => {
    await converge(provider(), s());
    await converge(provider(), s({ brokerCount: 3, generation: 2 }));
  });

  it('removeNodesAbove returns while the instance is still shutting down; the next ensureNodes passes finish the node', async () => {
    holding = true;
    const slow = provider({ configureClient: slowTermination });
    await slow.removeNodesAbove(clusterId, 2);
    const held = await inventory(raw(), clusterId);
    expect(nodeIdsOf(held.enis)).toEqual([1, 2, 3]); // node 3's interface waits for its instance
    expect(nodeIdsOf(held.addresses)).toEqual([1, 2]);

    holding = false;
    await converge(slow, s({ generation: 3 }));
    const after = await inventory(raw(), clusterId);
    expect(nodeIdsOf(after.instances)).toEqual([1, 2]);
    expect(nodeIdsOf(after.enis)).toEqual([1, 2]);
    expect(nodeIdsOf(after.dataVolumes)).toEqual([1, 2]);
    expect(nodeIdsOf(after.addresses)).toEqual([1, 2]);
    expect((await slow.describeNodes(clusterId)).nodes.map((n) => [n.nodeId, n.state])).toEqual([
      [1, 'RUNNING'],
      [2, 'RUNNING'],
    ]);
  });

  it('deleteCluster answers done:false naming what it waits for while instances are shutting down, and done:true once they are gone', async () => {
    holding = true;
    const slow = provider({ configureClient: slowTermination });
    const first = await slow.deleteCluster(clusterId);
    expect(first).toMatchObject({ done: false, retryAfterMs: 50 });
    expect(first.done === false && first.waitingFor).toMatch(/^EC2 to release lkc-aws-slow: us-east-1: \d+ instances \(shutting-down\), .*1 security group$/);
    expect((await slow.deleteCluster(clusterId)).done).toBe(false);
    // The group stays while an interface of the cluster does; addresses are released at once.
    const held = await inventory(raw(), clusterId);
    expect(held.groups).toHaveLength(1);
    expect(held.addresses).toEqual([]);

    holding = false;
    expect((await deleteUntilDone(slow, clusterId)).at(-1)).toEqual({ done: true });
    expect(await inventory(raw(), clusterId)).toMatchObject({ instances: [], enis: [], volumes: [], addresses: [], groups: [] });
  });
});

describe('Ec2Provider against moto: placement, scale-in, orphans', () => {
  it('puts every SINGLE_ZONE broker in one zone, and removes only broker-only nodes above a count', async () => {
    const clusterId = 'lkc-aws-ded';
    const p = provider();
    const s = spec(clusterId, { region: 'eu-west-1', availability: 'SINGLE_ZONE', brokerCount: 4, kind: 'Dedicated', storageGiBPerBroker: 50 });
    const status = await converge(p, s);
    expect(status.nodes.map((n) => [n.nodeId, n.state, n.isController])).toEqual([
      [1, 'RUNNING', true],
      [2, 'RUNNING', true],
      [3, 'RUNNING', true],
      [4, 'RUNNING', false],
    ]);
    expect(new Set(status.nodes.map((n) => n.zone)).size).toBe(1);
    const ec2 = raw('eu-west-1');
    expect((await inventory(ec2, clusterId)).instances.every((i) => i.InstanceType === 'm5.xlarge')).toBe(true);

    await expect(p.removeNodesAbove(clusterId, 2)).rejects.toBeInstanceOf(ControllerRemovalError);
    await p.removeNodesAbove(clusterId, 3);
    const inv = await inventory(ec2, clusterId);
    expect(inv.instances.map(nodeOf).sort()).toEqual([1, 2, 3]);
    expect(inv.enis.map((e) => Number(tagValue(tagsOf(e), TAG.nodeId))).sort()).toEqual([1, 2, 3]);
    expect(inv.dataVolumes.map(nodeOf).sort()).toEqual([1, 2, 3]);
    expect(inv.addresses).toHaveLength(3);
    expect((await p.describeNodes(clusterId)).nodes.map((n) => n.nodeId)).toEqual([1, 2, 3]);
    await deleteUntilDone(p, clusterId);
  });

  it('finds an orphan by its tags alone (listOwnedClusters) and deleteCluster removes every piece', async () => {
    // Pieces of a cluster nobody remembers: a group, a volume and an instance, tagged, no formation record.
    const clusterId = 'lkc-orphan';
    const ec2 = raw('eu-west-1');
    const tags = [
      { Key: TAG.managed, Value: 'true' },
      { Key: TAG.clusterId, Value: clusterId },
      { Key: TAG.nodeId, Value: '1' },
    ];
    await ec2.send(
      new CreateSecurityGroupCommand({ GroupName: 'tributary-lkc-orphan', Description: 'orphan', TagSpecifications: [{ ResourceType: 'security-group', Tags: tags }] }),
    );
    await ec2.send(new CreateVolumeCommand({ AvailabilityZone: 'eu-west-1b', Size: 10, TagSpecifications: [{ ResourceType: 'volume', Tags: tags }] }));
    await ec2.send(
      new RunInstancesCommand({ ImageId: 'ami-04681a1dbd79675a5', InstanceType: 't3.micro', MinCount: 1, MaxCount: 1, TagSpecifications: [{ ResourceType: 'instance', Tags: tags }] }),
    );
    const fresh = provider();
    expect(await fresh.listOwnedClusters()).toContain(clusterId);
    await deleteUntilDone(provider(), clusterId);
    expect(await inventory(ec2, clusterId)).toMatchObject({ instances: [], enis: [], volumes: [], addresses: [], groups: [] });
    expect(await provider().listOwnedClusters()).not.toContain(clusterId);
  });
});

describe('Ec2Provider against moto: throttling', () => {
  /** A real SDK middleware between the deserializer and the HTTP handler: answers like EC2 does when throttling. */
  function throttle(times: number, seen: { requests: number }) {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>RequestLimitExceeded</Code>' +
      '<Message>Request limit exceeded.</Message></Error></Errors><RequestID>throttled</RequestID></Response>';
    const middleware: DeserializeMiddleware<ServiceInputTypes, ServiceOutputTypes> = (next) => async (args) => {
      seen.requests++;
      if (seen.requests > times) return next(args);
      // What EC2 sends when throttling; the SDK's real deserializer turns it into the error.
      return { response: { statusCode: 503, reason: 'Service Unavailable', headers: { 'content-type': 'text/xml' }, body: new TextEncoder().encode(xml) } };
    };
    return (client: EC2Client) =>
      client.middlewareStack.addRelativeTo(middleware, { relation: 'after', toMiddleware: 'deserializerMiddleware', name: 'throttleInjector' });
  }

  it('retries RequestLimitExceeded with backoff until EC2 answers', async () => {
    const seen = { requests: 0 };
    const p = provider({ configureClient: throttle(3, seen), retry: { maxAttempts: 5, baseDelayMs: 5, maxDelayMs: 20 } });
    expect(await p.listOwnedClusters()).toEqual(expect.any(Array));
    // listOwnedClusters makes 5 describes per region; the first 3 requests were throttled and retried.
    expect(seen.requests).toBe(2 * 5 + 3);
  });

  it('gives up after maxAttempts with EC2\'s own error', async () => {
    const seen = { requests: 0 };
    const p = provider({ configureClient: throttle(100, seen), retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 } });
    await expect(p.describeNodes('lkc-whatever')).rejects.toMatchObject({ name: 'RequestLimitExceeded', $metadata: { httpStatusCode: 503 } });
  });
});
