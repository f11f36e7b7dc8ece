import { CLUSTER_KINDS, type ClusterKind } from '@tributary/catalog';
import { AppError, parseEnv } from '@tributary/platform';
import { z } from 'zod';

/**
 * The EC2 provider's slice of the environment, parsed once at boot (`loadAwsConfig`). A bad value stops
 * the process with the variable's name. AWS is off while TRIBUTARY_AWS_REGIONS is empty.
 *
 * Credentials and endpoints are deliberately NOT here: the AWS SDK reads them from its standard
 * provider chain (AWS_PROFILE, AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, SSO, web identity, ECS/EC2
 * roles) and AWS_ENDPOINT_URL_EC2 / AWS_ENDPOINT_URL.
 */
/** Instance type for clusters of `kind` with at least `minBrokers` brokers (the most specific rule wins). */
export interface InstanceTypeRule {
  kind: ClusterKind;
  minBrokers: number;
  instanceType: string;
}

export interface AwsConfig {
  enabled: boolean;
  regions: string[];
  instanceTypes: InstanceTypeRule[];
  /** Explicit AMI per region; regions without one are looked up by name (DescribeImages). */
  amiIds: Record<string, string>;
  amiNamePattern: string;
  amiOwner: string;
  /** Explicit subnets per region (their VPC is used); default: the default VPC's default subnets. */
  subnetIds: Record<string, string[]>;
  clientCidrs: string[];
  controlPlaneCidrs: string[];
  sshCidrs: string[];
  keyPair: string | null;
  iamInstanceProfile: string | null;
  publicIps: boolean;
  probePorts: boolean;
}

const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const INSTANCE_TYPE = /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/;
const AMI_ID = /^ami-[0-9a-f]{8,17}$/;
const SUBNET_ID = /^subnet-[0-9a-f]{8,17}$/;
const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

export const DEFAULT_INSTANCE_TYPES = 'Basic=t3.medium,Standard=m7i.large,Dedicated=m7i.xlarge,Dedicated@12=m7i.2xlarge';
export const DEFAULT_AMI_NAME = 'al2023-ami-2023.*-kernel-*-x86_64';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

function isCidr(s: string): boolean {
  const m = CIDR.exec(s);
  return m !== null && m.slice(1, 5).every((o) => Number(o) <= 255) && Number(m[5]) <= 32;
}

