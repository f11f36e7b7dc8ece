// Package contract checks one HTTP exchange made with a generated client the way a strict client of
// Confluent's document would: the generated client decoded the answer (success into its typed
// model, an error status into the document's error type), and the body is valid against the
// schema the document gives for that operation and status (types, required fields including those
// an allOf adds, enums, nullability), checked with kin-openapi on the document as published.
package contract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// Result is one operation's verdict, as the driver reports it.
type Result struct {
	Document  string   `json:"document"`
	Operation string   `json:"operation"`
	Call      string   `json:"call"`
	Status    int      `json:"status"`
	Problems  []string `json:"problems"`
	Body      string   `json:"body,omitempty"`
	// Set when the status is a known gap of the document (checked against its error schema).
	DocumentGap bool `json:"document_gap,omitempty"`
}

// Document is one of Confluent's OpenAPI documents, loaded as published.
type Document struct {
	Name string
	doc  *openapi3.T
	ops  map[string]*openapi3.Operation
	// Values Tributary adds to an extensible enum on purpose, by property name.
	extensions map[string][]string
}

// Load reads a document (no validation of the document itself: it is Confluent's, taken as it is).
func Load(path string) (*Document, error) {
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = false
	doc, err := loader.LoadFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("loading %s: %w", path, err)
	}
	ops := map[string]*openapi3.Operation{}
	for _, item := range doc.Paths.Map() {
		for _, op := range item.Operations() {
			if op.OperationID != "" {
				ops[op.OperationID] = op
			}
		}
	}
	return &Document{Name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)), doc: doc, ops: ops}, nil
}

// Gap is a status an operation of a document answers in Confluent's own service but the document
// does not list, so no generated client has a model for it (see docs/API.md, "Generated clients").
// Its body is checked against the document's error schema instead.
type Gap struct {
	Document    string
	Operation   string
	Status      int
	ErrorSchema string
}

// Recorder collects the results of a run.
type Recorder struct {
	Results []Result
	Gaps    []Gap
}

func (r *Recorder) gap(document, operation string, status int) *Gap {
	for i, g := range r.Gaps {
		if g.Document == document && g.Operation == operation && g.Status == status {
			return &r.Gaps[i]
		}
	}
	return nil
}

// ErrorModel is what every generated package's GenericOpenAPIError offers.
type ErrorModel interface {
	error
	Model() interface{}
}

// Check records one exchange: `call` names it for a reader, `want` is the status the scenario
// expects, `decoded` is the generated client's typed result (nil for operations without a body).
func (r *Recorder) Check(d *Document, operationID, call string, want int, res *http.Response, err error, decoded any) {
	out := Result{Document: d.Name, Operation: operationID, Call: call, Problems: []string{}}
	defer func() { r.Results = append(r.Results, out) }()
	if res == nil {
		out.Problems = append(out.Problems, fmt.Sprintf("no response: %v", err))
		return
	}
	out.Status = res.StatusCode
	body, _ := io.ReadAll(res.Body)
	res.Body = io.NopCloser(bytes.NewReader(body))
	if res.StatusCode != want {
		out.Problems = append(out.Problems, fmt.Sprintf("status %d, the scenario expects %d", res.StatusCode, want))
		out.Body = truncate(string(body))
	}
	success := res.StatusCode < 300
	if g := r.gap(d.Name, operationID, res.StatusCode); g != nil && !success {
		out.DocumentGap = true
		out.Problems = append(out.Problems, d.validateAgainst(g.ErrorSchema, res, body)...)
		if len(out.Problems) > 0 && out.Body == "" {
			out.Body = truncate(string(body))
		}
		return
	}
	switch {
	case success && err != nil:
		out.Problems = append(out.Problems, "the generated client did not decode the answer: "+err.Error())
	case success && decoded != nil && isNil(decoded):
		out.Problems = append(out.Problems, "the generated client returned no typed result")
	case !success:
		var em ErrorModel
		if !asErrorModel(err, &em) {
			out.Problems = append(out.Problems, fmt.Sprintf("the generated client returned %T for status %d, not its error type: %v", err, res.StatusCode, err))
		} else if em.Model() == nil {
			out.Problems = append(out.Problems, fmt.Sprintf("status %d did not decode into the document's error type: %s", res.StatusCode, em.Error()))
		}
	}
	out.Problems = append(out.Problems, d.validate(operationID, res, body)...)
	if len(out.Problems) > 0 && out.Body == "" {
		out.Body = truncate(string(body))
	}
}

func isNil(v any) bool {
	rv := reflect.ValueOf(v)
	return v == nil || (rv.Kind() == reflect.Pointer && rv.IsNil())
}

