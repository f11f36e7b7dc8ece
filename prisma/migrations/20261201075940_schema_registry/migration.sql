-- CreateEnum
CREATE TYPE "SchemaType" AS ENUM ('AVRO', 'PROTOBUF', 'JSON');

-- CreateEnum
CREATE TYPE "SchemaCompatibility" AS ENUM ('NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE');

-- CreateEnum
CREATE TYPE "SchemaRegistryMode" AS ENUM ('READWRITE', 'READONLY', 'IMPORT');

-- AlterEnum
ALTER TYPE "ApiKeyResourceKind" ADD VALUE 'SchemaRegistry';

-- CreateTable
CREATE TABLE "schema_registries" (
    "id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "environment_id" TEXT NOT NULL,
    "compatibility" "SchemaCompatibility" NOT NULL DEFAULT 'BACKWARD',
    "normalize" BOOLEAN NOT NULL DEFAULT false,
    "mode" "SchemaRegistryMode" NOT NULL DEFAULT 'READWRITE',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "schema_registries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry_schemas" (
    "id" SERIAL NOT NULL,
    "registry_id" TEXT NOT NULL,
    "schema_type" "SchemaType" NOT NULL,
    "schema" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registry_schemas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry_schema_references" (
    "schema_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "registry_id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "version" INTEGER NOT NULL,

    CONSTRAINT "registry_schema_references_pkey" PRIMARY KEY ("schema_id","position")
);

-- CreateTable
CREATE TABLE "registry_subject_versions" (
    "registry_id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "schema_id" INTEGER NOT NULL,
    "deleted" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registry_subject_versions_pkey" PRIMARY KEY ("registry_id","subject","version")
);

-- CreateTable
CREATE TABLE "registry_subject_configs" (
    "registry_id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "compatibility" "SchemaCompatibility",
    "normalize" BOOLEAN,
    "mode" "SchemaRegistryMode",

    CONSTRAINT "registry_subject_configs_pkey" PRIMARY KEY ("registry_id","subject")
);

-- CreateIndex
CREATE UNIQUE INDEX "schema_registries_environment_id_key" ON "schema_registries"("environment_id");

-- CreateIndex
CREATE INDEX "schema_registries_organization_id_idx" ON "schema_registries"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "registry_schemas_registry_id_fingerprint_key" ON "registry_schemas"("registry_id", "fingerprint");

-- CreateIndex
CREATE INDEX "registry_schema_references_registry_id_subject_version_idx" ON "registry_schema_references"("registry_id", "subject", "version");

-- CreateIndex
CREATE INDEX "registry_subject_versions_registry_id_schema_id_idx" ON "registry_subject_versions"("registry_id", "schema_id");

-- AddForeignKey
ALTER TABLE "schema_registries" ADD CONSTRAINT "schema_registries_environment_id_fkey" FOREIGN KEY ("environment_id") REFERENCES "environments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_schemas" ADD CONSTRAINT "registry_schemas_registry_id_fkey" FOREIGN KEY ("registry_id") REFERENCES "schema_registries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_schema_references" ADD CONSTRAINT "registry_schema_references_schema_id_fkey" FOREIGN KEY ("schema_id") REFERENCES "registry_schemas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_subject_versions" ADD CONSTRAINT "registry_subject_versions_registry_id_fkey" FOREIGN KEY ("registry_id") REFERENCES "schema_registries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_subject_versions" ADD CONSTRAINT "registry_subject_versions_schema_id_fkey" FOREIGN KEY ("schema_id") REFERENCES "registry_schemas"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_subject_configs" ADD CONSTRAINT "registry_subject_configs_registry_id_fkey" FOREIGN KEY ("registry_id") REFERENCES "schema_registries"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every environment has its Schema Registry from its creation: the ones that existed before get theirs here.
INSERT INTO "schema_registries" ("id", "organization_id", "environment_id", "updated_at")
SELECT 'lsrc-' || substr(md5(e."id" || random()::text), 1, 8), e."organization_id", e."id", CURRENT_TIMESTAMP
FROM "environments" e
ON CONFLICT ("environment_id") DO NOTHING;
