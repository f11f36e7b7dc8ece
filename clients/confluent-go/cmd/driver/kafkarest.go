package main

import (
	"context"
	"encoding/base64"
	"net/http"
	"strings"

	kr "github.com/tributary/clients/confluent-go/generated/kafkarest"
	"github.com/tributary/clients/confluent-go/internal/contract"
)

const topic = "go-client-orders"

// runKafkaRest exercises each kafkarest-v3 operation Tributary serves, on the cluster's own key.
func runKafkaRest(in Input, docs documents, rec *contract.Recorder) {
	cfg := kr.NewConfiguration()
	cfg.Servers = kr.ServerConfigurations{{URL: in.BaseURL}}
	api := kr.NewAPIClient(cfg)
	ctx := context.WithValue(context.Background(), kr.ContextBasicAuth, kr.BasicAuth{UserName: in.ClusterKey.ID, Password: in.ClusterKey.Secret})
	d := docs.kafkarest
	c := in.ClusterID
	str := func(s string) *string { return &s }

	// The cluster.
	{
		v, res, err := api.ClusterV3API.GetKafkaCluster(ctx, c).Execute()
		rec.Check(d, "getKafkaCluster", "the cluster", 200, res, err, v)
	}

	// Topics and partitions.
	{
		body := kr.NewCreateTopicRequestData(topic)
		body.SetPartitionsCount(2)
		body.SetConfigs([]kr.CreateTopicRequestDataConfigs{{Name: "cleanup.policy", Value: *kr.NewNullableString(str("delete"))}})
		v, res, err := api.TopicV3API.CreateKafkaTopic(ctx, c).CreateTopicRequestData(*body).Execute()
		rec.Check(d, "createKafkaTopic", "create a topic with a config", 201, res, err, v)

		dry := kr.NewCreateTopicRequestData(topic + "-dry")
		dry.SetValidateOnly(true)
		v, res, err = api.TopicV3API.CreateKafkaTopic(ctx, c).CreateTopicRequestData(*dry).Execute()
		rec.Check(d, "createKafkaTopic", "validate_only create", 201, res, err, v)

		v, res, err = api.TopicV3API.CreateKafkaTopic(ctx, c).CreateTopicRequestData(*body).Execute()
		rec.Check(d, "createKafkaTopic", "create an existing topic (error)", 400, res, err, v)
	}
	{
		v, res, err := api.TopicV3API.ListKafkaTopics(ctx, c).Execute()
		rec.Check(d, "listKafkaTopics", "list topics", 200, res, err, v)
	}
	{
		v, res, err := api.TopicV3API.GetKafkaTopic(ctx, c, topic).Execute()
		rec.Check(d, "getKafkaTopic", "one topic", 200, res, err, v)
		v, res, err = api.TopicV3API.GetKafkaTopic(ctx, c, "no-such-topic").Execute()
		rec.Check(d, "getKafkaTopic", "an unknown topic (error)", 404, res, err, v)
	}
	{
		v, res, err := api.TopicV3API.UpdatePartitionCountKafkaTopic(ctx, c, topic).UpdatePartitionCountRequestData(*kr.NewUpdatePartitionCountRequestData(3)).Execute()
		rec.Check(d, "updatePartitionCountKafkaTopic", "2 → 3 partitions", 200, res, err, v)
		v, res, err = api.TopicV3API.UpdatePartitionCountKafkaTopic(ctx, c, topic).UpdatePartitionCountRequestData(*kr.NewUpdatePartitionCountRequestData(1)).Execute()
		rec.Check(d, "updatePartitionCountKafkaTopic", "fewer partitions (error)", 400, res, err, v)
	}
	{
		v, res, err := api.PartitionV3API.ListKafkaPartitions(ctx, c, topic).Execute()
		rec.Check(d, "listKafkaPartitions", "list partitions", 200, res, err, v)
		p, res, err := api.PartitionV3API.GetKafkaPartition(ctx, c, topic, 1).Execute()
		rec.Check(d, "getKafkaPartition", "one partition", 200, res, err, p)
		p, res, err = api.PartitionV3API.GetKafkaPartition(ctx, c, topic, 9).Execute()
		rec.Check(d, "getKafkaPartition", "an unknown partition (error)", 404, res, err, p)
	}

	// Topic configs.
	{
		v, res, err := api.ConfigsV3API.ListKafkaTopicConfigs(ctx, c, topic).Execute()
		rec.Check(d, "listKafkaTopicConfigs", "a topic's configs", 200, res, err, v)
		one, res, err := api.ConfigsV3API.GetKafkaTopicConfig(ctx, c, topic, "retention.ms").Execute()
		rec.Check(d, "getKafkaTopicConfig", "a default config", 200, res, err, one)

		set := kr.NewUpdateConfigRequestData()
		set.SetValue("3600000")
		res, err = api.ConfigsV3API.UpdateKafkaTopicConfig(ctx, c, topic, "retention.ms").UpdateConfigRequestData(*set).Execute()
		rec.Check(d, "updateKafkaTopicConfig", "set retention.ms", 204, res, err, nil)
		one, res, err = api.ConfigsV3API.GetKafkaTopicConfig(ctx, c, topic, "retention.ms").Execute()
		rec.Check(d, "getKafkaTopicConfig", "a topic override (DYNAMIC_TOPIC_CONFIG)", 200, res, err, one)
		res, err = api.ConfigsV3API.UpdateKafkaTopicConfig(ctx, c, topic, "no.such.config").UpdateConfigRequestData(*set).Execute()
		rec.Check(d, "updateKafkaTopicConfig", "an unknown config (error)", 404, res, err, nil)
		res, err = api.ConfigsV3API.DeleteKafkaTopicConfig(ctx, c, topic, "retention.ms").Execute()
		rec.Check(d, "deleteKafkaTopicConfig", "reset retention.ms", 204, res, err, nil)
		one, res, err = api.ConfigsV3API.GetKafkaTopicConfig(ctx, c, topic, "no.such.config").Execute()
		rec.Check(d, "getKafkaTopicConfig", "an unknown config (error)", 404, res, err, one)

		batch := kr.NewAlterConfigBatchRequestData([]kr.AlterConfigBatchRequestDataData{{Name: "retention.ms", Value: *kr.NewNullableString(str("7200000"))}, {Name: "cleanup.policy", Value: *kr.NewNullableString(str("compact"))}})
		batch.SetValidateOnly(true)
		res, err = api.ConfigsV3API.UpdateKafkaTopicConfigBatch(ctx, c, topic).AlterConfigBatchRequestData(*batch).Execute()
		rec.Check(d, "updateKafkaTopicConfigBatch", "validate_only batch", 204, res, err, nil)
		batch.SetValidateOnly(false)
		res, err = api.ConfigsV3API.UpdateKafkaTopicConfigBatch(ctx, c, topic).AlterConfigBatchRequestData(*batch).Execute()
		rec.Check(d, "updateKafkaTopicConfigBatch", "batch", 204, res, err, nil)
		bad := kr.NewAlterConfigBatchRequestData([]kr.AlterConfigBatchRequestDataData{{Name: "no.such.config", Value: *kr.NewNullableString(str("1"))}})
		res, err = api.ConfigsV3API.UpdateKafkaTopicConfigBatch(ctx, c, topic).AlterConfigBatchRequestData(*bad).Execute()
		rec.Check(d, "updateKafkaTopicConfigBatch", "an unknown config (error)", 400, res, err, nil)

		defaults, res, err := api.ConfigsV3API.ListKafkaDefaultTopicConfigs(ctx, c, topic).Execute()
		rec.Check(d, "listKafkaDefaultTopicConfigs", "a topic's default configs", 200, res, err, defaults)
		all, res, err := api.ConfigsV3API.ListKafkaAllTopicConfigs(ctx, c).Execute()
		rec.Check(d, "listKafkaAllTopicConfigs", "every topic's configs", 200, res, err, all)
	}

	// Records.
	{
		record := kr.NewProduceRequest()
		record.SetPartitionId(0)
		record.SetKey(kr.ProduceRequestData{Type: str("STRING"), Data: "order-1"})
		record.SetValue(kr.ProduceRequestData{Type: str("JSON"), Data: map[string]any{"amount": 12.5, "items": []string{"a", "b"}}})
		header := kr.NewProduceRequestHeader("trace")
		header.SetValue(base64.StdEncoding.EncodeToString([]byte("abc")))
		record.SetHeaders([]kr.ProduceRequestHeader{*header})
		v, res, err := api.RecordsV3API.ProduceRecord(ctx, c, topic).ProduceRequest(*record).Execute()
		rec.Check(d, "produceRecord", "a JSON record with a STRING key and a header", 200, res, err, v)

		binary := kr.NewProduceRequest()
		// The batch above made the topic compacted: a record needs a key.
		binary.SetKey(kr.ProduceRequestData{Type: str("BINARY"), Data: base64.StdEncoding.EncodeToString([]byte("key-2"))})
		binary.SetValue(kr.ProduceRequestData{Type: str("BINARY"), Data: base64.StdEncoding.EncodeToString([]byte{0, 1, 2, 255})})
		v, res, err = api.RecordsV3API.ProduceRecord(ctx, c, topic).ProduceRequest(*binary).Execute()
		rec.Check(d, "produceRecord", "a BINARY record", 200, res, err, v)

		badBase64 := kr.NewProduceRequest()
		badBase64.SetValue(kr.ProduceRequestData{Type: str("BINARY"), Data: "not base64!"})
		v, res, err = api.RecordsV3API.ProduceRecord(ctx, c, topic).ProduceRequest(*badBase64).Execute()
		rec.Check(d, "produceRecord", "invalid base64 (error)", 400, res, err, v)

		v, res, err = api.RecordsV3API.ProduceRecord(ctx, c, "no-such-topic").ProduceRequest(*binary).Execute()
		rec.Check(d, "produceRecord", "an unknown topic (error)", 404, res, err, v)

		// Larger than the topic's max.message.bytes: the document's 413.
		limit := kr.NewUpdateConfigRequestData()
		limit.SetValue("2048")
		res, err = api.ConfigsV3API.UpdateKafkaTopicConfig(ctx, c, topic, "max.message.bytes").UpdateConfigRequestData(*limit).Execute()
		rec.Check(d, "updateKafkaTopicConfig", "max.message.bytes=2048", 204, res, err, nil)
		large := kr.NewProduceRequest()
		large.SetKey(kr.ProduceRequestData{Type: str("STRING"), Data: "large"})
		large.SetValue(kr.ProduceRequestData{Type: str("STRING"), Data: strings.Repeat("x", 8192)})
		v, res, err = api.RecordsV3API.ProduceRecord(ctx, c, topic).ProduceRequest(*large).Execute()
		rec.Check(d, "produceRecord", "a record over max.message.bytes (error)", 413, res, err, v)
		res, err = api.ConfigsV3API.DeleteKafkaTopicConfig(ctx, c, topic, "max.message.bytes").Execute()
		rec.Check(d, "deleteKafkaTopicConfig", "reset max.message.bytes", 204, res, err, nil)

		noPartition := kr.NewProduceRequest()
		noPartition.SetPartitionId(9)
		noPartition.SetValue(kr.ProduceRequestData{Type: str("STRING"), Data: "x"})
		v, res, err = api.RecordsV3API.ProduceRecord(ctx, c, topic).ProduceRequest(*noPartition).Execute()
		rec.Check(d, "produceRecord", "an unknown partition (error)", 404, res, err, v)
	}

	// Cluster-wide settings: readable on every kind, changeable on none but Dedicated.
	{
		v, res, err := api.ConfigsV3API.ListKafkaClusterConfigs(ctx, c).Execute()
		rec.Check(d, "listKafkaClusterConfigs", "cluster settings", 200, res, err, v)
		one, res, err := api.ConfigsV3API.GetKafkaClusterConfig(ctx, c, "log.retention.ms").Execute()
		rec.Check(d, "getKafkaClusterConfig", "one cluster setting", 200, res, err, one)
		one, res, err = api.ConfigsV3API.GetKafkaClusterConfig(ctx, c, "no.such.config").Execute()
		rec.Check(d, "getKafkaClusterConfig", "an unknown setting (error)", 404, res, err, one)
		set := kr.NewUpdateConfigRequestData()
		set.SetValue("86400000")
		res, err = api.ConfigsV3API.UpdateKafkaClusterConfig(ctx, c, "log.retention.ms").UpdateConfigRequestData(*set).Execute()
		rec.Check(d, "updateKafkaClusterConfig", "a Basic cluster's setting (error)", 400, res, err, nil)
		batch := kr.NewAlterConfigBatchRequestData([]kr.AlterConfigBatchRequestDataData{{Name: "log.retention.ms", Value: *kr.NewNullableString(str("86400000"))}})
		res, err = api.ConfigsV3API.UpdateKafkaClusterConfigs(ctx, c).AlterConfigBatchRequestData(*batch).Execute()
		rec.Check(d, "updateKafkaClusterConfigs", "a Basic cluster's settings (error)", 400, res, err, nil)
		res, err = api.ConfigsV3API.DeleteKafkaClusterConfig(ctx, c, "log.retention.ms").Execute()
		rec.Check(d, "deleteKafkaClusterConfig", "a Basic cluster's setting (error)", 400, res, err, nil)
	}

	// Consumer groups, with a live member.
	{
		v, res, err := api.ConsumerGroupV3API.ListKafkaConsumerGroups(ctx, c).Execute()
		rec.Check(d, "listKafkaConsumerGroups", "list groups", 200, res, err, v)
		g, res, err := api.ConsumerGroupV3API.GetKafkaConsumerGroup(ctx, c, in.GroupID).Execute()
		rec.Check(d, "getKafkaConsumerGroup", "a live group", 200, res, err, g)
		g, res, err = api.ConsumerGroupV3API.GetKafkaConsumerGroup(ctx, c, "no-such-group").Execute()
		rec.Check(d, "getKafkaConsumerGroup", "an unknown group (error)", 404, res, err, g)

		consumers, res, err := api.ConsumerGroupV3API.ListKafkaConsumers(ctx, c, in.GroupID).Execute()
		rec.Check(d, "listKafkaConsumers", "the group's members", 200, res, err, consumers)
		if consumers != nil && len(consumers.Data) > 0 {
			one, res, err := api.ConsumerGroupV3API.GetKafkaConsumer(ctx, c, in.GroupID, consumers.Data[0].GetConsumerId()).Execute()
			rec.Check(d, "getKafkaConsumer", "one member", 200, res, err, one)
		} else {
			rec.Results = append(rec.Results, contract.Result{Document: d.Name, Operation: "getKafkaConsumer", Call: "one member", Problems: []string{"the group listed no member to read"}})
		}
		one, res, err := api.ConsumerGroupV3API.GetKafkaConsumer(ctx, c, in.GroupID, "no-such-member").Execute()
		rec.Check(d, "getKafkaConsumer", "an unknown member (error)", 404, res, err, one)

		summary, res, err := api.ConsumerGroupV3API.GetKafkaConsumerGroupLagSummary(ctx, c, in.GroupID).Execute()
		rec.Check(d, "getKafkaConsumerGroupLagSummary", "the group's lag summary", 200, res, err, summary)
		lags, res, err := api.ConsumerGroupV3API.ListKafkaConsumerLags(ctx, c, in.GroupID).Execute()
		rec.Check(d, "listKafkaConsumerLags", "lag per partition", 200, res, err, lags)
		lag, res, err := api.ConsumerGroupV3API.GetKafkaConsumerLag(ctx, c, in.GroupID, in.GroupTopic, 0).Execute()
		rec.Check(d, "getKafkaConsumerLag", "one partition's lag", 200, res, err, lag)
		lag, res, err = api.ConsumerGroupV3API.GetKafkaConsumerLag(ctx, c, in.GroupID, in.GroupTopic, 99).Execute()
		rec.Check(d, "getKafkaConsumerLag", "a partition the group has not committed (error)", 404, res, err, lag)
	}

	for _, other := range in.OtherGroupIDs {
		g, res, err := api.ConsumerGroupV3API.GetKafkaConsumerGroup(ctx, c, other).Execute()
		rec.Check(d, "getKafkaConsumerGroup", "a group that left: "+other, 200, res, err, g)
		consumers, res, err := api.ConsumerGroupV3API.ListKafkaConsumers(ctx, c, other).Execute()
		rec.Check(d, "listKafkaConsumers", "a group without members: "+other, 200, res, err, consumers)
		summary, res, err := api.ConsumerGroupV3API.GetKafkaConsumerGroupLagSummary(ctx, c, other).Execute()
		rec.Check(d, "getKafkaConsumerGroupLagSummary", "lag with no member assigned: "+other, 200, res, err, summary)
		lags, res, err := api.ConsumerGroupV3API.ListKafkaConsumerLags(ctx, c, other).Execute()
		rec.Check(d, "listKafkaConsumerLags", "lag with no member assigned: "+other, 200, res, err, lags)
	}

	// ACLs: create, list with filters, delete by filter (answers the deleted ones).
	{
		principal := "User:" + in.UserID
		body := kr.NewCreateAclRequestData(kr.ACLRESOURCETYPE_TOPIC, "go-client-", "PREFIXED", principal, "*", "READ", "ALLOW")
		res, err := api.ACLV3API.CreateKafkaAcls(ctx, c).CreateAclRequestData(*body).Execute()
		rec.Check(d, "createKafkaAcls", "a PREFIXED topic ACL", 201, res, err, nil)
		group := kr.NewCreateAclRequestData(kr.ACLRESOURCETYPE_GROUP, "go-client-group", "LITERAL", principal, "*", "READ", "ALLOW")
		res, err = api.ACLV3API.CreateKafkaAcls(ctx, c).CreateAclRequestData(*group).Execute()
		rec.Check(d, "createKafkaAcls", "a LITERAL group ACL", 201, res, err, nil)
		bad := kr.NewCreateAclRequestData(kr.ACLRESOURCETYPE_TOPIC, "go-client-*", "LITERAL", principal, "*", "READ", "ALLOW")
		res, err = api.ACLV3API.CreateKafkaAcls(ctx, c).CreateAclRequestData(*bad).Execute()
		rec.Check(d, "createKafkaAcls", "a LITERAL name with '*' (error)", 400, res, err, nil)

		all, res, err := api.ACLV3API.GetKafkaAcls(ctx, c).Execute()
		rec.Check(d, "getKafkaAcls", "every ACL", 200, res, err, all)
		topics, res, err := api.ACLV3API.GetKafkaAcls(ctx, c).ResourceType(kr.ACLRESOURCETYPE_TOPIC).Principal(principal).Operation("READ").Execute()
		rec.Check(d, "getKafkaAcls", "filtered by type, principal and operation", 200, res, err, topics)
		if topics != nil && len(topics.Data) != 1 {
			rec.Results = append(rec.Results, contract.Result{Document: d.Name, Operation: "getKafkaAcls", Call: "filtered", Problems: []string{"the filter did not select exactly the topic ACL"}})
		}

		deleted, res, err := api.ACLV3API.DeleteKafkaAcls(ctx, c).ResourceType(kr.ACLRESOURCETYPE_ANY).PatternType("ANY").Operation("ANY").Permission("ANY").Principal(principal).Execute()
		rec.Check(d, "deleteKafkaAcls", "every ACL of the principal", 200, res, err, deleted)
		if deleted != nil && len(deleted.Data) != 2 {
			rec.Results = append(rec.Results, contract.Result{Document: d.Name, Operation: "deleteKafkaAcls", Call: "every ACL of the principal", Problems: []string{"did not answer the two deleted ACLs"}})
		}
		deleted, res, err = api.ACLV3API.DeleteKafkaAcls(ctx, c).ResourceType(kr.ACLRESOURCETYPE_TOPIC).PatternType("LITERAL").Operation("WRITE").Permission("ALLOW").Execute()
		rec.Check(d, "deleteKafkaAcls", "nothing matches", 200, res, err, deleted)
	}

	// Delete the topic last.
	{
		res, err := api.TopicV3API.DeleteKafkaTopic(ctx, c, topic).Execute()
		rec.Check(d, "deleteKafkaTopic", "delete the topic", 204, res, err, nil)
		res, err = api.TopicV3API.DeleteKafkaTopic(ctx, c, topic).Execute()
		rec.Check(d, "deleteKafkaTopic", "delete it again (error)", 404, res, err, nil)
	}

	// Without credentials: the document's 401.
	{
		anon := context.Background()
		v, res, err := api.ClusterV3API.GetKafkaCluster(anon, c).Execute()
		rec.Check(d, "getKafkaCluster", "no credentials (error)", http.StatusUnauthorized, res, err, v)
	}
}
