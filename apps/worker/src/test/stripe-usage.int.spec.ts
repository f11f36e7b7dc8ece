import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DbModule, PrismaService, type Prisma } from '@tributary/db';
import { MeteringModule, UsageCollector, UsageRollup, floorHour, HOUR_MS } from '@tributary/metering';
import { newId, PlatformModule } from '@tributary/platform';
import { FakeExporter, StripeMock, useTestEnv } from '@tributary/testing';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BillingModule, PromoCreditGrant, meterEventIdentifier, StripeMeterOutbox, StripeCatalog, StripeTransport, StripeCustomers } from '@tributary/billing';


const METER_EVENTS = 'POST /v1/billing/meter_events';
const stripe = new StripeMock();
const broker = new FakeExporter();
let app: INestApplicationContext;
let prisma: PrismaService;
let transport: StripeTransport;
let outbox: StripeMeterOutbox;

beforeAll(async () => {
  await stripe.start();
  await broker.start();
  useTestEnv({ ...stripe.env(), TRIBUTARY_METERING_INTERVAL_SECONDS: '2' });
  @Module({
    imports: [
      PlatformModule.forRoot({ serviceName: 'billing-test' }),
      DbModule,
      BillingModule,
      MeteringModule.forRoot({ imports: [BillingModule], hourClosedListeners: [StripeMeterOutbox] }),
    ],
  })
  class TestModule {}
  app = await NestFactory.createApplicationContext(TestModule, { logger: false });
  prisma = app.get(PrismaService);
  transport = app.get(StripeTransport);
  outbox = app.get(StripeMeterOutbox);
  // Leftovers of earlier runs would be sent too and spoil the counts.
  await prisma.stripeMeterOutbox.deleteMany({});
});
afterAll(async () => {
  await app?.close();
  await broker.stop();
  await stripe.stop();
});

/** An organization (billing account + $400 credit, as sign-up makes them) with a Standard cluster whose closed hour wrote 2 GB. */
async function closedHourOfUsage(): Promise<{ organizationId: string; clusterId: string; hour: Date }> {
  const organizationId = randomUUID();
  await prisma.$transaction(async (tx) => {
    await tx.organization.create({ data: { id: organizationId, displayName: 'Stripe test' } });
    await app.get(PromoCreditGrant).onOrganizationCreated(organizationId, tx);
  });
  const environmentId = newId.environment();
  await prisma.environment.create({ data: { id: environmentId, organizationId, displayName: 'default' } });
  const clusterId = newId.cluster();
  // Within the current hour, so exactly one hour closes below.
  const provisionedAt = new Date(Math.max(floorHour(new Date()).getTime(), Date.now() - 10 * 60_000));
  await prisma.cluster.create({
    data: { id: clusterId, organizationId, environmentId, displayName: 's', cloud: 'LOCAL', region: 'local', availability: 'SINGLE_ZONE', kind: 'Standard', brokerCount: 1, phase: 'PROVISIONED', nodes: [broker.node(1)] as Prisma.InputJsonValue, adminPasswordEnc: 'x', provisionedAt, createdAt: provisionedAt },
  });
  broker.restart();
  broker.bytesIn = 2_000_000_000;
  await app.get(UsageCollector).collectOnce(new Date(), [clusterId]);
  const hour = floorHour(new Date());
  await app.get(UsageRollup).closeDueHours(new Date(hour.getTime() + 2 * HOUR_MS), 500, [clusterId]);
  return { organizationId, clusterId, hour };
}

