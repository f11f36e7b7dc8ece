import { describe, expect, it } from 'vitest';
import { AppError } from './app-error';
import { unreachableDependency } from './dependency-errors';

/** Shapes recorded from Prisma 6.19 (first with @prisma/adapter-pg 7, re-checked on the matching 6.19 adapter by postgres-outage.int.spec.ts) and ioredis 5 while a real Postgres/Redis was stopped and restarted. */
const named = (name: string, fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? name)), { name }, fields);

describe('unreachableDependency', () => {
  it.each([
    ['admin shutdown (57P01) through Prisma', named('PrismaClientKnownRequestError', { code: 'P2010', meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'postgres', code: '57P01', originalCode: '57P01' } } } })],
    ['starting up (57P03) from the adapter itself', named('DriverAdapterError', { cause: { kind: 'postgres', code: '57P03', message: 'the database system is starting up' } })],
    ['too many connections (53300)', named('DriverAdapterError', { cause: { kind: 'postgres', code: '53300' } })],
    ['server closed the connection (P1017)', named('PrismaClientKnownRequestError', { code: 'P1017', meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'ConnectionClosed' } } } })],
    ['cannot reach (P1001)', named('PrismaClientKnownRequestError', { code: 'P1001', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable', host: '127.0.0.1', port: 5 } } } })],
    ['raw query, not reachable', named('PrismaClientKnownRequestError', { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } })],
    ['pool timeout (P2024)', named('PrismaClientKnownRequestError', { code: 'P2024' })],
    ['node-postgres, broken client', new Error('Client has encountered a connection error and is not queryable')],
    ['node-postgres, terminated', new Error('Connection terminated unexpectedly')],
    ['node-postgres, refused on every address', new AggregateError([Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' })], 'Connection terminated')],
  ])('%s → postgres', (_, e) => {
    expect(unreachableDependency(e)).toBe('postgres');
  });

  it.each([
    ['ioredis gave up retrying', named('MaxRetriesPerRequestError', { message: 'Reached the max retries per request limit (which is 1). Refer to "maxRetriesPerRequest" option for details.' })],
    ['ioredis command timeout', new Error('Command timed out')],
    ['ioredis closed', new Error('Connection is closed.')],
    ['no offline queue', new Error("Stream isn't writeable and enableOfflineQueue options is false")],
  ])('%s → redis', (_, e) => {
    expect(unreachableDependency(e)).toBe('redis');
  });

  it('a bare socket error is some dependency', () => {
    expect(unreachableDependency(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', syscall: 'connect' }))).toBe('dependency');
  });

  it.each([
    ['a unique violation', named('PrismaClientKnownRequestError', { code: 'P2002', meta: { target: ['display_name'] } })],
    ['a syntax error', named('DriverAdapterError', { cause: { kind: 'postgres', code: '42601' } })],
    ['a bug', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', undefined],
  ])('%s is not a dependency outage', (_, e) => {
    expect(unreachableDependency(e)).toBeNull();
  });

  it('answers 503 with Retry-After, naming no host or secret', () => {
    const e = AppError.unavailable('postgres');
    expect(e.status).toBe(503);
    expect(e.code).toBe('unavailable');
    expect(e.retryAfterSeconds).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/127\.0\.0\.1|5432/);
  });
});
