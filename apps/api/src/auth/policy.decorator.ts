import { SetMetadata } from '@nestjs/common';
import type { Action } from '@tributary/access';

export const POLICY_ACTION = 'tributary:policy-action';

/**
 * The policy action a route performs (`@tributary/access` POLICY). AuthGuard authorizes the caller
 * for it on the route's resource (found from the path, query or body: see resource-of-request.ts)
 * before the handler runs. Every route that is not @Public() carries one; the permission-matrix
 * test fails for a route without.
 */
export const Policy = (action: Action) => SetMetadata(POLICY_ACTION, action);
