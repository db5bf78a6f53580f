package volterastest_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

func golden(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/volteras/" + name)
	require.NoError(t, err)
	return b
}

func TestNewRequestVerifies(t *testing.T) {
	secret := volterastest.NewSecret()
	v, err := volteras.NewVerifier(secret)
	require.NoError(t, err)
	body := golden(t, "device.telemetry_state_of_charge.json")

	tests := []struct {
		name   string
		opts   []volterastest.Option
		idHdr  string
		sigHdr string
	}{
		{"svix headers", nil, "Svix-Id", "Svix-Signature"},
		{"webhook headers", []volterastest.Option{volterastest.WithWebhookHeaders()}, "Webhook-Id", "Webhook-Signature"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body, tc.opts...)
			require.NoError(t, err)
			assert.Equal(t, http.MethodPost, req.Method)
			assert.Equal(t, "/webhooks/volteras/device.telemetry", req.URL.Path)
			assert.Equal(t, volteras.EventDeviceTelemetry, req.PathValue("event"))
			assert.Equal(t, "application/json", req.Header.Get("Content-Type"))
			assert.NotEmpty(t, req.Header.Get(tc.idHdr))
			assert.NotEmpty(t, req.Header.Get(tc.sigHdr))
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
	body := []byte(`{"id":"d1","deviceType":"VEHICLE"}`)
	at := time.Unix(1_700_000_000, 0)
	h, err := volterastest.Header(secret, volteras.EventDeviceConnected, body,
		volterastest.WithMessageID("msg_fixed"),
		volterastest.WithTimestamp(at),
		volterastest.WithEventTypeHeader("X-Volteras-Event"),
		volterastest.WithHeader("X-Extra", "1"))
	require.NoError(t, err)
	assert.Equal(t, "msg_fixed", h.Get("Svix-Id"))
	assert.Equal(t, "1700000000", h.Get("Svix-Timestamp"))
	assert.Equal(t, volteras.EventDeviceConnected, h.Get("X-Volteras-Event"))
	assert.Equal(t, "1", h.Get("X-Extra"))

	// The signature is bound to the timestamp: it verifies at that time and
	// is stale five minutes and one second later.
	v, err := volteras.NewVerifier(secret, verify.WithClock(func() time.Time { return at }))
	require.NoError(t, err)
	require.NoError(t, v.Verify(h, body))
	late, err := volteras.NewVerifier(secret, verify.WithClock(func() time.Time { return at.Add(5*time.Minute + time.Second) }))
	require.NoError(t, err)
	assert.ErrorIs(t, late.Verify(h, body), verify.ErrTimestampTooOld)

	// Another secret does not verify it.
	other, err := volteras.NewVerifier(volterastest.NewSecret(), verify.WithClock(func() time.Time { return at }))
	require.NoError(t, err)
	assert.ErrorIs(t, other.Verify(h, body), verify.ErrSignatureMismatch)
}

func TestRandomDefaults(t *testing.T) {
	a, b := volterastest.NewSecret(), volterastest.NewSecret()
	assert.NotEqual(t, a, b)
	assert.Regexp(t, `^whsec_[A-Za-z0-9+/]{32}$`, a)
	h1, err := volterastest.Header(a, "", nil)
	require.NoError(t, err)
	h2, err := volterastest.Header(a, "", nil)
	require.NoError(t, err)
	assert.Regexp(t, `^msg_[0-9A-Za-z]{27}$`, h1.Get("Svix-Id"))
	assert.NotEqual(t, h1.Get("Svix-Id"), h2.Get("Svix-Id"))
}

func TestNewRequestErrors(t *testing.T) {
	_, err := volterastest.NewRequest("", volteras.EventDeviceConnected, nil)
	assert.ErrorIs(t, err, verify.ErrInvalidSecret)
	_, err = volterastest.Header("whsec_!!!", volteras.EventDeviceConnected, nil)
	assert.ErrorIs(t, err, verify.ErrInvalidSecret)
	_, err = volterastest.NewRequest(volterastest.NewSecret(), "x", nil, volterastest.WithTarget("://bad"))
	assert.Error(t, err)
}

func TestNewRequestTargetAndContext(t *testing.T) {
	type key struct{}
	ctx := context.WithValue(context.Background(), key{}, "v")
	req, err := volterastest.NewRequest(volterastest.NewSecret(), volteras.EventJourneyUpdated, []byte(`{}`),
		volterastest.WithTarget("https://hooks.example.org/in/journeys"),
		volterastest.WithPathValue("kind"),
		volterastest.WithContext(ctx))
	require.NoError(t, err)
	assert.Equal(t, "hooks.example.org", req.Host)
	assert.Equal(t, "/in/journeys", req.URL.Path)
	assert.Equal(t, volteras.EventJourneyUpdated, req.PathValue("kind"))
	assert.Equal(t, "", req.PathValue("event"))
	assert.Equal(t, "v", req.Context().Value(key{}))
}

// TestRequestsThroughSource feeds the produced requests to volteras.Source
// as the router would: Verify then Decode.
func TestRequestsThroughSource(t *testing.T) {
	secret := volterastest.NewSecret()
	tests := []struct {
		name    string
		srcOpts []volteras.SourceOption
		reqOpts []volterastest.Option
		event   string
		file    string
		want    any
	}{
		{"path value", []volteras.SourceOption{volteras.WithPathValue("event")}, nil,
			volteras.EventDeviceDisconnected, "device.disconnected.json", (*volteras.DeviceDisconnected)(nil)},
		{"header", []volteras.SourceOption{volteras.WithEventTypeHeader("X-Volteras-Event")},
			[]volterastest.Option{volterastest.WithEventTypeHeader("X-Volteras-Event"), volterastest.WithPathValue("")},
			volteras.EventDeviceConnected, "device.connected.json", (*volteras.DeviceConnected)(nil)},
		{"fixed", []volteras.SourceOption{volteras.WithEventType(volteras.EventJourneyUpdated)},
			[]volterastest.Option{volterastest.WithWebhookHeaders()},
			volteras.EventJourneyUpdated, "journey.updated_complete.json", (*volteras.JourneyUpdated)(nil)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src, err := volteras.NewSource(secret, tc.srcOpts...)
			require.NoError(t, err)
			body := golden(t, tc.file)
			req, err := volterastest.NewRequest(secret, tc.event, body,
				append([]volterastest.Option{volterastest.WithMessageID("msg_1")}, tc.reqOpts...)...)
			require.NoError(t, err)
			d := &dispatch.Delivery{Header: req.Header, Body: body, Request: req}
			require.NoError(t, src.Verify(d))
			msg, err := src.Decode(d)
			require.NoError(t, err)
			assert.Equal(t, tc.event, msg.Name)
			assert.Equal(t, "msg_1", msg.ID)
			assert.IsType(t, tc.want, msg.Event)
		})
	}
}
