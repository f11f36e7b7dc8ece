'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { AuthFrame } from '@/components/auth-frame';
import { FormError, fieldError } from '@/components/error-notice';
import { Button, Callout, Spinner, TextField } from '@/components/ui';
import { isApiError, setCsrfToken } from '@/lib/api';
import { isNotAvailable, roleLabel } from '@/lib/errors';
import { useQuery } from '@/lib/hooks';
import { auth, invitations } from '@/lib/resources';

export default function AcceptInvitationPage() {
  const { token } = useParams<{ token: string }>();
  const preview = useQuery(`invite:${token}`, () => invitations.preview(token));
  // Signed in already? Then accepting just adds this organization to the account.
  const me = useQuery('me', () => auth.me().catch(() => null));
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);

  const signedIn = me.data ?? null;
  const local = {
    full_name: fullName.trim() ? undefined : 'Enter your name',
    password: password.length >= 10 ? undefined : 'Use at least 10 characters',
  };

  const accept = async (body: { token: string; full_name?: string; password?: string }) => {
    setPending(true);
    setError(null);
    try {
      if (signedIn) setCsrfToken(signedIn.csrf_token);
      const joined = await auth.acceptInvitation(body);
      setCsrfToken(joined.csrf_token);
      window.location.assign('/app');
    } catch (x) {
      setError(x);
      setPending(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (local.full_name || local.password) return;
    await accept({ token, full_name: fullName.trim(), password });
  };

  const problem = error ?? preview.error;
  const unavailable = isNotAvailable(problem);
  const invalid = !unavailable && isApiError(problem) && (problem.status === 404 || problem.status === 410 || (problem.status === 401 && !problem.hasFieldErrors));
  const p = preview.data;
  const title = p ? `Join ${p.organization_name} on Tributary` : 'Join your team on Tributary';
  const subtitle = p ? (
    <>
      You were invited as <strong>{roleLabel(p.role)}</strong>, for <strong>{p.email}</strong>.
    </>
  ) : (
    'You were invited to an organization.'
  );

  let body;
  if (unavailable) {
    body = (
      <Callout tone="info" title="Invitations aren't available yet">
        This Tributary deployment can&apos;t accept invitations yet. Ask your admin to check back after the next release, or sign up on your own.
      </Callout>
    );
  } else if (invalid) {
    body = (
      <Callout tone="danger" title="This invitation can't be used">
        It has expired, was revoked, or was already accepted. Ask the person who invited you to send a new one.
      </Callout>
    );
  } else if (preview.loading || me.loading) {
    body = <Spinner label="Checking your invitation…" />;
  } else if (signedIn) {
    body = (
      <div className="stack">
        <FormError error={error} action="accept this invitation" />
        <p>
          You are signed in as <strong>{signedIn.user.email}</strong>. Accepting adds {p?.organization_name ?? 'the organization'} to your account; switch between
          organizations at the top of the console.
        </p>
        <Button variant="primary" className="btn-block" pending={pending} onClick={() => void accept({ token })}>
          {pending ? 'Joining…' : `Join ${p?.organization_name ?? 'the organization'}`}
        </Button>
      </div>
    );
  } else if (p?.has_account) {
    body = (
      <div className="stack">
        <p>
          There is already a Tributary account for <strong>{p.email}</strong>. Log in with it, and you come back here to accept.
        </p>
        <Link className="btn btn-primary btn-block" href={`/login?next=${encodeURIComponent(`/invite/${token}`)}`}>
          Log in to accept
        </Link>
      </div>
    );
  } else {
    body = (
      <>
        <FormError error={error} action="accept this invitation" />
        <form className="form" onSubmit={submit} noValidate>
          <TextField
            label="Full name"
            autoComplete="name"
            value={fullName}
            onChange={(e) => setFullName(e.target.value)}
            error={(touched ? local.full_name : undefined) ?? fieldError(error, 'full_name')}
            autoFocus
          />
          <TextField
            label="Choose a password"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={(touched ? local.password : undefined) ?? fieldError(error, 'password')}
            hint="At least 10 characters."
          />
          <Button type="submit" variant="primary" className="btn-block" pending={pending}>
            {pending ? 'Joining…' : 'Accept invitation'}
          </Button>
        </form>
      </>
    );
  }

  return (
    <AuthFrame
      title={title}
      subtitle={subtitle}
      footer={
        signedIn ? null : (
          <>
            Already have an account? <Link href={`/login?next=${encodeURIComponent(`/invite/${token}`)}`}>Log in</Link>
          </>
        )
      }
    >
      {body}
    </AuthFrame>
  );
}
