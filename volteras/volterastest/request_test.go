package volterastest_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/verify"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

func TestNewRequestVerifies(t *testing.T) {
	secret := volterastest.NewSecret()
	v, err := volteras.NewVerifier(secret)
	require.NoError(t, err)
	body := volterastest.Payload("device.telemetry/location")

	tests := []struct {
		name          string
		opts          []volterastest.Option
		idHdr, sigHdr string
	}{
		{"svix headers", nil, "Svix-Id", "Svix-Signature"},
		{"svix headers explicitly", []volterastest.Option{volterastest.WithHeaderForm(volterastest.HeaderSvix)}, "Svix-Id", "Svix-Signature"},
		{"webhook headers", []volterastest.Option{volterastest.WithHeaderForm(volterastest.HeaderWebhook)}, "Webhook-Id", "Webhook-Signature"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body, tc.opts...)
			assert.Equal(t, http.MethodPost, req.Method)
			assert.Equal(t, volterastest.DefaultTarget+volteras.EventDeviceTelemetry, req.URL.Path)
			assert.Equal(t, "", req.PathValue("event"), "no path values")
			assert.Equal(t, "application/json", req.Header.Get("Content-Type"))
			assert.NotEmpty(t, req.Header.Get(tc.idHdr))
			assert.NotEmpty(t, req.Header.Get(tc.sigHdr))
			assert.Len(t, req.Header, 5, "content type, user agent, id, timestamp, signature")
			got, err := io.ReadAll(req.Body)
			require.NoError(t, err)
			assert.Equal(t, body, got)
			require.NoError(t, v.Verify(req.Header, got))
			assert.ErrorIs(t, v.Verify(req.Header, append(bytes.Clone(got), ' ')), verify.ErrSignatureMismatch)
		})
	}
}

func TestHeaderOptions(t *testing.T) {
	secret := volterastest.NewSecret()
	body := volterastest.Payload(volteras.EventDeviceConnected)
	at := time.Unix(1_700_000_000, 0)
	h := volterastest.Header(secret, volteras.EventDeviceConnected, body,
		volterastest.WithID("msg_fixed"),
		volterastest.WithTime(at),
		volterastest.WithEventTypeHeader("X-Volteras-Event"),
		volterastest.WithHeader("X-Extra", "1"))
	assert.Equal(t, "msg_fixed", h.Get("Svix-Id"))
	assert.Equal(t, "1700000000", h.Get("Svix-Timestamp"))
	assert.Equal(t, volteras.EventDeviceConnected, h.Get("X-Volteras-Event"))
	assert.Equal(t, "1", h.Get("X-Extra"))

	// The signature is bound to the time: it verifies then and is stale five
	// minutes and one second later.
	clock := func(t time.Time) verify.Option { return verify.WithClock(func() time.Time { return t }) }
	v, err := volteras.NewVerifier(secret, clock(at))
	require.NoError(t, err)
	require.NoError(t, v.Verify(h, body))
	late, err := volteras.NewVerifier(secret, clock(at.Add(5*time.Minute+time.Second)))
	require.NoError(t, err)
	assert.ErrorIs(t, late.Verify(h, body), verify.ErrTimestampTooOld)
}

func TestSecrets(t *testing.T) {
	secret, next := volterastest.NewSecret(), volterastest.NewSecret()
	body := volterastest.Payload(volteras.EventCommandUpdated)
	only := func(s string) *volteras.Verifier {
		v, err := volteras.NewVerifier(s)
		require.NoError(t, err)
		return v
	}

	wrong := volterastest.Header(secret, "", body, volterastest.WithWrongSecret())
	assert.ErrorIs(t, only(secret).Verify(wrong, body), verify.ErrSignatureMismatch)

	rotating := volterastest.Header(secret, "", body, volterastest.WithAdditionalSecrets(next))
	assert.NoError(t, only(secret).Verify(rotating, body))
	assert.NoError(t, only(next).Verify(rotating, body))
	assert.ErrorIs(t, only(volterastest.NewSecret()).Verify(rotating, body), verify.ErrSignatureMismatch)
}

func TestRandomDefaults(t *testing.T) {
	a, b := volterastest.NewSecret(), volterastest.NewSecret()
	assert.NotEqual(t, a, b)
	assert.Regexp(t, `^whsec_[A-Za-z0-9+/]{32}$`, a)
	h1 := volterastest.Header(a, "", nil)
	h2 := volterastest.Header(a, "", nil)
	assert.Regexp(t, `^msg_[0-9A-Za-z]{27}$`, h1.Get("Svix-Id"))
	assert.NotEqual(t, h1.Get("Svix-Id"), h2.Get("Svix-Id"))
	ts, err := time.Parse(time.RFC3339, time.Now().UTC().Format(time.RFC3339))
	require.NoError(t, err)
	assert.InDelta(t, ts.Unix(), mustInt(t, h1.Get("Svix-Timestamp")), 5)
}

func mustInt(t *testing.T, s string) int64 {
	t.Helper()
	var n int64
	for _, c := range s {
		require.True(t, c >= '0' && c <= '9', s)
		n = n*10 + int64(c-'0')
	}
	return n
}

func TestPanics(t *testing.T) {
	good := volterastest.NewSecret()
	tests := []struct {
		name string
		fn   func()
	}{
		{"empty secret", func() { volterastest.NewRequest("", volteras.EventDeviceConnected, nil) }},
		{"not base64", func() { volterastest.Header("whsec_!!!", volteras.EventDeviceConnected, nil) }},
		{"public key", func() { volterastest.NewRequest("whpk_AAAA", volteras.EventDeviceConnected, nil) }},
		{"bad additional secret", func() {
			volterastest.NewRequest(good, volteras.EventDeviceConnected, nil, volterastest.WithAdditionalSecrets(""))
		}},
		{"bad target", func() {
			volterastest.NewRequest(good, volteras.EventDeviceConnected, nil, volterastest.WithTarget("://bad"))
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { assert.Panics(t, tc.fn) })
	}
}

func TestTargetAndContext(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "v")
	req := volterastest.NewRequest(volterastest.NewSecret(), volteras.EventJourneyUpdated, []byte(`{}`),
		volterastest.WithTarget("https://hooks.example.org/in/journeys"),
		volterastest.WithContext(ctx))
	assert.Equal(t, "hooks.example.org", req.Host)
	assert.Equal(t, "/in/journeys", req.URL.Path)
	assert.Equal(t, "v", req.Context().Value(key{}))
	// An event type that needs escaping stays one path segment.
	req = volterastest.NewRequest(volterastest.NewSecret(), "odd/type", nil)
	assert.Equal(t, "/webhooks/volteras/odd%2Ftype", req.URL.EscapedPath())
}
