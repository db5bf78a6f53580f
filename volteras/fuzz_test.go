package volteras_test

// Run each fuzz target so that it makes progress on a small machine (the
// minimisation of a new input otherwise stalls the run at 0 execs/s):
//
//	go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 60s -fuzzminimizetime 0 ./volteras
//	go test -run '^$' -fuzz '^FuzzRoundTrip$' -fuzztime 60s -fuzzminimizetime 0 ./volteras
//	go test -run '^$' -fuzz '^FuzzScalars$' -fuzztime 60s -fuzzminimizetime 0 ./volteras
//	go test -run '^$' -fuzz '^FuzzDetectEventType$' -fuzztime 60s -fuzzminimizetime 0 ./volteras

import (
	jsonv1 "encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/evhooks/evhooks/volteras"
)

// fuzzTypes are the event types the fuzz targets parse each input as.
var fuzzTypes = []string{
	volteras.EventDeviceConnected, volteras.EventDeviceTelemetry, volteras.EventCommandUpdated,
	volteras.EventRateLimitUpdated, volteras.EventAlertUpdated, volteras.EventJourneyUpdated,
	"vehicle.teleported",
}

func seed(f *testing.F) {
	for _, g := range goldens(f) {
		for i, et := range fuzzTypes {
			if et == g.eventType || et == volteras.EventDeviceDisconnected && g.eventType == volteras.EventDeviceConnected {
				f.Add(uint8(i), g.body)
			}
		}
	}
	// The goldens with an unknown member in every object, for FuzzRoundTrip
	// to start from bodies with members at every depth.
	for _, g := range goldens(f)[:12] {
		if body, err := jsonv1.Marshal(inject(f, tree(f, g.body))); err == nil {
			f.Add(uint8(slices.Index(fuzzTypes, g.eventType)%len(fuzzTypes)), body)
		}
	}
	f.Add(uint8(1), []byte(`{"metricType":"RANGE","range":{"value":"1e400"}}`))
	f.Add(uint8(1), []byte(`{"metricType":"DEPARTURE_TIMES","departureTimes":[{"daysOfWeek":[null]}]}`))
	f.Add(uint8(5), []byte(`{"socStart":-0.0,"stopTimestamp":"2024-01-15T10:00:00+01:00"}`))
}

// FuzzParse checks that Parse never panics and fails only with a typed
// error.
func FuzzParse(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, which uint8, body []byte) {
		ev, err := volteras.Parse(fuzzTypes[int(which)%len(fuzzTypes)], body)
		if err != nil {
			var syn *jsontext.SyntacticError
			var sem *json.SemanticError
			if !errors.As(err, &syn) && !errors.As(err, &sem) && !errors.Is(err, volteras.ErrMissingMetricType) {
				t.Fatalf("untyped error: %v", err)
			}
			return
		}
		_ = ev.Type()
		if tm, ok := ev.(*volteras.Telemetry); ok && tm.Metric == nil {
			t.Fatal("telemetry without a metric")
		}
	})
}

// FuzzRoundTrip checks that whatever Parse accepts marshals, with json v2
// and encoding/json, to a tree equal to the input's, and re-parses to an
// equal event.
func FuzzRoundTrip(f *testing.F) {
	seed(f)
	f.Fuzz(func(t *testing.T, which uint8, body []byte) {
		et := fuzzTypes[int(which)%len(fuzzTypes)]
		ev, err := volteras.Parse(et, body)
		if err != nil {
			return
		}
		want := tree(t, body)
		v1, v2 := marshalBoth(t, ev)
		if d := cmp.Diff(want, tree(t, v1)); d != "" {
			t.Fatalf("encoding/json (-body +marshalled):\n%s\n%s", d, v1)
		}
		if d := cmp.Diff(want, tree(t, v2)); d != "" {
			t.Fatalf("json v2 (-body +marshalled):\n%s\n%s", d, v2)
		}
		again, err := volteras.Parse(et, v2)
		if err != nil {
			t.Fatalf("re-parse: %v\n%s", err, v2)
		}
		if d := cmp.Diff(ev, again, eventOptions); d != "" {
			t.Fatalf("re-parsed event differs (-first +second):\n%s", d)
		}
	})
}

// eventOptions compare events by their exported content: Raw differs
// (formatting), Extra is compared as JSON, errors by presence.
var eventOptions = cmp.Options{
	cmpopts.IgnoreUnexported(volteras.DeviceConnected{}, volteras.DeviceDisconnected{},
		volteras.Telemetry{}, volteras.CommandUpdated{}, volteras.RateLimitUpdated{},
		volteras.AlertUpdated{}, volteras.JourneyUpdated{}, volteras.Unknown{}),
	cmp.Comparer(func(a, b jsontext.Value) bool {
		if len(a) == 0 || len(b) == 0 {
			return len(a) == len(b)
		}
		x, y := a.Clone(), b.Clone()
		return x.Canonicalize() == nil && y.Canonicalize() == nil && string(x) == string(y)
	}),
	cmp.Comparer(func(a, b error) bool { return (a == nil) == (b == nil) }),
}

// FuzzScalars checks that Number and Time decode any JSON value, never
// fail, and marshal back to the same value.
func FuzzScalars(f *testing.F) {
	for _, s := range []string{`1`, `1.50`, `300.0`, `"42"`, `12345678901234567890`, `-0.0`, `1e400`, `null`,
		`true`, `{"a":[1]}`, `"2024-01-15T10:30:00Z"`, `1705314600000`, `"1705314600000"`, `"x"`, `"2024-01-15 10:30:00"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !jsontext.Value(b).IsValid() {
			return
		}
		var n volteras.Number
		if err := json.Unmarshal(b, &n); err != nil {
			t.Fatalf("Number: %v", err)
		}
		var tm volteras.Time
		if err := json.Unmarshal(b, &tm); err != nil {
			t.Fatalf("Time: %v", err)
		}
		want := tree(t, b)
		for _, v := range []any{n, tm} {
			out, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("marshal %T: %v", v, err)
			}
			if d := cmp.Diff(want, tree(t, out)); d != "" {
				t.Fatalf("%T %s -> %s:\n%s", v, b, out, d)
			}
		}
	})
}

// FuzzDetectEventType checks that detection never panics and that a type
// it returns parses the body.
func FuzzDetectEventType(f *testing.F) {
	for _, g := range goldens(f) {
		f.Add(g.body)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		et, err := volteras.DetectEventType(body)
		if err != nil {
			return
		}
		if !volteras.KnownEventType(et) {
			t.Fatalf("detected unknown type %q", et)
		}
		if _, err := volteras.Parse(et, body); err != nil {
			var sem *json.SemanticError
			if !errors.As(err, &sem) && !errors.Is(err, volteras.ErrMissingMetricType) {
				t.Fatalf("detected %s but: %v", et, err)
			}
		}
	})
}
