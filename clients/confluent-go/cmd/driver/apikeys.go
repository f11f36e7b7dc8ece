package main

import (
	"context"

	"github.com/tributary/clients/confluent-go/generated/apikeys"
	"github.com/tributary/clients/confluent-go/internal/contract"
)

// runAPIKeys creates a Kafka key for the cluster and a Cloud key, reads, lists, updates and deletes them.
func runAPIKeys(in Input, docs documents, rec *contract.Recorder) {
	cfg := apikeys.NewConfiguration()
	cfg.Servers = apikeys.ServerConfigurations{{URL: in.BaseURL}}
	api := apikeys.NewAPIClient(cfg)
	ctx := context.WithValue(context.Background(), apikeys.ContextBasicAuth, apikeys.BasicAuth{UserName: in.CloudKey.ID, Password: in.CloudKey.Secret})
	d := docs.apikeys
	str := func(s string) *string { return &s }

	created := map[string]string{}
	for _, k := range []struct {
		call     string
		resource any
	}{
		{"create a Kafka API key (resource: the cluster)", map[string]any{"id": in.ClusterID, "environment": in.EnvironmentID}},
		{"create a Cloud API key (no resource)", nil},
	} {
		spec := apikeys.CreateIamV2ApiKeyRequestAllOfSpec{
			Owner:                map[string]any{"id": in.UserID},
			AdditionalProperties: map[string]any{"display_name": "go-client", "description": "made by Confluent's generated client"},
		}
		if k.resource != nil {
			spec.Resource = k.resource
		}
		v, res, err := api.APIKeysIamV2API.CreateIamV2ApiKey(ctx).CreateIamV2ApiKeyRequest(apikeys.CreateIamV2ApiKeyRequest{Spec: spec}).Execute()
		rec.Check(d, "createIamV2ApiKey", k.call, 202, res, err, v)
		rec.AlsoDecodes(res, "IamV2ApiKey", &apikeys.IamV2ApiKey{})
		if v != nil {
			created[k.call] = v.GetId()
		}
	}
	{
		v, res, err := api.APIKeysIamV2API.ListIamV2ApiKeys(ctx).PageSize(100).Execute()
		rec.Check(d, "listIamV2ApiKeys", "every key", 200, res, err, v)
		rec.AlsoDecodes(res, "IamV2ApiKeyList", &apikeys.IamV2ApiKeyList{})
		v, res, err = api.APIKeysIamV2API.ListIamV2ApiKeys(ctx).SpecResource(in.ClusterID).Execute()
		rec.Check(d, "listIamV2ApiKeys", "the cluster's keys", 200, res, err, v)
		rec.AlsoDecodes(res, "IamV2ApiKeyList", &apikeys.IamV2ApiKeyList{})
	}
	for call, id := range created {
		v, res, err := api.APIKeysIamV2API.GetIamV2ApiKey(ctx, id).Execute()
		rec.Check(d, "getIamV2ApiKey", "read: "+call, 200, res, err, v)
		rec.AlsoDecodes(res, "IamV2ApiKey", &apikeys.IamV2ApiKey{})
		update := apikeys.IamV2ApiKeyUpdate{Spec: &apikeys.IamV2ApiKeySpecUpdate{DisplayName: str("go-client-renamed"), Description: str("renamed")}}
		v, res, err = api.APIKeysIamV2API.UpdateIamV2ApiKey(ctx, id).IamV2ApiKeyUpdate(update).Execute()
		rec.Check(d, "updateIamV2ApiKey", "update: "+call, 200, res, err, v)
		rec.AlsoDecodes(res, "IamV2ApiKey", &apikeys.IamV2ApiKey{})
		res, err = api.APIKeysIamV2API.DeleteIamV2ApiKey(ctx, id).Execute()
		rec.Check(d, "deleteIamV2ApiKey", "delete: "+call, 204, res, err, nil)
	}
	{
		v, res, err := api.APIKeysIamV2API.GetIamV2ApiKey(ctx, "NOSUCHKEY0000000").Execute()
		rec.Check(d, "getIamV2ApiKey", "an unknown key (error)", 404, res, err, v)
	}
}
