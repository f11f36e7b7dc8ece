import { ApiError, isApiError } from './api';
import { ROLE_LABELS, type Role } from './types';

export function roleLabel(role: string | undefined): string {
  if (!role) return 'current';
  return (ROLE_LABELS as Record<string, string>)[role] ?? role;
}

export interface Explained {
  title: string;
  detail: string;
  /** A place the user can go to fix it. */
  link?: { href: string; label: string };
  retryable: boolean;
}

function waitText(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}

/**
 * Turn any failure into words a user can act on. `action` completes "can't …", e.g. "create API keys".
 */
export function explainError(error: unknown, opts: { action?: string; role?: Role | string } = {}): Explained {
  const action = opts.action ?? 'do this';
  if (!isApiError(error)) {
    return { title: 'Something went wrong', detail: error instanceof Error ? error.message : 'An unexpected error happened in the console. Reload the page and try again.', retryable: true };
  }
  const e: ApiError = error;
  if (e.kind === 'network') {
    return {
      title: 'The Tributary API is not reachable',
      detail: 'Check your network connection. If it is fine, the service may be restarting: try again in a moment.',
      retryable: true,
    };
  }
  const said = e.generalMessages[0] ?? e.message;
  switch (e.status) {
    case 401:
      return { title: 'You are signed out', detail: 'Your session has ended. Log in again to continue.', link: { href: '/login', label: 'Log in' }, retryable: false };
    case 402:
      return {
        title: 'Payment required',
        detail: `${said.replace(/\.$/, '')}. Add a payment method (or redeem a promo code) in Billing, then try again.`,
        link: { href: '/app/billing#payment', label: 'Open billing settings' },
        retryable: false,
      };
    case 403:
      return {
        title: 'Not allowed',
        detail: `Your role (${roleLabel(opts.role)}) can't ${action}. Ask an Organization admin to change your role, or to do it for you.`,
        retryable: false,
      };
    case 404:
      return { title: 'Not found', detail: `${said}. It may have been deleted, or it belongs to another organization.`, retryable: false };
    case 409:
      return { title: 'Conflict', detail: said, retryable: false };
    case 429: {
      const wait = e.retryAfterSeconds;
      return {
        title: 'Too many attempts',
        detail: wait ? `For your security this is paused for now: try again in ${waitText(wait)}.` : 'Slow down: try again in a minute.',
        retryable: true,
      };
    }
    case 400:
    case 422:
      return { title: 'Check the form', detail: said, retryable: false };
    default:
      if (e.status >= 500) {
        return {
          title: 'Tributary had a problem',
          detail: `The request failed on our side (${e.status}). Try again; if it keeps failing, contact support${e.requestId ? ` with request id ${e.requestId}` : ''}.`,
          retryable: true,
        };
      }
      return { title: 'Request failed', detail: said, retryable: true };
  }
}

/** "Coming soon": the API of this deployment does not have this endpoint yet. */
export function isNotAvailable(error: unknown): boolean {
  return isApiError(error) && error.kind === 'http' && (error.status === 404 || error.status === 501) && /endpoint/i.test(error.message);
}
