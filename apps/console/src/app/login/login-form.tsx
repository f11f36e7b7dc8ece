'use client';

import Link from 'next/link';
import { useEffect, useState, type FormEvent } from 'react';
import { AuthFrame, safeNext } from '@/components/auth-frame';
import { ErrorNotice } from '@/components/error-notice';
import { Button, Callout, TextField } from '@/components/ui';
import { isApiError, setCsrfToken } from '@/lib/api';
import { auth } from '@/lib/resources';

export function LoginForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<'logged_out' | 'expired' | null>(null);

  useEffect(() => {
    const q = new URLSearchParams(window.location.search);
    if (q.get('logged_out')) setNotice('logged_out');
    else if (q.get('expired')) setNotice('expired');
  }, []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const me = await auth.login(email.trim(), password);
      setCsrfToken(me.csrf_token);
      window.location.assign(safeNext(new URLSearchParams(window.location.search).get('next')));
    } catch (err) {
      setError(err);
      setPending(false);
    }
  };

  const badCredentials = isApiError(error) && error.status === 401;

  return (
    <AuthFrame
      title="Log in to Tributary"
      subtitle="Welcome back."
      footer={
        <>
          New to Tributary? <Link href="/signup">Create an organization</Link>
        </>
      }
    >
      {notice === 'logged_out' && !error ? <Callout tone="success">You are logged out.</Callout> : null}
      {notice === 'expired' && !error ? <Callout tone="info">Your session ended. Log in again to continue where you were.</Callout> : null}
      {badCredentials ? (
        <Callout tone="danger" title="Wrong email or password">
          Check both and try again. Passwords are case-sensitive.
        </Callout>
      ) : error ? (
        <ErrorNotice error={error} action="log in" />
      ) : null}
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="Work email" type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus />
        <TextField label="Password" type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        <Button type="submit" variant="primary" className="btn-block" pending={pending} disabled={!email || !password}>
          {pending ? 'Logging in…' : 'Log in'}
        </Button>
      </form>
    </AuthFrame>
  );
}
