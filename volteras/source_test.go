package volteras_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

const testSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

// delivery returns a signed delivery of body; eventType goes to the path
// value "event" and, when header is set, to that header.
func delivery(t *testing.T, secret, pathEvent, header, headerEvent string, body []byte) *dispatch.Delivery {
	t.Helper()
	h, err := volterastest.Header(secret, "", body, volterastest.WithMessageID("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"))
	require.NoError(t, err)
	if header != "" {
		h.Set(header, headerEvent)
	}
	req, err := http.NewRequest(http.MethodPost, "/webhooks/volteras/x", nil)
	require.NoError(t, err)
	req.Header = h
	if pathEvent != "" {
		req.SetPathValue("event", pathEvent)
	}
	return &dispatch.Delivery{Header: h, Body: body, Request: req}
}

func TestSourceEventTypePrecedence(t *testing.T) {
	device := readGolden(t, "device.connected.json")
	telemetry := readGolden(t, "device.telemetry_odometer.json")
	const hdr = "X-Volteras-Event"
	tests := []struct {
		name        string
		opts        []volteras.SourceOption
		pathEvent   string
		headerEvent string
		pure        bool // no *http.Request, as with Router.Deliver
		body        []byte
		want        string
		wantErr     error
	}{
		{"fixed beats path and header",
			[]volteras.SourceOption{volteras.WithEventType(volteras.EventDeviceDisconnected), volteras.WithPathValue("event"), volteras.WithEventTypeHeader(hdr)},
			volteras.EventDeviceConnected, volteras.EventDeviceConnected, false, device, volteras.EventDeviceDisconnected, nil},
		{"fixed in the pure form",
			[]volteras.SourceOption{volteras.WithEventType(volteras.EventDeviceDisconnected)},
			"", "", true, device, volteras.EventDeviceDisconnected, nil},
		{"path beats header",
			[]volteras.SourceOption{volteras.WithPathValue("event"), volteras.WithEventTypeHeader(hdr)},
			volteras.EventDeviceConnected, volteras.EventDeviceDisconnected, false, device, volteras.EventDeviceConnected, nil},
		{"header when no path value",
			[]volteras.SourceOption{volteras.WithPathValue("event"), volteras.WithEventTypeHeader(hdr)},
			"", volteras.EventDeviceDisconnected, false, device, volteras.EventDeviceDisconnected, nil},
		{"header in the pure form",
			[]volteras.SourceOption{volteras.WithPathValue("event"), volteras.WithEventTypeHeader(hdr)},
			volteras.EventDeviceConnected, volteras.EventDeviceDisconnected, true, device, volteras.EventDeviceDisconnected, nil},
		{"default reads path value event",
			nil, volteras.EventDeviceConnected, "", false, device, volteras.EventDeviceConnected, nil},
		{"unknown path value decodes to Unknown",
			nil, "device.rebooted", "", false, device, "device.rebooted", nil},
		{"header must name a known type",
			[]volteras.SourceOption{volteras.WithEventTypeHeader(hdr)},
			"", "device.rebooted", false, device, "", volteras.ErrUnacceptedEventType},
		{"header accepts registered types",
			[]volteras.SourceOption{volteras.WithEventTypeHeader(hdr), volteras.WithAcceptedEventTypes("device.rebooted")},
			"", "device.rebooted", false, device, "device.rebooted", nil},
		{"shape detection as fallback",
			[]volteras.SourceOption{volteras.WithEventTypeHeader(hdr), volteras.WithShapeDetection()},
			"", "", false, telemetry, volteras.EventDeviceTelemetry, nil},
		{"shape detection never guesses connected",
			[]volteras.SourceOption{volteras.WithShapeDetection()},
			"", "", false, device, "", volteras.ErrAmbiguousEventType},
		{"header beats shape detection",
			[]volteras.SourceOption{volteras.WithEventTypeHeader(hdr), volteras.WithShapeDetection()},
			"", volteras.EventDeviceConnected, false, device, volteras.EventDeviceConnected, nil},
		{"no type at all",
			[]volteras.SourceOption{volteras.WithPathValue("event"), volteras.WithEventTypeHeader(hdr)},
			"", "", false, device, "", volteras.ErrNoEventType},
		{"no type in the pure form",
			nil, volteras.EventDeviceConnected, "", true, device, "", volteras.ErrNoEventType},
		{"given type that does not fit the body",
			[]volteras.SourceOption{volteras.WithEventType(volteras.EventDeviceTelemetry)},
			"", "", false, device, "", volteras.ErrMissingMetricType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src, err := volteras.NewSource(testSecret, tc.opts...)
			require.NoError(t, err)
			d := delivery(t, testSecret, tc.pathEvent, hdr, tc.headerEvent, tc.body)
			if tc.pure {
				d.Request = nil
			}
			require.NoError(t, src.Verify(d))
			msg, err := src.Decode(d)
			if tc.wantErr != nil {
				require.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, msg.Name)
			ev := msg.Event.(volteras.Event)
			assert.Equal(t, tc.want, ev.Type())
			assert.Equal(t, "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", msg.ID)
			assert.Nil(t, msg.Reply)
			if want, ok := src.Catalog().Events[tc.want]; ok {
				assert.IsType(t, want, msg.Event)
			} else {
				assert.IsType(t, src.Catalog().Unknown, msg.Event)
			}
		})
	}
}

