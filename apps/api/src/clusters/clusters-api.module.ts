import { Module, type DynamicModule } from '@nestjs/common';
import { ClustersModule, type ClustersModuleOptions } from '@tributary/clusters';
import { ClustersController } from './clusters.controller';
import { KafkaRestCaller } from './kafka-rest-caller';
import { TopicsController } from './topics.controller';

/** `cmk/v2/clusters` and `kafka/v3/.../topics` over the clusters domain. */
@Module({})
export class ClustersApiModule {
  static register(opts: ClustersModuleOptions = {}): DynamicModule {
    return {
      module: ClustersApiModule,
      imports: [ClustersModule.forRoot(opts)],
      controllers: [ClustersController, TopicsController],
      providers: [KafkaRestCaller],
    };
  }
}
