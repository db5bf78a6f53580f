package smartcar_test

import (
	"testing"

	"github.com/evhooks/evhooks/smartcar"
)

// TestGoldenRoundTrip: every catalogue payload and testdata file parses,
// keeps its exact body, and marshals back (encoding/json and json v2) to the
// same JSON tree: unknown members, "", null and absent, and numbers exactly.
func TestGoldenRoundTrip(t *testing.T) {
	for _, g := range goldens(t) {
		t.Run(g.name, func(t *testing.T) {
			ev := mustParse(t, g.body)
			if string(ev.Raw()) != string(g.body) {
				t.Errorf("Raw() is not the body")
			}
			requireRoundTrip(t, g.body, ev)
			if _, ok := ev.(*smartcar.Unknown); ok {
				return
			}
		})
	}
}
