package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/tributary/clients/confluent-go/generated/apikeys"
	kr "github.com/tributary/clients/confluent-go/generated/kafkarest"
	"github.com/tributary/clients/confluent-go/internal/contract"
)

// A mutation spoils one real answer in one way a strict client must notice.
type mutation struct {
	// The request path it applies to (suffix match) and what it does to the decoded JSON body.
	pathSuffix string
	spoil      func(body map[string]any) map[string]any
}

// selfCheck proves the checks bite: the same generated clients call Tributary through a proxy that
// spoils one answer per call (a value outside an enum, a number where the document has a link
// object, a missing required field, a wrong type, an error body in another family's shape). Each
// spoiled call must be reported with a problem naming `Result.Call`'s field; the control must not.
func selfCheck(in Input, docs documents, rec *contract.Recorder) {
	group, topicName := in.GroupID, in.GroupTopic
	mutations := []mutation{
		{"/configs/retention.ms", func(b map[string]any) map[string]any { b["source"] = "TOPIC_CONFIG"; return b }},
		{"/partitions/0", func(b map[string]any) map[string]any { b["leader"] = 1; return b }},
		{"/consumer-groups/" + group, func(b map[string]any) map[string]any { delete(b, "state"); return b }},
		{"/cmk/v2/clusters/" + in.ClusterID, func(b map[string]any) map[string]any {
			delete(b["spec"].(map[string]any), "availability")
			return b
		}},
		{"/cmk/v2/clusters/lkc-nothere", func(map[string]any) map[string]any { return map[string]any{"error_code": 404, "message": "no"} }},
		{"/iam/v2/api-keys/" + in.ClusterKey.ID, func(b map[string]any) map[string]any {
			b["spec"].(map[string]any)["owner"].(map[string]any)["id"] = 42
			return b
		}},
	}
	upstream := in.BaseURL
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		req, _ := http.NewRequest(r.Method, upstream+r.URL.RequestURI(), r.Body)
		req.Header = r.Header.Clone()
		// Plain bodies to spoil: no compression negotiated on the caller's behalf.
		req.Header.Del("Accept-Encoding")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		for _, m := range mutations {
			if strings.HasSuffix(r.URL.Path, m.pathSuffix) {
				var decoded map[string]any
				if json.Unmarshal(body, &decoded) == nil {
					body, _ = json.Marshal(m.spoil(decoded))
				}
			}
		}
		for k, v := range res.Header {
			if k != "Content-Length" {
				w.Header()[k] = v
			}
		}
		w.WriteHeader(res.StatusCode)
		_, _ = io.Copy(w, bytes.NewReader(body))
	}))
	defer proxy.Close()
	in.BaseURL = proxy.URL

	krCfg := kr.NewConfiguration()
	krCfg.Servers = kr.ServerConfigurations{{URL: in.BaseURL}}
	k := kr.NewAPIClient(krCfg)
	ctx := context.WithValue(context.Background(), kr.ContextBasicAuth, kr.BasicAuth{UserName: in.ClusterKey.ID, Password: in.ClusterKey.Secret})
	c := in.ClusterID

	v, res, err := k.ClusterV3API.GetKafkaCluster(ctx, c).Execute()
	rec.Check(docs.kafkarest, "getKafkaCluster", "control: unspoiled", 200, res, err, v)
	tc, res, err := k.ConfigsV3API.GetKafkaTopicConfig(ctx, c, topicName, "retention.ms").Execute()
	rec.Check(docs.kafkarest, "getKafkaTopicConfig", "source", 200, res, err, tc)
	p, res, err := k.PartitionV3API.GetKafkaPartition(ctx, c, topicName, 0).Execute()
	rec.Check(docs.kafkarest, "getKafkaPartition", "leader", 200, res, err, p)
	g, res, err := k.ConsumerGroupV3API.GetKafkaConsumerGroup(ctx, c, group).Execute()
	rec.Check(docs.kafkarest, "getKafkaConsumerGroup", "state", 200, res, err, g)

	api, cctx := cmkClient(in)
	cl, res, err := api.ClustersCmkV2API.GetCmkV2Cluster(cctx, c).Environment(in.EnvironmentID).Execute()
	rec.Check(docs.cmk, "getCmkV2Cluster", "availability", 200, res, err, cl)
	cl, res, err = api.ClustersCmkV2API.GetCmkV2Cluster(cctx, "lkc-nothere").Environment(in.EnvironmentID).Execute()
	rec.Check(docs.cmk, "getCmkV2Cluster", "error type", 404, res, err, cl)

	akCfg := apikeys.NewConfiguration()
	akCfg.Servers = apikeys.ServerConfigurations{{URL: in.BaseURL}}
	ak := apikeys.NewAPIClient(akCfg)
	actx := context.WithValue(context.Background(), apikeys.ContextBasicAuth, apikeys.BasicAuth{UserName: in.CloudKey.ID, Password: in.CloudKey.Secret})
	key, res, err := ak.APIKeysIamV2API.GetIamV2ApiKey(actx, in.ClusterKey.ID).Execute()
	rec.Check(docs.apikeys, "getIamV2ApiKey", "owner", 200, res, err, key)
	rec.AlsoDecodes(res, "IamV2ApiKey", &apikeys.IamV2ApiKey{})
}
