'use client';

import Link from 'next/link';
import { useState } from 'react';
import { Badge } from '@/components/ui';
import { SCHEMA_TYPE_LABEL, schemaTypeOf, type CompatibilityLevel, type SubjectSummary } from '@/lib/schema-registry';

export function subjectHref(envId: string, subject: string): string {
  return `/app/environments/${encodeURIComponent(envId)}/schema-registry/subjects/${encodeURIComponent(subject)}`;
}

/** The registry's subjects: latest version, type, and compatibility (own, or the default's). */
export function SubjectsTable({ envId, subjects, globalLevel }: { envId: string; subjects: SubjectSummary[]; globalLevel: CompatibilityLevel | undefined }) {
  const [filter, setFilter] = useState('');
  const shown = subjects.filter((s) => s.subject.toLowerCase().includes(filter.toLowerCase()));
  return (
    <>
      <div className="toolbar">
        <input className="input input-search" type="search" placeholder="Filter subjects" aria-label="Filter subjects by name" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <div className="table-wrap">
        <table className="table" data-testid="subjects-table">
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col" className="num">
                Latest version
              </th>
              <th scope="col">Type</th>
              <th scope="col">Compatibility</th>
              <th scope="col" className="num hide-sm">
                Schema id
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((s) => (
              <tr key={s.subject}>
                <td>
                  <Link className="row-title" href={subjectHref(envId, s.subject)}>
                    {s.subject}
                  </Link>
                </td>
                <td className="num">{s.latest.version}</td>
                <td>{SCHEMA_TYPE_LABEL[schemaTypeOf(s.latest)]}</td>
                <td>{s.compatibility ? <Badge tone="info">{s.compatibility}</Badge> : <span className="muted">Default ({globalLevel ?? '…'})</span>}</td>
                <td className="num hide-sm">{s.latest.id}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length === 0 ? <p className="muted small">No subject matches “{filter}”.</p> : null}
    </>
  );
}