func TestSourceMessageIDFallback(t *testing.T) {
	src, err := volteras.NewSource(testSecret, volteras.WithEventType(volteras.EventDeviceConnected))
	require.NoError(t, err)
	body := readGolden(t, "device.connected.json")
	for _, tc := range []struct {
		name   string
		header http.Header
		want   string
	}{
		{"svix", http.Header{"Svix-Id": {"msg_a"}, "Webhook-Id": {"msg_b"}}, "msg_a"},
		{"webhook", http.Header{"Webhook-Id": {"msg_b"}}, "msg_b"},
		{"empty svix falls back", http.Header{"Svix-Id": {""}, "Webhook-Id": {"msg_b"}}, "msg_b"},
		{"non-canonical key", http.Header{"svix-id": {"msg_c"}}, "msg_c"},
		{"none", http.Header{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg, err := src.Decode(&dispatch.Delivery{Header: tc.header, Body: body})
			require.NoError(t, err)
			assert.Equal(t, tc.want, msg.ID)
		})
	}
}

func TestSourceVerify(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	clock := verify.WithClock(func() time.Time { return now })
	body := readGolden(t, "device.connected.json")
	signed := func(secret string, at time.Time) http.Header {
		h, err := volterastest.Header(secret, "", body, volterastest.WithTimestamp(at))
		require.NoError(t, err)
		return h
	}
	other := volterastest.NewSecret()

	src, err := volteras.NewSource(testSecret, volteras.WithEventType(volteras.EventDeviceConnected),
		volteras.WithVerifyOptions(clock, verify.WithAdditionalSecrets(other)))
	require.NoError(t, err)
	tests := []struct {
		name   string
		header http.Header
		body   []byte
		want   error
	}{
		{"valid", signed(testSecret, now), body, nil},
		{"rotated secret", signed(other, now), body, nil},
		{"forged", signed(volterastest.NewSecret(), now), body, verify.ErrSignatureMismatch},
		{"body changed", signed(testSecret, now), []byte(`{"id":"x","deviceType":"VEHICLE"}`), verify.ErrSignatureMismatch},
		{"stale", signed(testSecret, now.Add(-10*time.Minute)), body, verify.ErrTimestampTooOld},
		{"future", signed(testSecret, now.Add(10*time.Minute)), body, verify.ErrTimestampTooNew},
		{"unsigned", http.Header{}, body, verify.ErrMissingSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := src.Verify(&dispatch.Delivery{Header: tc.header, Body: tc.body})
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tc.want)
		})
	}
}

func TestSourceEventSecret(t *testing.T) {
	connected, disconnected := volterastest.NewSecret(), volterastest.NewSecret()
	src, err := volteras.NewSource(testSecret,
		volteras.WithPathValue("event"),
		volteras.WithEventSecret(volteras.EventDeviceConnected, connected),
		volteras.WithEventSecret(volteras.EventDeviceDisconnected, disconnected))
	require.NoError(t, err)
	body := readGolden(t, "device.connected.json")

	tests := []struct {
		name, secret, path string
		want               error
	}{
		{"own secret", connected, volteras.EventDeviceConnected, nil},
		{"other type's secret", disconnected, volteras.EventDeviceConnected, verify.ErrSignatureMismatch},
		{"own secret, other route", connected, volteras.EventDeviceDisconnected, verify.ErrSignatureMismatch},
		{"default secret for other types", testSecret, volteras.EventJourneyUpdated, nil},
		{"default secret not for typed routes", testSecret, volteras.EventDeviceConnected, verify.ErrSignatureMismatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := src.Verify(delivery(t, tc.secret, tc.path, "", "", body))
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tc.want)
		})
	}
}

