package volteras_test

import (
	"bytes"
	jsonv1 "encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// golden is one body the round-trip tests run on.
type golden struct {
	name      string // catalogue key or testdata file name
	eventType string
	body      []byte
}

// goldens returns every catalogue payload and every testdata/volteras file.
// A testdata file is named "<event type>_<case>.json", or
// "<event type>.json".
func goldens(t testing.TB) []golden {
	t.Helper()
	var gs []golden
	for key, body := range volterastest.Payloads() {
		et, _, _ := strings.Cut(key, "/")
		gs = append(gs, golden{"catalogue/" + key, et, body})
	}
	files, err := filepath.Glob("../testdata/volteras/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, f := range files {
		body, err := os.ReadFile(f)
		require.NoError(t, err)
		base := strings.TrimSuffix(filepath.Base(f), ".json")
		et, _, _ := strings.Cut(base, "_")
		if strings.HasPrefix(base, "rate_limit.updated") {
			et = volteras.EventRateLimitUpdated
		}
		gs = append(gs, golden{"testdata/" + base, et, body})
	}
	return gs
}

// tree decodes b as a JSON tree with numbers as json.Number.
func tree(t testing.TB, b []byte) any {
	t.Helper()
	d := jsonv1.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v), "%s", b)
	return v
}

// marshalBoth returns the encoding/json and json v2 encodings of ev.
func marshalBoth(t testing.TB, ev volteras.Event) (v1, v2 []byte) {
	t.Helper()
	v1, err := jsonv1.Marshal(ev)
	require.NoError(t, err)
	v2, err = json.Marshal(ev)
	require.NoError(t, err)
	return v1, v2
}

// requireRoundTrip checks that ev marshals, with both packages, to a tree
// equal to body's.
func requireRoundTrip(t testing.TB, body []byte, ev volteras.Event) {
	t.Helper()
	want := tree(t, body)
	v1, v2 := marshalBoth(t, ev)
	if d := cmp.Diff(want, tree(t, v1)); d != "" {
		t.Fatalf("encoding/json round trip (-body +marshalled):\n%s\nmarshalled: %s", d, v1)
	}
	if d := cmp.Diff(want, tree(t, v2)); d != "" {
		t.Fatalf("json v2 round trip (-body +marshalled):\n%s\nmarshalled: %s", d, v2)
	}
}

func TestGoldenRoundTrip(t *testing.T) {
	for _, g := range goldens(t) {
		t.Run(g.name, func(t *testing.T) {
			ev, err := volteras.Parse(g.eventType, g.body)
			require.NoError(t, err)
			require.Equal(t, g.eventType, ev.Type())
			require.Equal(t, "", ev.ID())
			require.Equal(t, g.body, []byte(ev.Raw()))
			if tm, ok := ev.(*volteras.Telemetry); ok && strings.HasPrefix(g.name, "catalogue/") {
				// Every documented example decodes to its typed metric.
				require.NoError(t, tm.MetricErr)
				require.True(t, tm.MetricType().Known(), "metric type %q", tm.MetricType())
				_, unknown := tm.Metric.(*volteras.UnknownMetric)
				require.False(t, unknown)
			}
			requireRoundTrip(t, g.body, ev)
		})
	}
}

// injected is the unknown member added to every object by
// TestInjectedUnknownMembers.
const injected = `{"big": 12345678901234567890, "dec": 1.50, "empty": "", "nil": null, "arr": [1, "a", {"k": null}], "obj": {"n": 0}}`

// inject adds the member x_evhooks_injected to every object of the tree v.
func inject(t testing.TB, v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = inject(t, e)
		}
		v["x_evhooks_injected"] = tree(t, []byte(injected))
		return v
	case []any:
		for i, e := range v {
			v[i] = inject(t, e)
		}
	}
	return v
}

func TestInjectedUnknownMembers(t *testing.T) {
	for _, g := range goldens(t) {
		t.Run(g.name, func(t *testing.T) {
			body, err := jsonv1.Marshal(inject(t, tree(t, g.body)))
			require.NoError(t, err)
			require.Contains(t, string(body), `"big":12345678901234567890`)
			ev, err := volteras.Parse(g.eventType, body)
			require.NoError(t, err)
			if tm, ok := ev.(*volteras.Telemetry); ok {
				// The injected member is an unknown member, not a broken
				// reading: the metric is typed as without it.
				plain, err := volteras.Parse(g.eventType, g.body)
				require.NoError(t, err)
				require.Equal(t, plain.(*volteras.Telemetry).MetricErr == nil, tm.MetricErr == nil)
				require.IsType(t, plain.(*volteras.Telemetry).Metric, tm.Metric)
			}
			requireRoundTrip(t, body, ev)
		})
	}
}

// TestNoJSONTwice checks that no testdata file repeats a catalogue payload:
// documented examples live in the catalogue only.
func TestNoJSONTwice(t *testing.T) {
	var catalogue []any
	for _, body := range volterastest.Payloads() {
		catalogue = append(catalogue, tree(t, body))
	}
	for _, g := range goldens(t) {
		if !strings.HasPrefix(g.name, "testdata/") {
			continue
		}
		for _, c := range catalogue {
			require.False(t, cmp.Equal(c, tree(t, g.body)), "%s repeats a catalogue payload", g.name)
		}
	}
}
