package volteras

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// These tests hold parseFast to parseSlow, the encoding/json reference: when
// the fast path decodes a body, the event must be the one encoding/json
// gives, to the last unexported field; when it gives up, Parse must still
// give parseSlow's result or error.

const goldenDir = "../testdata/volteras"

// fastTypes are the event types the differential tests decode as.
var fastTypes = []string{
	EventDeviceConnected, EventDeviceDisconnected, EventDeviceTelemetry, EventCommandUpdated,
	EventRateLimitUpdated, EventAlertUpdated, EventJourneyUpdated, "device.rebooted",
}

// goldenFiles returns every golden body by its event type, read from the
// file name "<event>[_<variant>].json".
func goldenFiles(t testing.TB) map[string][][]byte {
	t.Helper()
	entries, err := os.ReadDir(goldenDir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][][]byte{}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".json")
		dot := strings.IndexByte(name, '.')
		if i := strings.IndexByte(name[dot:], '_'); i >= 0 {
			name = name[:dot+i]
		}
		b, err := os.ReadFile(filepath.Join(goldenDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = append(out[name], b)
	}
	if len(out) != 7 {
		t.Fatalf("golden event types: got %d, want 7", len(out))
	}
	return out
}

// errorText compares errors by their text (fmt's wrappers have unexported
// fields); reflect.DeepEqual in sameEvent compares them in full.
var errorText = cmp.Comparer(func(a, b error) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return a.Error() == b.Error()
})

// checkFast decodes body both ways and fails t if they differ. It reports
// whether the fast path decoded the body.
func checkFast(t *testing.T, eventType string, body []byte) bool {
	t.Helper()
	orig := bytes.Clone(body)
	fast, ok := parseFast(eventType, body)
	if !bytes.Equal(orig, body) {
		t.Fatal("parseFast modified its input")
	}
	slow, slowErr := parseSlow(eventType, body)
	got, gotErr := Parse(eventType, body)
	// Parse is the fast path or parseSlow, never anything else.
	if (gotErr == nil) != (slowErr == nil) || gotErr != nil && gotErr.Error() != slowErr.Error() {
		t.Fatalf("Parse(%q, %q): error %v, parseSlow: %v", eventType, body, gotErr, slowErr)
	}
	if gotErr == nil {
		sameEvent(t, body, slow, got)
	}
	if !ok {
		if fast != nil {
			t.Fatalf("parseFast gave up but returned %T", fast)
		}
		return false
	}
	if slowErr != nil {
		t.Fatalf("parseFast(%q, %q) accepted what encoding/json rejects: %v", eventType, body, slowErr)
	}
	sameEvent(t, body, slow, fast)
	return true
}

// sameEvent fails t unless got equals want in every field, exported or not
// (reflect.DeepEqual, stricter than go-cmp with the Equal methods, which only
// serves to show the difference), and marshals to the same bytes.
func sameEvent(t *testing.T, body []byte, want, got Event) {
	t.Helper()
	if !reflect.DeepEqual(want, got) {
		if diff := cmp.Diff(want, got, errorText); diff != "" {
			t.Fatalf("body %q: events differ (-slow +fast):\n%s", body, diff)
		}
		t.Fatalf("body %q: events differ in unexported fields:\nslow %#v\nfast %#v", body, want, got)
	}
	wantJSON, wantErr := json.Marshal(want)
	gotJSON, gotErr := json.Marshal(got)
	if (wantErr == nil) != (gotErr == nil) || !bytes.Equal(wantJSON, gotJSON) {
		t.Fatalf("body %q: marshal differs:\nslow %s %v\nfast %s %v", body, wantJSON, wantErr, gotJSON, gotErr)
	}
}

// TestFastGoldens makes sure the fast path decodes every golden, as its own
// type and as the others, and as encoding/json does.
func TestFastGoldens(t *testing.T) {
	for eventType, bodies := range goldenFiles(t) {
		for _, body := range bodies {
			if !checkFast(t, eventType, body) {
				t.Errorf("fast path gave up on a %s golden: %s", eventType, body)
			}
			for _, other := range fastTypes {
				checkFast(t, other, body)
			}
		}
	}
}

