package smartcar_test

import (
	jsonv1 "encoding/json"
	"errors"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/go-cmp/cmp"

	"github.com/evhooks/evhooks/smartcar"
)

// The fuzz targets make progress on a 2-core machine only without input
// minimisation, which otherwise stalls them at 0 execs/s:
//
//	go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 60s -fuzzminimizetime 0 ./smartcar
//	go test -run '^$' -fuzz '^FuzzRoundTrip$' -fuzztime 60s -fuzzminimizetime 0 ./smartcar

// addSeeds adds every golden and a few malformed bodies to the corpus.
func addSeeds(f *testing.F) {
	for _, g := range goldens(f) {
		f.Add(g.body)
	}
	for _, s := range []string{``, `null`, `[]`, `{}`, `{"eventType":`, `{"eventType":"VEHICLE_STATE","data":null}`,
		`{"eventName":"verify","eventType":"VERIFY","payload":{"challenge":"x"},"data":{"challenge":"y"}}`,
		`{"eventType":"VEHICLE_STATE","data":{"signals":[{"body":{"value":1},"code":"charge-ischarging"}]}}`} {
		f.Add([]byte(s))
	}
}

// FuzzParse: Parse never panics; an error wraps a sentinel or a json v2
// error; an event keeps the exact body and has a name.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := smartcar.Parse(body)
		if err != nil {
			var syn *jsontext.SyntacticError
			var sem *json.SemanticError
			if !errors.As(err, &syn) && !errors.As(err, &sem) && !errors.Is(err, smartcar.ErrUnknownEnvelope) {
				t.Fatalf("error of no documented kind: %v", err)
			}
			return
		}
		if string(ev.Raw()) != string(body) {
			t.Fatal("Raw is not the body")
		}
		if ev.Type() == "" {
			t.Fatal("event without a name")
		}
		if ve, ok := ev.(*smartcar.VehicleState); ok {
			_ = ve.VehicleID()
			_ = ve.Triggers()
			_, _ = ve.StateOfCharge()
			_, _ = ve.Location()
			_ = ve.Meta().Delivered()
			for _, s := range ve.Signals() {
				_, _ = s.OK(), s.RetrievedAt()
			}
		}
	})
}

// FuzzRoundTrip: whatever Parse accepts marshals with encoding/json and
// json v2 to the input's JSON tree, and re-parses to an event that marshals
// the same again.
func FuzzRoundTrip(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := smartcar.Parse(body)
		if err != nil {
			return
		}
		if !jsonv1.Valid(body) {
			t.Fatalf("Parse accepted invalid JSON %q", body)
		}
		want := tree(t, body)
		v1, v2 := marshalBoth(t, ev)
		if d := cmp.Diff(want, tree(t, v1)); d != "" {
			t.Fatalf("encoding/json round trip (-in +out):\n%s\nin: %s\nout: %s", d, body, v1)
		}
		if d := cmp.Diff(want, tree(t, v2)); d != "" {
			t.Fatalf("json v2 round trip (-in +out):\n%s\nin: %s\nout: %s", d, body, v2)
		}
		again, err := smartcar.Parse(v2)
		if err != nil {
			t.Fatalf("re-parse: %v\n%s", err, v2)
		}
		if again.Type() != ev.Type() || again.ID() != ev.ID() {
			t.Fatalf("re-parsed as %s/%s, want %s/%s", again.Type(), again.ID(), ev.Type(), ev.ID())
		}
		if _, b := marshalBoth(t, again); !cmp.Equal(want, tree(t, b)) {
			t.Fatalf("re-parsed event marshals differently:\n%s\n%s", v2, b)
		}
	})
}
