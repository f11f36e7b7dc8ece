-- Schema Registry (Stream Governance Essentials, as Confluent prices it): each environment's first
-- 100 schema versions are free (the allowance is applied by metering: TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS),
-- then USD 0.002 per schema version per hour. A migration of its own: the enum value added by the
-- previous one can only be used once that one has committed.
INSERT INTO "prices" ("cluster_kind", "line_type", "unit", "unit_price", "effective_from") VALUES
  ('Essentials', 'SCHEMA_REGISTRY', 'Schema-hour', 0.002, '2026-01-01T00:00:00Z');
