import { defineQueue } from '../jobs/job-definitions';

/** Moving what an earlier TRIBUTARY_SECRET_KEY sealed to the current key (apps/worker's ResealSecretsJobs). */
export const SECRETS_QUEUE = defineQueue({
  queue: 'secrets',
  jobs: ['reseal-secrets'] as const,
  defaults: { removeOnComplete: 20, removeOnFail: 100 },
});
