import { Module } from '@nestjs/common';
import { BillingModule } from '@tributary/billing';
import { CatalogController } from './catalog.controller';

/** `GET /catalog/v1/cluster-offerings`: kinds and limits, clouds and regions, prices in force. Needs the clusters feature (its CloudProviders). */
@Module({
  imports: [BillingModule],
  controllers: [CatalogController],
})
export class CatalogApiModule {}
