import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT } from './test-env';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function accepts(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/v1/customers/cus_probe`, { headers: { authorization: 'Bearer sk_test_probe' } });
    return res.status < 500;
  } catch {
    return false;
  }
}

export interface RecordedMeterEvent {
  identifier: string;
  eventName: string;
  value: string;
  customer: string;
}

/**
 * Stripe's API on a free loopback port (stripe-mock: stateless, validates requests against
 * Stripe's OpenAPI spec and answers with fixtures), behind a small recording proxy: stripe-mock
 * remembers nothing, so the proxy keeps every meter event Stripe accepted (`meterEvents`), even
 * when another process (the worker) sent it. `stop()` then `start()` keeps the port, so a test can
 * take Stripe down and bring it back.
 */
export class StripeMock {
  private child?: ChildProcess;
  private proxy?: Server;
  private innerPort = 0;
  port = 0;
  readonly meterEvents: RecordedMeterEvent[] = [];

  static binary(): string {
    execFileSync('bash', [join(REPO_ROOT, 'scripts/ensure-stripe-mock.sh')], { stdio: 'inherit' });
    const gopath = execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim();
    return join(gopath, 'bin', 'stripe-mock');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Environment for an app that should talk to this mock. */
  env(webhookSecret = 'whsec_tributarytestsecret'): Record<string, string> {
    return {
      TRIBUTARY_STRIPE_SECRET_KEY: 'sk_test_tributary',
      TRIBUTARY_STRIPE_WEBHOOK_SECRET: webhookSecret,
      TRIBUTARY_STRIPE_API_URL: this.url,
      TRIBUTARY_STRIPE_MAX_NETWORK_RETRIES: '0',
      TRIBUTARY_STRIPE_TIMEOUT_MS: '5000',
    };
  }

  async start(): Promise<this> {
    if (!this.port) this.port = await freePort();
    this.innerPort = await freePort();
    // An HTTPS listener on a port the system picks: without -https-addr stripe-mock also binds *:12112,
    // so a second one on the machine (another suite, another agent) exits at once.
    this.child = spawn(StripeMock.binary(), ['-http-addr', `127.0.0.1:${this.innerPort}`, '-https-addr', '127.0.0.1:'], { stdio: 'ignore' });
    let up = false;
    // Up to 120 s: it parses Stripe's whole OpenAPI document first, 6-8 s at load ~11 and past 10 s at ~17.
    for (let i = 0; i < 1200 && !up; i++) {
      up = await accepts(this.innerPort);
      if (!up) await new Promise((r) => setTimeout(r, 100));
    }
    if (!up) throw new Error(`stripe-mock did not start on port ${this.innerPort}`);
    this.proxy = createHttpServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const upstream = request({ host: '127.0.0.1', port: this.innerPort, path: req.url, method: req.method, headers: req.headers }, (r) => {
          if (req.method === 'POST' && req.url?.split('?')[0] === '/v1/billing/meter_events' && r.statusCode === 200) {
            const form = new URLSearchParams(body.toString('utf8'));
            this.meterEvents.push({ identifier: form.get('identifier') ?? '', eventName: form.get('event_name') ?? '', value: form.get('payload[value]') ?? '', customer: form.get('payload[stripe_customer_id]') ?? '' });
          }
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        });
        upstream.on('error', () => res.writeHead(502).end());
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => this.proxy!.listen(this.port, '127.0.0.1', () => resolve()));
    return this;
  }

  async stop(): Promise<void> {
    const proxy = this.proxy;
    this.proxy = undefined;
    if (proxy) {
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }
}
