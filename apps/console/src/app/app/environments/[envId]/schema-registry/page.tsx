'use client';

import { useParams, useRouter } from 'next/navigation';
import { useState } from 'react';
import { QueryBody } from '@/components/query-body';
import { CompatibilitySetting } from '@/components/schema-registry/compatibility-setting';
import { RegistryConnect } from '@/components/schema-registry/registry-connect';
import { SchemaEditor } from '@/components/schema-registry/schema-editor';
import { subjectHref, SubjectsTable } from '@/components/schema-registry/subjects-table';
import { useSession } from '@/components/session';
import { useEnvironments } from '@/components/shell';
import { Button, Card, EmptyState, Icon, PageHeader, TextField } from '@/components/ui';
import { useInvalidate } from '@/lib/hooks';
import { registryKeys, useEnvironmentRegistry, useGlobalConfig, useSubjectSummaries } from '@/lib/schema-registry';

const SUBJECT = /^[^\u0000-\u001f]{1,255}$/;

/** Register the first version of a new subject. */
function NewSubject({ envId, registryId, onClose }: { envId: string; registryId: string; onClose: () => void }) {
  const router = useRouter();
  const invalidate = useInvalidate();
  const [subject, setSubject] = useState('');
  const bad = subject !== '' && !SUBJECT.test(subject);
  return (
    <Card title="New subject" actions={<Button onClick={onClose}>Cancel</Button>}>
      <div className="stack">
        <TextField
          label="Subject"
          value={subject}
          onChange={(e) => setSubject(e.target.value.trim())}
          placeholder="orders-value"
          spellCheck={false}
          error={bad ? 'Up to 255 characters, no control characters' : undefined}
          hint="Confluent's serializers use the topic name strategy by default: <topic>-value for a topic's values, <topic>-key for its keys."
        />
        <SchemaEditor
          registryId={registryId}
          subject={bad ? '' : subject}
          hasVersions={false}
          onRegistered={async () => {
            await invalidate(registryKeys.subjects(registryId));
            router.push(subjectHref(envId, subject));
          }}
        />
      </div>
    </Card>
  );
}

export default function SchemaRegistryPage() {
  const { envId } = useParams<{ envId: string }>();
  const { environments } = useEnvironments();
  const { canWrite } = useSession();
  const env = environments.find((e) => e.id === envId);
  const registry = useEnvironmentRegistry(envId);
  const registryId = registry.data?.id;
  const config = useGlobalConfig(registryId);
  const subjects = useSubjectSummaries(registryId);
  const invalidate = useInvalidate();
  const [creating, setCreating] = useState(false);
  const list = subjects.data ?? [];

  return (
    <div className="page">
      <PageHeader
        eyebrow={env ? `Environment · ${env.display_name}` : 'Environment'}
        title="Schema Registry"
        description="One Confluent-compatible registry per environment: the Avro, Protobuf and JSON schemas of your topics, with compatibility checks on every new version."
        actions={
          registryId && !creating ? (
            <Button variant="primary" onClick={() => setCreating(true)} disabled={!canWrite} title={canWrite ? undefined : 'Viewers cannot register schemas'}>
              <Icon name="plus" size={16} />
              New subject
            </Button>
          ) : null
        }
      />
      <QueryBody query={registry} action="open this environment's Schema Registry" frame={(n) => <Card>{n}</Card>}>
        {registry.data === null ? (
          <Card>
            <EmptyState title="This environment has no Schema Registry">It gets one when it is created; reload in a moment.</EmptyState>
          </Card>
        ) : registry.data ? (
          <div className="stack-lg">
            {creating ? <NewSubject envId={envId} registryId={registry.data.id} onClose={() => setCreating(false)} /> : null}
            <Card title={`Subjects${subjects.data ? ` (${list.length})` : ''}`}>
              <QueryBody
                query={subjects}
                action="list subjects"
                empty={
                  list.length === 0 && (
                    <EmptyState
                      icon={<Icon name="list" size={28} />}
                      title="No schemas yet"
                      action={
                        canWrite && !creating ? (
                          <Button variant="primary" onClick={() => setCreating(true)}>
                            Register a schema
                          </Button>
                        ) : undefined
                      }
                    >
                      Serializers register their schemas on first use, or register one here. Each subject keeps every version of one schema.
                    </EmptyState>
                  )
                }
              >
                <SubjectsTable envId={envId} subjects={list} globalLevel={config.data?.compatibilityLevel} />
              </QueryBody>
            </Card>
            <div className="grid-2">
              <Card title="Connect">
                <RegistryConnect registry={registry.data} />
              </Card>
              <Card title="Default compatibility">
                <QueryBody query={config} action="read the registry's settings" loadingRows={1}>
                  {config.data ? (
                    <CompatibilitySetting
                      key={config.data.compatibilityLevel}
                      registryId={registry.data.id}
                      own={null}
                      globalLevel={config.data.compatibilityLevel}
                      onChanged={async () => {
                        await invalidate(registryKeys.globalConfig(registry.data?.id ?? ''));
                        await invalidate(registryKeys.subjects(registry.data?.id ?? ''));
                      }}
                    />
                  ) : null}
                </QueryBody>
              </Card>
            </div>
          </div>
        ) : null}
      </QueryBody>
    </div>
  );
}
