import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BillingModule, PriceList } from '@tributary/billing';
import { CLUSTER_KINDS } from '@tributary/catalog';
import { DbModule, PrismaService } from '@tributary/db';
import { AppError, PlatformModule } from '@tributary/platform';
import { useTestEnv } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let app: INestApplicationContext;
let prices: PriceList;
const created: number[] = [];

beforeAll(async () => {
  useTestEnv();
  @Module({ imports: [PlatformModule.forRoot({ serviceName: 'price-test' }), DbModule, BillingModule] })
  class TestModule {}
  app = await NestFactory.createApplicationContext(TestModule, { logger: false });
  prices = app.get(PriceList);
});
afterAll(async () => {
  await app.get(PrismaService).price.deleteMany({ where: { id: { in: created } } });
  await app?.close();
});

describe('price list', () => {
  it('is seeded for every kind, and a change takes effect only from its (future) date', async () => {
    const now = new Date();
    const current = await prices.at(now);
    expect(current.price('Standard', 'KAFKA_BASE')?.unitPrice).toBe('0.750000000');
    expect(current.price('Dedicated', 'KAFKA_NUM_CKUS')?.unitPrice).toBe('1.500000000');
    for (const kind of CLUSTER_KINDS) expect(current.forKind(kind).length).toBeGreaterThan(0);

    const from = new Date(now.getTime() + 3_600_000);
    created.push((await prices.schedule({ clusterKind: 'Standard', lineType: 'KAFKA_BASE', unitPrice: '0.80', effectiveFrom: from }, now)).id);
    expect((await prices.at(now)).price('Standard', 'KAFKA_BASE')?.unitPrice).toBe('0.750000000');
    expect((await prices.at(from)).price('Standard', 'KAFKA_BASE')?.unitPrice).toBe('0.800000000');
    expect((await prices.at(new Date(from.getTime() - 1))).price('Standard', 'KAFKA_BASE')?.unitPrice).toBe('0.750000000');
    // Over a range, the same rule per instant: the history up to a time answers for any time before it.
    const history = await prices.history(from);
    expect(history.at(now).price('Standard', 'KAFKA_BASE')?.unitPrice).toBe('0.750000000');
    expect(history.at(from).price('Standard', 'KAFKA_BASE')?.unitPrice).toBe('0.800000000');
    expect(history.changes().map((d) => d.getTime())).toContain(from.getTime());
  });

  it('refuses a change dated in the past (it would reprice usage already accrued)', async () => {
    const now = new Date();
    await expect(prices.schedule({ clusterKind: 'Standard', lineType: 'KAFKA_BASE', unitPrice: '9', effectiveFrom: new Date(now.getTime() - 1000) }, now)).rejects.toBeInstanceOf(AppError);
    await expect(prices.schedule({ clusterKind: 'Huge', lineType: 'KAFKA_BASE', unitPrice: '1', effectiveFrom: new Date(now.getTime() + 1000) }, now)).rejects.toBeInstanceOf(AppError);
    await expect(prices.schedule({ clusterKind: 'Basic', lineType: 'KAFKA_BASE', unitPrice: '-1', effectiveFrom: new Date(now.getTime() + 1000) }, now)).rejects.toBeInstanceOf(AppError);
  });
});
