import { describe, expect, it } from 'vitest';
import { AppError } from '@tributary/platform';
import { Prisma } from '../generated/client';
import { isRetryableTransactionError, retryTransaction } from './transaction-retry';
import { readUniqueViolation, uniqueViolationToConflict } from './unique-violation';

function p2002(table: string, index: string) {
  return new Prisma.PrismaClientKnownRequestError('Unique constraint failed', {
    code: 'P2002',
    clientVersion: 'test',
    meta: { modelName: 'X', driverAdapterError: { name: 'DriverAdapterError', cause: { kind: 'UniqueConstraintViolation', constraint: { index }, table, originalCode: '23505' } } },
  });
}
function p2034() {
  return new Prisma.PrismaClientKnownRequestError('write conflict', { code: 'P2034', clientVersion: 'test' });
}

describe('unique violations', () => {
  it('reads the colliding columns from the constraint name, without the organization', () => {
    expect(readUniqueViolation(p2002('service_accounts', 'service_accounts_organization_id_display_name_key'))).toEqual({ table: 'service_accounts', columns: ['display_name'], primaryKey: false });
    expect(readUniqueViolation(p2002('users', 'users_email_key'))).toEqual({ table: 'users', columns: ['email'], primaryKey: false });
    expect(readUniqueViolation(p2002('service_accounts', 'service_accounts_pkey'))).toMatchObject({ primaryKey: true });
    expect(readUniqueViolation(new Error('x'))).toBeNull();
  });

  it('says which value of which column is taken, and a primary key collision is "try again"', () => {
    const named = uniqueViolationToConflict(p2002('service_accounts', 'service_accounts_organization_id_display_name_key'), 'Service account', { displayName: 'ci' });
    expect(named).toMatchObject({ status: 409, message: "display_name 'ci' is already used by another service account in this organization: choose another display_name" });
    const id = uniqueViolationToConflict(p2002('api_keys', 'api_keys_pkey'), 'API key', { displayName: 'x' }) as AppError;
    expect(id.message).toBe('Creating the API key collided with another write (a generated id was taken): try again');
    const other = new Error('not a violation');
    expect(uniqueViolationToConflict(other, 'X')).toBe(other);
  });
});

describe('retryTransaction', () => {
  it('knows serialization failures and deadlocks, however they are wrapped', () => {
    expect(isRetryableTransactionError(p2034())).toBe(true);
    expect(isRetryableTransactionError(Object.assign(new Error('x'), { name: 'DriverAdapterError', cause: { kind: 'postgres', originalCode: '40P01' } }))).toBe(true);
    expect(isRetryableTransactionError(Object.assign(new Error('x'), { name: 'DriverAdapterError', cause: { kind: 'TransactionWriteConflict' } }))).toBe(true);
    expect(isRetryableTransactionError(p2002('t', 't_pkey'))).toBe(false);
    expect(isRetryableTransactionError(AppError.conflict('x'))).toBe(false);
  });

  it('runs again after a lost race, then answers 409 "try again"; other errors pass at once', async () => {
    let runs = 0;
    await expect(retryTransaction(async () => (++runs < 3 ? Promise.reject(p2034()) : 'done'), { baseDelayMs: 1 })).resolves.toBe('done');
    expect(runs).toBe(3);
    runs = 0;
    await expect(retryTransaction(async () => { runs++; throw p2034(); }, { attempts: 4, baseDelayMs: 1 })).rejects.toMatchObject({ code: 'conflict', status: 409, message: 'Too many changes to the same data at once: try again' });
    expect(runs).toBe(4);
    runs = 0;
    await expect(retryTransaction(async () => { runs++; throw AppError.invalid('bad'); })).rejects.toMatchObject({ code: 'invalid' });
    expect(runs).toBe(1);
  });
});
