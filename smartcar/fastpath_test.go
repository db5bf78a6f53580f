package smartcar

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The one-pass decoder of fastpath.go must give exactly what the
// encoding/json path gives, typed bodies included, and must never accept
// what encoding/json rejects. These tests compare both on the goldens, on
// edge cases and under fuzzing.

var fastCmp = []cmp.Option{
	cmp.Exporter(func(reflect.Type) bool { return true }),
	cmp.Comparer(func(a, b error) bool {
		return (a == nil) == (b == nil) && (a == nil || a.Error() == b.Error())
	}),
}

// diffEvents returns the differences between two events, or "". It tries
// the much faster reflect.DeepEqual first, which keeps fuzzing quick.
func diffEvents(want, got Event) string {
	if reflect.DeepEqual(want, got) {
		return ""
	}
	return cmp.Diff(want, got, fastCmp...)
}

// compareFast runs parseFast and parseJSON on body and fails when the fast
// path accepted a body that encoding/json rejects, or decoded it
// differently. It reports whether the fast path decoded the body.
func compareFast(t *testing.T, body []byte) (fast bool) {
	t.Helper()
	got, ok := parseFast(body)
	want, err := parseJSON(body)
	if err == nil {
		jsonBodies(want)
	}
	if !ok {
		if got != nil {
			t.Fatalf("parseFast gave up but returned %T", got)
		}
		return false
	}
	if err != nil {
		t.Fatalf("fast path accepted a body encoding/json rejects (%v): %q", err, body)
	}
	if diff := diffEvents(want, got); diff != "" {
		t.Fatalf("events differ (-encoding/json +fast) for %q:\n%s", body, diff)
	}
	if !json.Valid(body) {
		t.Fatalf("fast path accepted invalid JSON %q", body)
	}
	// The fast path's strings and raw bodies must not alias the input.
	if len(body) > 0 {
		saved := append([]byte(nil), body...)
		for i := range body {
			body[i] = 'x'
		}
		defer copy(body, saved)
		if diff := diffEvents(want, got); diff != "" {
			t.Fatalf("the event changed with the input buffer:\n%s", diff)
		}
	}
	return true
}

// jsonBodies decodes the typed bodies of ev's signals again with
// encoding/json alone, so that the reference does not share the flat body
// decoders with the fast path.
func jsonBodies(ev Event) {
	vs, ok := ev.(*VehicleState)
	if !ok {
		return
	}
	for i := range vs.Data.Signals {
		s := &vs.Data.Signals[i]
		s.Body, s.BodyErr = nil, nil
		v := NewBody(s.Code)
		if v == nil || len(s.RawBody) == 0 || string(s.RawBody) == "null" {
			continue
		}
		if err := json.Unmarshal(s.RawBody, v); err != nil {
			s.BodyErr = fmt.Errorf("smartcar: signal %s body: %w", s.Code, err)
			continue
		}
		s.Body = v
	}
}

func TestFastPathMatchesEncodingJSONOnGoldens(t *testing.T) {
	files, err := filepath.Glob("../testdata/smartcar/*.json")
	if err != nil || len(files) == 0 {
		t.Fatal("no goldens", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			body, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			base := filepath.Base(f)
			wantFast := strings.HasPrefix(base, "vehicle_") || strings.HasPrefix(base, "verify_v4")
			if got := compareFast(t, body); got != wantFast {
				t.Errorf("fast path used: %v, want %v", got, wantFast)
			}
		})
	}
}

// envelopeWith returns a VEHICLE_STATE body with the given data members
// and top-level members added.
func envelopeWith(data, top string) string {
	if data != "" {
		data = "," + data
	}
	if top != "" {
		top = "," + top
	}
	return `{"eventId":"e1","eventType":"VEHICLE_STATE","data":{"user":{"id":"u"},"vehicle":{"id":"v","make":"M","model":"X","year":2020}` +
		data + `}` + top + `}`
}

