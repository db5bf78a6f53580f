package volteras_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/volteras"
)

// objectPaths returns the path of every object member and array element in
// v, at any depth; a path is a list of map keys and slice indexes.
func objectPaths(v any, prefix []any) [][]any {
	var out [][]any
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			p := append(append([]any{}, prefix...), k)
			out = append(out, p)
			out = append(out, objectPaths(x, p)...)
		}
	case []any:
		for i, x := range v {
			p := append(append([]any{}, prefix...), i)
			out = append(out, p)
			out = append(out, objectPaths(x, p)...)
		}
	}
	return out
}

// objects returns every JSON object in v, at any depth.
func objects(v any) []map[string]any {
	var out []map[string]any
	switch v := v.(type) {
	case map[string]any:
		out = append(out, v)
		for _, x := range v {
			out = append(out, objects(x)...)
		}
	case []any:
		for _, x := range v {
			out = append(out, objects(x)...)
		}
	}
	return out
}

func setPath(v any, path []any, to any) {
	for i, p := range path {
		last := i == len(path)-1
		switch p := p.(type) {
		case string:
			m := v.(map[string]any)
			if last {
				m[p] = to
				return
			}
			v = m[p]
		case int:
			s := v.([]any)
			if last {
				s[p] = to
				return
			}
			v = s[p]
		}
	}
}

func decodeTree(t *testing.T, b []byte) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal(b, &v))
	return v
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

// TestGoldenWithNulls sets each member of each golden, at any depth, to null
// in turn: the decoder must survive null anywhere (spec §5). Only a null
// metricType is an error; a null reading is reported in MetricErr.
func TestGoldenWithNulls(t *testing.T) {
	for _, g := range goldens {
		eventType := eventTypeOf(g.file)
		orig := readGolden(t, g.file)
		for _, path := range objectPaths(decodeTree(t, orig), nil) {
			tree := decodeTree(t, orig)
			setPath(tree, path, nil)
			body := mustMarshal(t, tree)
			ev, err := volteras.Parse(eventType, body)
			if eventType == volteras.EventDeviceTelemetry && len(path) == 1 && path[0] == "metricType" {
				assert.ErrorIs(t, err, volteras.ErrMissingMetricType)
				continue
			}
			if !assert.NoError(t, err, "%s with %v null", g.file, path) {
				continue
			}
			out, err := json.Marshal(ev)
			require.NoError(t, err)
			_, err = volteras.Parse(eventType, out)
			assert.NoError(t, err, "%s with %v null: re-parse of %s", g.file, path, out)
		}
	}
}

// TestGoldenWithExtraMembers adds an unknown member to every object of each
// golden at once: parsing succeeds and marshals back to the golden itself.
func TestGoldenWithExtraMembers(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.file, func(t *testing.T) {
			orig := readGolden(t, g.file)
			tree := decodeTree(t, orig)
			for _, obj := range objects(tree) {
				obj["zzFutureField"] = map[string]any{"nested": []any{1.0, "x", nil}}
			}
			body := mustMarshal(t, tree)
			ev, err := volteras.Parse(eventTypeOf(g.file), body)
			require.NoError(t, err)
			if tm, ok := ev.(*volteras.Telemetry); ok {
				require.NoError(t, tm.MetricErr)
			}
			want := orig
			if strings.Contains(g.file, "oem_alert") {
				// oemMetadata is kept raw, extras included.
				tree := decodeTree(t, orig)
				setPath(tree, []any{"oemAlert", "oemMetadata", "zzFutureField"}, map[string]any{"nested": []any{1.0, "x", nil}})
				want = mustMarshal(t, tree)
			}
			testJSONMarshal(t, ev, want)
		})
	}
}

// TestGoldenWithUnknownEnumValues replaces every string value that looks
// like an enum constant (all upper case), every unit and every data key with
// an unknown value: no error, and the unknown values marshal back.
func TestGoldenWithUnknownEnumValues(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.file, func(t *testing.T) {
			eventType := eventTypeOf(g.file)
			tree := decodeTree(t, readGolden(t, g.file))
			changed := 0
			for _, path := range objectPaths(tree, nil) {
				if path[0] == "metricType" {
					continue // changes the union member: see TestParseUnknownMetricType
				}
				v := tree
				for _, p := range path {
					switch p := p.(type) {
					case string:
						v = v.(map[string]any)[p]
					case int:
						v = v.([]any)[p]
					}
				}
				last := path[len(path)-1]
				s, ok := v.(string)
				if !ok {
					continue
				}
				if last == "unit" || last == "key" || s != "" && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == "" {
					setPath(tree, path, s+"_NEXT_GEN")
					changed++
				}
			}
			body := mustMarshal(t, tree)
			ev, err := volteras.Parse(eventType, body)
			require.NoError(t, err)
			if tm, ok := ev.(*volteras.Telemetry); ok {
				require.NoError(t, tm.MetricErr)
			}
			testJSONMarshal(t, ev, body)
			if changed == 0 && !strings.HasPrefix(g.file, "journey") {
				t.Errorf("%s: no enum value changed", g.file)
			}
		})
	}
}
