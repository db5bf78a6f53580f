package volteras

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// FuzzTelemetryOnePass checks that the single pass of Telemetry.decode gives
// what the two passes give, error and event alike:
//
//	go test -run '^$' -fuzz '^FuzzTelemetryOnePass$' -fuzztime 60s -fuzzminimizetime 0 ./volteras
func FuzzTelemetryOnePass(f *testing.F) {
	for _, dir := range []string{"volterastest/payloads", "../testdata/volteras"} {
		paths, err := filepath.Glob(filepath.Join(dir, "device.telemetry*.json"))
		if err != nil || len(paths) == 0 {
			f.Fatalf("no telemetry seeds in %s: %v", dir, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
	f.Add([]byte(`{"metricType":"OTHER_CHARGING_DATA","data":[{"key":"a","value":1},null]}`))
	f.Add([]byte(`{"metricType":"TIRES","position":"FRONT_LEFT","pressure":{"value":1},"pressure2":3}`))
	f.Add([]byte(`{"metricType":"OTHER_LOCATION_DATA","speed":{"value":1},"heading":"x","data":[]}`))
	f.Add([]byte(`{"range":{"value":1},"metricType":"RANGE","\u0072ange2":{}}`))
	f.Add([]byte(`{"heading":"x","metricType":"OTHER_LOCATION_DATA","data":[{"key":"speed","value":1}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var one, two Telemetry
		errOne := one.decode(b)
		errTwo := two.decodeTwoPass(b, new(telemetryWire))
		if (errOne == nil) != (errTwo == nil) || errOne != nil && errOne.Error() != errTwo.Error() {
			t.Fatalf("one pass: %v\ntwo passes: %v", errOne, errTwo)
		}
		if errOne != nil {
			return
		}
		if (one.MetricErr == nil) != (two.MetricErr == nil) ||
			one.MetricErr != nil && one.MetricErr.Error() != two.MetricErr.Error() {
			t.Fatalf("one pass: metric error %v\ntwo passes: %v", one.MetricErr, two.MetricErr)
		}
		j1, err1 := json.Marshal(one)
		j2, err2 := json.Marshal(two)
		if (err1 == nil) != (err2 == nil) || string(j1) != string(j2) {
			t.Fatalf("one pass:   %s (%v)\ntwo passes: %s (%v)", j1, err1, j2, err2)
		}
	})
}

// TestTelemetryOnePassFallback covers the single pass giving up after it
// decoded a reading in place: a reading member sent before metricType turns
// out malformed, so the metric is unusable and the in-place reading's text
// must be kept, which only the two passes can do.
func TestTelemetryOnePassFallback(t *testing.T) {
	body := []byte(`{"heading":"x","metricType":"OTHER_LOCATION_DATA","data":[{"key":"speed","value":1}]}`)
	r := telemetryReader{w: new(telemetryWire)}
	if err := json.Unmarshal(body, &r); err != nil || !r.planned || !r.plan.direct[0] {
		t.Fatalf("single pass: planned %v, direct %v, error %v", r.planned, r.plan.direct, err)
	}
	var tel Telemetry
	if done, err := tel.finish(r.w, &r.plan); done || err != nil {
		t.Fatalf("finish after an in-place reading and a malformed one: done %v, error %v", done, err)
	}
	tel = Telemetry{}
	if err := tel.decode(body); err != nil {
		t.Fatal(err)
	}
	if _, ok := tel.Metric.(*UnknownMetric); !ok || tel.MetricErr == nil {
		t.Fatalf("metric %T, error %v", tel.Metric, tel.MetricErr)
	}
	out, err := json.Marshal(tel)
	if err != nil {
		t.Fatal(err)
	}
	want := jsontext.Value(body)
	got := jsontext.Value(out)
	if err := want.Canonicalize(); err != nil {
		t.Fatal(err)
	}
	if err := got.Canonicalize(); err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Fatalf("round trip:\n got %s\nwant %s", got, want)
	}
}