func TestFastPathEdgeCases(t *testing.T) {
	sig := `"signals":[{"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery","body":{"unit":"percent","value":75},"status":{"value":"SUCCESS"},"meta":{"retrievedAt":1,"oemUpdatedAt":2}}]`
	tests := []struct {
		name string
		body string
		fast bool // expected to stay on the fast path
	}{
		{"minimal", envelopeWith("", ""), true},
		{"signals", envelopeWith(sig, ""), true},
		{"spaces everywhere", " \n{ \"eventType\" : \"VEHICLE_STATE\" ,\t\"data\" : { \"signals\" : [ { \"code\" : \"charge-voltage\" , \"body\" : { \"value\" : 1 } } ] } } \r\n", true},
		{"no data", `{"eventId":"e","eventType":"VEHICLE_STATE"}`, true},
		{"null data", `{"eventId":"e","eventType":"VEHICLE_STATE","data":null,"meta":null,"triggers":null}`, true},
		{"null strings", `{"eventId":null,"eventType":"VEHICLE_STATE","vehicleId":null,"data":{"user":null,"vehicle":{"id":null,"year":null}}}`, true},
		{"empty arrays", envelopeWith(`"signals":[],"triggers":[]`, `"triggers":[]`), true},
		{"null signals", envelopeWith(`"signals":null`, ""), true},
		{"unknown members", envelopeWith(`"extra":{"a":[1,2,{"b":null}],"c":"\u00e9\n"}`, `"x":[true,false,-1.5e3]`), true},
		{"unknown member with escaped key", envelopeWith(`"ext\u0072a":1`, ""), false},
		{"escaped key in skipped value", envelopeWith(`"x":{"\u0063ode":1}`, ""), true},
		{"not an object", `["eventType","VEHICLE_STATE"]`, false},
		{"top vehicleId", envelopeWith("", `"vehicleId":"top"`), true},
		{"meta forms", envelopeWith(`"meta":{"deliveredAt":"2024-01-01T00:00:00Z","signalCount":null,"sequence":12}`, `"meta":{"version":"4.0","deliveredAt":1.5,"deliveryTimestamp":null,"deliveryTime":-0,"signalCount":3,"mode":"TEST","webhookId":"w","webhookName":"n","deliveryId":"d"}`), true},
		{"repeated data member", envelopeWith(`"user":{"id":"u","externalId":null}`, ""), false},
		{"external id", `{"eventType":"VEHICLE_STATE","data":{"user":{"id":"u","externalId":"ext"},"vehicle":{"vin":"V","mode":"live","powertrainType":"BEV"}}}`, true},
		{"signal status and meta null", envelopeWith(`"signals":[{"code":"x-y","status":null,"meta":null,"body":null}]`, ""), true},
		{"signal error null code", envelopeWith(`"signals":[{"code":"x-y","status":{"value":"ERROR","error":{"type":"PERMISSION","code":null}}}]`, ""), true},
		{"signal error code", envelopeWith(`"signals":[{"code":"x-y","status":{"value":"ERROR","error":{"type":"COMPATIBILITY","code":"VEHICLE_NOT_CAPABLE"}}}]`, ""), true},
		{"signal fetchedAt text", envelopeWith(`"signals":[{"code":"x-y","meta":{"fetchedAt":"2024-01-01T00:00:00Z","oemUpdatedAt":12345678901234567890}}]`, ""), true},
		{"body before code", envelopeWith(`"signals":[{"body":{"value":true},"code":"charge-ischarging"}]`, ""), true},
		{"body of wrong shape", envelopeWith(`"signals":[{"code":"charge-ischarging","body":{"value":"yes"}}]`, ""), true},
		{"body with case-folded key", envelopeWith(`"signals":[{"code":"charge-voltage","body":{"Value":3}}]`, ""), true},
		{"body of unknown code", envelopeWith(`"signals":[{"code":"new-thing","body":{"a":[{"b":"c"}]}}]`, ""), true},
		{"bodies of one type interleaved with fallbacks", envelopeWith(`"signals":[{"code":"charge-voltage","body":{"unit":"V","value":1}},{"code":"charge-amperage","body":{"value":"x"}},{"code":"charge-wattage","body":{"value":3},"status":{"value":"SUCCESS"}},{"code":"charge-ischarging","body":null},{"code":"charge-chargeportstatuscolor","body":{"Value":"A"}},{"code":"transmission-gearstate","body":{"value":"PARK"},"meta":{"retrievedAt":5}},{"code":"diagnostics-abs","body":{"status":"OK","description":"d"}},{"code":"closure-sunroof","body":{"isOpen":null,"isLocked":true}},{"code":"internalcombustionengine-fuellevel","body":{"percentage":75}},{"code":"charge-isfastchargerpresent","body":{}},{"code":"charge-voltage","body":{"value":1e999}}]`, ""), true},
		{"charge limit conditions", envelopeWith(`"signals":[{"code":"charge-chargelimits","body":{"values":[{"type":"global","limit":80,"condition":null},{"type":"location","limit":90,"condition":{"name":"Home","address":"1 Main St","connectorType":"J1772","latitude":1.5,"longitude":-2}},{"condition":{"name":3}}],"activeLimit":80,"unit":"percent"}}]`, ""), true},
		{"body not an object", envelopeWith(`"signals":[{"code":"charge-voltage","body":[1]}]`, ""), true},
		{"doors and strings", envelopeWith(`"signals":[{"code":"closure-doors","body":{"values":[{"row":1,"column":0,"isOpen":null}],"rowCount":2}},{"code":"vehicleuseraccount-permissions","body":{"values":["a","b"]}},{"code":"location-preciselocation","body":{"latitude":1,"longitude":2,"direction":"N","locationType":"CURRENT"}}]`, ""), true},
		{"triggers typed", envelopeWith("", `"triggers":[{"type":"SIGNAL_UPDATED","signal":{"code":"a-b","name":"B","group":"A"}},{"type":"SIGNAL_UPDATED","signal":{"name":"B","group":"A"}},{"type":"SIGNAL_UPDATED","signal":"Charge.IsCharging"},{"type":"FIRST_DELIVERY"},{"type":"FIRST_DELIVERY","signal":null},{"type":"X","signal":{}}]`), true},
		{"triggers flat and text", envelopeWith(`"triggers":[{"code":"a-b","name":"B","group":"A"},{"name":"IsCharging","group":"Charge"},{"code":"FIRST_DELIVERY","name":"x"},"Charge.IsCharging","FIRST_DELIVERY","NoDot",{}]`, ""), true},
		{"trigger signal with Unicode group", envelopeWith("", `"triggers":[{"name":"É","group":"Ä"},"Ö.Ü"]`), true},
		{"trigger null type", envelopeWith("", `"triggers":[{"type":null,"code":"a-b"}]`), false},
		{"trigger null", envelopeWith("", `"triggers":[null]`), false},
		{"trigger number", envelopeWith("", `"triggers":[1]`), false},
		{"trigger signal number", envelopeWith("", `"triggers":[{"type":"SIGNAL_UPDATED","signal":5}]`), false},
		{"non-ASCII string", `{"eventType":"VEHICLE_STATE","eventId":"é✓","data":{"vehicle":{"make":"Škoda"}}}`, true},
		{"escaped string", `{"eventType":"VEHICLE_STATE","eventId":"a\"b"}`, false},
		{"escaped name", `{"eventType":"VEHICLE_\u0053TATE"}`, false},
		{"invalid UTF-8", "{\"eventType\":\"VEHICLE_STATE\",\"eventId\":\"\xff\"}", false},
		{"invalid UTF-8 in skipped value", "{\"eventType\":\"VEHICLE_STATE\",\"x\":\"\xff\"}", true},
		{"case-folded key", `{"eventType":"VEHICLE_STATE","EventId":"e"}`, false},
		{"case-folded data key", envelopeWith(`"Signals":[]`, ""), false},
		{"non-ASCII key", "{\"eventType\":\"VEHICLE_STATE\",\"\u017fignals\":1}", false},
		{"escaped key", `{"eventType":"VEHICLE_STATE","event\u0049d":"e"}`, false},
		{"duplicate key", `{"eventType":"VEHICLE_STATE","eventId":"a","eventId":"b"}`, false},
		{"duplicate signal member", envelopeWith(`"signals":[{"code":"a-b","code":"charge-voltage"}]`, ""), false},
		{"wrong type", `{"eventType":"VEHICLE_STATE","eventId":5}`, false},
		{"year as float", `{"eventType":"VEHICLE_STATE","data":{"vehicle":{"year":2020.0}}}`, false},
		{"signal count as float", `{"eventType":"VEHICLE_STATE","meta":{"signalCount":3.0}}`, false},
		{"huge integer", `{"eventType":"VEHICLE_STATE","meta":{"sequence":12345678901234567890}}`, false},
		{"v2 member", `{"eventType":"VEHICLE_STATE","version":"2.0"}`, false},
		{"v2 body", `{"version":"2.0","eventName":"verify","payload":{"challenge":"c"}}`, false},
		{"unknown event", `{"eventType":"SOMETHING","eventId":"e"}`, false},
		{"no event type", `{"eventId":"e"}`, false},
		{"signal null element", envelopeWith(`"signals":[null]`, ""), false},
		{"deep nesting", envelopeWith(`"x":`+strings.Repeat("[", 200)+strings.Repeat("]", 200), ""), false},
		{"vehicle error", `{"eventId":"e","eventType":"VEHICLE_ERROR","vehicleId":"v","data":{"user":{"id":"u"},"vehicle":{"id":"v"},"errors":[{"type":"COMPATIBILITY","code":null,"state":"ERROR","description":"d","suggestedUserMessage":"m","docURL":"https://x","resolution":{"type":null},"signals":["Charge.IsCharging",{"code":"a-b"},{"name":"N","group":"G"}]},{"type":"PERMISSION","state":"RESOLVED","resolution":null,"signals":null}],"meta":{"mode":"LIVE"}},"meta":{"version":"4.0"}}`, true},
		{"vehicle error empty", `{"eventType":"VEHICLE_ERROR","data":{"errors":[]}}`, true},
		{"verify", `{"eventId":"e","eventType":"VERIFY","data":{"challenge":"abc"},"meta":{"deliveredAt":"2025-01-01T00:00:00Z"}}`, true},
		{"verify without data", `{"eventId":"e","eventType":"VERIFY"}`, true},
		{"verify null data", `{"eventType":"VERIFY","data":null}`, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := compareFast(t, []byte(tc.body)); got != tc.fast {
				t.Errorf("fast path used: %v, want %v", got, tc.fast)
			}
		})
	}
}

