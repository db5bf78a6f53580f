package edrvtest_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
)

func TestSetCreatedAtAndID(t *testing.T) {
	at := time.Date(2026, 12, 2, 19, 30, 18, 123456789, time.FixedZone("CET", 3600))
	for key, body := range edrvtest.Payloads() {
		t.Run(key, func(t *testing.T) {
			orig := bytes.Clone(body)
			got := edrvtest.SetID(edrvtest.SetCreatedAt(body, at), "69303e2aa1c3e59b07000001")
			assert.Equal(t, orig, body, "input unchanged")
			want := tree(t, body).(map[string]any)
			want["createdAt"] = "2026-12-02T18:30:18.123Z"
			want["_id"] = "69303e2aa1c3e59b07000001"
			assert.Equal(t, want, tree(t, got))
			ev, err := edrv.Parse(got)
			require.NoError(t, err)
			assert.Equal(t, "69303e2aa1c3e59b07000001", ev.ID())
			// Nothing but the two values changed.
			assert.Equal(t, len(body)-len(envelopeID(t, body))-len(createdAt(t, body))+len("69303e2aa1c3e59b07000001")+len("2026-12-02T18:30:18.123Z"), len(got))
		})
	}
}

func createdAt(t *testing.T, body []byte) string {
	t.Helper()
	s, _ := tree(t, body).(map[string]any)["createdAt"].(string)
	return s
}

func TestSetMemberPanics(t *testing.T) {
	tests := []struct {
		name string
		body string
		msg  string
	}{
		{"not an object", `["_id"]`, "not a JSON object"},
		{"empty", ``, "not a JSON object"},
		{"no member", `{"type":"session.updated"}`, "has no createdAt member"},
		{"nested only", `{"data":{"createdAt":"x","_id":"y"}}`, "has no createdAt member"},
		{"truncated", `{"type":"session.updated",`, "invalid JSON body"},
		{"duplicate", `{"createdAt":"a","createdAt":"b"}`, "invalid JSON body"},
		{"trailing data", `{"createdAt":"a"} {}`, "data after the object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func() {
				r := recover()
				require.NotNil(t, r)
				assert.Contains(t, r, tt.msg)
				assert.True(t, strings.HasPrefix(r.(string), "edrvtest: "))
			}()
			edrvtest.SetCreatedAt([]byte(tt.body), time.Now())
		})
	}
	assert.Equal(t, `{"_id":"a\"b"}`, string(edrvtest.SetID([]byte(`{"_id":"x"}`), `a"b`)))
	assert.Equal(t, `{ "_id" : "y" , "n":1}`, string(edrvtest.SetID([]byte(`{ "_id" : 12 , "n":1}`), "y")))
}

// A source that refuses old events (edrv.WithMaxAge) takes a catalogue
// payload once its createdAt is recent.
func TestSetCreatedAtWithMaxAge(t *testing.T) {
	src, err := edrv.NewSource(secret, edrv.WithMaxAge(edrv.DefaultMaxAge))
	require.NoError(t, err)
	r := dispatch.New(src)
	calls := 0
	dispatch.Handle(r, edrv.SessionEnded, func(context.Context, *edrv.SessionEvent) error {
		calls++
		return nil
	})
	old := edrvtest.Payload(edrv.SessionEnded)
	for _, tt := range []struct {
		name   string
		body   []byte
		status int
	}{
		{"as in the catalogue", old, http.StatusUnauthorized},
		{"created now", edrvtest.SetCreatedAt(old, time.Now()), http.StatusOK},
		{"created before the maximum age", edrvtest.SetCreatedAt(old, time.Now().Add(-edrv.DefaultMaxAge-time.Minute)), http.StatusUnauthorized},
	} {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, edrvtest.NewRequest(secret, tt.body))
		assert.Equal(t, tt.status, rec.Code, tt.name)
	}
	assert.Equal(t, 1, calls)
}
