import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, TEST_ENV } from './test-env';

/**
 * The worker as production runs it: a separate process from the compiled code, so a test can
 * `kill -9` it mid-job and start another.
 */
export class WorkerProcess {
  private child?: ChildProcess;
  private output = '';

  constructor(private readonly extraEnv: Record<string, string> = {}) {}

  start(): this {
    this.output = '';
    this.child = spawn(join(REPO_ROOT, 'node_modules/.bin/node'), ['--enable-source-maps', join(REPO_ROOT, 'dist/apps/worker/src/main.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...TEST_ENV, ...this.extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const keep = (b: Buffer) => {
      this.output = (this.output + b.toString()).slice(-20_000);
    };
    this.child.stdout?.on('data', keep);
    this.child.stderr?.on('data', keep);
    return this;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** What the worker logged lately: printed by tests when something times out. */
  logs(): string {
    return this.output;
  }

  kill9(): void {
    this.child?.kill('SIGKILL');
    this.child = undefined;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
  }
}
