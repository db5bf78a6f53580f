package volteras_test

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/evhooks/evhooks/volteras"
)

// fuzzTypes are the event types FuzzParse decodes as: the seven known ones
// and one unknown.
var fuzzTypes = []string{
	volteras.EventDeviceConnected, volteras.EventDeviceDisconnected, volteras.EventDeviceTelemetry,
	volteras.EventCommandUpdated, volteras.EventRateLimitUpdated, volteras.EventAlertUpdated,
	volteras.EventJourneyUpdated, "device.rebooted",
}

// FuzzParse checks, for any body and event type, that Parse does not panic,
// and that an event it returns has the requested type and Go type, keeps the
// body, marshals, and parses back from its own JSON into an event that
// marshals to the same bytes.
func FuzzParse(f *testing.F) {
	for _, g := range goldens {
		body := readGolden(f, g.file)
		for i, name := range fuzzTypes {
			if name == eventTypeOf(g.file) {
				f.Add(uint8(i), body)
			}
		}
	}
	for _, s := range []string{
		``, `null`, `[]`, `{}`, `{"metricType":"RANGE","range":"x"}`, `{"metricType":"X","a":1}`,
		`{"metricType":"OTHER_CHARGING_DATA","data":[{"key":"k","value":{"a":[1e400]}}]}`,
		`{"metricType":"RANGE","timestamp":"not a time","range":{"unit":"km","value":1}}`,
		`{"remainingRequests":1.0,"objectId":"o"}`,
	} {
		for i := range fuzzTypes {
			f.Add(uint8(i), []byte(s))
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, body []byte) {
		eventType := fuzzTypes[int(kind)%len(fuzzTypes)]
		orig := bytes.Clone(body)
		ev, err := volteras.Parse(eventType, body)
		if !bytes.Equal(orig, body) {
			t.Fatal("Parse modified its input")
		}
		if err != nil {
			if ev != nil {
				t.Fatalf("Parse returned %T and error %v", ev, err)
			}
			if !strings.HasPrefix(err.Error(), "volteras: ") {
				t.Fatalf("error without package prefix: %v", err)
			}
			return
		}
		if ev.Type() != eventType {
			t.Fatalf("Type() = %q, want %q", ev.Type(), eventType)
		}
		if want, ok := volteras.EventTypes()[eventType]; ok && reflect.TypeOf(ev) != reflect.TypeOf(want) {
			t.Fatalf("Parse(%q) returned %T, want %T", eventType, ev, want)
		}
		if !bytes.Equal(rawOf(t, ev), body) {
			t.Fatal("Raw differs from the body")
		}
		if tm, ok := ev.(*volteras.Telemetry); ok && tm.Metric == nil {
			t.Fatal("Telemetry.Metric is nil")
		}
		out, err := json.Marshal(ev)
		if err != nil {
			t.Fatalf("marshal %T: %v", ev, err)
		}
		ev2, err := volteras.Parse(eventType, out)
		if err != nil {
			t.Fatalf("parse of marshalled %s: %v", out, err)
		}
		out2, err := json.Marshal(ev2)
		if err != nil {
			t.Fatalf("marshal again: %v", err)
		}
		if !bytes.Equal(out, out2) {
			t.Fatalf("marshal not stable:\n%s\n%s", out, out2)
		}
	})
}

func rawOf(t *testing.T, ev volteras.Event) json.RawMessage {
	switch e := ev.(type) {
	case *volteras.DeviceConnected:
		return e.Raw
	case *volteras.DeviceDisconnected:
		return e.Raw
	case *volteras.Telemetry:
		return e.Raw
	case *volteras.CommandUpdated:
		return e.Raw
	case *volteras.RateLimitUpdated:
		return e.Raw
	case *volteras.AlertUpdated:
		return e.Raw
	case *volteras.JourneyUpdated:
		return e.Raw
	case *volteras.Unknown:
		return e.Raw
	}
	t.Fatalf("unexpected event type %T", ev)
	return nil
}
