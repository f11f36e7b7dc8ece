-- CreateEnum
CREATE TYPE "ClusterPhase" AS ENUM ('PROVISIONING', 'PROVISIONED', 'FAILED', 'DEPROVISIONING', 'DELETED');

-- CreateTable
CREATE TABLE "clusters" (
    "id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "environment_id" TEXT NOT NULL,
    "display_name" TEXT NOT NULL,
    "cloud" TEXT NOT NULL,
    "region" TEXT NOT NULL,
    "availability" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "broker_count" INTEGER NOT NULL,
    "storage_gib_per_broker" INTEGER NOT NULL DEFAULT 100,
    "generation" INTEGER NOT NULL DEFAULT 1,
    "observed_generation" INTEGER NOT NULL DEFAULT 0,
    "phase" "ClusterPhase" NOT NULL DEFAULT 'PROVISIONING',
    "conditions" JSONB NOT NULL DEFAULT '[]',
    "failure_reason" TEXT,
    "reconcile_failures" INTEGER NOT NULL DEFAULT 0,
    "nodes" JSONB NOT NULL DEFAULT '[]',
    "observed_broker_count" INTEGER NOT NULL DEFAULT 0,
    "bootstrap_endpoint" TEXT,
    "admin_password_enc" TEXT NOT NULL,
    "provisioning_started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "provisioned_at" TIMESTAMPTZ(3),
    "deletion_requested_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "clusters_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "clusters_organization_id_environment_id_created_at_id_idx" ON "clusters"("organization_id", "environment_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "clusters_phase_idx" ON "clusters"("phase");
