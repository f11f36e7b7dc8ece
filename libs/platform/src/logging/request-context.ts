import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line and error envelope of one request carries. */
export interface RequestContext {
  requestId: string;
  ip?: string;
}

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