func TestNewSourceErrors(t *testing.T) {
	tests := []struct {
		name   string
		secret string
		opts   []volteras.SourceOption
		want   error
	}{
		{"empty secret", "", nil, verify.ErrInvalidSecret},
		{"bad event secret", testSecret, []volteras.SourceOption{volteras.WithEventSecret(volteras.EventDeviceConnected, "whsec_!")}, verify.ErrInvalidSecret},
		{"empty fixed type", testSecret, []volteras.SourceOption{volteras.WithEventType("")}, nil},
		{"empty path value", testSecret, []volteras.SourceOption{volteras.WithPathValue("")}, nil},
		{"bad header name", testSecret, []volteras.SourceOption{volteras.WithEventTypeHeader("X Event")}, nil},
		{"empty event type of a secret", testSecret, []volteras.SourceOption{volteras.WithEventSecret("", volterastest.NewSecret())}, nil},
		{"event secret resolved by shape only", testSecret, []volteras.SourceOption{volteras.WithShapeDetection(),
			volteras.WithEventSecret(volteras.EventDeviceConnected, volterastest.NewSecret())}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src, err := volteras.NewSource(tc.secret, tc.opts...)
			require.Error(t, err)
			assert.Nil(t, src)
			if tc.want != nil {
				assert.ErrorIs(t, err, tc.want)
			}
		})
	}
}

func TestSourceCatalog(t *testing.T) {
	src, err := volteras.NewSource(testSecret)
	require.NoError(t, err)
	assert.Equal(t, "volteras", src.Provider())
	c := src.Catalog()
	assert.Equal(t, map[string]any{
		"device.connected":    (*volteras.DeviceConnected)(nil),
		"device.disconnected": (*volteras.DeviceDisconnected)(nil),
		"device.telemetry":    (*volteras.Telemetry)(nil),
		"command.updated":     (*volteras.CommandUpdated)(nil),
		"rate_limit.updated":  (*volteras.RateLimitUpdated)(nil),
		"alert.updated":       (*volteras.AlertUpdated)(nil),
		"journey.updated":     (*volteras.JourneyUpdated)(nil),
	}, c.Events)
	assert.Equal(t, (*volteras.Unknown)(nil), c.Unknown)
	for name := range c.Events {
		assert.True(t, volteras.KnownEventType(name))
	}
	assert.False(t, volteras.KnownEventType("device.rebooted"))
}

func TestDetectEventType(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string
		err  error
	}{
		{"telemetry", `{"metricType":"RANGE"}`, volteras.EventDeviceTelemetry, nil},
		{"command", `{"id":"a","deviceType":"VEHICLE","command":"WAKE_UP","status":"PENDING"}`, volteras.EventCommandUpdated, nil},
		{"rate limit", `{"remaining_requests":1}`, volteras.EventRateLimitUpdated, nil},
		{"rate limit camel", `{"windowSizeSeconds":1}`, volteras.EventRateLimitUpdated, nil},
		{"alert", `{"alertDefinitionId":"x"}`, volteras.EventAlertUpdated, nil},
		{"journey", `{"startTimestamp":"2024-01-15T10:00:00Z","vehicleId":"v"}`, volteras.EventJourneyUpdated, nil},
		{"journey by distance", `{"startTimestamp":null,"distanceTravelledKm":1}`, volteras.EventJourneyUpdated, nil},
		{"device is ambiguous", `{"id":"a","deviceType":"VEHICLE"}`, "", volteras.ErrAmbiguousEventType},
		{"command without status", `{"id":"a","deviceType":"VEHICLE","command":"WAKE_UP"}`, "", volteras.ErrAmbiguousEventType},
		{"start without vehicle", `{"startTimestamp":"x"}`, "", volteras.ErrUnrecognizedShape},
		{"empty object", `{}`, "", volteras.ErrUnrecognizedShape},
		{"array", `[]`, "", volteras.ErrNotObject},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := volteras.DetectEventType([]byte(tc.body))
			if tc.err != nil {
				assert.ErrorIs(t, err, tc.err)
				assert.Equal(t, "", got)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
	// every golden but the two device events is detected as its own type
	for _, g := range goldens {
		want := eventTypeOf(g.file)
		got, err := volteras.DetectEventType(readGolden(t, g.file))
		if want == volteras.EventDeviceConnected || want == volteras.EventDeviceDisconnected {
			assert.ErrorIs(t, err, volteras.ErrAmbiguousEventType, g.file)
			continue
		}
		assert.NoError(t, err, g.file)
		assert.Equal(t, want, got, g.file)
	}
	_, err := volteras.DetectEventType([]byte(`{`))
	var syntax *json.SyntaxError
	assert.True(t, errors.As(err, &syntax), "%v", err)
}
