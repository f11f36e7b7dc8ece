import type { CreateApiAppOptions } from './create-api-app';

/** The domain features the API serves beyond accounts; clusters and billing plug in here. */
export function apiFeatures(): Pick<CreateApiAppOptions, 'features' | 'accounts'> {
  return { features: [], accounts: {} };
}
