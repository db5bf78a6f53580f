package edrv_test

import (
	"bytes"
	jsonv1 "encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
)

// goldens returns every catalogue payload (keyed "catalogue/<key>") and
// every file of testdata/edrv (keyed "testdata/<file>").
func goldens(t testing.TB) map[string][]byte {
	t.Helper()
	all := map[string][]byte{}
	for k, b := range edrvtest.Payloads() {
		all["catalogue/"+k] = b
	}
	files, err := filepath.Glob("../testdata/edrv/*.json")
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		all["testdata/"+filepath.Base(f)] = b
	}
	require.Greater(t, len(all), 93, "the catalogue covers the 93 names")
	return all
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// jsonTree decodes b with numbers as json.Number, so that trees compare
// numbers by their text.
func jsonTree(t testing.TB, b []byte) any {
	t.Helper()
	d := jsonv1.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v), "%s", b)
	return v
}

// requireRoundTrip checks that encoding/json and json v2 both marshal ev
// into the JSON tree of want.
func requireRoundTrip(t testing.TB, ev any, want []byte) {
	t.Helper()
	v1, err := jsonv1.Marshal(ev)
	require.NoError(t, err, "encoding/json")
	v2, err := json.Marshal(ev)
	require.NoError(t, err, "json v2")
	wantTree := jsonTree(t, want)
	if d := cmp.Diff(wantTree, jsonTree(t, v1)); d != "" {
		t.Fatalf("encoding/json marshal of %T differs from the input (-input +marshal):\n%s", ev, d)
	}
	if d := cmp.Diff(wantTree, jsonTree(t, v2)); d != "" {
		t.Fatalf("json v2 marshal of %T differs from the input (-input +marshal):\n%s", ev, d)
	}
}

// Every catalogue payload and every testdata file parses without error and
// marshals back, with both JSON packages, into the same tree.
func TestGoldensRoundTrip(t *testing.T) {
	all := goldens(t)
	for _, name := range sortedKeys(all) {
		body := all[name]
		t.Run(name, func(t *testing.T) {
			ev, err := edrv.Parse(body)
			require.NoError(t, err)
			if strings.HasPrefix(name, "catalogue/") && !strings.Contains(name, "unknown") {
				_, unknown := ev.(*edrv.Unknown)
				require.False(t, unknown, "a catalogue payload of a known name decodes to its type, got %T", ev)
			}
			requireRoundTrip(t, ev, body)
			require.Equal(t, string(body), string(ev.Raw()))
		})
	}
}

// injected is the unknown member added to every object of every golden.
const injected = `{"big": 12345678901234567890, "dec": 1.50, "empty": "", "nil": null, "arr": [1, "a", {"k": null}], "obj": {"n": 0}}`

// inject adds the member "x_evhooks_injected" to every object of b, at every
// depth (also inside data sent as a JSON string), and returns the new JSON.
func inject(t testing.TB, b []byte) []byte {
	t.Helper()
	var v any
	d := jsonv1.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	require.NoError(t, d.Decode(&v))
	var walk func(v any) any
	walk = func(v any) any {
		switch v := v.(type) {
		case map[string]any:
			for k, e := range v {
				if s, ok := e.(string); ok && k == "data" && strings.HasPrefix(strings.TrimSpace(s), "{") {
					v[k] = string(inject(t, []byte(s)))
					continue
				}
				v[k] = walk(e)
			}
			v["x_evhooks_injected"] = jsonv1.RawMessage(injected)
			return v
		case []any:
			for i, e := range v {
				v[i] = walk(e)
			}
		}
		return v
	}
	out, err := jsonv1.Marshal(walk(v))
	require.NoError(t, err)
	return out
}

// Unknown members at every depth are kept: Parse accepts them and both
// marshals give them back, exactly.
func TestGoldensInjectedUnknownMembers(t *testing.T) {
	all := goldens(t)
	for _, name := range sortedKeys(all) {
		body := inject(t, all[name])
		t.Run(name, func(t *testing.T) {
			require.Contains(t, string(body), "x_evhooks_injected")
			ev, err := edrv.Parse(body)
			require.NoError(t, err)
			requireRoundTrip(t, ev, body)
		})
	}
}

// A modified event marshals its modification, beside what it kept.
func TestModifiedEventMarshalsModification(t *testing.T) {
	body := inject(t, edrvtest.Payload("session.updated"))
	ev, err := edrv.Parse(body)
	require.NoError(t, err)
	e := ev.(*edrv.SessionEvent)
	e.Data.Status = edrv.Some(edrv.SessionStatusEnded)
	e.Data.Metrics.Value.EnergyConsumed = edrv.NewDecimal(1234.5)
	e.Data.Cost.Value.Currency = edrv.NullOpt[string]()
	e.EventID = "changed"
	e.Data.Connector = edrv.Opt[string]{} // now absent

	want := jsonTree(t, body).(map[string]any)
	data := want["data"].(map[string]any)
	data["status"] = "Ended"
	data["metrics"].(map[string]any)["energyConsumed"] = jsonv1.Number("1234.5")
	data["cost"].(map[string]any)["currency"] = nil
	delete(data, "connector")
	want["_id"] = "changed"
	wantJSON, err := jsonv1.Marshal(want)
	require.NoError(t, err)
	requireRoundTrip(t, e, wantJSON)

	// The same through data sent as a string: the new data is written into
	// the string.
	body = []byte(`{"_id":"e","type":"rfid.updated","data":"{\"_id\":\"r\", \"physicalId\":\"0D1F64DA\",\"x\":1}"}`)
	ev, err = edrv.Parse(body)
	require.NoError(t, err)
	requireRoundTrip(t, ev, body) // unchanged: the exact string comes back
	r := ev.(*edrv.RFIDEvent)
	r.Data.PhysicalID = edrv.Some("CHANGED")
	out, err := json.Marshal(r)
	require.NoError(t, err)
	var outer struct{ Data string }
	require.NoError(t, jsonv1.Unmarshal(out, &outer))
	require.JSONEq(t, `{"_id":"r","physicalId":"CHANGED","x":1}`, outer.Data)
}

// FuzzRoundTrip: whatever Parse accepts marshals, with encoding/json and json
// v2, into the tree it came from, and parses again into an equal event.
//
//	go test ./edrv -run '^$' -fuzz '^FuzzRoundTrip$' -fuzztime 60s -fuzzminimizetime 0
func FuzzRoundTrip(f *testing.F) {
	all := goldens(f)
	for _, name := range sortedKeys(all) {
		f.Add(all[name])
	}
	f.Add(inject(f, edrvtest.Payload("session.updated")))
	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := edrv.Parse(body)
		if err != nil {
			return
		}
		requireRoundTrip(t, ev, body)
		out, err := json.Marshal(ev)
		require.NoError(t, err)
		again, err := edrv.Parse(out)
		require.NoError(t, err, "%s", out)
		out2, err := json.Marshal(again)
		require.NoError(t, err)
		if d := cmp.Diff(jsonTree(t, out), jsonTree(t, out2)); d != "" {
			t.Fatalf("second round differs:\n%s", d)
		}
		require.Equal(t, ev.Type(), again.Type())
		require.Equal(t, ev.ID(), again.ID())
		require.Equal(t, reflectType(ev), reflectType(again))
	})
}

func reflectType(v any) string { return fmt.Sprintf("%T", v) }
