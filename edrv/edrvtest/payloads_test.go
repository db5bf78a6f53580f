package edrvtest_test

import (
	"bytes"
	"context"
	jsonv1 "encoding/json"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
)

// baseName returns the event name of a catalogue key: the part before "/".
func baseName(key string) string {
	name, _, _ := strings.Cut(key, "/")
	return name
}

func newSource(t *testing.T) *edrv.Source {
	t.Helper()
	src, err := edrv.NewSource(secret)
	require.NoError(t, err)
	return src
}

// declared returns the one type other than Unknown that the catalog
// declares for name.
func declared(t *testing.T, cat dispatch.Catalog, name string) reflect.Type {
	t.Helper()
	v, ok := cat.Events[name]
	require.True(t, ok, "%q is not in the source's catalog", name)
	vs, ok := v.([]any)
	if !ok {
		vs = []any{v}
	}
	unknown := reflect.TypeOf(cat.Unknown)
	var types []reflect.Type
	for _, x := range vs {
		if typ := reflect.TypeOf(x); typ != nil && typ != unknown {
			types = append(types, typ)
		}
	}
	require.Len(t, types, 1, "types declared for %q: %v", name, vs)
	return types[0]
}

func TestCatalogueCoversSource(t *testing.T) {
	cat := newSource(t).Catalog()
	require.NotEmpty(t, cat.Events)
	for name := range cat.Events {
		assert.NotNil(t, edrvtest.Payload(name), "no payload for %q", name)
	}
	names := 0
	for key := range edrvtest.Payloads() {
		_, known := cat.Events[baseName(key)]
		assert.True(t, known, "key %q: %q is not an event name of the source", key, baseName(key))
		if !strings.Contains(key, "/") {
			names++
		}
	}
	assert.Equal(t, len(cat.Events), names, "one primary payload per event name")
	assert.Equal(t, 93, names, "eDRV's catalogue has 93 names")
}

func TestPayloadsParseAsDeclared(t *testing.T) {
	cat := newSource(t).Catalog()
	for key, body := range edrvtest.Payloads() {
		t.Run(key, func(t *testing.T) {
			name := baseName(key)
			want := declared(t, cat, name)
			ev, err := edrv.Parse(body)
			require.NoError(t, err)
			assert.Equal(t, want, reflect.TypeOf(ev), "Go type")
			assert.Equal(t, name, ev.Type())
			assert.Equal(t, envelopeID(t, body), ev.ID())
			assert.Equal(t, jsonv1.RawMessage(body), ev.Raw())
		})
	}
}

func envelopeID(t *testing.T, body []byte) string {
	t.Helper()
	var env struct {
		ID string `json:"_id"`
	}
	require.NoError(t, jsonv1.Unmarshal(body, &env))
	return env.ID
}

// registrar registers a handler of one Go type for name that records its
// calls.
type registrar func(r *dispatch.Router, name string, got *handled)

type handled struct {
	calls int
	ev    any
}

func typed[E any](m map[reflect.Type]registrar) {
	m[reflect.TypeFor[E]()] = func(r *dispatch.Router, name string, got *handled) {
		dispatch.Handle(r, name, func(_ context.Context, ev E) error {
			got.calls++
			got.ev = ev
			return nil
		})
	}
}

// registrars holds a typed handler for every event type of package edrv.
func registrars() map[reflect.Type]registrar {
	m := map[reflect.Type]registrar{}
	typed[*edrv.ChargestationEvent](m)
	typed[*edrv.SessionEvent](m)
	typed[*edrv.ActionEvent](m)
	typed[*edrv.OrganizationEvent](m)
	typed[*edrv.LocationEvent](m)
	typed[*edrv.UserEvent](m)
	typed[*edrv.RateEvent](m)
	typed[*edrv.RateScheduleEvent](m)
	typed[*edrv.RFIDEvent](m)
	typed[*edrv.LoadManagementEvent](m)
	return m
}

func TestPayloadsHandledThroughRouter(t *testing.T) {
	regs := registrars()
	for key, body := range edrvtest.Payloads() {
		t.Run(key, func(t *testing.T) {
			name := baseName(key)
			src := newSource(t)
			want := declared(t, src.Catalog(), name)
			reg, ok := regs[want]
			require.True(t, ok, "no typed handler for %v", want)
			r := dispatch.New(src)
			var got handled
			reg(r, name, &got)
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, edrvtest.NewRequest(secret, body))
			assert.Equal(t, http.StatusOK, rec.Code)
			assert.Empty(t, rec.Body.String(), "eDRV wants an empty 200")
			require.Equal(t, 1, got.calls, "handler calls")
			assert.Equal(t, want, reflect.TypeOf(got.ev))
			ev, ok := got.ev.(edrv.Event)
			require.True(t, ok)
			assert.Equal(t, name, ev.Type())
			assert.Equal(t, envelopeID(t, body), ev.ID())
		})
	}
}

var objectID = regexp.MustCompile(`^[0-9a-f]{24}$`)

