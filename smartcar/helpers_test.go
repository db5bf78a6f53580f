package smartcar_test

import (
	"bytes"
	jsonv1 "encoding/json"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
)

// testdataDir holds the edge cases and variants that are not documented
// examples; the documented examples are smartcartest's catalogue.
const testdataDir = "../testdata/smartcar"

// golden is one payload a test iterates: a catalogue entry or a testdata
// file.
type golden struct {
	name string
	body []byte
}

// goldens returns every catalogue payload and every testdata file.
func goldens(t testing.TB) []golden {
	t.Helper()
	var gs []golden
	for k, b := range smartcartest.Payloads() {
		gs = append(gs, golden{"catalogue/" + k, b})
	}
	files, err := filepath.Glob(filepath.Join(testdataDir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		gs = append(gs, golden{"testdata/" + filepath.Base(f), b})
	}
	if len(gs) < 20 {
		t.Fatalf("only %d goldens", len(gs))
	}
	return gs
}

// readGolden reads testdata/smartcar/name.
func readGolden(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testdataDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// tree decodes b as a JSON tree with numbers as json.Number, so that
// numbers compare by their exact text.
func tree(t testing.TB, b []byte) any {
	t.Helper()
	d := jsonv1.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b)
	}
	return v
}

// marshalBoth marshals ev with encoding/json (v1) and json v2.
func marshalBoth(t testing.TB, ev any) (v1, v2 []byte) {
	t.Helper()
	v1, err := jsonv1.Marshal(ev)
	if err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	v2, err = json.Marshal(ev)
	if err != nil {
		t.Fatalf("json v2: %v", err)
	}
	return v1, v2
}

// requireRoundTrip checks that both marshals of ev equal in as JSON trees.
func requireRoundTrip(t testing.TB, in []byte, ev any) {
	t.Helper()
	want := tree(t, in)
	v1, v2 := marshalBoth(t, ev)
	if d := cmp.Diff(want, tree(t, v1)); d != "" {
		t.Errorf("encoding/json marshal differs from the input (-in +out):\n%s", d)
	}
	if d := cmp.Diff(want, tree(t, v2)); d != "" {
		t.Errorf("json v2 marshal differs from the input (-in +out):\n%s", d)
	}
}

// mustParse parses b or fails the test.
func mustParse(t testing.TB, b []byte) smartcar.Event {
	t.Helper()
	ev, err := smartcar.Parse(b)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return ev
}

// sortedKeys returns the keys of m in order.
func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
