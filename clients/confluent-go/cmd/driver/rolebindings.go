package main

import (
	"context"

	"github.com/tributary/clients/confluent-go/generated/mds"
	"github.com/tributary/clients/confluent-go/internal/contract"
)

// runRoleBindings creates a role binding on a topic prefix of the cluster, reads, lists (filtered) and
// deletes it, with the client generated from mds-v2-role-bindings.
func runRoleBindings(in Input, docs documents, rec *contract.Recorder) {
	cfg := mds.NewConfiguration()
	cfg.Servers = mds.ServerConfigurations{{URL: in.BaseURL}}
	api := mds.NewAPIClient(cfg).RoleBindingsIamV2API
	ctx := context.WithValue(context.Background(), mds.ContextBasicAuth, mds.BasicAuth{UserName: in.CloudKey.ID, Password: in.CloudKey.Secret})
	d := docs.mds
	principal := "User:" + in.UserID
	crn := "crn://confluent.cloud/organization=" + in.OrganizationID + "/environment=" + in.EnvironmentID + "/cloud-cluster=" + in.ClusterID + "/kafka=" + in.ClusterID + "/topic=go-client-*"

	created, res, err := api.CreateIamV2RoleBinding(ctx).CreateIamV2RoleBindingRequest(*mds.NewCreateIamV2RoleBindingRequest(principal, "DeveloperRead", crn)).Execute()
	rec.Check(d, "createIamV2RoleBinding", "DeveloperRead on a topic prefix", 201, res, err, created)
	id := ""
	if created != nil {
		id = created.GetId()
	}
	_, res, err = api.CreateIamV2RoleBinding(ctx).CreateIamV2RoleBindingRequest(*mds.NewCreateIamV2RoleBindingRequest(principal, "DeveloperRead", crn)).Execute()
	rec.Check(d, "createIamV2RoleBinding", "the same binding again (error)", 409, res, err, nil)

	one, res, err := api.GetIamV2RoleBinding(ctx, id).Execute()
	rec.Check(d, "getIamV2RoleBinding", "the binding", 200, res, err, one)
	list, res, err := api.ListIamV2RoleBindings(ctx).CrnPattern(crn).Principal(principal).RoleName("DeveloperRead").Execute()
	rec.Check(d, "listIamV2RoleBindings", "filtered by crn_pattern, principal and role", 200, res, err, list)
	if list != nil && len(list.Data) != 1 {
		rec.Results = append(rec.Results, contract.Result{Document: d.Name, Operation: "listIamV2RoleBindings", Call: "filtered", Problems: []string{"the filter did not select exactly the binding made"}})
	}
	deleted, res, err := api.DeleteIamV2RoleBinding(ctx, id).Execute()
	rec.Check(d, "deleteIamV2RoleBinding", "revoke it", 200, res, err, deleted)
	gone, res, err := api.GetIamV2RoleBinding(ctx, id).Execute()
	rec.Check(d, "getIamV2RoleBinding", "a deleted binding (error)", 404, res, err, gone)
}
