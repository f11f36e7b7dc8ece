import 'reflect-metadata';
import { Injectable, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DbModule, PrismaService, type Prisma } from '@tributary/db';
import { newId, PlatformModule } from '@tributary/platform';
import { FakeExporter, useTestEnv } from '@tributary/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeteringModule, UsageCollector, HOUR_MS, floorHour, UsageRollup, type ClosedUsageHour } from '@tributary/metering';


@Injectable()
class CapturedHours {
  static closed: ClosedUsageHour[] = [];
  async onUsageHoursClosed(hours: ClosedUsageHour[], tx: Prisma.TransactionClient) {
    void tx;
    CapturedHours.closed.push(...hours);
  }
}
@Module({ providers: [CapturedHours], exports: [CapturedHours] })
class CaptureModule {}

let app: INestApplicationContext;
let prisma: PrismaService;
let collector: UsageCollector;
let rollup: UsageRollup;
const brokers = [new FakeExporter(), new FakeExporter(), new FakeExporter()];

beforeAll(async () => {
  useTestEnv({ TRIBUTARY_METERING_INTERVAL_SECONDS: '2', TRIBUTARY_METERING_SCRAPE_TIMEOUT_MS: '1000' });
  await Promise.all(brokers.map((b) => b.start()));
  @Module({ imports: [PlatformModule.forRoot({ serviceName: 'metering-test' }), DbModule, MeteringModule.forRoot({ imports: [CaptureModule], hourClosedListeners: [CapturedHours] })] })
  class TestModule {}
  app = await NestFactory.createApplicationContext(TestModule, { logger: false });
  prisma = app.get(PrismaService);
  collector = app.get(UsageCollector);
  rollup = app.get(UsageRollup);
});
afterAll(async () => {
  await app?.close();
  await Promise.all(brokers.map((b) => b.stop()));
});

async function newCluster(kind: string, nodes: object[], provisionedAt = new Date(Date.now() - 30 * 60_000)) {
  const organizationId = randomUUID();
  await prisma.organization.create({ data: { id: organizationId, displayName: 'metering test' } });
  const environmentId = newId.environment();
  await prisma.environment.create({ data: { id: environmentId, organizationId, displayName: 'default' } });
  const id = newId.cluster();
  await prisma.cluster.create({
    data: { id, organizationId, environmentId, displayName: 'm', cloud: 'LOCAL', region: 'local', availability: 'SINGLE_ZONE', kind, brokerCount: nodes.length, phase: 'PROVISIONED', nodes: nodes as Prisma.InputJsonValue, adminPasswordEnc: 'x', provisionedAt, createdAt: provisionedAt },
  });
  return { id, organizationId };
}

async function usage(clusterId: string): Promise<Record<string, string>> {
  const rows = await prisma.usageHour.groupBy({ by: ['lineType'], where: { clusterId }, _sum: { quantity: true } });
  return Object.fromEntries(rows.map((r) => [r.lineType, r._sum.quantity!.toFixed()]));
}


