import { Global, Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { TenantRepositories } from './repositories/tenant-repositories';

@Global()
@Module({ providers: [PrismaService, TenantRepositories], exports: [PrismaService, TenantRepositories] })
export class DbModule {}
