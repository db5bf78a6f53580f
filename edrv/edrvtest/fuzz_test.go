package edrvtest_test

import (
	"bytes"
	jsonv1 "encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/evhooks/evhooks/edrv/edrvtest"
)

// FuzzEscapeUnicode checks that the escaped form is ASCII, reads back as the
// same JSON value in either hex case, and leaves ASCII input unchanged.
// Seeded from the catalogue and testdata/edrv. Run it with
//
//	go test ./edrv/edrvtest -run '^$' -fuzz FuzzEscapeUnicode -fuzztime 60s -fuzzminimizetime 0
func FuzzEscapeUnicode(f *testing.F) {
	for _, body := range edrvtest.Payloads() {
		f.Add(body)
	}
	files, _ := filepath.Glob("../../testdata/edrv/*.json")
	for _, name := range files {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`"Zürich ëä 充电桩 🔌 \ud83d\udd0c"`))
	f.Add([]byte("\"a\xffb\xed\xa0\x80\""))
	f.Fuzz(func(t *testing.T, body []byte) {
		orig := bytes.Clone(body)
		lower := edrvtest.EscapeUnicode(body, edrvtest.LowerHex)
		upper := edrvtest.EscapeUnicode(body, edrvtest.UpperHex)
		if !bytes.Equal(body, orig) {
			t.Fatal("input modified")
		}
		for _, e := range [][]byte{lower, upper} {
			for _, c := range e {
				if c >= utf8.RuneSelf {
					t.Fatalf("non-ASCII byte %#x in %q", c, e)
				}
			}
		}
		ascii := true
		for _, c := range body {
			ascii = ascii && c < utf8.RuneSelf
		}
		if ascii && (!bytes.Equal(lower, body) || !bytes.Equal(upper, body)) {
			t.Fatalf("ASCII input changed: %q -> %q / %q", body, lower, upper)
		}
		if !ascii && bytes.Equal(lower, body) {
			t.Fatalf("non-ASCII input unchanged: %q", body)
		}
		// A valid JSON text reads back as the same value (invalid UTF-8
		// reads as U+FFFD either way).
		var want any
		if jsonv1.Unmarshal(body, &want) != nil {
			return
		}
		for _, e := range [][]byte{lower, upper} {
			var got any
			if err := jsonv1.Unmarshal(e, &got); err != nil {
				t.Fatalf("escaped form of valid JSON %q is invalid: %v: %q", body, err, e)
			}
			wb, _ := jsonv1.Marshal(want)
			gb, _ := jsonv1.Marshal(got)
			if !bytes.Equal(wb, gb) {
				t.Fatalf("value changed: %s -> %s", wb, gb)
			}
		}
	})
}
