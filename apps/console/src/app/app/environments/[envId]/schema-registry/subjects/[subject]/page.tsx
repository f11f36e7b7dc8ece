'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState } from 'react';
import { QueryBody } from '@/components/query-body';
import { CompatibilitySetting } from '@/components/schema-registry/compatibility-setting';
import { SchemaDiff } from '@/components/schema-registry/schema-diff';
import { SchemaEditor } from '@/components/schema-registry/schema-editor';
import { SchemaView } from '@/components/schema-registry/schema-view';
import { WhereUsed } from '@/components/schema-registry/where-used';
import { useEnvironments } from '@/components/shell';
import { Card, PageHeader, SelectField } from '@/components/ui';
import { useInvalidate } from '@/lib/hooks';
import { prettySchema, registryKeys, schemaTypeOf, useEnvironmentRegistry, useGlobalConfig, useSubjectDetail } from '@/lib/schema-registry';

export default function SubjectPage() {
  const { envId, subject: raw } = useParams<{ envId: string; subject: string }>();
  const subject = decodeURIComponent(raw);
  const { environments } = useEnvironments();
  const env = environments.find((e) => e.id === envId);
  const registry = useEnvironmentRegistry(envId);
  const registryId = registry.data?.id;
  const config = useGlobalConfig(registryId);
  const detail = useSubjectDetail(registryId, subject);
  const invalidate = useInvalidate();
  const [shown, setShown] = useState<number | null>(null);
  const versions = detail.data?.versions ?? [];
  const latest = versions[versions.length - 1];
  const current = versions.find((v) => v.version === shown) ?? latest;
  const base = `/app/environments/${encodeURIComponent(envId)}/schema-registry`;
  const reload = async () => {
    if (!registryId) return;
    await invalidate(registryKeys.subject(registryId, subject));
    await invalidate(registryKeys.subjects(registryId));
  };

  return (
    <div className="page">
      <Link href={base} className="back-link">
        ← Schema Registry
      </Link>
      <PageHeader eyebrow={env ? `Schema Registry · ${env.display_name}` : 'Schema Registry'} title={subject} docTitle={`${subject} · Schema Registry`} />
      <QueryBody query={registry.data === undefined ? registry : detail} action="read this subject" frame={(n) => <Card>{n}</Card>}>
        {registryId && detail.data ? (
          <div className="stack-lg">
            <Card
              title={`Versions (${versions.length})`}
              actions={
                versions.length > 1 && current ? (
                  <SelectField label="Show version" value={String(current.version)} onChange={(e) => setShown(Number(e.target.value))}>
                    {versions.map((v) => (
                      <option key={v.version} value={v.version}>
                        Version {v.version}
                        {v === latest ? ' (latest)' : ''}
                      </option>
                    ))}
                  </SelectField>
                ) : undefined
              }
            >
              {current ? <SchemaView version={current} /> : <p className="muted">Every version of this subject was deleted.</p>}
            </Card>
            <Card title="Compare versions">
              {versions.length > 1 ? <SchemaDiff versions={versions} /> : <p className="muted">There is one version: register another to compare them.</p>}
            </Card>
            <div className="grid-2">
              <Card title="Compatibility">
                <QueryBody query={config} action="read the registry's settings" loadingRows={1}>
                  <CompatibilitySetting
                    key={`${detail.data.compatibility ?? 'inherit'}:${config.data?.compatibilityLevel ?? ''}`}
                    registryId={registryId}
                    subject={subject}
                    own={detail.data.compatibility}
                    globalLevel={config.data?.compatibilityLevel}
                    onChanged={reload}
                  />
                </QueryBody>
              </Card>
              <Card title="Where used">
                <WhereUsed envId={envId} subject={subject} />
              </Card>
            </div>
            <Card title="Test and register a new version">
              <SchemaEditor
                registryId={registryId}
                subject={subject}
                initialSchema={latest ? prettySchema(latest.schema, schemaTypeOf(latest)) : ''}
                initialType={latest ? schemaTypeOf(latest) : 'AVRO'}
                hasVersions={versions.length > 0}
                onRegistered={async (version) => {
                  await reload();
                  if (version !== undefined) setShown(version);
                }}
              />
            </Card>
          </div>
        ) : null}
      </QueryBody>
    </div>
  );
}
