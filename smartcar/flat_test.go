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

// The flat body decoders of flat.go must decode exactly what encoding/json
// decodes. These tests compare both on the goldens, on edge cases and under
// fuzzing.

var flatCmp = []cmp.Option{
	cmp.Exporter(func(reflect.Type) bool { return true }),
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

// compareDecoders decodes raw, a valid JSON value, as a signals array with
// encoding/json and checks each signal's typed body as decodeBody gives it
// (the flat decoder, else encoding/json) against encoding/json alone. It
// reports whether every body whose type has a flat decoder was decoded by
// it, without falling back.
func compareDecoders(t *testing.T, raw []byte) (flat bool) {
	t.Helper()
	ss, err := slowSignals(raw)
	if err != nil {
		return false
	}
	flat = true
	for i := range ss {
		s := &ss[i]
		s.decodeBody()
		want, wantErr := slowBody(s)
		if (s.BodyErr != nil) != (wantErr != nil) {
			t.Fatalf("signal %d body: error %v, encoding/json error %v", i, s.BodyErr, wantErr)
		}
		if diff := cmp.Diff(want, s.Body, flatCmp...); diff != "" {
			t.Fatalf("signal %d body differs (-encoding/json +fast):\n%s", i, diff)
		}
		if len(s.RawBody) == 0 || string(s.RawBody) == "null" {
			continue
		}
		if f, ok := NewBody(s.Code).(flatDecoder); ok && !f.decodeFlat(nil, s.RawBody) {
			flat = false
		}
	}
	return flat
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
				t.Error("a documented body left the flat decoders")
			}
		})
	}
}

func TestFlatEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		flat bool // every body is expected to be decoded by its flat decoder
	}{
		{"empty", `[]`, true},
		{"spaces", " [ { \"code\" : \"charge-voltage\" , \"body\" : { \"unit\" : \"volts\" , \"value\" : 240 } } ] ", true},
		{"unknown members", `[{"code":"charge-voltage","extra":{"a":[1,{"b":"]"}]},"body":{"value":1,"x":[{}]}}]`, true},
		{"null members", `[{"code":"charge-voltage","status":null,"meta":null,"body":null}]`, true},
		{"null error code", `[{"code":"x-y","status":{"value":"ERROR","error":{"type":"PERMISSION","code":null}}}]`, true},
		{"null body value", `[{"code":"charge-ischarging","body":{"value":null}}]`, true},
		{"number forms", `[{"code":"charge-voltage","body":{"value":-0.5e2}},{"code":"closure-doors","body":{"values":[{"row":1,"column":0}],"rowCount":2}}]`, true},
		{"text timestamps", `[{"code":"x-y","meta":{"oemUpdatedAt":"2024-01-01T00:00:00Z","retrievedAt":1.5}}]`, true},
		{"null element", `[null]`, true},
		{"case-folded key", `[{"Code":"charge-voltage"}]`, true},
		{"case-folded body key", `[{"code":"charge-voltage","body":{"Value":3}}]`, false}, // left to encoding/json
		{"escaped string", `[{"code":"charge-voltage","name":"Volt\u0061ge"}]`, true},
		{"non-ASCII string", `[{"code":"charge-voltage","name":"Spannung é"}]`, true},
		{"escaped key", `[{"c\u006fde":"charge-voltage"}]`, true},
		{"duplicate key", `[{"code":"a-b","code":"charge-voltage"}]`, true},
		{"duplicate status", `[{"code":"x-y","status":{"value":"ERROR","error":{"type":"A"}},"status":{"value":"SUCCESS"}}]`, true},
		{"duplicate body key", `[{"code":"closure-doors","body":{"values":[{"row":1,"isOpen":true}],"values":[{"column":2}]}}]`, false},
		{"code not a string", `[{"code":5}]`, false},
		{"status not an object", `[{"code":"x","status":"OK"}]`, false},
		{"int field as float", `[{"code":"closure-doors","body":{"rowCount":1.0}}]`, false},
		{"bool as string", `[{"code":"charge-ischarging","body":{"value":"true"}}]`, false},
		{"list with null", `[{"code":"vehicleuseraccount-permissions","body":{"values":["a",null]}}]`, false},
		{"list not a list", `[{"code":"vehicleuseraccount-permissions","body":{"values":"a"}}]`, false},
		{"many members", `[{"code":"x-y","a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8}]`, true},
		{"not an array", `{"code":"x"}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if !json.Valid([]byte(tc.raw)) {
				t.Fatal("test input is not valid JSON")
			}
			if got := compareDecoders(t, []byte(tc.raw)); got != tc.flat {
				t.Errorf("flat body decoders used: %v, want %v", got, tc.flat)
			}
			// The signals themselves are decoded by the one-pass decoder
			// (or encoding/json when it gives up).
			compareFast(t, []byte(`{"eventType":"VEHICLE_STATE","data":{"signals":`+tc.raw+`}}`))
		})
	}
}

// FuzzFlatDecoders compares the flat body decoders with encoding/json on the
// signals of any valid JSON array, and the whole array inside a
// VEHICLE_STATE envelope through the one-pass decoder, seeded with the
// goldens' signal arrays.
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
