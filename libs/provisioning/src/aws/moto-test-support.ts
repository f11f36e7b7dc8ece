/**
 * moto's EC2 server for the EC2 provider's integration tests: `scripts/ensure-moto.sh` makes sure it is
 * installed, then one server per test file on a free loopback port, killed afterwards. Not exported.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { EC2Client } from '@aws-sdk/client-ec2';
import type { AwsConfig } from './aws-config';

const repoRoot = resolve(__dirname, '../../../..');

/** Dummy static credentials: moto accepts anything; they keep the SDK off the real provider chain. */
export const MOTO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

export interface MotoServer {
  endpoint: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen({ host: '127.0.0.1', port: 0 }, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => res(port));
    });
  });
}

export async function startMoto(): Promise<MotoServer> {
  const command = execFileSync('bash', [join(repoRoot, 'scripts/ensure-moto.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .pop() as string;
  const [python, ...args] = command.split(' ');
  const port = await freePort();
  const child: ChildProcess = spawn(python as string, [...args, '-H', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'false' },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto server exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${endpoint}/moto-api/`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`moto server did not answer on ${endpoint} within 30 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    endpoint,
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

/** A raw client for the tests' own assertions (not the provider's). */
export function rawClient(endpoint: string, region: string): EC2Client {
  return new EC2Client({ region, endpoint, credentials: MOTO_CREDENTIALS, maxAttempts: 1 });
}

export function testAwsConfig(overrides: Partial<AwsConfig> = {}): AwsConfig {
  return {
    enabled: true,
    regions: ['us-east-1', 'eu-west-1'],
    instanceTypes: [
      { kind: 'Basic', minBrokers: 1, instanceType: 't3.medium' },
      { kind: 'Standard', minBrokers: 1, instanceType: 'm5.large' },
      { kind: 'Dedicated', minBrokers: 1, instanceType: 'm5.xlarge' },
    ],
    // moto's built-in Amazon Linux 2 image is found by name in us-east-1; eu-west-1 uses an explicit id.
    amiIds: { 'eu-west-1': 'ami-04681a1dbd79675a5' },
    amiNamePattern: 'amzn2-ami-hvm-*-x86_64-gp2',
    amiOwner: '137112412989',
    subnetIds: {},
    clientCidrs: ['10.0.0.0/8', '192.168.0.0/16'],
    controlPlaneCidrs: ['172.31.0.0/16'],
    sshCidrs: [],
    keyPair: null,
    iamInstanceProfile: null,
    publicIps: true,
    probePorts: false,
    ...overrides,
  };
}