// TestFastPathRejectsInvalidJSON checks that no malformed body passes the
// fast path: Parse then fails with the *json.SyntaxError of encoding/json.
func TestFastPathRejectsInvalidJSON(t *testing.T) {
	valid := envelopeWith(`"signals":[{"code":"charge-voltage","body":{"value":1,"x":[true,null,"s"]}}]`, `"meta":{"deliveredAt":1}`)
	bad := []string{
		``, ` `, `{`, `}`, `[`, `nul`, `"x`,
		valid + `x`, valid + `{}`, valid[:len(valid)-1],
		`{"eventType":"VEHICLE_STATE",}`,
		`{"eventType":"VEHICLE_STATE" "eventId":"e"}`,
		`{"eventType" "VEHICLE_STATE"}`,
		`{"eventType":"VEHICLE_STATE","x":[1,]}`,
		`{"eventType":"VEHICLE_STATE","x":[1 2]}`,
		`{"eventType":"VEHICLE_STATE","x":tru}`,
		`{"eventType":"VEHICLE_STATE","x":truex}`,
		`{"eventType":"VEHICLE_STATE","x":nul}`,
		`{"eventType":"VEHICLE_STATE","x":01}`,
		`{"eventType":"VEHICLE_STATE","x":1.}`,
		`{"eventType":"VEHICLE_STATE","x":-}`,
		`{"eventType":"VEHICLE_STATE","x":1e}`,
		`{"eventType":"VEHICLE_STATE","x":+1}`,
		`{"eventType":"VEHICLE_STATE","x":.5}`,
		`{"eventType":"VEHICLE_STATE","x":"\x"}`,
		`{"eventType":"VEHICLE_STATE","x":"\u12"}`,
		`{"eventType":"VEHICLE_STATE","x":"\u12g4"}`,
		"{\"eventType\":\"VEHICLE_STATE\",\"x\":\"a\tb\"}",
		`{"eventType":"VEHICLE_STATE","x":{"a"}}`,
		`{"eventType":"VEHICLE_STATE","x":{1:2}}`,
		`{"eventType":"VEHICLE_STATE","x":'a'}`,
		`{"eventType":"VEHICLE_STATE","data":{"signals":[{"code":"charge-voltage","body":{"value":1,}}]}}`,
		`{"eventType":"VEHICLE_STATE","data":{"signals":[{"code":"charge-voltage","body":{"value":1}]}}`,
		`{"eventType":"VEHICLE_STATE","meta":{"deliveredAt":1.2.3}}`,
		`{"eventType":"VEHICLE_STATE","triggers":["A.B",]}`,
		"{\"eventType\":\"VEHICLE_STATE\"}\x00",
	}
	for _, body := range bad {
		if json.Valid([]byte(body)) {
			t.Fatalf("test input %q is valid JSON", body)
		}
		if ev, ok := parseFast([]byte(body)); ok {
			t.Errorf("parseFast accepted %q as %T", body, ev)
		}
		ev, err := Parse([]byte(body))
		var syn *json.SyntaxError
		if ev != nil || !errors.As(err, &syn) {
			t.Errorf("Parse(%q) = %T, %v; want a *json.SyntaxError", body, ev, err)
		}
	}
}

// FuzzFastPath compares the one-pass decoder with the encoding/json path on
// any input, seeded with the goldens.
func FuzzFastPath(f *testing.F) {
	files, _ := filepath.Glob("../testdata/smartcar/*.json")
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(envelopeWith(`"triggers":["A.B",{"code":"FIRST_DELIVERY"},{"type":"X","signal":null}]`, `"meta":{"deliveredAt":"x","sequence":null}`)))
	f.Add([]byte(`{"eventType":"VEHICLE_ERROR","data":{"errors":[{"type":"T","code":null,"signals":["A.B",{"name":"N"}],"resolution":{"type":"R"}}]}}`))
	f.Add([]byte(`{"eventType":"VERIFY","data":{"challenge":"c"}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		compareFast(t, body)
	})
}
