import { Module } from '@nestjs/common';
import { AdminCredentialVault } from '@tributary/clusters';
import { ResealSecretsJobs } from './reseal-secrets.jobs';

/** The worker's part of a TRIBUTARY_SECRET_KEY rotation. */
@Module({ providers: [AdminCredentialVault, ResealSecretsJobs] })
export class SecretsWorkerModule {}
