'use client';

import Link from 'next/link';
import { isApiError } from '@/lib/api';
import { explainError } from '@/lib/errors';
import { useOptionalSession } from './session';
import { Button, Icon } from './ui';

/** A failure, explained: what happened and what to do about it (link, retry). */
export function ErrorNotice({ error, action, onRetry, compact }: { error: unknown; action?: string; onRetry?: () => void; compact?: boolean }) {
  const session = useOptionalSession();
  if (!error) return null;
  const x = explainError(error, { action, role: session?.me.role });
  return (
    <div className={`callout callout-danger${compact ? ' callout-compact' : ''}`} role="alert">
      <Icon name="alert" size={18} />
      <div>
        <strong className="callout-title">{x.title}</strong>
        <div className="callout-body">{x.detail}</div>
        {x.link || (onRetry && x.retryable) ? (
          <div className="callout-actions">
            {x.link ? (
              <Link href={x.link.href} className="link-strong">
                {x.link.label} →
              </Link>
            ) : null}
            {onRetry && x.retryable ? (
              <Button size="sm" onClick={onRetry}>
                Try again
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Above a form: field errors are shown next to their fields, so here only say so (or the general message). */
export function FormError({ error, action }: { error: unknown; action?: string }) {
  if (!error) return null;
  if (isApiError(error) && error.hasFieldErrors && error.generalMessages.length === 0 && (error.status === 400 || error.status === 422)) {
    return (
      <div className="callout callout-danger callout-compact" role="alert">
        <Icon name="alert" size={18} />
        <div className="callout-body">Some fields need your attention: see the messages below them.</div>
      </div>
    );
  }
  return <ErrorNotice error={error} action={action} compact />;
}

export function fieldError(error: unknown, ...names: string[]): string | undefined {
  return isApiError(error) ? error.field(...names) : undefined;
}
