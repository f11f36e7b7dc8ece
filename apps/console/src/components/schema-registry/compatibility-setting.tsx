'use client';

import { useState } from 'react';
import { FormError } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Badge, Button, SelectField } from '@/components/ui';
import { useAction } from '@/lib/hooks';
import { COMPATIBILITY_LEVELS, registryApi, type CompatibilityLevel } from '@/lib/schema-registry';

export const COMPATIBILITY_HELP: Record<CompatibilityLevel, string> = {
  BACKWARD: 'A new schema can read data written with the latest one.',
  BACKWARD_TRANSITIVE: 'A new schema can read data written with every earlier one.',
  FORWARD: 'The latest schema can read data written with a new one.',
  FORWARD_TRANSITIVE: 'Every earlier schema can read data written with a new one.',
  FULL: 'Backward and forward compatible with the latest schema.',
  FULL_TRANSITIVE: 'Backward and forward compatible with every earlier schema.',
  NONE: 'No checks: any schema can be registered.',
};

const INHERIT = 'inherit';

/**
 * A subject's compatibility level (or, without `subject`, the registry's default): what applies now,
 * and a picker for writers. A subject can go back to following the default.
 */
export function CompatibilitySetting({
  registryId,
  subject,
  own,
  globalLevel,
  onChanged,
}: {
  registryId: string;
  subject?: string;
  /** The subject's own level; null when it follows the default. Ignored for the default itself. */
  own: CompatibilityLevel | null;
  globalLevel: CompatibilityLevel | undefined;
  onChanged: () => Promise<void> | void;
}) {
  const { canWrite } = useSession();
  const current = subject ? own : (globalLevel ?? null);
  const [choice, setChoice] = useState<string>(current ?? INHERIT);
  const r = registryApi(registryId);
  const save = useAction(async () => {
    if (!subject) await r.setGlobalConfig(choice as CompatibilityLevel);
    else if (choice === INHERIT) await r.clearSubjectConfig(subject);
    else await r.setSubjectConfig(subject, choice as CompatibilityLevel);
    await onChanged();
  });
  const effective = subject ? (own ?? globalLevel) : globalLevel;
  const dirty = choice !== (current ?? INHERIT);
  return (
    <div className="stack-sm" data-testid={subject ? 'subject-compatibility' : 'global-compatibility'}>
      <p>
        <span className="muted">In effect: </span>
        <Badge tone="info">{effective ?? '…'}</Badge>{' '}
        {subject ? (
          <span className="muted small">{own ? `set on this subject (the registry's default is ${globalLevel ?? '…'})` : `the registry's default`}</span>
        ) : (
          <span className="muted small">for every subject without a level of its own</span>
        )}
      </p>
      {effective ? <p className="muted small">{COMPATIBILITY_HELP[effective]}</p> : null}
      {canWrite ? (
        <form
          className="form form-inline"
          onSubmit={(e) => {
            e.preventDefault();
            void save.run();
          }}
        >
          <FormError error={save.error} action="change compatibility settings" />
          <SelectField label={subject ? "This subject's compatibility" : 'Default compatibility'} value={choice} onChange={(e) => setChoice(e.target.value)}>
            {subject ? <option value={INHERIT}>Use the registry&apos;s default ({globalLevel ?? '…'})</option> : null}
            {COMPATIBILITY_LEVELS.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </SelectField>
          <div className="form-inline-action">
            <Button type="submit" disabled={!dirty} pending={save.pending}>
              Save compatibility
            </Button>
          </div>
        </form>
      ) : (
        <p className="muted small">Your role is Viewer: you can see the setting but not change it.</p>
      )}
    </div>
  );
}