describe('usage to Stripe', () => {
  it('creates a meter and a price per line type at start-up', async () => {
    const catalog = await app.get(StripeCatalog).ensure();
    expect([...catalog.keys()].sort()).toEqual(['KAFKA_BASE', 'KAFKA_NETWORK_READ', 'KAFKA_NETWORK_WRITE', 'KAFKA_NUM_CKUS', 'KAFKA_PARTITION', 'KAFKA_STORAGE', 'SCHEMA_REGISTRY']);
    expect(catalog.get('KAFKA_NETWORK_WRITE')!.eventName).toBe('tributary_kafka_network_write');
    const created = transport.count('POST /v1/billing/meters', '2xx');
    await app.get(StripeCatalog).ensure();
    expect(transport.count('POST /v1/billing/meters', '2xx')).toBe(created);
  });

  it('sends each closed hour’s usage as meter events exactly once, identified by org + cluster + line type + hour', async () => {
    const { organizationId, clusterId, hour } = await closedHourOfUsage();
    const rows = await prisma.stripeMeterOutbox.findMany({ where: { clusterId }, orderBy: { lineType: 'asc' } });
    // Standard: $0.75 base hour, 2 GB written at $0.05 = $0.10 (micro-dollars).
    expect(rows.map((r) => [r.lineType, r.value])).toEqual([
      ['KAFKA_BASE', 750_000n],
      ['KAFKA_NETWORK_WRITE', 100_000n],
    ]);
    expect(rows.map((r) => r.identifier).sort()).toEqual(
      ['KAFKA_BASE', 'KAFKA_NETWORK_WRITE'].map((l) => meterEventIdentifier(organizationId, clusterId, l as 'KAFKA_BASE', hour)).sort(),
    );
    expect(rows[0]!.identifier).toBe(`${organizationId}:${clusterId}:KAFKA_BASE:${hour.toISOString().slice(0, 13).replace(/[-T]/g, '')}`);

    const before = transport.count(METER_EVENTS, '2xx');
    // Two senders at once (two workers), then again: Stripe hears each event once.
    const [a, b] = await Promise.all([outbox.sendDue(), outbox.sendDue()]);
    expect(a.sent + b.sent).toBe(2);
    expect((await outbox.sendDue(new Date(Date.now() + 2 * HOUR_MS))).sent).toBe(0);
    expect(transport.count(METER_EVENTS, '2xx') - before).toBe(2);
    // What Stripe's side received: each identifier once, with the rated value and the org's customer.
    const received = stripe.meterEvents.filter((e) => rows.some((r) => r.identifier === e.identifier));
    expect(received.map((e) => [e.identifier, e.value]).sort()).toEqual(rows.map((r) => [r.identifier, r.value.toString()]).sort());
    expect(await prisma.stripeMeterOutbox.count({ where: { clusterId, sentAt: null } })).toBe(0);
    const account = await prisma.billingAccount.findUniqueOrThrow({ where: { organizationId } });
    expect(account.stripeCustomerId).toMatch(/^cus_/);
    // Closing the hour again (a retry) queues nothing new.
    await app.get(UsageRollup).closeDueHours(new Date(hour.getTime() + 2 * HOUR_MS), 500, [clusterId]);
    expect(await prisma.stripeMeterOutbox.count({ where: { clusterId } })).toBe(2);
  });

  it('keeps what Stripe could not take and sends it once Stripe is back, nothing lost, nothing twice', async () => {
    const { clusterId } = await closedHourOfUsage();
    await stripe.stop();
    const failedBefore = transport.count(METER_EVENTS, 'error') + transport.count('POST /v1/customers', 'error');
    const down = await outbox.sendDue();
    expect(down).toEqual({ sent: 0, failed: 2 });
    expect(transport.count(METER_EVENTS, 'error') + transport.count('POST /v1/customers', 'error')).toBeGreaterThan(failedBefore);
    const queued = await prisma.stripeMeterOutbox.findMany({ where: { clusterId } });
    expect(queued.every((r) => r.sentAt === null && r.attempts === 1 && r.lastError)).toBe(true);
    expect((await outbox.sendDue()).sent).toBe(0); // backing off: not due yet

    await stripe.start();
    const okBefore = transport.count(METER_EVENTS, '2xx');
    const back = await outbox.sendDue(new Date(Date.now() + HOUR_MS));
    expect(back).toEqual({ sent: 2, failed: 0 });
    expect(stripe.meterEvents.filter((e) => queued.some((r) => r.identifier === e.identifier))).toHaveLength(2);
    expect(transport.count(METER_EVENTS, '2xx') - okBefore).toBe(2);
    expect(await prisma.stripeMeterOutbox.count({ where: { clusterId, sentAt: null } })).toBe(0);
  });

  it('the console flow: a SetupIntent for the organization’s customer', async () => {
    const { organizationId } = await closedHourOfUsage();
    const s = await app.get(StripeCustomers).createSetupIntent(organizationId);
    expect(s.clientSecret).toMatch(/_secret_/);
    expect(s.customerId).toMatch(/^cus_/);
    const sub = await app.get(StripeCustomers).startSubscription(organizationId, 'pm_card_visa');
    expect(sub).toMatch(/^sub_/);
    const account = await prisma.billingAccount.findUniqueOrThrow({ where: { organizationId } });
    expect(account).toMatchObject({ stripeSubscriptionId: sub, defaultPaymentMethod: 'pm_card_visa' });
  });
});
