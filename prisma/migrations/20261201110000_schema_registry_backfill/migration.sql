-- Environments now get their Schema Registry in the transaction that creates them (the accounts
-- library's environmentCreatedListeners). Those created between the schema_registry migration and
-- that change got theirs on srcm/v3's first read, or not yet: they get it here, so every
-- environment has one and nothing creates a registry on a read any more.
INSERT INTO "schema_registries" ("id", "organization_id", "environment_id", "updated_at")
SELECT 'lsrc-' || substr(md5(e."id" || random()::text), 1, 8), e."organization_id", e."id", CURRENT_TIMESTAMP
FROM "environments" e
ON CONFLICT ("environment_id") DO NOTHING;