// TestPayloadsAreRealistic checks the catalogue's own invariants: full
// envelopes, ObjectIds, ISO times, data objects that are no stubs, and the
// action status that goes with the name's suffix.
func TestPayloadsAreRealistic(t *testing.T) {
	statusOf := map[string]string{"requested": "requested", "accepted": "completed", "rejected": "failed"}
	for key, body := range edrvtest.Payloads() {
		t.Run(key, func(t *testing.T) {
			name := baseName(key)
			var env map[string]any
			require.NoError(t, jsonv1.Unmarshal(body, &env))
			assert.ElementsMatch(t, []string{"_id", "type", "object", "data", "createdAt"}, slices.Collect(maps.Keys(env)))
			assert.Regexp(t, objectID, env["_id"])
			assert.Equal(t, name, env["type"])
			created, _ := env["createdAt"].(string)
			_, err := time.Parse(time.RFC3339Nano, created)
			assert.NoError(t, err, "createdAt")
			data, ok := env["data"].(map[string]any)
			if s, isString := env["data"].(string); isString {
				assert.True(t, strings.HasSuffix(key, "/data_string"), "data as a string only in the data_string variant")
				require.NoError(t, jsonv1.Unmarshal([]byte(s), &data))
				ok = true
			}
			require.True(t, ok, "data is an object")
			assert.Regexp(t, objectID, data["_id"])
			assert.NotEqual(t, env["_id"], data["_id"], "the envelope id is not the resource id")
			assert.GreaterOrEqual(t, len(data), 3, "data is no stub")

			segs := strings.Split(name, ".")
			last := segs[len(segs)-1]
			if st, isAction := statusOf[last]; isAction {
				assert.Equal(t, "action", env["object"])
				assert.Equal(t, st, data["status"])
				if !strings.HasSuffix(key, "/bare_type") {
					assert.Equal(t, strings.TrimSuffix(name, "."+last), data["type"])
				}
				return
			}
			wantObject := segs[0]
			if wantObject == "load_management" {
				wantObject = "load_management_group"
			}
			assert.Equal(t, wantObject, env["object"])
		})
	}
}

// No JSON file exists twice: testdata/edrv keeps edge cases only.
func TestTestdataNotInCatalogue(t *testing.T) {
	files, err := filepath.Glob("../../testdata/edrv/*.json")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	trees := map[string]any{}
	for key, body := range edrvtest.Payloads() {
		trees[key] = tree(t, body)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		got := tree(t, b)
		for key, want := range trees {
			assert.False(t, cmp.Equal(want, got), "%s is catalogue payload %q", filepath.Base(f), key)
		}
	}
}

func tree(t *testing.T, b []byte) any {
	t.Helper()
	d := jsonv1.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v))
	return v
}

func TestPayload(t *testing.T) {
	a := edrvtest.Payload(edrv.SessionUpdated)
	require.NotNil(t, a)
	orig := bytes.Clone(a)
	for i := range a {
		a[i] = 'x'
	}
	assert.Equal(t, orig, edrvtest.Payload(edrv.SessionUpdated), "fresh copy")

	assert.NotNil(t, edrvtest.Payload("session.updated/2022"), "variant keys")
	assert.NotEqual(t, edrvtest.Payload("session.updated/2022"), orig)
	for _, missing := range []string{"", "session", "session.updated/", "session.updated/nope", "session.updated#2022", "SESSION.UPDATED", "README"} {
		assert.Nil(t, edrvtest.Payload(missing), "%q", missing)
	}
}

func TestPayloads(t *testing.T) {
	var keys []string
	for key, body := range edrvtest.Payloads() {
		keys = append(keys, key)
		assert.Equal(t, edrvtest.Payload(key), body)
		body[0] = 'x' // a fresh copy: the next call must not see it
	}
	assert.True(t, slices.IsSorted(keys), "sorted key order")
	assert.Len(t, slices.Compact(slices.Clone(keys)), len(keys), "no duplicates")
	for key, body := range edrvtest.Payloads() {
		assert.Equal(t, byte('{'), body[0], key)
	}
	for _, v := range []string{
		"chargestation.get_composite_schedule.requested/data_string",
		"session.updated/2022",
		"session.updated/ocpp201",
		"session.ended/cost_breakdown",
		"chargestation.connector_status.updated/ocpp201",
	} {
		assert.Contains(t, keys, v)
	}
	n := 0
	for range edrvtest.Payloads() {
		n++
		if n == 3 {
			break // stopping early is allowed
		}
	}
	assert.Equal(t, 3, n)
}

// Every action payload's response_data has the shape of the type edrv
// decodes its family's answer into; accepted answers use only members that
// type knows.
func TestActionPayloadsResponses(t *testing.T) {
	n := 0
	for key, body := range edrvtest.Payloads() {
		ev, err := edrv.Parse(body)
		require.NoError(t, err, key)
		a, ok := ev.(*edrv.ActionEvent)
		if !ok {
			continue
		}
		n++
		t.Run(key, func(t *testing.T) {
			resp, err := a.Data.Response()
			require.NoError(t, err)
			if !strings.HasSuffix(baseName(key), ".accepted") {
				return
			}
			v := reflect.ValueOf(resp)
			require.True(t, v.Kind() == reflect.Pointer && !v.IsNil(), "accepted action without a response: %T", resp)
			extra := v.Elem().FieldByName("Extra")
			require.True(t, extra.IsValid(), "%T has no Extra field", resp)
			assert.Zero(t, extra.Len(), "members %T does not know: %s", resp, extra.Bytes())
		})
	}
	assert.Equal(t, 17*3+3, n, "17 families of three names and 3 action variants")
}