describe('usage ledger', () => {
  it('collecting the same interval twice (a retry, two workers at once) counts once', async () => {
    brokers.forEach((b) => b.restart());
    const c = await newCluster('Standard', brokers.map((b, i) => b.node(i + 1)));
    brokers[0]!.bytesIn = 1_000;
    brokers[1]!.bytesIn = 2_000;
    brokers[2]!.bytesOut = 500;
    brokers[0]!.logs = [{ topic: 'orders', partition: 0, bytes: 7_000 }];
    brokers[1]!.logs = [{ topic: 'orders', partition: 0, bytes: 7_000 }, { topic: 'orders', partition: 1, bytes: 3_000 }];
    const now = new Date();
    const first = await collector.collectOnce(now, [c.id]);
    expect(first.inserted).toBe(3);
    const again = await collector.collectOnce(now, [c.id]);
    expect(again.inserted).toBe(0);
    const [a, b] = await Promise.all([collector.collectOnce(new Date(now.getTime() + 2_000), [c.id]), collector.collectOnce(new Date(now.getTime() + 2_000), [c.id])]);
    expect(a!.inserted + b!.inserted).toBe(3);
    expect(await prisma.usageSample.count({ where: { clusterId: c.id } })).toBe(6);
    const u = await usage(c.id);
    expect(u.KAFKA_NETWORK_WRITE).toBe('0.000003'); // 3,000 bytes, once
    expect(u.KAFKA_NETWORK_READ).toBe('0.0000005');
    expect(u.KAFKA_STORAGE).toBe('0.00001'); // 7,000 + 3,000: each partition once, not per replica
    expect(u.KAFKA_PARTITION).toBe('2');
  });

  it('a broker restart (counter back to zero) loses nothing and counts nothing twice', async () => {
    const b = brokers[0]!;
    b.restart();
    const c = await newCluster('Basic', [b.node(1)]);
    const t0 = Date.now();
    const step = async (k: number) => collector.collectOnce(new Date(t0 + k * 2_000), [c.id]);
    b.bytesIn = 1_000;
    await step(0);
    b.bytesIn = 3_000;
    await step(1);
    b.restart();
    b.bytesIn = 500;
    await step(2);
    b.bytesIn = 800;
    await step(3);
    b.down = true;
    await step(4);
    b.down = false;
    b.bytesIn = 900;
    await step(5);
    expect((await usage(c.id)).KAFKA_NETWORK_WRITE).toBe('0.0000039'); // 3,000 before the restart + 900 after
  });

  it('closes an hour once, hands it to the listener in the same transaction, and never changes it again', async () => {
    const b = brokers[1]!;
    b.restart();
    b.logs = [];
    const c = await newCluster('Standard', [b.node(1)]);
    b.bytesIn = 5_000_000_000; // 5 GB
    await collector.collectOnce(new Date(), [c.id]);
    const hour = floorHour(new Date());
    const later = new Date(hour.getTime() + 2 * HOUR_MS + 5 * 60_000);
    CapturedHours.closed = [];
    const closed = await rollup.closeDueHours(later, 500, [c.id]);
    expect(closed).toBeGreaterThanOrEqual(1);
    const mine = CapturedHours.closed.filter((h) => h.clusterId === c.id && h.hour.getTime() === hour.getTime());
    expect(Object.fromEntries(mine.map((h) => [h.lineType, h.quantity]))).toEqual({ KAFKA_BASE: '1', KAFKA_NETWORK_WRITE: '5' });
    expect(await prisma.usageHour.count({ where: { clusterId: c.id, hour, closed: false } })).toBe(0);

    // Late samples for a closed hour are refused; closing again closes nothing new.
    b.bytesIn = 9_000_000_000;
    expect((await collector.collectOnce(new Date(), [c.id])).inserted).toBe(0);
    CapturedHours.closed = [];
    await rollup.closeDueHours(later, 500, [c.id]);
    expect(CapturedHours.closed.filter((h) => h.clusterId === c.id && h.hour.getTime() <= hour.getTime())).toEqual([]);
    expect((await usage(c.id)).KAFKA_NETWORK_WRITE).toBe('5');
  });

  it("keeps a deleted cluster's usage up to its deletion, and bills nothing after", async () => {
    const b = brokers[2]!;
    b.restart();
    const provisionedAt = new Date(floorHour(new Date()).getTime() - 3 * HOUR_MS + 10 * 60_000);
    const c = await newCluster('Dedicated', [b.node(1), brokers[0]!.node(2)], provisionedAt);
    b.bytesOut = 2_000;
    await collector.collectOnce(new Date(), [c.id]);
    const deletedAt = new Date();
    await prisma.cluster.update({ where: { id: c.id }, data: { deletedAt, phase: 'DELETED' } });
    expect((await collector.collectOnce(new Date(), [c.id])).clusters).toBe(0);
    await rollup.closeDueHours(new Date(Date.now() + 3 * HOUR_MS), 500, [c.id]);
    const hours = await prisma.usageHour.findMany({ where: { clusterId: c.id, lineType: 'KAFKA_NUM_CKUS' }, orderBy: { hour: 'asc' } });
    // Provisioned 3 h (less 10 min) before this hour, deleted now: four started hours of 2 CKUs, all closed.
    expect(hours.map((h) => [(h.hour.getTime() - floorHour(provisionedAt).getTime()) / HOUR_MS, h.quantity.toFixed(), h.closed])).toEqual([
      [0, '2', true],
      [1, '2', true],
      [2, '2', true],
      [3, '2', true],
    ]);
    const cursor = await prisma.meteringCursor.findUniqueOrThrow({ where: { clusterId: c.id } });
    expect(cursor.closedThrough.getTime()).toBe(floorHour(deletedAt).getTime() + HOUR_MS);
    expect((await usage(c.id)).KAFKA_NETWORK_READ).toBe('0.000002');
    expect(await prisma.usageHour.count({ where: { clusterId: c.id, closed: false } })).toBe(0);
  });
});
