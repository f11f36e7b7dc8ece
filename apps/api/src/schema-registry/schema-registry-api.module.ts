import { Module } from '@nestjs/common';
import { SchemaRegistryModule } from '@tributary/schema-registry';
import { RegistryErrorFilter } from './registry-error.filter';
import { RegistryHttpHooks } from './registry-http-hooks';
import { RegistryController } from './registry.controller';
import { RegistryGuard } from './registry.guard';
import { SrcmController } from './srcm.controller';

/** `srcm/v3/clusters` (Cloud keys) and each registry's Confluent REST API under /schema-registry/lsrc-… (registry keys). */
@Module({
  imports: [SchemaRegistryModule],
  controllers: [SrcmController, RegistryController],
  providers: [RegistryHttpHooks, RegistryGuard, RegistryErrorFilter],
})
export class SchemaRegistryApiModule {}
