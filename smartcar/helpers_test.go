package smartcar_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// golden reads testdata/smartcar/name.
func golden(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "smartcar", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// testJSONRoundTrip marshals v and compares the result with raw as JSON
// trees, in the style of go-github's testJSONMarshal. drop lists
// dot-separated paths of undocumented input fields that the typed value is
// expected not to reproduce; each must exist in raw and be absent from the
// output.
func testJSONRoundTrip(t *testing.T, raw []byte, v any, drop ...string) {
	t.Helper()
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal: %v", err)
	}
	var want, got any
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatalf("input: %v", err)
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("output: %v", err)
	}
	for _, p := range drop {
		if !removePath(want, p) {
			t.Fatalf("drop path %q not in the input", p)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip differs (-input +marshalled):\n%s", diff)
	}
}

// removePath deletes the value at a dot-separated path ("data.signals.5.body.phase").
func removePath(tree any, path string) bool {
	parts := strings.Split(path, ".")
	cur := tree
	for i, p := range parts {
		last := i == len(parts)-1
		switch node := cur.(type) {
		case map[string]any:
			next, ok := node[p]
			if !ok {
				return false
			}
			if last {
				delete(node, p)
				return true
			}
			cur = next
		case []any:
			n, err := strconv.Atoi(p)
			if err != nil || n < 0 || n >= len(node) || last {
				return false
			}
			cur = node[n]
		default:
			return false
		}
	}
	return false
}
