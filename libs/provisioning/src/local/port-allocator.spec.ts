import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortAllocator, PortsExhaustedError } from './port-allocator';

// A range below the ephemeral range and away from the local provider's default (29100-29999).
const RANGE = { from: 27100, to: 27199 };

let dir: string;
const servers: Server[] = [];

function occupy(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
    servers.push(server);
  });
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ports-'));
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

const allocator = (range = RANGE, isPortFree?: (p: number) => Promise<boolean>) =>
  new PortAllocator({ stateFile: join(dir, 'ports.json'), range, ...(isPortFree ? { isPortFree } : {}) });

describe('PortAllocator', () => {
  it('gives each name of an owner a distinct port in range, idempotently', async () => {
    const a = allocator();
    const first = await a.allocate('lkc-1/node-1', ['client', 'internal', 'metrics']);
    expect(new Set(Object.values(first)).size).toBe(3);
    for (const port of Object.values(first)) expect(port).toBeGreaterThanOrEqual(RANGE.from);
    expect(await a.allocate('lkc-1/node-1', ['client', 'internal', 'metrics'])).toEqual(first);
  });

  it('adds missing names to an existing owner without moving the others', async () => {
    const a = allocator();
    const first = await a.allocate('o', ['client']);
    const second = await a.allocate('o', ['client', 'controller']);
    expect(second['client']).toBe(first['client']);
    expect(second['controller']).not.toBe(first['client']);
  });

  it('persists assignments across instances (restart of the control plane)', async () => {
    const first = await allocator().allocate('lkc-1/node-1', ['client']);
    expect(await allocator().allocate('lkc-1/node-1', ['client'])).toEqual(first);
    expect(JSON.parse(readFileSync(join(dir, 'ports.json'), 'utf8')).owners['lkc-1/node-1']).toEqual(first);
  });

  it('never hands out a port something is listening on', async () => {
    await occupy(RANGE.from);
    await occupy(RANGE.from + 1);
    const got = await allocator().allocate('o', ['a']);
    expect(got['a']).toBe(RANGE.from + 2);
  });

  it('never hands out the same port twice, even to concurrent allocators in one file', async () => {
    const owners = Array.from({ length: 20 }, (_, i) => `lkc-${i}/node-1`);
    // Separate instances (as separate processes would have); the file lock serializes them.
    const results = await Promise.all(owners.map((o) => allocator().allocate(o, ['client', 'internal'])));
    const ports = results.flatMap((r) => Object.values(r));
    expect(new Set(ports).size).toBe(40);
    const snapshot = await allocator().snapshot();
    expect(Object.keys(snapshot).sort()).toEqual([...owners].sort());
  });

  it('releases one owner or a whole cluster prefix', async () => {
    const a = allocator();
    await a.allocateMany([
      { owner: 'lkc-a/node-1', names: ['client'] },
      { owner: 'lkc-a/node-2', names: ['client'] },
      { owner: 'lkc-b/node-1', names: ['client'] },
    ]);
    await a.release('lkc-b/node-1');
    await a.release('lkc-b/node-1'); // idempotent
    expect(Object.keys(await a.snapshot()).sort()).toEqual(['lkc-a/node-1', 'lkc-a/node-2']);
    await a.releasePrefix('lkc-a/');
    expect(await a.snapshot()).toEqual({});
  });

  it('reuses freed ports last (round robin) and throws when the range is exhausted', async () => {
    const a = allocator({ from: RANGE.from, to: RANGE.from + 2 }, async () => true);
    const p1 = (await a.allocate('x', ['p']))['p'];
    await a.release('x');
    const p2 = (await a.allocate('y', ['p']))['p'];
    expect(p2).not.toBe(p1);
    await a.allocate('z', ['p', 'q']);
    await expect(a.allocate('w', ['p'])).rejects.toBeInstanceOf(PortsExhaustedError);
  });

  it('rejects a nonsensical range', () => {
    expect(() => allocator({ from: 80, to: 90 })).toThrow(RangeError);
    expect(() => allocator({ from: 30000, to: 29000 })).toThrow(RangeError);
  });
});
