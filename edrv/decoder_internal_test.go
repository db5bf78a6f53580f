package edrv

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// goldenBodies returns the goldens by file name.
func goldenBodies(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../testdata/edrv/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	bodies := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bodies[filepath.Base(f)] = b
	}
	return bodies
}

// The hand-written decoder must serve every session, action and
// chargestation golden, and give exactly what the general path gives.
func TestScanDecoderServesGoldens(t *testing.T) {
	for name, body := range goldenBodies(t) {
		t.Run(name, func(t *testing.T) {
			want, wantErr := parseSlow(body)
			got := parseScan(body)
			k := kindUnknown
			if want != nil {
				k = catalogue[want.EventType()].kind
			}
			served := k == kindSession || k == kindAction || k == kindChargestation
			if served && !strings.Contains(name, "data-string") {
				if wantErr != nil {
					t.Fatalf("general path: %v", wantErr)
				}
				if got == nil {
					t.Fatal("the hand-written decoder gave up")
				}
			}
			if got != nil && !reflect.DeepEqual(got, want) {
				t.Errorf("decoders differ:\n%#v\n%#v", got, want)
			}
		})
	}
}
