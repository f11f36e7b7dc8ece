package main

import (
	"context"

	"github.com/tributary/clients/confluent-go/generated/cmk"
	"github.com/tributary/clients/confluent-go/internal/contract"
)

func cmkClient(in Input) (*cmk.APIClient, context.Context) {
	cfg := cmk.NewConfiguration()
	cfg.Servers = cmk.ServerConfigurations{{URL: in.BaseURL}}
	ctx := context.WithValue(context.Background(), cmk.ContextBasicAuth, cmk.BasicAuth{UserName: in.CloudKey.ID, Password: in.CloudKey.Secret})
	return cmk.NewAPIClient(cfg), ctx
}

// createCluster creates the Basic cluster of the run, as Confluent's own example request does.
func createCluster(in Input, docs documents, rec *contract.Recorder) string {
	api, ctx := cmkClient(in)
	// openapi-generator merges this body's allOf into a spec that only types environment, network
	// and byok; the other spec fields travel as additional properties.
	body := cmk.CreateCmkV2ClusterRequest{Spec: cmk.CreateCmkV2ClusterRequestAllOfSpec{
		Environment:          map[string]any{"id": in.EnvironmentID},
		AdditionalProperties: map[string]any{"display_name": "go-client", "availability": "SINGLE_ZONE", "cloud": "LOCAL", "region": "local", "config": map[string]any{"kind": "Basic"}},
	}}
	v, res, err := api.ClustersCmkV2API.CreateCmkV2Cluster(ctx).CreateCmkV2ClusterRequest(body).Execute()
	rec.Check(docs.cmk, "createCmkV2Cluster", "create a Basic cluster", 202, res, err, v)
	rec.AlsoDecodes(res, "CmkV2Cluster", &cmk.CmkV2Cluster{})
	if v != nil {
		return v.GetId()
	}
	return ""
}

// runCmk reads, lists and updates the cluster, and asks for ones that do not exist.
func runCmk(in Input, docs documents, rec *contract.Recorder) {
	api, ctx := cmkClient(in)
	d := docs.cmk
	{
		v, res, err := api.ClustersCmkV2API.GetCmkV2Cluster(ctx, in.ClusterID).Environment(in.EnvironmentID).Execute()
		rec.Check(d, "getCmkV2Cluster", "the cluster", 200, res, err, v)
		rec.AlsoDecodes(res, "CmkV2Cluster", &cmk.CmkV2Cluster{})
		v, res, err = api.ClustersCmkV2API.GetCmkV2Cluster(ctx, "lkc-nothere").Environment(in.EnvironmentID).Execute()
		rec.Check(d, "getCmkV2Cluster", "an unknown cluster (error)", 404, res, err, v)
	}
	{
		v, res, err := api.ClustersCmkV2API.ListCmkV2Clusters(ctx).Environment(in.EnvironmentID).PageSize(10).Execute()
		rec.Check(d, "listCmkV2Clusters", "the environment's clusters", 200, res, err, v)
		rec.AlsoDecodes(res, "CmkV2ClusterList", &cmk.CmkV2ClusterList{})
	}
	{
		body := cmk.UpdateCmkV2ClusterRequest{Spec: cmk.UpdateCmkV2ClusterRequestAllOfSpec{
			Environment:          map[string]any{"id": in.EnvironmentID},
			AdditionalProperties: map[string]any{"display_name": "go-client-renamed"},
		}}
		v, res, err := api.ClustersCmkV2API.UpdateCmkV2Cluster(ctx, in.ClusterID).UpdateCmkV2ClusterRequest(body).Execute()
		rec.Check(d, "updateCmkV2Cluster", "rename the cluster", 200, res, err, v)
		rec.AlsoDecodes(res, "CmkV2Cluster", &cmk.CmkV2Cluster{})
	}
	update := func(call string, fields map[string]any) {
		body := cmk.UpdateCmkV2ClusterRequest{Spec: cmk.UpdateCmkV2ClusterRequestAllOfSpec{Environment: map[string]any{"id": in.EnvironmentID}, AdditionalProperties: fields}}
		v, res, err := api.ClustersCmkV2API.UpdateCmkV2Cluster(ctx, in.ClusterID).UpdateCmkV2ClusterRequest(body).Execute()
		rec.Check(d, "updateCmkV2Cluster", call, 200, res, err, v)
		rec.AlsoDecodes(res, "CmkV2Cluster", &cmk.CmkV2Cluster{})
	}
	// Deletion protection: on, a delete refused (409 in the document's Failure), the list filter, off.
	update("deletion_protection on", map[string]any{"deletion_protection": true})
	{
		res, err := api.ClustersCmkV2API.DeleteCmkV2Cluster(ctx, in.ClusterID).Environment(in.EnvironmentID).Execute()
		rec.Check(d, "deleteCmkV2Cluster", "a protected cluster (error)", 409, res, err, nil)
		v, res, err := api.ClustersCmkV2API.ListCmkV2Clusters(ctx).Environment(in.EnvironmentID).SpecDeletionProtection(true).Execute()
		rec.Check(d, "listCmkV2Clusters", "protected clusters", 200, res, err, v)
		rec.AlsoDecodes(res, "CmkV2ClusterList", &cmk.CmkV2ClusterList{})
	}
	update("deletion_protection off", map[string]any{"deletion_protection": false})
	update("max_ecku", map[string]any{"config": map[string]any{"kind": "Basic", "max_ecku": 2}})
	{
		res, err := api.ClustersCmkV2API.DeleteCmkV2Cluster(ctx, "lkc-nothere").Environment(in.EnvironmentID).Execute()
		rec.Check(d, "deleteCmkV2Cluster", "an unknown cluster (error)", 404, res, err, nil)
	}
	{
		anon := context.Background()
		v, res, err := api.ClustersCmkV2API.ListCmkV2Clusters(anon).Environment(in.EnvironmentID).Execute()
		rec.Check(d, "listCmkV2Clusters", "no credentials (error)", 401, res, err, v)
	}
}

// deleteCluster deletes the run's cluster.
func deleteCluster(in Input, docs documents, rec *contract.Recorder) {
	api, ctx := cmkClient(in)
	res, err := api.ClustersCmkV2API.DeleteCmkV2Cluster(ctx, in.ClusterID).Environment(in.EnvironmentID).Execute()
	rec.Check(docs.cmk, "deleteCmkV2Cluster", "delete the cluster", 204, res, err, nil)
}
