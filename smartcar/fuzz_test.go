package smartcar_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/evhooks/evhooks/smartcar"
)

// FuzzParse checks, for any input, that Parse does not panic and that a
// parsed event marshals, re-parses to the same kind of event, and marshals
// again to the same bytes (the round trip is stable).
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "smartcar", "*.json"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"eventType":"VEHICLE_STATE","data":{"signals":[{"code":"closure-doors","body":{"values":[{"row":null}]}}]},"triggers":["A.B",{"code":"FIRST_DELIVERY"},{"type":"X","signal":null}]}`))
	f.Add([]byte(`{"eventName":"eventBased","payload":{"eventTime":1.5e3}}`))

	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := smartcar.Parse(body)
		if err != nil {
			if ev != nil {
				t.Fatalf("event %T with error %v", ev, err)
			}
			return
		}
		if ev.Type() == "" {
			t.Fatalf("%T with an empty Type", ev)
		}
		out1, err := json.Marshal(ev)
		if err != nil {
			t.Fatalf("marshal %T: %v", ev, err)
		}
		ev2, err := smartcar.Parse(out1)
		if err != nil {
			t.Fatalf("re-parse of %s: %v", out1, err)
		}
		if got, want := ev2.Type(), ev.Type(); got != want {
			t.Fatalf("type %q became %q", want, got)
		}
		if got, want := reflectType(ev2), reflectType(ev); got != want {
			t.Fatalf("%s became %s", want, got)
		}
		if ev2.ID() != ev.ID() {
			t.Fatalf("id %q became %q", ev.ID(), ev2.ID())
		}
		out2, err := json.Marshal(ev2)
		if err != nil {
			t.Fatalf("marshal again: %v", err)
		}
		if !bytes.Equal(out1, out2) {
			t.Fatalf("unstable round trip:\n%s\n%s", out1, out2)
		}
	})
}

func reflectType(v any) string {
	switch v.(type) {
	case *smartcar.Verify:
		return "Verify"
	case *smartcar.VehicleState:
		return "VehicleState"
	case *smartcar.VehicleError:
		return "VehicleError"
	case *smartcar.Schedule:
		return "Schedule"
	case *smartcar.EventBased:
		return "EventBased"
	case *smartcar.Unknown:
		return "Unknown"
	}
	return "?"
}
