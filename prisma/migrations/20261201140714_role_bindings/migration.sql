-- CreateTable
CREATE TABLE "role_bindings" (
    "id" TEXT NOT NULL,
    "organization_id" UUID NOT NULL,
    "principal" TEXT NOT NULL,
    "role_name" TEXT NOT NULL,
    "crn_pattern" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "role_bindings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "role_bindings_organization_id_created_at_id_idx" ON "role_bindings"("organization_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "role_bindings_organization_id_principal_idx" ON "role_bindings"("organization_id", "principal");

-- CreateIndex
CREATE UNIQUE INDEX "role_bindings_organization_id_principal_role_name_crn_patte_key" ON "role_bindings"("organization_id", "principal", "role_name", "crn_pattern");

-- AddForeignKey
ALTER TABLE "role_bindings" ADD CONSTRAINT "role_bindings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing memberships need no rows here: a member's role (memberships.role, service_accounts.role) is
-- their organization-wide binding and stays where it is, so every organization keeps its access
-- unchanged. These rows are the bindings granted on top of it (docs/ACCESS.md).