// TestFastCases covers what the fast path must decode itself and what it
// must leave to encoding/json. Either way the result must be parseSlow's.
func TestFastCases(t *testing.T) {
	const tm = EventDeviceTelemetry
	deep := strings.Repeat("[", maxSkipDepth) + strings.Repeat("]", maxSkipDepth)
	deeper := strings.Repeat("[", maxSkipDepth+1) + strings.Repeat("]", maxSkipDepth+1)
	for _, c := range []struct {
		name      string
		eventType string
		body      string
		fast      bool
	}{
		{"minimal", tm, `{"metricType":"RANGE","range":{"unit":"km","value":1}}`, true},
		{"white space", tm, " \t\r\n{ \"metricType\" : \"RANGE\" , \"range\" : { \"unit\" : \"km\" , \"value\" : 1 } } \n", true},
		{"escaped member name", tm, `{"metr\u0069cType":"RANGE","range":{"unit":"km","value":1}}`, true},
		{"escapes in values", tm, `{"metricType":"R\u0041NGE","vehicle":{"id":"a\"b\\c\/d\b\f\n\r\t","vin":"\u00e9\ud83d\ude00"},"range":{"unit":"k\u006d","value":1}}`, true},
		{"lone surrogates", tm, `{"metricType":"RANGE","vehicle":{"id":"\ud83d","vin":"\ude00\ud83dx\ud83d\u0041"},"range":{"value":1}}`, true},
		{"invalid UTF-8", tm, "{\"metricType\":\"RANGE\",\"vehicle\":{\"id\":\"a\xffb\xc3\",\"vin\":\"\xed\xa0\x80\"},\"range\":{\"value\":1}}", true},
		{"valid UTF-8", tm, `{"metricType":"RANGE","vehicle":{"id":"Zürich ✓ 😀"},"range":{"value":1}}`, true},
		{"unknown members", tm, `{"metricType":"RANGE","x":[1,{"a":null}],"range":{"unit":"km","value":1,"y":true}}`, true},
		{"nulls", tm, `{"metricType":"RANGE","vehicle":null,"timestamp":null,"range":{"unit":null,"value":null}}`, true},
		{"unknown metric", tm, `{"metricType":"NEW","thing":{"a":1}}`, true},
		{"missing reading", tm, `{"metricType":"RANGE"}`, true},
		{"empty data", tm, `{"metricType":"OTHER_CHARGING_DATA","data":[]}`, true},
		{"null data", tm, `{"metricType":"OTHER_CHARGING_DATA","data":null}`, true},
		{"values of every kind", tm, `{"metricType":"OTHER_CHARGING_DATA","data":[null,{"key":"a","value":null},{"key":"b","value":true},{"key":"c","value":false},{"key":"d","value":"ENGAGED"},{"key":"e","value":"x\u0041"},{"key":"f","value":{"g":[1]}},{"key":"h","value":[]},{"key":"i","value":1e400},{"key":"j","value":-0.5e-3}]}`, true},
		{"long data", tm, `{"metricType":"OTHER_CHARGING_DATA","data":[` + strings.Repeat(`{"key":"k","value":1},`, 40) + `{}]}`, true},
		{"times", tm, `{"metricType":"RANGE","timestamp":"2024-01-15T10:30:00.000Z","range":{"value":1}}`, true},
		{"bad time", tm, `{"metricType":"RANGE","timestamp":"not a time","range":{"value":1}}`, true},
		{"departures", tm, `{"metricType":"DEPARTURE_TIMES","departureTimes":[{"hour":8.0,"minute":1e1,"daysOfWeek":["MONDAY",null,"X"],"localTimeOffset":-60},null,{}]}`, true},
		{"nested deep enough", tm, `{"metricType":"RANGE","x":` + deep + `,"range":{"value":1}}`, true},

		{"duplicate member", tm, `{"metricType":"RANGE","range":{"unit":"km","value":1},"range":{"value":2}}`, false},
		{"duplicate nested", tm, `{"metricType":"RANGE","range":{"unit":"km","unit":"m","value":1}}`, false},
		{"case-folded name", tm, `{"MetricType":"RANGE","range":{"unit":"km","value":1}}`, false},
		{"case-folded nested", tm, `{"metricType":"RANGE","range":{"Unit":"km","value":1}}`, false},
		{"Kelvin sign", tm, "{\"metricType\":\"OTHER_CHARGING_DATA\",\"data\":[{\"\u212aey\":\"x\"}]}", false},
		{"wrong type", tm, `{"metricType":"RANGE","range":{"unit":"km","value":"1"}}`, false},
		{"wrong type elsewhere", tm, `{"metricType":"RANGE","odometer":"x","range":{"value":1}}`, false},
		{"out of range", tm, `{"metricType":"RANGE","range":{"value":1e400}}`, false},
		{"missing metric type", tm, `{"range":{"value":1}}`, false},
		{"nested too deep", tm, `{"metricType":"RANGE","x":` + deeper + `}`, false},
		{"trailing comma", tm, `{"metricType":"RANGE",}`, false},
		{"trailing data", tm, `{"metricType":"RANGE"} x`, false},
		{"two values", tm, `{"metricType":"RANGE"}{}`, false},
		{"bad escape", tm, `{"metricType":"R\xNGE"}`, false},
		{"short escape", tm, `{"metricType":"R\u004"}`, false},
		{"control character", tm, "{\"metricType\":\"R\tANGE\"}", false},
		{"leading zero", tm, `{"metricType":"RANGE","range":{"value":01}}`, false},
		{"bare fraction", tm, `{"metricType":"RANGE","range":{"value":1.}}`, false},
		{"bare exponent", tm, `{"metricType":"RANGE","range":{"value":1e}}`, false},
		{"plus sign", tm, `{"metricType":"RANGE","range":{"value":+1}}`, false},
		{"bad literal", tm, `{"metricType":"RANGE","x":nul}`, false},
		{"unterminated", tm, `{"metricType":"RANGE"`, false},
		{"empty", tm, ``, false},
		{"not an object", tm, `[]`, false},
		{"null body", tm, `null`, false},

		{"device", EventDeviceConnected, `{"id":"a","deviceType":"VEHICLE","x":1}`, true},
		{"device case-folded", EventDeviceConnected, `{"ID":"a"}`, false},
		{"command extras", EventCommandUpdated, `{"id":"c","failedReason":null,"commandArguments":null,"timeout":300,"executedAt":"2024-01-15T10:30:00+00:00"}`, true},
		{"command arguments", EventCommandUpdated, `{"id":"c","commandArguments":{"limit": 80},"timeout":null,"executedAt":null}`, true},
		{"command whole timeout", EventCommandUpdated, `{"timeout":1.0}`, false},
		{"rate limit camel", EventRateLimitUpdated, `{"remainingRequests":1.0,"maxRequests":2,"windowSizeSeconds":null,"objectId":"o"}`, true},
		{"rate limit mixed", EventRateLimitUpdated, `{"remaining_requests":1,"remainingRequests":2,"object_id":null,"objectId":"o"}`, true},
		{"alert", EventAlertUpdated, `{"id":"a","muted":true,"vin":null,"resolutions":[{"steps":[{"definition":{"order":2.0}},{"definition":null}]}],"definition":{"category":{"description":null}},"metadata":null}`, true},
		{"step definition not an object", EventAlertUpdated, `{"resolutions":[{"steps":[{"definition":"x"}]}]}`, false},
		{"journey", EventJourneyUpdated, `{"id":"j","stopTimestamp":null,"socUsed":null,"socStart":1.5,"socEnd":2,"startLatitude":-0}`, true},
		{"unknown event", "x.y", `{"a":[1,2,{"b":"c"}]}`, true},
		{"unknown event invalid", "x.y", `{"a":[1,2,}`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := checkFast(t, c.eventType, []byte(c.body)); got != c.fast {
				t.Errorf("fast path used: %v, want %v", got, c.fast)
			}
		})
	}
}

