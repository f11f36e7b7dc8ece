-- CreateEnum
CREATE TYPE "UsageLineType" AS ENUM ('KAFKA_BASE', 'KAFKA_NUM_CKUS', 'KAFKA_NETWORK_WRITE', 'KAFKA_NETWORK_READ', 'KAFKA_STORAGE', 'KAFKA_PARTITION');

-- CreateEnum
CREATE TYPE "CreditKind" AS ENUM ('PROMO');

-- CreateEnum
CREATE TYPE "BillingStatus" AS ENUM ('ACTIVE', 'PAST_DUE', 'CANCELED');

-- CreateTable
CREATE TABLE "usage_samples" (
    "cluster_id" TEXT NOT NULL,
    "broker_id" INTEGER NOT NULL,
    "interval_start" TIMESTAMPTZ(3) NOT NULL,
    "organization_id" UUID NOT NULL,
    "scraped_at" TIMESTAMPTZ(3) NOT NULL,
    "up" BOOLEAN NOT NULL,
    "incarnation" BIGINT,
    "bytes_in_total" BIGINT,
    "bytes_out_total" BIGINT,
    "retained_bytes" BIGINT NOT NULL DEFAULT 0,
    "partition_count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "usage_samples_pkey" PRIMARY KEY ("cluster_id","broker_id","interval_start")
);

-- CreateTable
CREATE TABLE "usage_hours" (
    "cluster_id" TEXT NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "line_type" "UsageLineType" NOT NULL,
    "organization_id" UUID NOT NULL,
    "quantity" DECIMAL(30,9) NOT NULL,
    "closed" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "usage_hours_pkey" PRIMARY KEY ("cluster_id","hour","line_type")
);

-- CreateTable
CREATE TABLE "metering_cursors" (
    "cluster_id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "closed_through" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "metering_cursors_pkey" PRIMARY KEY ("cluster_id")
);

-- CreateTable
CREATE TABLE "prices" (
    "id" SERIAL NOT NULL,
    "cluster_kind" TEXT NOT NULL,
    "line_type" "UsageLineType" NOT NULL,
    "unit" TEXT NOT NULL,
    "unit_price" DECIMAL(20,9) NOT NULL,
    "effective_from" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "prices_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_credits" (
    "id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "kind" "CreditKind" NOT NULL,
    "amount_micros" BIGINT NOT NULL,
    "granted_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "billing_credits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "billing_accounts" (
    "organization_id" UUID NOT NULL,
    "status" "BillingStatus" NOT NULL DEFAULT 'ACTIVE',
    "past_due_since" TIMESTAMPTZ(3),
    "stripe_customer_id" TEXT,
    "stripe_subscription_id" TEXT,
    "subscription_status" TEXT,
    "default_payment_method" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "billing_accounts_pkey" PRIMARY KEY ("organization_id")
);

-- CreateTable
CREATE TABLE "stripe_meter_outbox" (
    "identifier" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "line_type" "UsageLineType" NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "event_name" TEXT NOT NULL,
    "value" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "stripe_meter_outbox_pkey" PRIMARY KEY ("identifier")
);

-- CreateTable
CREATE TABLE "stripe_webhook_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "processed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stripe_webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "usage_samples_cluster_id_scraped_at_idx" ON "usage_samples"("cluster_id", "scraped_at");

-- CreateIndex
CREATE INDEX "usage_hours_organization_id_hour_idx" ON "usage_hours"("organization_id", "hour");

-- CreateIndex
CREATE UNIQUE INDEX "prices_cluster_kind_line_type_effective_from_key" ON "prices"("cluster_kind", "line_type", "effective_from");

-- CreateIndex
CREATE INDEX "billing_credits_organization_id_idx" ON "billing_credits"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "billing_accounts_stripe_customer_id_key" ON "billing_accounts"("stripe_customer_id");

-- CreateIndex
CREATE INDEX "stripe_meter_outbox_sent_at_next_attempt_at_idx" ON "stripe_meter_outbox"("sent_at", "next_attempt_at");

-- Default price list (USD per unit), effective from 2026-01-01T00:00Z. Later changes are new rows
-- with a later effective_from, never updates, so past usage keeps the price it accrued at.
INSERT INTO "prices" ("cluster_kind", "line_type", "unit", "unit_price", "effective_from") VALUES
  ('Basic',     'KAFKA_BASE',          'Hour',           0,           '2026-01-01T00:00:00Z'),
  ('Basic',     'KAFKA_NETWORK_WRITE', 'GB',             0.05,        '2026-01-01T00:00:00Z'),
  ('Basic',     'KAFKA_NETWORK_READ',  'GB',             0.05,        '2026-01-01T00:00:00Z'),
  ('Basic',     'KAFKA_STORAGE',       'GB-hour',        0.000138889, '2026-01-01T00:00:00Z'),
  ('Basic',     'KAFKA_PARTITION',     'Partition-hour', 0,           '2026-01-01T00:00:00Z'),
  ('Standard',  'KAFKA_BASE',          'Hour',           0.75,        '2026-01-01T00:00:00Z'),
  ('Standard',  'KAFKA_NETWORK_WRITE', 'GB',             0.05,        '2026-01-01T00:00:00Z'),
  ('Standard',  'KAFKA_NETWORK_READ',  'GB',             0.05,        '2026-01-01T00:00:00Z'),
  ('Standard',  'KAFKA_STORAGE',       'GB-hour',        0.000138889, '2026-01-01T00:00:00Z'),
  ('Standard',  'KAFKA_PARTITION',     'Partition-hour', 0.0015,      '2026-01-01T00:00:00Z'),
  ('Dedicated', 'KAFKA_NUM_CKUS',      'CKU-hour',       1.5,         '2026-01-01T00:00:00Z'),
  ('Dedicated', 'KAFKA_NETWORK_WRITE', 'GB',             0.04,        '2026-01-01T00:00:00Z'),
  ('Dedicated', 'KAFKA_NETWORK_READ',  'GB',             0.04,        '2026-01-01T00:00:00Z'),
  ('Dedicated', 'KAFKA_STORAGE',       'GB-hour',        0.000138889, '2026-01-01T00:00:00Z'),
  ('Dedicated', 'KAFKA_PARTITION',     'Partition-hour', 0,           '2026-01-01T00:00:00Z');
