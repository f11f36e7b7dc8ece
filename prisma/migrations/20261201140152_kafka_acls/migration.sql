-- CreateTable
CREATE TABLE "kafka_acls" (
    "id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "cluster_id" TEXT NOT NULL,
    "resource_type" TEXT NOT NULL,
    "resource_name" TEXT NOT NULL,
    "pattern_type" TEXT NOT NULL,
    "principal" TEXT NOT NULL,
    "host" TEXT NOT NULL DEFAULT '*',
    "operation" TEXT NOT NULL,
    "permission" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "kafka_acls_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "kafka_acls_organization_id_cluster_id_idx" ON "kafka_acls"("organization_id", "cluster_id");

-- CreateIndex
CREATE INDEX "kafka_acls_organization_id_principal_idx" ON "kafka_acls"("organization_id", "principal");

-- CreateIndex
CREATE UNIQUE INDEX "kafka_acls_cluster_id_resource_type_resource_name_pattern_t_key" ON "kafka_acls"("cluster_id", "resource_type", "resource_name", "pattern_type", "principal", "host", "operation", "permission");

-- AddForeignKey
ALTER TABLE "kafka_acls" ADD CONSTRAINT "kafka_acls_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "kafka_acls" ADD CONSTRAINT "kafka_acls_cluster_id_fkey" FOREIGN KEY ("cluster_id") REFERENCES "clusters"("id") ON DELETE CASCADE ON UPDATE CASCADE;
