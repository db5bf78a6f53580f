package edrv

import (
	"reflect"
	"testing"
)

// The one-pass decoder must give exactly what the general path gives.
func TestFastPathMatchesGeneralPath(t *testing.T) {
	bodies := goldenBodies(t)
	goldens := len(bodies)
	bodies["data first"] = []byte(`{"data":{"_id":"c","online":true},"type":"chargestation.online","_id":"e","createdAt":1717507818000}`)
	bodies["duplicate data"] = []byte(`{"_id":"e","type":"chargestation.online","data":{"_id":"a","online":true},"data":{"_id":"b"}}`)
	bodies["case-folded type key"] = []byte(`{"_id":"e","type":"session.updated","TYPE":"chargestation.online","data":{"_id":"c"}}`)
	bodies["case-folded data key"] = []byte(`{"_id":"e","type":"chargestation.online","data":{"_id":"c"},"Data":{"online":true}}`)

	bodies["null members"] = []byte(`{"_id":null,"type":"chargestation.online","object":null,"data":{"_id":"c"},"createdAt":null}`)
	bodies["repeated members"] = []byte(`{"_id":"a","_id":null,"createdAt":null,"type":"chargestation.online","data":{"_id":"c"},"createdAt":"2024-06-04T13:30:18Z","object":"x","object":"y"}`)
	bodies["repeated members, null last"] = []byte(`{"_id":"a","createdAt":"2024-06-04T13:30:18Z","type":"chargestation.online","data":{"_id":"c"},"createdAt":null}`)
	fastUsed := 0
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			got, gotErr := Parse(body)
			want, wantErr := parseSlow(body)
			if (gotErr == nil) != (wantErr == nil) {
				t.Fatalf("errors differ: %v / %v", gotErr, wantErr)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("Parse and the general path differ:\n%#v\n%#v", got, want)
			}
			if h, ok := scanEnvelope(body); ok && h.dataStart >= 0 && body[h.dataStart] == '{' {
				if en, known := catalogue[EventType(h.typ)]; known && decodeFast(en.kind, body, h) != nil {
					fastUsed++
				}
			}
		})
	}
	t.Logf("one-pass decoder served %d of %d bodies", fastUsed, len(bodies))
	if fastUsed < goldens-3 {
		t.Errorf("the one-pass decoder served only %d of %d bodies", fastUsed, len(bodies))
	}
}

func TestScanEnvelope(t *testing.T) {
	tests := []struct {
		in      string
		ok      bool
		typ     string
		hasData bool
		data    string
	}{
		{`{"type":"a.b","data":{"x":"}"}}`, true, "a.b", true, `{"x":"}"}`},
		{` { "data" : [1,{"a":[]}] , "type" : "x" } `, true, "x", true, `[1,{"a":[]}]`},
		{`{"type":"a\"b"}`, true, "", false, ""},
		{`{"type":5,"data":null}`, true, "", true, "null"},
		{`{"data":"s\\\"","type":"t"}`, true, "t", true, `"s\\\""`},
		{`{"type":"a\\\\","data":"\\\\"}`, true, "", true, `"\\\\"`},
		{`{}`, true, "", false, ""},
		{`[]`, false, "", false, ""},
		{`{"type":"a"`, false, "a", false, ""},
		{`{"type" "a"}`, false, "", false, ""},
		{`{"type":"a",}`, false, "a", false, ""},
		{`{"data":{"a":1}`, false, "", false, ""},
		{`{"k\u0041":1}`, false, "", false, ""},
		{``, false, "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			h, ok := scanEnvelope([]byte(tt.in))
			if ok != tt.ok {
				t.Fatalf("ok = %v", ok)
			}
			if !ok {
				return
			}
			if string(h.typ) != tt.typ {
				t.Errorf("typ = %q", h.typ)
			}
			if (h.dataStart >= 0) != tt.hasData {
				t.Fatalf("dataStart = %d", h.dataStart)
			}
			if tt.hasData && tt.in[h.dataStart:h.dataEnd] != tt.data {
				t.Errorf("data = %q", tt.in[h.dataStart:h.dataEnd])
			}
		})
	}
}

// FuzzFastPath checks that the one-pass decoder and the general path agree
// on any input.
func FuzzFastPath(f *testing.F) {
	for _, b := range goldenBodies(f) {
		f.Add(b)
	}
	for _, b := range scanSeeds {
		f.Add([]byte(b))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		checkFastPaths(t, body)
	})
}

// checkFastPaths checks that Parse, the hand-written decoder and the
// encoding/json one-pass decoder all agree with the general path.
func checkFastPaths(t *testing.T, body []byte) {
	t.Helper()
	got, gotErr := Parse(body)
	want, wantErr := parseSlow(body)
	if (gotErr == nil) != (wantErr == nil) || (gotErr != nil && gotErr.Error() != wantErr.Error()) {
		t.Fatalf("errors differ: %v / %v", gotErr, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("events differ:\n%#v\n%#v", got, want)
	}
	if ev := parseScan(body); ev != nil {
		if wantErr != nil {
			t.Fatalf("the hand-written decoder accepted what the general path rejects (%v):\n%#v", wantErr, ev)
		}
		if !reflect.DeepEqual(ev, want) {
			t.Fatalf("the hand-written decoder and the general path differ:\n%#v\n%#v", ev, want)
		}
	}
	if h, ok := scanEnvelope(body); ok && h.dataStart >= 0 && body[h.dataStart] == '{' {
		if en, known := catalogue[EventType(h.typ)]; known {
			if ev := decodeFast(en.kind, body, h); ev != nil && (wantErr != nil || !reflect.DeepEqual(ev, want)) {
				t.Fatalf("the one-pass decoder and the general path differ (%v):\n%#v\n%#v", wantErr, ev, want)
			}
		}
	}
}
