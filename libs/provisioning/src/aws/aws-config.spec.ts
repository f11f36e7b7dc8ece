import { AppError } from '@tributary/platform';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INSTANCE_TYPES, instanceTypeFor, loadAwsConfig, validateAwsClusterRequest } from './aws-config';

const base = { TRIBUTARY_AWS_REGIONS: 'us-east-1, eu-west-1', TRIBUTARY_AWS_CLIENT_CIDRS: '10.0.0.0/8' };

describe('loadAwsConfig', () => {
  it('is disabled with no regions, and needs nothing else then', () => {
    const c = loadAwsConfig({});
    expect(c.enabled).toBe(false);
    expect(c.regions).toEqual([]);
  });

  it('parses regions, instance types, AMIs, subnets, CIDRs and flags', () => {
    const c = loadAwsConfig({
      ...base,
      TRIBUTARY_AWS_INSTANCE_TYPES: 'Basic=t3.medium,Standard=m7i.large,Dedicated=m7i.xlarge,Dedicated@12=m7i.2xlarge',
      TRIBUTARY_AWS_AMI_IDS: 'eu-west-1=ami-0123456789abcdef0',
      TRIBUTARY_AWS_SUBNET_IDS: 'us-east-1=subnet-0123456789abcdef0|subnet-0123456789abcdef1',
      TRIBUTARY_AWS_CONTROL_PLANE_CIDRS: '172.31.0.0/16',
      TRIBUTARY_AWS_KEY_PAIR: 'ops',
      TRIBUTARY_AWS_PUBLIC_IPS: 'false',
    });
    expect(c).toMatchObject({
      enabled: true,
      regions: ['us-east-1', 'eu-west-1'],
      amiIds: { 'eu-west-1': 'ami-0123456789abcdef0' },
      amiOwner: 'amazon',
      subnetIds: { 'us-east-1': ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'] },
      clientCidrs: ['10.0.0.0/8'],
      controlPlaneCidrs: ['172.31.0.0/16'],
      keyPair: 'ops',
      iamInstanceProfile: null,
      publicIps: false,
      probePorts: true,
    });
    expect(instanceTypeFor(c, 'Dedicated', 4)).toBe('m7i.xlarge');
    expect(instanceTypeFor(c, 'Dedicated', 12)).toBe('m7i.2xlarge');
    expect(instanceTypeFor(c, 'Basic', 1)).toBe('t3.medium');
  });

  it.each([
    [{ TRIBUTARY_AWS_REGIONS: 'us-east-1' }, /TRIBUTARY_AWS_CLIENT_CIDRS: required/],
    [{ ...base, TRIBUTARY_AWS_REGIONS: 'mars-north-1x' }, /TRIBUTARY_AWS_REGIONS/],
    [{ ...base, TRIBUTARY_AWS_CLIENT_CIDRS: '10.0.0.0/33' }, /TRIBUTARY_AWS_CLIENT_CIDRS/],
    [{ ...base, TRIBUTARY_AWS_INSTANCE_TYPES: 'Premium=m7i.large' }, /TRIBUTARY_AWS_INSTANCE_TYPES/],
    [{ ...base, TRIBUTARY_AWS_INSTANCE_TYPES: 'Basic=t3.medium,Standard=m7i.large' }, /no instance type for Dedicated/],
    [{ ...base, TRIBUTARY_AWS_AMI_IDS: 'us-east-1=img-1' }, /TRIBUTARY_AWS_AMI_IDS/],
    [{ ...base, TRIBUTARY_AWS_AMI_IDS: 'ap-south-1=ami-0123456789abcdef0' }, /ap-south-1 is not in TRIBUTARY_AWS_REGIONS/],
    [{ ...base, TRIBUTARY_AWS_PUBLIC_IPS: 'maybe' }, /TRIBUTARY_AWS_PUBLIC_IPS/],
  ])('refuses %j at boot, naming the variable', (env, message) => {
    expect(() => loadAwsConfig(env)).toThrow(message);
  });

  it('has a default instance type for every kind', () => {
    expect(DEFAULT_INSTANCE_TYPES).toContain('Basic=');
    const c = loadAwsConfig(base);
    for (const kind of ['Basic', 'Standard', 'Dedicated'] as const) expect(instanceTypeFor(c, kind, 1)).toMatch(/\./);
  });
});

describe('validateAwsClusterRequest', () => {
  const config = loadAwsConfig(base);

  it('accepts an offered region and kind and names the instance type', () => {
    expect(validateAwsClusterRequest({ region: 'eu-west-1', kind: 'Standard', brokerCount: 3 }, config)).toEqual({ instanceType: 'm7i.large' });
  });

  it.each([
    [{ region: 'ap-south-1', kind: 'Standard', brokerCount: 3 }, '/spec/region', /region 'ap-south-1' is not offered on AWS; choose one of: us-east-1, eu-west-1/],
    [{ region: 'us-east-1', kind: 'Premium', brokerCount: 3 }, '/spec/config/kind', /cluster kind 'Premium' is not offered/],
    [{ region: 'us-east-1', kind: 'Dedicated', brokerCount: 65 }, '/spec/config', /1 to 64 brokers/],
  ])('refuses %j with a 422 AppError pointing at the field', (request, pointer, message) => {
    let error: unknown;
    try {
      validateAwsClusterRequest(request, config);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).items[0]?.pointer).toBe(pointer);
    expect((error as AppError).message).toMatch(message);
  });

  it('refuses everything when AWS is not configured', () => {
    expect(() => validateAwsClusterRequest({ region: 'us-east-1', kind: 'Basic', brokerCount: 1 }, loadAwsConfig({}))).toThrow(/AWS is not available/);
  });
});
