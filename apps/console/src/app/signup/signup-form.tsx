'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { AuthFrame } from '@/components/auth-frame';
import { FormError, fieldError } from '@/components/error-notice';
import { Button, TextField } from '@/components/ui';
import { isApiError, setCsrfToken } from '@/lib/api';
import { auth } from '@/lib/resources';

const MIN_PASSWORD = 10;

export function SignupForm() {
  const [form, setForm] = useState({ full_name: '', email: '', organization_name: '', password: '' });
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [touched, setTouched] = useState(false);

  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  // Checked here too, so the common mistakes don't need a round trip.
  const local: Partial<Record<keyof typeof form, string>> = {};
  if (!form.full_name.trim()) local.full_name = 'Enter your name';
  if (!/^\S+@\S+\.\S+$/.test(form.email.trim())) local.email = 'Enter a valid email address';
  if (!form.organization_name.trim()) local.organization_name = 'Name your organization (your company or team)';
  if (form.password.length < MIN_PASSWORD) local.password = `Use at least ${MIN_PASSWORD} characters`;

  const err = (k: keyof typeof form) => (touched ? local[k] : undefined) ?? fieldError(error, k);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(local).length > 0) return;
    setPending(true);
    setError(null);
    try {
      const me = await auth.signup({ ...form, email: form.email.trim() });
      setCsrfToken(me.csrf_token);
      window.location.assign('/app?welcome=1');
    } catch (x) {
      setError(x);
      setPending(false);
    }
  };

  const emailTaken = isApiError(error) && error.status === 409;

  return (
    <AuthFrame
      title="Create your organization"
      subtitle="Start streaming in minutes. You will be its admin and can invite your team later."
      footer={
        <>
          Already have an account? <Link href="/login">Log in</Link>
        </>
      }
    >
      {emailTaken ? null : <FormError error={error} action="sign up" />}
      <form className="form" onSubmit={submit} noValidate>
        <TextField label="Full name" name="full_name" autoComplete="name" value={form.full_name} onChange={set('full_name')} error={err('full_name')} autoFocus />
        <TextField
          label="Work email"
          type="email"
          name="email"
          autoComplete="email"
          value={form.email}
          onChange={set('email')}
          error={emailTaken ? undefined : err('email')}
        />
        {emailTaken ? (
          <div className="callout callout-danger callout-compact" role="alert">
            <div className="callout-body">
              An account with this email already exists. <Link href="/login">Log in instead</Link>, or use another email.
            </div>
          </div>
        ) : null}
        <TextField
          label="Organization name"
          name="organization_name"
          autoComplete="organization"
          value={form.organization_name}
          onChange={set('organization_name')}
          error={err('organization_name')}
          hint="Usually your company or team. You can rename it later."
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="new-password"
          value={form.password}
          onChange={set('password')}
          error={err('password')}
          hint={`At least ${MIN_PASSWORD} characters. A passphrase is easiest to remember.`}
        />
        <Button type="submit" variant="primary" className="btn-block" pending={pending}>
          {pending ? 'Creating your organization…' : 'Create organization'}
        </Button>
        <p className="fine-print">By signing up you agree to the Terms of Service and the Data Processing Addendum.</p>
      </form>
    </AuthFrame>
  );
}
