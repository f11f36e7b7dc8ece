import type { Principal } from '../auth/principal';
import type { VerifiedApiKey } from './api-keys.service';

/**
 * The caller an API key stands for: its owner, with the owner's role as it is at this call (a demoted
 * or removed owner's keys lose what the owner lost, at once), limited to the key's resource. Every
 * path that authenticates a key (the management API's guard, the topics API) builds the caller here,
 * so the role checks (`assertCanWrite`, …) apply to cluster keys exactly as to Cloud keys.
 */
export function principalOfApiKey(v: VerifiedApiKey, request: { ip?: string; requestId?: string } = {}): Principal {
  return {
    kind: v.ownerKind,
    id: v.ownerId,
    organizationId: v.key.organizationId,
    role: v.role,
    roleBindings: v.roleBindings,
    via: 'api_key',
    apiKeyId: v.key.id,
    apiKeyResource: { kind: v.key.resourceKind, id: v.key.resourceId ?? 'cloud' },
    ...(request.ip !== undefined ? { ip: request.ip } : {}),
    ...(request.requestId ? { requestId: request.requestId } : {}),
  };
}