const csv = (check: (s: string) => boolean, what: string) =>
  z
    .string()
    .default('')
    .transform((s, ctx) => {
      const items = list(s);
      for (const item of items) if (!check(item)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(item)} is not ${what}` });
      return items;
    });

/** `region=value,region=value` (values may contain `|`-separated lists). */
const perRegion = <T>(parse: (value: string) => T | null, what: string) =>
  z
    .string()
    .default('')
    .transform((s, ctx) => {
      const out: Record<string, T> = {};
      for (const entry of list(s)) {
        const eq = entry.indexOf('=');
        const region = entry.slice(0, eq);
        const value = eq > 0 ? parse(entry.slice(eq + 1)) : null;
        if (!REGION.test(region) || value === null) {
          ctx.addIssue({ code: 'custom', message: `${JSON.stringify(entry)}: expected region=${what}` });
          continue;
        }
        out[region] = value;
      }
      return out;
    });

const instanceTypeRules = z
  .string()
  .default(DEFAULT_INSTANCE_TYPES)
  .transform((s, ctx) => {
    const rules: InstanceTypeRule[] = [];
    for (const entry of list(s)) {
      const m = /^([A-Za-z]+)(?:@(\d+))?=(.+)$/.exec(entry);
      const kind = CLUSTER_KINDS.find((k) => k === m?.[1]);
      if (!m || !kind || !INSTANCE_TYPE.test(m[3] as string)) {
        ctx.addIssue({ code: 'custom', message: `${JSON.stringify(entry)}: expected Kind[@minBrokers]=instance.type with Kind one of ${CLUSTER_KINDS.join(', ')}` });
        continue;
      }
      rules.push({ kind, minBrokers: m[2] === undefined ? 1 : Number(m[2]), instanceType: m[3] as string });
    }
    return rules;
  });

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalName = z
  .string()
  .default('')
  .transform((s) => (s.trim() === '' ? null : s.trim()));

export function loadAwsConfig(env: NodeJS.ProcessEnv = process.env): AwsConfig {
  const c = parseEnv(
    {
      TRIBUTARY_AWS_REGIONS: csv((s) => REGION.test(s), 'an AWS region (e.g. us-east-1)'),
      TRIBUTARY_AWS_INSTANCE_TYPES: instanceTypeRules,
      TRIBUTARY_AWS_AMI_IDS: perRegion((v) => (AMI_ID.test(v) ? v : null), 'ami-…'),
      TRIBUTARY_AWS_AMI_NAME: z.string().min(1).default(DEFAULT_AMI_NAME),
      TRIBUTARY_AWS_AMI_OWNER: z.string().regex(/^(amazon|self|aws-marketplace|\d{12})$/, 'amazon, self, aws-marketplace or a 12-digit account id').default('amazon'),
      TRIBUTARY_AWS_SUBNET_IDS: perRegion((v) => {
        const ids = v.split('|');
        return ids.every((id) => SUBNET_ID.test(id)) ? ids : null;
      }, 'subnet-…|subnet-…'),
      TRIBUTARY_AWS_CLIENT_CIDRS: csv(isCidr, 'an IPv4 CIDR'),
      TRIBUTARY_AWS_CONTROL_PLANE_CIDRS: csv(isCidr, 'an IPv4 CIDR'),
      TRIBUTARY_AWS_SSH_CIDRS: csv(isCidr, 'an IPv4 CIDR'),
      TRIBUTARY_AWS_KEY_PAIR: optionalName,
      TRIBUTARY_AWS_INSTANCE_PROFILE: optionalName,
      TRIBUTARY_AWS_PUBLIC_IPS: flag(true),
      TRIBUTARY_AWS_PROBE_PORTS: flag(true),
    },
    env,
  );
  const regions = [...new Set(c.TRIBUTARY_AWS_REGIONS)];
  const config: AwsConfig = {
    enabled: regions.length > 0,
    regions,
    instanceTypes: c.TRIBUTARY_AWS_INSTANCE_TYPES,
    amiIds: c.TRIBUTARY_AWS_AMI_IDS,
    amiNamePattern: c.TRIBUTARY_AWS_AMI_NAME,
    amiOwner: c.TRIBUTARY_AWS_AMI_OWNER,
    subnetIds: c.TRIBUTARY_AWS_SUBNET_IDS,
    clientCidrs: c.TRIBUTARY_AWS_CLIENT_CIDRS,
    controlPlaneCidrs: c.TRIBUTARY_AWS_CONTROL_PLANE_CIDRS,
    sshCidrs: c.TRIBUTARY_AWS_SSH_CIDRS,
    keyPair: c.TRIBUTARY_AWS_KEY_PAIR,
    iamInstanceProfile: c.TRIBUTARY_AWS_INSTANCE_PROFILE,
    publicIps: c.TRIBUTARY_AWS_PUBLIC_IPS,
    probePorts: c.TRIBUTARY_AWS_PROBE_PORTS,
  };
  const problems: string[] = [];
  if (config.enabled && config.clientCidrs.length === 0) {
    problems.push('TRIBUTARY_AWS_CLIENT_CIDRS: required when TRIBUTARY_AWS_REGIONS is set (who may reach the brokers\' client port, e.g. 10.0.0.0/8)');
  }
  for (const region of [...Object.keys(config.amiIds), ...Object.keys(config.subnetIds)]) {
    if (!regions.includes(region)) problems.push(`TRIBUTARY_AWS_AMI_IDS/TRIBUTARY_AWS_SUBNET_IDS: ${region} is not in TRIBUTARY_AWS_REGIONS`);
  }
  for (const kind of CLUSTER_KINDS) {
    if (config.enabled && !config.instanceTypes.some((r) => r.kind === kind && r.minBrokers === 1)) {
      problems.push(`TRIBUTARY_AWS_INSTANCE_TYPES: no instance type for ${kind} clusters (add ${kind}=<type>)`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  return config;
}

let fromEnv: AwsConfig | undefined;

/** `loadAwsConfig()` of process.env, parsed on first use and kept (the environment does not change at run time). */
export function awsConfigFromEnv(): AwsConfig {
  fromEnv ??= loadAwsConfig();
  return fromEnv;
}

/** The instance type for a cluster of `kind` with `brokerCount` brokers, or null if none is configured. */
export function instanceTypeFor(config: Pick<AwsConfig, 'instanceTypes'>, kind: ClusterKind, brokerCount: number): string | null {
  const candidates = config.instanceTypes.filter((r) => r.kind === kind && r.minBrokers <= brokerCount).sort((a, b) => b.minBrokers - a.minBrokers);
  return candidates[0]?.instanceType ?? null;
}

export const MAX_BROKERS = 64;

/**
 * Refuses, before anything is written, a cluster the EC2 provider cannot build: an AWS region not
 * offered, a kind without an instance type, a broker count out of range. Throws AppError `invalid` (422).
 */
export function validateAwsClusterRequest(
  request: { region: string; kind: string; brokerCount: number },
  config: Pick<AwsConfig, 'enabled' | 'regions' | 'instanceTypes'> = awsConfigFromEnv(),
): { instanceType: string } {
  if (!config.enabled) throw AppError.invalid('AWS is not available on this Tributary installation', '/spec/cloud');
  if (!config.regions.includes(request.region)) {
    throw AppError.invalid(`region '${request.region}' is not offered on AWS; choose one of: ${config.regions.join(', ')}`, '/spec/region');
  }
  const kind = CLUSTER_KINDS.find((k) => k === request.kind);
  if (!kind) throw AppError.invalid(`cluster kind '${request.kind}' is not offered on AWS; choose one of: ${CLUSTER_KINDS.join(', ')}`, '/spec/config/kind');
  if (!Number.isInteger(request.brokerCount) || request.brokerCount < 1 || request.brokerCount > MAX_BROKERS) {
    throw AppError.invalid(`a cluster on AWS has 1 to ${MAX_BROKERS} brokers, not ${request.brokerCount}`, '/spec/config');
  }
  const instanceType = instanceTypeFor(config, kind, request.brokerCount);
  if (!instanceType) throw AppError.invalid(`${kind} clusters are not offered on AWS`, '/spec/config/kind');
  return { instanceType };
}
