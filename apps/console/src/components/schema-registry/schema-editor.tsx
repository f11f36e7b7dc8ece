'use client';

import { useState } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Button, Callout, Field, SelectField } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { useAction } from '@/lib/hooks';
import { registryApi, SCHEMA_TYPE_LABEL, SCHEMA_TYPES, type CompatibilityCheckResponse, type SchemaType } from '@/lib/schema-registry';
import styles from './schema-registry.module.css';

interface Reason {
  errorType: string;
  description: string;
}

/** The `{errorType:'…', description:'…', …}` parts of Confluent's verbose messages (and of a 409's message). */
export function reasonsIn(text: string): Reason[] {
  const out: Reason[] = [];
  const re = /\{errorType:'([^']*)', description:'(.*?)', additionalInfo:'/gs;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ errorType: m[1] ?? '', description: m[2] ?? '' });
  return out;
}

function Reasons({ reasons }: { reasons: Reason[] }) {
  return (
    <ul className={styles.messages} data-testid="compatibility-reasons">
      {reasons.map((r, i) => (
        <li key={i}>
          <strong>{r.errorType}</strong>: {r.description}
        </li>
      ))}
    </ul>
  );
}

type Outcome = { kind: 'checked'; result: CompatibilityCheckResponse } | { kind: 'registered'; id: number; version: number | undefined };

/**
 * Paste a schema, choose its type, test it against the subject's latest version (the subject's
 * compatibility level decides), then register it. A refusal shows the registry's reasons.
 */
export function SchemaEditor({
  registryId,
  subject,
  initialSchema = '',
  initialType = 'AVRO',
  hasVersions,
  onRegistered,
}: {
  registryId: string;
  subject: string;
  initialSchema?: string;
  initialType?: SchemaType;
  /** Whether the subject has a version to test against. */
  hasVersions: boolean;
  onRegistered: (version: number | undefined) => Promise<void> | void;
}) {
  const { canWrite } = useSession();
  const [schema, setSchema] = useState(initialSchema);
  const [type, setType] = useState<SchemaType>(initialType);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const r = registryApi(registryId);
  const body = () => ({ schema, ...(type === 'AVRO' ? {} : { schemaType: type }) });
  const test = useAction(() => r.testCompatibility(subject, body()));
  const register = useAction(async () => {
    const { id } = await r.register(subject, body());
    // The version it got (or already had: the same schema is not registered twice).
    const found = await r.lookup(subject, body());
    return { id, version: found.version };
  });
  const missing = !schema.trim() || !subject.trim();
  const runTest = async () => {
    setOutcome(null);
    register.reset();
    const res = await test.run();
    if (res.ok) setOutcome({ kind: 'checked', result: res.value });
  };
  const runRegister = async () => {
    setOutcome(null);
    test.reset();
    const res = await register.run();
    if (res.ok) {
      setOutcome({ kind: 'registered', ...res.value });
      await onRegistered(res.value.version);
    }
  };
  const refused = isApiError(register.error) && register.error.status === 409 ? register.error : null;
  const invalid = [test.error, register.error].find((e) => isApiError(e) && e.status === 422);

  return (
    <div className="stack">
      <SelectField label="Schema type" value={type} onChange={(e) => setType(e.target.value as SchemaType)}>
        {SCHEMA_TYPES.map((t) => (
          <option key={t} value={t}>
            {SCHEMA_TYPE_LABEL[t]}
          </option>
        ))}
      </SelectField>
      <Field label="Schema" hint={type === 'PROTOBUF' ? 'The .proto file: syntax, package, messages.' : 'JSON: paste the whole schema.'}>
        {({ id, describedBy }) => (
          <textarea
            id={id}
            aria-describedby={describedBy}
            className={`input textarea ${styles.editor}`}
            value={schema}
            spellCheck={false}
            onChange={(e) => {
              setSchema(e.target.value);
              setOutcome(null);
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <Button onClick={() => void runTest()} disabled={missing} pending={test.pending}>
          Test compatibility
        </Button>
        <Button variant="primary" onClick={() => void runRegister()} disabled={missing || !canWrite} pending={register.pending} title={canWrite ? undefined : 'Viewers cannot register schemas'}>
          Register schema
        </Button>
      </div>
      <div aria-live="polite" data-testid="schema-editor-outcome">
        {outcome?.kind === 'checked' ? (
          outcome.result.is_compatible ? (
            <Callout tone="success" title="Compatible">
              {hasVersions ? 'This schema passes the subject’s compatibility check against its latest version: it can be registered.' : 'The subject has no version yet: any valid schema can be its first.'}
            </Callout>
          ) : (
            <Callout tone="danger" title="Not compatible">
              <p>Registering this schema would be refused. The registry says:</p>
              {reasonsIn((outcome.result.messages ?? []).join(', ')).length ? (
                <Reasons reasons={reasonsIn((outcome.result.messages ?? []).join(', '))} />
              ) : (
                <ul className={styles.messages}>
                  {(outcome.result.messages ?? []).map((m, i) => (
                    <li key={i}>{m}</li>
                  ))}
                </ul>
              )}
            </Callout>
          )
        ) : null}
        {outcome?.kind === 'registered' ? (
          <Callout tone="success" title="Registered">
            {outcome.version !== undefined ? `Version ${outcome.version}` : 'Registered'}, schema id {outcome.id}. An identical schema keeps its version and id.
          </Callout>
        ) : null}
        {refused ? (
          <Callout tone="danger" title="Refused: not compatible">
            {reasonsIn(refused.message).length ? <Reasons reasons={reasonsIn(refused.message)} /> : null}
            <p className={styles.reason}>{refused.message}</p>
          </Callout>
        ) : null}
        {invalid && isApiError(invalid) ? (
          <Callout tone="danger" title="Not a valid schema">
            <p className={styles.reason}>{invalid.message}</p>
          </Callout>
        ) : null}
        {[test.error, register.error].map((e, i) => (e && e !== refused && e !== invalid ? <ErrorNotice key={i} error={e} action={i === 0 ? 'test schemas' : 'register schemas'} compact /> : null))}
      </div>
    </div>
  );
}
