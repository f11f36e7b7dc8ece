'use client';

import { useMemo, useState } from 'react';
import { SelectField } from '@/components/ui';
import { diffLines, prettySchema, schemaTypeOf, sideBySide, type SchemaVersion } from '@/lib/schema-registry';
import styles from './schema-registry.module.css';

/** Two versions side by side (older left), lines removed in red and added in green. */
export function SchemaDiff({ versions }: { versions: SchemaVersion[] }) {
  const last = versions[versions.length - 1];
  const before = versions[versions.length - 2] ?? last;
  const [from, setFrom] = useState<number | undefined>(before?.version);
  const [to, setTo] = useState<number | undefined>(last?.version);
  const left = versions.find((v) => v.version === from) ?? before;
  const right = versions.find((v) => v.version === to) ?? last;
  const rows = useMemo(
    () => (left && right ? sideBySide(diffLines(prettySchema(left.schema, schemaTypeOf(left)), prettySchema(right.schema, schemaTypeOf(right)))) : []),
    [left, right],
  );
  if (!left || !right) return null;
  const changed = rows.filter((r) => r.left?.changed || r.right?.changed).length;
  const picker = (label: string, value: number, set: (v: number) => void) => (
    <SelectField label={label} value={String(value)} onChange={(e) => set(Number(e.target.value))}>
      {versions.map((v) => (
        <option key={v.version} value={v.version}>
          Version {v.version}
        </option>
      ))}
    </SelectField>
  );
  return (
    <div className="stack">
      <div className={styles.pickers}>
        {picker('Compare version', left.version, setFrom)}
        {picker('with version', right.version, setTo)}
        <p className="muted small" role="status" data-testid="diff-summary">
          {left.version === right.version ? 'The same version on both sides.' : changed === 0 ? 'No differences in the schema text.' : `${changed} changed line${changed === 1 ? '' : 's'}.`}
        </p>
      </div>
      <div className={styles.diff}>
        <table className={styles.diffTable} aria-label={`Differences between version ${left.version} and version ${right.version}`} data-testid="schema-diff">
          <colgroup>
            <col className={styles.lineNo} />
            <col />
            <col className={styles.lineNo} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th colSpan={2} scope="colgroup">
                Version {left.version}
              </th>
              <th colSpan={2} scope="colgroup">
                Version {right.version}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <td className={styles.lineNo}>{r.left?.line ?? ''}</td>
                <td className={r.left ? (r.left.changed ? styles.removed : undefined) : styles.empty} data-diff={r.left?.changed ? 'removed' : undefined}>
                  {r.left ? <>{r.left.changed ? <span className="sr-only">Removed: </span> : null}{r.left.text}</> : null}
                </td>
                <td className={styles.lineNo}>{r.right?.line ?? ''}</td>
                <td className={r.right ? (r.right.changed ? styles.added : undefined) : styles.empty} data-diff={r.right?.changed ? 'added' : undefined}>
                  {r.right ? <>{r.right.changed ? <span className="sr-only">Added: </span> : null}{r.right.text}</> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
