import { Injectable } from '@nestjs/common';
import type { EnvironmentDeletionGuard } from '@tributary/accounts';
import { TenantRepositories } from '@tributary/db';
import { AppError } from '@tributary/platform';

/** An environment cannot be deleted while it holds clusters (deleted clusters don't count). */
@Injectable()
export class EnvironmentHasClustersGuard implements EnvironmentDeletionGuard {
  constructor(private readonly repos: TenantRepositories) {}

  async assertDeletable(organizationId: string, environmentId: string): Promise<void> {
    const count = await this.repos.for(organizationId).clusters.count({ environmentId, deletedAt: null });
    if (count > 0) throw AppError.conflict(`The environment still holds ${count} cluster(s): delete them first`);
  }
}
