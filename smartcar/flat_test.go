package smartcar

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The fast path of flat.go must decode exactly what encoding/json decodes.
// These tests compare both on the goldens, on edge cases and under fuzzing.

var flatCmp = []cmp.Option{
	cmp.Exporter(func(reflect.Type) bool { return true }),
	cmpopts.IgnoreFields(Signal{}, "Body", "BodyErr"),
	cmpopts.EquateEmpty(),
}

// slowSignals decodes a signals array with encoding/json only.
func slowSignals(raw []byte) (Signals, error) {
	var ss Signals
	err := json.Unmarshal(raw, &ss)
	return ss, err
}

// slowBody decodes a signal body with encoding/json only.
func slowBody(s *Signal) (any, error) {
	v := NewBody(s.Code)
	if v == nil || len(s.RawBody) == 0 || string(s.RawBody) == "null" {
		return nil, nil
	}
	if err := json.Unmarshal(s.RawBody, v); err != nil {
		return nil, err
	}
	return v, nil
}

// compareDecoders checks decodeSignals and decodeBody against encoding/json
// on raw, a valid JSON value, and reports whether the fast path decoded the
// whole array.
func compareDecoders(t *testing.T, raw []byte) (fast bool) {
	t.Helper()
	slow, slowErr := slowSignals(raw)
	got, err := decodeSignals(raw)
	if (err != nil) != (slowErr != nil) {
		t.Fatalf("decodeSignals error %v, encoding/json error %v", err, slowErr)
	}
	if err != nil {
		return false
	}
	if diff := cmp.Diff(slow, got, flatCmp...); diff != "" {
		t.Fatalf("signals differ (-encoding/json +fast):\n%s", diff)
	}
	var probe Signals
	fast = flatArray(raw, func(e []byte) bool {
		probe = append(probe, Signal{})
		return probe[len(probe)-1].decodeFlat(e)
	})
	for i := range got {
		got[i].decodeBody()
		want, wantErr := slowBody(&got[i])
		if (got[i].BodyErr != nil) != (wantErr != nil) {
			t.Fatalf("signal %d body: error %v, encoding/json error %v", i, got[i].BodyErr, wantErr)
		}
		if diff := cmp.Diff(want, got[i].Body, flatCmp...); diff != "" {
			t.Fatalf("signal %d body differs (-encoding/json +fast):\n%s", i, diff)
		}
	}
	return fast
}

func signalsOf(t testing.TB, file string) []byte {
	t.Helper()
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Data struct {
			Signals json.RawMessage `json:"signals"`
		} `json:"data"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v.Data.Signals
}

func TestFlatMatchesEncodingJSONOnGoldens(t *testing.T) {
	files, err := filepath.Glob("../testdata/smartcar/vehicle_state_*.json")
	if err != nil || len(files) == 0 {
		t.Fatal("no goldens", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			if !compareDecoders(t, signalsOf(t, f)) {
				t.Error("a documented payload left the fast path")
			}
		})
	}
}

func TestFlatEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		fast bool // expected to stay on the fast path
	}{
		{"empty", `[]`, true},
		{"spaces", " [ { \"code\" : \"charge-voltage\" , \"body\" : { \"unit\" : \"volts\" , \"value\" : 240 } } ] ", true},
		{"unknown members", `[{"code":"charge-voltage","extra":{"a":[1,{"b":"]"}]},"body":{"value":1,"x":[{}]}}]`, true},
		{"null members", `[{"code":"charge-voltage","status":null,"meta":null,"body":null}]`, true},
		{"null error code", `[{"code":"x-y","status":{"value":"ERROR","error":{"type":"PERMISSION","code":null}}}]`, true},
		{"null body value", `[{"code":"charge-ischarging","body":{"value":null}}]`, true},
		{"number forms", `[{"code":"charge-voltage","body":{"value":-0.5e2}},{"code":"closure-doors","body":{"values":[{"row":1,"column":0}],"rowCount":2}}]`, true},
		{"text timestamps", `[{"code":"x-y","meta":{"oemUpdatedAt":"2024-01-01T00:00:00Z","retrievedAt":1.5}}]`, true},
		{"null element", `[null]`, false},
		{"case-folded key", `[{"Code":"charge-voltage"}]`, false},
		{"case-folded body key", `[{"code":"charge-voltage","body":{"Value":3}}]`, true}, // body falls back alone
		{"escaped string", `[{"code":"charge-voltage","name":"Volt\u0061ge"}]`, false},
		{"non-ASCII string", `[{"code":"charge-voltage","name":"Spannung é"}]`, false},
		{"escaped key", `[{"c\u006fde":"charge-voltage"}]`, false},
		{"duplicate key", `[{"code":"a-b","code":"charge-voltage"}]`, false},
		{"duplicate status", `[{"code":"x-y","status":{"value":"ERROR","error":{"type":"A"}},"status":{"value":"SUCCESS"}}]`, false},
		{"duplicate body key", `[{"code":"closure-doors","body":{"values":[{"row":1,"isOpen":true}],"values":[{"column":2}]}}]`, true},
		{"code not a string", `[{"code":5}]`, false},
		{"status not an object", `[{"code":"x","status":"OK"}]`, false},
		{"int field as float", `[{"code":"closure-doors","body":{"rowCount":1.0}}]`, true},
		{"bool as string", `[{"code":"charge-ischarging","body":{"value":"true"}}]`, true},
		{"list with null", `[{"code":"vehicleuseraccount-permissions","body":{"values":["a",null]}}]`, true},
		{"list not a list", `[{"code":"vehicleuseraccount-permissions","body":{"values":"a"}}]`, true},
		{"many members", `[{"code":"x-y","a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8}]`, false},
		{"not an array", `{"code":"x"}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !json.Valid([]byte(tc.raw)) {
				t.Fatal("test input is not valid JSON")
			}
			if got := compareDecoders(t, []byte(tc.raw)); got != tc.fast {
				t.Errorf("fast path used: %v, want %v", got, tc.fast)
			}
		})
	}
}

// FuzzFlatDecoders compares the fast path with encoding/json on any valid
// JSON, alone and inside a VEHICLE_STATE envelope, seeded with the goldens'
// signal arrays.
func FuzzFlatDecoders(f *testing.F) {
	files, _ := filepath.Glob("../testdata/smartcar/vehicle_state_*.json")
	for _, file := range files {
		f.Add(signalsOf(f, file))
	}
	f.Add([]byte(`[{"code":"closure-doors","body":{"values":[{"row":1,"isOpen":null}]}}]`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !json.Valid(raw) {
			return
		}
		compareDecoders(t, raw)
		// The same array inside a whole envelope, through the one-pass
		// decoder of fastpath.go.
		compareFast(t, []byte(`{"eventType":"VEHICLE_STATE","data":{"signals":`+string(raw)+`}}`))
	})
}

func TestSkipValueStaysInBounds(t *testing.T) {
	for _, in := range []string{``, `"`, `"\`, `{`, `[[`, `{"a":"}`, `tru`, `[1,`, `{"a"`, `{"a":}`, `[,]`} {
		b := []byte(in)
		skipValue(b, 0) // must not panic
		if flatArray(b, func([]byte) bool { return true }) {
			t.Errorf("flatArray accepted %q", in)
		}
		if flatObject(b, func(_, _ []byte) bool { return true }) {
			t.Errorf("flatObject accepted %q", in)
		}
	}
}
