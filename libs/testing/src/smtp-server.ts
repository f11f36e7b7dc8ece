import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './test-env';

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  body: string;
}

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

function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(2_000);
    socket.once('data', (d) => {
      socket.end('QUIT\r\n');
      resolve(d.toString().startsWith('220'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Unfolds RFC 5322 headers (continuation lines) and reads one. */
function header(head: string, name: string): string {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)?.[1]?.trim() ?? '';
}

/**
 * A real SMTP server (aiosmtpd from PyPI, scripts/ensure-aiosmtpd.sh) on a free loopback port,
 * storing what it accepts in a Maildir that `messages()` reads back. For tests of mail the control
 * plane sends: nothing is faked on the sending side.
 */
export class SmtpServer {
  private child?: ChildProcess;
  private readonly maildir = mkdtempSync(join(tmpdir(), 'tributary-smtp-'));
  port = 0;

  async start(): Promise<this> {
    const python = execFileSync('bash', [join(REPO_ROOT, 'scripts/ensure-aiosmtpd.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
    this.port = await freePort();
    this.child = spawn(python, ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${this.port}`, '-c', 'aiosmtpd.handlers.Mailbox', join(this.maildir, 'box')], { stdio: 'ignore' });
    const deadline = Date.now() + 30_000;
    while (!(await greets(this.port))) {
      if (this.child.exitCode !== null) throw new Error(`aiosmtpd exited with ${this.child.exitCode}`);
      if (Date.now() > deadline) throw new Error('aiosmtpd did not start within 30 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    return this;
  }

  /** Environment for an api or worker that should send mail here. */
  env(): Record<string, string> {
    return { TRIBUTARY_SMTP_HOST: '127.0.0.1', TRIBUTARY_SMTP_PORT: String(this.port), TRIBUTARY_SMTP_SECURE: 'false', TRIBUTARY_MAIL_FROM: 'Tributary <alerts@tributary.test>' };
  }

  /** Every message accepted so far, oldest first. */
  messages(): ReceivedMail[] {
    const box = join(this.maildir, 'box');
    const files: { path: string; name: string }[] = [];
    for (const sub of ['new', 'cur']) {
      try {
        for (const name of readdirSync(join(box, sub))) files.push({ path: join(box, sub, name), name });
      } catch {
        // The Maildir is created with the first message.
      }
    }
    // Maildir names start with the delivery time in seconds: good enough to order a test's few messages.
    files.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
    return files.map(({ path }) => {
      const raw = readFileSync(path, 'utf8');
      const split = raw.search(/\r?\n\r?\n/);
      const head = split >= 0 ? raw.slice(0, split) : raw;
      const body = split >= 0 ? raw.slice(split).trim() : '';
      return { from: header(head, 'From'), to: header(head, 'To').split(',').map((s) => s.trim()).filter(Boolean), subject: header(head, 'Subject'), body };
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    }
    rmSync(this.maildir, { recursive: true, force: true });
  }
}
