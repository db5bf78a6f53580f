package edrv_test

import (
	jsonv1 "encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/go-json-experiment/json"

	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
)

func tree(t *testing.T, b []byte) any {
	d := jsonv1.NewDecoder(bytesReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("tree: %v\n%s", err, b)
	}
	return v
}

func TestSmoke(t *testing.T) {
	all := map[string][]byte{}
	files, _ := filepath.Glob("../testdata/edrv/*.json")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		all[f] = b
	}
	for k, b := range edrvtest.Payloads() {
		all[k] = b
	}
	for f, b := range all {
		ev, err := edrv.Parse(b)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		v1, err := jsonv1.Marshal(ev)
		if err != nil {
			t.Errorf("%s: v1: %v", f, err)
			continue
		}
		v2, err := json.Marshal(ev)
		if err != nil {
			t.Errorf("%s: v2: %v", f, err)
			continue
		}
		if d := cmp.Diff(tree(t, b), tree(t, v1)); d != "" {
			t.Errorf("%s %T v1: %s", f, ev, d)
		}
		if d := cmp.Diff(tree(t, b), tree(t, v2)); d != "" {
			t.Errorf("%s %T v2: %s", f, ev, d)
		}
	}
}

type br struct {
	b []byte
}

func (r *br) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.b)
	r.b = r.b[n:]
	return n, nil
}
func bytesReader(b []byte) *br { return &br{b} }