var (
	keyRe    = regexp.MustCompile(`"[A-Za-z_]+"\s*:`)
	stringRe = regexp.MustCompile(`:\s*"[^"\\]*"`)
	numberRe = regexp.MustCompile(`:\s*-?[0-9][0-9.eE+-]*`)
)

// mutations returns variants of body that probe the fast path's edges:
// re-spaced, every member name case-folded, escaped or duplicated, every
// string with escapes or invalid UTF-8, every number replaced, every value
// nulled, truncated.
func mutations(body []byte) [][]byte {
	var out [][]byte
	var buf bytes.Buffer
	if json.Compact(&buf, body) == nil {
		out = append(out, bytes.Clone(buf.Bytes()))
	}
	buf.Reset()
	if json.Indent(&buf, body, "", "\t") == nil {
		out = append(out, bytes.Clone(buf.Bytes()))
	}
	replace := func(loc []int, with string) []byte {
		b := append([]byte(nil), body[:loc[0]]...)
		b = append(b, with...)
		return append(b, body[loc[1]:]...)
	}
	for _, loc := range keyRe.FindAllIndex(body, -1) {
		key := string(body[loc[0]:loc[1]])
		out = append(out,
			replace(loc, `"`+strings.ToUpper(key[1:2])+key[2:]),
			replace(loc, fmt.Sprintf(`"\u%04x%s`, key[1], key[2:])),
			replace(loc, key+`null,`+key),
		)
	}
	for _, loc := range stringRe.FindAllIndex(body, -1) {
		s := string(body[loc[0]:loc[1]])
		q := strings.IndexByte(s, '"')
		out = append(out,
			replace(loc, s[:q+1]+`\u00e9\ud83d\ude00\/\n`+s[q+1:]),
			replace(loc, s[:q+1]+"\xff\xc3"+s[q+1:]),
			replace(loc, s[:q]+`null`),
			replace(loc, s[:q]+`1`),
		)
	}
	for _, loc := range numberRe.FindAllIndex(body, -1) {
		s := string(body[loc[0]:loc[1]])
		c := strings.IndexByte(s, ':')
		for _, n := range []string{"null", "1e400", "-0", "1.5e3", `"7"`, "true", "{}", "[]"} {
			out = append(out, replace(loc, s[:c+1]+n))
		}
	}
	out = append(out, body[:len(body)/2], append(bytes.Clone(body), '}'))
	return out
}