func asErrorModel(err error, target *ErrorModel) bool {
	return err != nil && errors.As(err, target)
}

func (d *Document) validate(operationID string, res *http.Response, body []byte) []string {
	op, ok := d.ops[operationID]
	if !ok {
		return []string{fmt.Sprintf("%s has no operation %s", d.Name, operationID)}
	}
	ref := op.Responses.Status(res.StatusCode)
	if ref == nil {
		ref = op.Responses.Value(strconv.Itoa(res.StatusCode/100) + "XX")
	}
	if ref == nil {
		ref = op.Responses.Default()
	}
	if ref == nil || ref.Value == nil {
		return []string{fmt.Sprintf("%s does not document status %d for %s", d.Name, res.StatusCode, operationID)}
	}
	media := ref.Value.Content.Get("application/json")
	if media == nil || media.Schema == nil {
		if len(bytes.TrimSpace(body)) > 0 && res.StatusCode != http.StatusNoContent {
			return []string{fmt.Sprintf("a body where %s documents none for %d", d.Name, res.StatusCode)}
		}
		return nil
	}
	return d.validateBody(media.Schema.Value, res, body)
}

// validateAgainst checks a body against one of the document's component schemas.
func (d *Document) validateAgainst(component string, res *http.Response, body []byte) []string {
	ref := d.doc.Components.Schemas[component]
	if ref == nil || ref.Value == nil {
		return []string{fmt.Sprintf("%s has no schema %s", d.Name, component)}
	}
	return d.validateBody(ref.Value, res, body)
}

func (d *Document) validateBody(schema *openapi3.Schema, res *http.Response, body []byte) []string {
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return []string{fmt.Sprintf("content-type %q, the document says application/json", ct)}
	}
	var value any
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(&value); err != nil {
		return []string{"the body is not JSON: " + err.Error()}
	}
	value = numbersToFloat(value)
	var problems []string
	if err := schema.VisitJSON(value, openapi3.VisitAsResponse(), openapi3.MultiErrors()); err != nil {
		problems = schemaProblems(err)
	}
	d.extensibleEnumProblems(schema, value, nil, &problems)
	return problems
}

func schemaProblems(err error) []string {
	var flat []string
	var walk func(e error)
	walk = func(e error) {
		var se *openapi3.SchemaError
		switch v := e.(type) {
		case openapi3.MultiError:
			for _, inner := range v {
				walk(inner)
			}
			return
		case interface{ Unwrap() []error }:
			for _, inner := range v.Unwrap() {
				walk(inner)
			}
			return
		}
		if !errors.As(e, &se) {
			if inner := errors.Unwrap(e); inner != nil {
				walk(inner)
				return
			}
			flat = append(flat, e.Error())
			return
		}
		// kin-openapi gives inner errors the full path already.
		at := se.JSONPointer()
		// allOf/anyOf/oneOf say only that a part failed: the reasons are in Origin.
		if se.Origin != nil {
			walk(se.Origin)
			return
		}
		path := "$"
		if len(at) > 0 {
			path = "$." + strings.Join(at, ".")
		}
		flat = append(flat, fmt.Sprintf("%s: %s", path, se.Reason))
	}
	walk(err)
	sort.Strings(flat)
	return dedupe(flat)
}

func dedupe(in []string) []string {
	out := in[:0]
	for i, s := range in {
		if i == 0 || s != in[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// kin-openapi validates float64 numbers; json.Number keeps integers exact until here.
func numbersToFloat(v any) any {
	switch t := v.(type) {
	case json.Number:
		f, _ := t.Float64()
		return f
	case map[string]any:
		for k, inner := range t {
			t[k] = numbersToFloat(inner)
		}
	case []any:
		for i, inner := range t {
			t[i] = numbersToFloat(inner)
		}
	}
	return v
}

func truncate(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "…"
	}
	return s
}

// AlsoDecodes decodes the last exchange's body into one more generated model (the document's named
// component for a resource, whose nested fields are typed where an operation's allOf answer is not)
// and records a failure as a problem of that exchange.
func (r *Recorder) AlsoDecodes(res *http.Response, model string, into any) {
	if res == nil || res.StatusCode >= 300 || len(r.Results) == 0 {
		return
	}
	body, _ := io.ReadAll(res.Body)
	res.Body = io.NopCloser(bytes.NewReader(body))
	if err := json.Unmarshal(body, into); err != nil {
		last := &r.Results[len(r.Results)-1]
		last.Problems = append(last.Problems, fmt.Sprintf("does not decode into the generated %s: %v", model, err))
		if last.Body == "" {
			last.Body = truncate(string(body))
		}
	}
}
