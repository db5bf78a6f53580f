package edrvtest_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/verify"
)

const secret = "whsec_test"

// handler is a minimal receiver as a user would write it.
func handler(t *testing.T, v *edrv.Verifier, got *edrv.Event) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		require.NoError(t, err)
		if err := v.Verify(r.Header, body); err != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		ev, err := edrv.Parse(body)
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		*got = ev
	})
}

func TestNewRequest(t *testing.T) {
	body := edrvtest.Body(edrv.SessionStarted, "session", edrv.Session{ID: "s1", Status: edrv.SessionStatusStarted})
	tests := []struct {
		name     string
		verifier []verify.Option
		secret   string
		opts     []edrvtest.Option
		status   int
	}{
		{"default", nil, secret, nil, http.StatusOK},
		{"legacy", nil, secret, []edrvtest.Option{edrvtest.WithLegacy()}, http.StatusOK},
		{"timestamped", []verify.Option{edrv.WithSignedContent(edrv.SignedTimestampBody)}, secret,
			[]edrvtest.Option{edrvtest.WithSignedContent(edrv.SignedTimestampBody)}, http.StatusOK},
		{"stale", nil, secret, []edrvtest.Option{edrvtest.WithTime(time.Now().Add(-time.Hour))}, http.StatusUnauthorized},
		{"wrong secret", nil, "other", nil, http.StatusUnauthorized},
		{"content mismatch", nil, secret, []edrvtest.Option{edrvtest.WithSignedContent(edrv.SignedTimestampBody)}, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := edrv.NewVerifier(secret, tt.verifier...)
			require.NoError(t, err)
			var got edrv.Event
			req := edrvtest.NewRequest(tt.secret, body, append(tt.opts, edrvtest.WithTarget("https://example.org/hooks/edrv"))...)
			assert.Equal(t, http.MethodPost, req.Method)
			assert.Equal(t, "/hooks/edrv", req.URL.Path)
			assert.Equal(t, "application/json", req.Header.Get("Content-Type"))
			rec := httptest.NewRecorder()
			handler(t, v, &got).ServeHTTP(rec, req)
			assert.Equal(t, tt.status, rec.Code)
			if tt.status == http.StatusOK {
				ev, ok := got.(*edrv.SessionEvent)
				require.True(t, ok, "got %T", got)
				assert.Equal(t, "s1", ev.Data.ID)
			}
		})
	}
}

func TestSignAndHeader(t *testing.T) {
	ts := time.UnixMilli(1717507818000)
	body := []byte(`{"_id":"665f1c2a9b1e4a0012ab34cd","type":"chargestation.online","object":"chargestation","data":{"_id":"5eafcdae9e7760a2646be430","online":true},"createdAt":"2024-06-04T13:30:18.000Z"}`)
	// The spec sheet's test vector (§6.4).
	assert.Equal(t, "t=1717507818000,v1=259125b37c547b1e12abe6a76130fc7c735a1efb27dcfe86a9a199f7d1180410",
		edrvtest.Sign("edrv_test_secret", body, edrvtest.WithTime(ts)))
	assert.Equal(t, "sha256=259125b37c547b1e12abe6a76130fc7c735a1efb27dcfe86a9a199f7d1180410",
		edrvtest.Sign("edrv_test_secret", body, edrvtest.WithLegacy()))
	h := edrvtest.Header("edrv_test_secret", body, edrvtest.WithTime(ts))
	assert.Equal(t, "t=1717507818000,v1=259125b37c547b1e12abe6a76130fc7c735a1efb27dcfe86a9a199f7d1180410", h.Get("eDRV-Signature"))
	assert.Panics(t, func() { edrvtest.Sign("", body) })
	assert.Regexp(t, regexp.MustCompile(`^t=\d{13},v1=[0-9a-f]{64}$`), edrvtest.Sign(secret, body))
}

func TestBody(t *testing.T) {
	b := edrvtest.Body(edrv.ChargestationConnectorStatusUpdated, "chargestation", edrv.Chargestation{
		ID:         "c1",
		Connectors: []edrv.Connector{{ID: "k1", Status: edrv.ConnectorPreparing}},
	})
	ev, err := edrv.Parse(b)
	require.NoError(t, err)
	e, ok := ev.(*edrv.ChargestationEvent)
	require.True(t, ok, "got %T", ev)
	assert.Regexp(t, `^[0-9a-f]{24}$`, e.ID)
	assert.Equal(t, "chargestation", e.Object)
	assert.WithinDuration(t, time.Now(), e.CreatedAt.Time(), time.Minute)
	assert.Equal(t, edrv.ConnectorPreparing, e.Data.Connector("k1").Status)
	ev2, err := edrv.Parse(edrvtest.Body(edrv.ChargestationOnline, "chargestation", edrv.Chargestation{ID: "c1"}))
	require.NoError(t, err)
	assert.NotEqual(t, e.ID, ev2.EventID(), "fresh ids")
	assert.Panics(t, func() { edrvtest.Body(edrv.ChargestationOnline, "chargestation", func() {}) })
}
