import { Module, type DynamicModule } from '@nestjs/common';
import { ClustersModule, ConfigsService, ConsumerGroupsService, KafkaAclsService, RecordsService, type ClustersModuleOptions } from '@tributary/clusters';
import { AclsController } from './acls.controller';
import { ClustersController } from './clusters.controller';
import { ConsumerGroupsController } from './consumer-groups.controller';
import { KafkaClusterController } from './kafka-cluster.controller';
import { KafkaRestCaller } from './kafka-rest-caller';
import { RecordsController } from './records.controller';
import { RecordsReadController } from './records-read.controller';
import { RecordsReadService } from './records-read.service';
import { RecordsStreamingHook } from './records-streaming.hook';
import { TopicConfigsController } from './topic-configs.controller';
import { TopicsController } from './topics.controller';

/** `cmk/v2/clusters` and the `kafka/v3` data plane (cluster, topics, configs, consumer groups, records) over the clusters domain. */
@Module({})
export class ClustersApiModule {
  static register(opts: ClustersModuleOptions = {}): DynamicModule {
    return {
      module: ClustersApiModule,
      imports: [ClustersModule.forRoot(opts)],
      controllers: [ClustersController, KafkaClusterController, TopicConfigsController, TopicsController, ConsumerGroupsController, RecordsController, RecordsReadController, AclsController],
      providers: [KafkaRestCaller, KafkaAclsService, ConfigsService, ConsumerGroupsService, RecordsService, RecordsStreamingHook, RecordsReadService],
    };
  }
}