// TestFastMutations runs the differential check over the mutated goldens.
func TestFastMutations(t *testing.T) {
	var fast, all int
	for eventType, bodies := range goldenFiles(t) {
		for _, body := range bodies {
			for _, m := range mutations(body) {
				all++
				if checkFast(t, eventType, m) {
					fast++
				}
			}
		}
	}
	t.Logf("fast path decoded %d of %d mutated goldens", fast, all)
	if fast == 0 || fast == all {
		t.Errorf("fast path decoded %d of %d mutated goldens: the mutations miss one side", fast, all)
	}
}

// FuzzFastParse checks, for any body and event type, that the fast path
// either gives up or decodes exactly what encoding/json decodes, and that
// Parse always answers as parseSlow does. It is seeded with the goldens and
// their mutations.
func FuzzFastParse(f *testing.F) {
	for eventType, bodies := range goldenFiles(f) {
		kind := uint8(0)
		for i, name := range fastTypes {
			if name == eventType {
				kind = uint8(i)
			}
		}
		for _, body := range bodies {
			f.Add(kind, body)
			for _, m := range mutations(body) {
				f.Add(kind, m)
			}
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, body []byte) {
		checkFast(t, fastTypes[int(kind)%len(fastTypes)], body)
	})
}

// BenchmarkParsePaths compares the fast path with the encoding/json path it
// replaces (parseSlow, which Parse was before), per golden.
func BenchmarkParsePaths(b *testing.B) {
	for _, name := range []string{
		"device.telemetry_other_charging_data.json", "device.telemetry_oem_alert.json",
		"alert.updated_resolved.json", "journey.updated_complete.json",
	} {
		body, err := os.ReadFile(filepath.Join(goldenDir, name))
		if err != nil {
			b.Fatal(err)
		}
		eventType := strings.TrimSuffix(name, ".json")
		eventType = eventType[:strings.IndexByte(eventType, '_')]
		b.Run(strings.TrimSuffix(name, ".json")+"/fast", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, ok := parseFast(eventType, body); !ok {
					b.Fatal("fast path gave up")
				}
			}
		})
		b.Run(strings.TrimSuffix(name, ".json")+"/encoding-json", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := parseSlow(eventType, body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
