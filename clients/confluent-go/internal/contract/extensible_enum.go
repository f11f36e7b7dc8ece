package contract

import (
	"fmt"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
)

// extensibleEnumProblems finds strings outside a schema's `x-extensible-enum` list. The kafkarest
// document marks most of its enums extensible (a config's `source`, a group's `state`, ACL fields),
// which generated clients and schema validators accept anything for; a value Confluent does not
// send there is still a difference a client can trip on (Terraform's plan diffs a config `source`),
// so the driver holds Tributary to the listed values.
func (d *Document) extensibleEnumProblems(schema *openapi3.Schema, value any, at []string, out *[]string) {
	if schema == nil {
		return
	}
	for _, part := range schema.AllOf {
		d.extensibleEnumProblems(part.Value, value, at, out)
	}
	switch v := value.(type) {
	case string:
		if listed, ok := schema.Extensions["x-extensible-enum"].([]any); ok && !contains(listed, v) && !d.extended(at, v) {
			path := "$"
			if len(at) > 0 {
				path = "$." + strings.Join(at, ".")
			}
			*out = append(*out, fmt.Sprintf("%s: %q is not one of the document's x-extensible-enum values %v", path, v, listed))
		}
	case map[string]any:
		for name, prop := range schema.Properties {
			if inner, ok := v[name]; ok && prop != nil {
				d.extensibleEnumProblems(prop.Value, inner, append(append([]string{}, at...), name), out)
			}
		}
	case []any:
		if schema.Items != nil {
			for i, inner := range v {
				d.extensibleEnumProblems(schema.Items.Value, inner, append(append([]string{}, at...), fmt.Sprint(i)), out)
			}
		}
	}
}

func contains(listed []any, v string) bool {
	for _, l := range listed {
		if s, ok := l.(string); ok && s == v {
			return true
		}
	}
	return false
}

// AllowExtension accepts one more value for the extensible enum of a property (by its name), for
// a value Tributary sends on purpose, such as cmk's `cloud: LOCAL` for clusters run on this machine.
func (d *Document) AllowExtension(property, value string) {
	if d.extensions == nil {
		d.extensions = map[string][]string{}
	}
	d.extensions[property] = append(d.extensions[property], value)
}

func (d *Document) extended(at []string, v string) bool {
	if len(at) == 0 {
		return false
	}
	for _, allowed := range d.extensions[at[len(at)-1]] {
		if allowed == v {
			return true
		}
	}
	return false
}
