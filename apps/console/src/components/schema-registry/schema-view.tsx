'use client';

import { Badge } from '@/components/ui';
import { prettySchema, SCHEMA_TYPE_LABEL, schemaTypeOf, type SchemaVersion } from '@/lib/schema-registry';
import styles from './schema-registry.module.css';

/** One version's schema, indented for reading, with its id, type and references. */
export function SchemaView({ version }: { version: SchemaVersion }) {
  const type = schemaTypeOf(version);
  return (
    <div className="stack-sm">
      <div className="row-wrap">
        <Badge tone="accent">{SCHEMA_TYPE_LABEL[type]}</Badge>
        <span className="muted small">
          Version {version.version} · schema id <code>{version.id}</code>
        </span>
        {version.references?.length ? (
          <span className="muted small">
            References:{' '}
            {version.references.map((r) => (
              <code key={`${r.subject}:${r.version}`}>
                {r.name} → {r.subject} v{r.version}{' '}
              </code>
            ))}
          </span>
        ) : null}
      </div>
      <pre className={styles.schema} aria-label={`Schema of version ${version.version}`} data-testid="schema-text">
        {prettySchema(version.schema, type)}
      </pre>
    </div>
  );
}
