'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { AuthFrame } from '@/components/auth-frame';
import { FormError, fieldError } from '@/components/error-notice';
import { Button, Callout, TextField } from '@/components/ui';
import { isApiError, setCsrfToken } from '@/lib/api';
import { isNotAvailable } from '@/lib/errors';
import { auth } from '@/lib/resources';

export default function AcceptInvitationPage() {
  const { token } = useParams<{ token: string }>();
  const [fullName, setFullName] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);

  const local = {
    full_name: fullName.trim() ? undefined : 'Enter your name',
    password: password.length >= 10 ? undefined : 'Use at least 10 characters',
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (local.full_name || local.password) return;
    setPending(true);
    setError(null);
    try {
      const me = await auth.acceptInvitation({ token, full_name: fullName.trim(), password });
      setCsrfToken(me.csrf_token);
      window.location.assign('/app');
    } catch (x) {
      setError(x);
      setPending(false);
    }
  };

  const unavailable = isNotAvailable(error);
  const invalid = !unavailable && isApiError(error) && (error.status === 404 || error.status === 410 || (error.status === 401 && !error.hasFieldErrors));

  return (
    <AuthFrame
      title="Join your team on Tributary"
      subtitle="You were invited to an organization. Set your name and a password to accept."
      footer={
        <>
          Already have an account? <Link href={`/login?next=${encodeURIComponent(`/invite/${token}`)}`}>Log in</Link>
        </>
      }
    >
      {unavailable ? (
        <Callout tone="info" title="Invitations aren't available yet">
          This Tributary deployment can&apos;t accept invitations yet. Ask your admin to check back after the next release, or sign up on your own.
        </Callout>
      ) : invalid ? (
        <Callout tone="danger" title="This invitation can't be used">
          It has expired, was revoked, or was already accepted. Ask the person who invited you to send a new one.
        </Callout>
      ) : (
        <FormError error={error} action="accept this invitation" />
      )}
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
    </AuthFrame>
  );
}
