import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withFileLock } from './file-lock';
import { isPortFree } from '../net/tcp-probe';

/**
 * Hands out TCP ports to named owners (`<clusterId>/node-<id>`) from a fixed range, persisted in a JSON
 * file so an owner keeps its ports across restarts of the control plane. Every change happens under a
 * file lock (api and worker may allocate at once), and a new port is only handed out if nothing can be
 * listening on it right now. Freed ports are reused last (a round-robin cursor), which keeps a port that a
 * just-stopped broker held out of circulation for as long as possible.
 */
export interface PortRange {
  from: number;
  to: number;
}

export interface PortAllocatorOptions {
  /** JSON state file, e.g. `<dataRoot>/ports.json`. */
  stateFile: string;
  /** Defaults to `<stateFile>.lock`. */
  lockFile?: string;
  range: PortRange;
  /** Injected for tests; defaults to a real bind probe. */
  isPortFree?: (port: number) => Promise<boolean>;
}

export type PortAssignment = Record<string, number>;

export interface PortRequest {
  owner: string;
  names: readonly string[];
}

interface PortState {
  version: 1;
  /** Next candidate port (round robin through the range). */
  cursor: number;
  owners: Record<string, PortAssignment>;
}

export class PortsExhaustedError extends Error {
  override readonly name = 'PortsExhaustedError';
}

export class PortAllocator {
  private readonly lockFile: string;
  private readonly probe: (port: number) => Promise<boolean>;

  constructor(private readonly options: PortAllocatorOptions) {
    const { from, to } = options.range;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1024 || to > 65535 || from > to) {
      throw new RangeError(`invalid port range ${from}-${to}`);
    }
    this.lockFile = options.lockFile ?? `${options.stateFile}.lock`;
    this.probe = options.isPortFree ?? isPortFree;
  }

  /** Ports of one owner, allocating any name it does not have yet. Idempotent. */
  async allocate(owner: string, names: readonly string[]): Promise<PortAssignment> {
    const result = await this.allocateMany([{ owner, names }]);
    return result.get(owner) as PortAssignment;
  }

  /** Several owners in one locked transaction. */
  async allocateMany(requests: readonly PortRequest[]): Promise<Map<string, PortAssignment>> {
    return this.mutate(async (state) => {
      const used = new Set(Object.values(state.owners).flatMap((a) => Object.values(a)));
      const out = new Map<string, PortAssignment>();
      for (const { owner, names } of requests) {
        const assignment: PortAssignment = { ...(state.owners[owner] ?? {}) };
        for (const name of names) {
          if (assignment[name] !== undefined) continue;
          const port = await this.nextFreePort(state, used);
          used.add(port);
          assignment[name] = port;
        }
        state.owners[owner] = assignment;
        out.set(owner, { ...assignment });
      }
      return out;
    });
  }

  /** Forget an owner's ports. Idempotent. */
  async release(owner: string): Promise<void> {
    await this.mutate(async (state) => {
      delete state.owners[owner];
    });
  }

  /** Forget every owner whose name starts with `prefix` (a whole cluster: `<clusterId>/`). */
  async releasePrefix(prefix: string): Promise<void> {
    await this.mutate(async (state) => {
      for (const owner of Object.keys(state.owners)) if (owner.startsWith(prefix)) delete state.owners[owner];
    });
  }

  /** Current assignments without locking (the file is replaced atomically, so a read is consistent). */
  async snapshot(): Promise<Record<string, PortAssignment>> {
    return (await this.load()).owners;
  }

  private async nextFreePort(state: PortState, used: Set<number>): Promise<number> {
    const { from, to } = this.options.range;
    const size = to - from + 1;
    for (let i = 0; i < size; i++) {
      const port = from + ((state.cursor - from + i + size) % size);
      if (used.has(port)) continue;
      if (!(await this.probe(port))) continue;
      state.cursor = port + 1 > to ? from : port + 1;
      return port;
    }
    throw new PortsExhaustedError(`no free port left in ${from}-${to}`);
  }

  private async mutate<T>(change: (state: PortState) => Promise<T>): Promise<T> {
    return withFileLock(this.lockFile, async () => {
      const state = await this.load();
      const result = await change(state);
      await this.save(state);
      return result;
    });
  }

  private async load(): Promise<PortState> {
    try {
      const parsed = JSON.parse(await readFile(this.options.stateFile, 'utf8')) as PortState;
      if (parsed.version !== 1 || typeof parsed.owners !== 'object') throw new Error(`unknown format in ${this.options.stateFile}`);
      return parsed;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, cursor: this.options.range.from, owners: {} };
      throw err;
    }
  }

  private async save(state: PortState): Promise<void> {
    await mkdir(dirname(this.options.stateFile), { recursive: true });
    const tmp = `${this.options.stateFile}.${process.pid}.tmp`;
    await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
    await rename(tmp, this.options.stateFile);
  }
}
