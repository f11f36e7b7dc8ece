-- CreateEnum
CREATE TYPE "BudgetAction" AS ENUM ('ALERT', 'THROTTLE');

-- CreateTable
CREATE TABLE "budgets" (
    "id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "scope" TEXT NOT NULL,
    "environment_id" TEXT,
    "amount" DECIMAL(18,6) NOT NULL,
    "thresholds" INTEGER[],
    "action" "BudgetAction" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budgets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_alerts" (
    "id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "budget_id" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "threshold" INTEGER NOT NULL,
    "spend" DECIMAL(18,6) NOT NULL,
    "amount" DECIMAL(18,6) NOT NULL,
    "recipients" INTEGER NOT NULL DEFAULT 0,
    "emailed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_alerts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "client_quotas" (
    "id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "scope" TEXT NOT NULL,
    "environment_id" TEXT,
    "producer_byte_rate" INTEGER NOT NULL,
    "consumer_byte_rate" INTEGER NOT NULL,
    "reason" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "client_quotas_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "budgets_organization_id_scope_key" ON "budgets"("organization_id", "scope");

-- CreateIndex
CREATE INDEX "budget_alerts_organization_id_created_at_idx" ON "budget_alerts"("organization_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "budget_alerts_budget_id_month_threshold_key" ON "budget_alerts"("budget_id", "month", "threshold");

-- CreateIndex
CREATE UNIQUE INDEX "client_quotas_organization_id_scope_key" ON "client_quotas"("organization_id", "scope");

-- AddForeignKey
ALTER TABLE "budget_alerts" ADD CONSTRAINT "budget_alerts_budget_id_fkey" FOREIGN KEY ("budget_id") REFERENCES "budgets"("id") ON DELETE CASCADE ON UPDATE CASCADE;
