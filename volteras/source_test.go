package volteras_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

func newSource(t *testing.T, secret string, opts ...volteras.SourceOption) *volteras.Source {
	t.Helper()
	src, err := volteras.NewSource(secret, opts...)
	require.NoError(t, err)
	return src
}

// delivery is what the router hands the source for req.
func delivery(req *http.Request, body []byte) *dispatch.Delivery {
	return &dispatch.Delivery{Header: req.Header, Body: body, Request: req}
}

// serve sends req through a mux with the given route to a router on src,
// and returns the status and the Go type of the event handled, if any.
func serve(t *testing.T, src *volteras.Source, route string, req *http.Request) (int, reflect.Type) {
	t.Helper()
	r := dispatch.New(src)
	var got reflect.Type
	dispatch.Handle(r, "*", func(_ context.Context, ev volteras.Event) error {
		got = reflect.TypeOf(ev)
		return nil
	})
	mux := http.NewServeMux()
	mux.Handle(route, r)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	return rec.Code, got
}

// TestCatalogPayloadsDecodeAsThemselves checks that every name the Source
// declares has a catalogue payload that a router on the Source delivers as
// that name's Go type.
func TestCatalogPayloadsDecodeAsThemselves(t *testing.T) {
	secret := volterastest.NewSecret()
	src := newSource(t, secret)
	events := src.Catalog().Events
	require.Len(t, events, 7)
	for name, typ := range events {
		t.Run(name, func(t *testing.T) {
			body := volterastest.Payload(name)
			require.NotNil(t, body, "no catalogue payload for %s", name)
			id := "msg_" + strings.ReplaceAll(name, ".", "_")
			req := volterastest.NewRequest(secret, name, body, volterastest.WithID(id))
			d := delivery(req, body)
			d.Request = nil
			d.Name = name // as stored; the live route is tested below
			require.NoError(t, src.Verify(d))
			msg, err := src.Decode(d)
			require.NoError(t, err)
			assert.Equal(t, name, msg.Name)
			assert.Equal(t, id, msg.ID)
			assert.Equal(t, reflect.TypeOf(typ), reflect.TypeOf(msg.Event))

			code, got := serve(t, src, "POST /webhooks/volteras/{event}", volterastest.NewRequest(secret, name, body))
			assert.Equal(t, http.StatusOK, code)
			assert.Equal(t, reflect.TypeOf(typ), got)
		})
	}
}

// TestMisroutedMountFails checks that volterastest does not hide a server
// mounted with another wildcard name than the source reads: every delivery
// is then a 400, in tests as in production.
func TestMisroutedMountFails(t *testing.T) {
	secret := volterastest.NewSecret()
	body := volterastest.Payload(volteras.EventDeviceTelemetry)
	req := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body)
	assert.Equal(t, "", req.PathValue("event"), "NewRequest sets no path values")
	code, got := serve(t, newSource(t, secret), "POST /webhooks/volteras/{kind}", req)
	assert.Equal(t, http.StatusBadRequest, code)
	assert.Nil(t, got)

	// Mounted as the source expects, the same delivery is handled.
	req = volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body)
	code, got = serve(t, newSource(t, secret), "POST /webhooks/volteras/{event}", req)
	assert.Equal(t, http.StatusOK, code)
	assert.Equal(t, reflect.TypeFor[*volteras.Telemetry](), got)
}

// TestRetypedReplay checks that with per-type secrets a delivery re-posted
// under another event type fails verification.
func TestRetypedReplay(t *testing.T) {
	connected, disconnected, shared := volterastest.NewSecret(), volterastest.NewSecret(), volterastest.NewSecret()
	body := volterastest.Payload(volteras.EventDeviceConnected)
	perType := []volteras.SourceOption{
		volteras.WithEventSecret(volteras.EventDeviceConnected, connected),
		volteras.WithEventSecret(volteras.EventDeviceDisconnected, disconnected),
	}
	tests := []struct {
		name   string
		secret string // shared secret given to NewSource
		target string
		want   int
	}{
		{"own path", "", "/webhooks/volteras/device.connected", http.StatusOK},
		{"other known type", "", "/webhooks/volteras/device.disconnected", http.StatusUnauthorized},
		{"unknown type, no shared secret", "", "/webhooks/volteras/anything.else", http.StatusUnauthorized},
		{"own path, shared secret too", shared, "/webhooks/volteras/device.connected", http.StatusOK},
		{"other known type, shared secret too", shared, "/webhooks/volteras/device.disconnected", http.StatusUnauthorized},
		{"unknown type, shared secret too", shared, "/webhooks/volteras/anything.else", http.StatusUnauthorized},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := newSource(t, tc.secret, perType...)
			req := volterastest.NewRequest(connected, volteras.EventDeviceConnected, body, volterastest.WithTarget(tc.target))
			code, _ := serve(t, src, "POST /webhooks/volteras/{event}", req)
			assert.Equal(t, tc.want, code)
		})
	}

	// The errors say why.
	src := newSource(t, "", perType...)
	req := volterastest.NewRequest(connected, volteras.EventDeviceConnected, body)
	d := delivery(req, body)
	d.Name = volteras.EventDeviceDisconnected
	assert.ErrorIs(t, src.Verify(d), verify.ErrSignatureMismatch)
	d.Name = "anything.else"
	assert.ErrorIs(t, src.Verify(d), volteras.ErrNoSecret)
	d.Name = ""
	assert.ErrorIs(t, src.Verify(d), volteras.ErrNoSecret, "no path value: no type, no secret")

	// A type with a secret of its own but a delivery signed with the shared
	// secret is refused: the per-type secret is the only one for that type.
	withShared := newSource(t, shared, perType...)
	req = volterastest.NewRequest(shared, volteras.EventDeviceConnected, body)
	d = delivery(req, body)
	d.Name = volteras.EventDeviceConnected
	assert.ErrorIs(t, withShared.Verify(d), verify.ErrSignatureMismatch)
	d.Name = "anything.else"
	assert.NoError(t, withShared.Verify(d), "a type without its own secret uses the shared one")

	// The claimed type may come from a portal header too.
	hdr := newSource(t, "", append(perType, volteras.WithEventTypeHeader("X-Volteras-Event"))...)
	req = volterastest.NewRequest(connected, volteras.EventDeviceConnected, body,
		volterastest.WithEventTypeHeader("X-Volteras-Event"), volterastest.WithTarget("/hooks"))
	require.NoError(t, hdr.Verify(delivery(req, body)))
	req.Header.Set("X-Volteras-Event", volteras.EventDeviceDisconnected)
	assert.ErrorIs(t, hdr.Verify(delivery(req, body)), verify.ErrSignatureMismatch)
}

// TestVerifyAgainstReceivedAt checks that the timestamp window is measured
// from Delivery.ReceivedAt when it is set.
func TestVerifyAgainstReceivedAt(t *testing.T) {
	secret := volterastest.NewSecret()
	body := volterastest.Payload(volteras.EventJourneyUpdated)
	signed := time.Now().Add(-2 * time.Hour)
	req := volterastest.NewRequest(secret, volteras.EventJourneyUpdated, body, volterastest.WithTime(signed))
	for _, secrets := range [][]volteras.SourceOption{nil, {volteras.WithEventSecret(volteras.EventJourneyUpdated, secret)}} {
		src := newSource(t, secret, secrets...)
		d := delivery(req, body)
		d.Name = volteras.EventJourneyUpdated
		assert.ErrorIs(t, src.Verify(d), verify.ErrTimestampTooOld, "against the clock")
		d.ReceivedAt = signed.Add(30 * time.Second)
		assert.NoError(t, src.Verify(d), "against ReceivedAt")
		d.ReceivedAt = signed.Add(5*time.Minute + time.Second)
		assert.ErrorIs(t, src.Verify(d), verify.ErrTimestampTooOld)
		d.ReceivedAt = signed.Add(-5*time.Minute - time.Second)
		assert.ErrorIs(t, src.Verify(d), verify.ErrTimestampTooNew)
	}

	// The window is checked on the timestamp that was signed: a fresh line
	// added under another spelling of the header cannot make a stale
	// signature pass.
	src := newSource(t, secret)
	d := delivery(req, body)
	d.Name = volteras.EventJourneyUpdated
	h := d.Header.Clone()
	h["svix-timestamp"] = []string{strconv.FormatInt(time.Now().Unix(), 10)}
	h["Webhook-Timestamp"] = []string{strconv.FormatInt(time.Now().Unix(), 10)}
	d.Header = h
	assert.ErrorIs(t, src.Verify(d), verify.ErrTimestampTooOld)

	// WithVerifyOptions sets the window.
	src = newSource(t, secret, volteras.WithVerifyOptions(verify.WithTolerance(3*time.Hour)))
	assert.NoError(t, src.Verify(delivery(req, body)))
	src = newSource(t, secret, volteras.WithVerifyOptions(verify.WithClock(func() time.Time { return signed })))
	assert.NoError(t, src.Verify(delivery(req, body)))
	src = newSource(t, secret, volteras.WithVerifyOptions(verify.WithoutTimestampCheck()))
	assert.NoError(t, src.Verify(delivery(req, body)))
}

func TestVerifyAllocatesNothing(t *testing.T) {
	secret, other := volterastest.NewSecret(), volterastest.NewSecret()
	body := volterastest.Payload(volteras.EventDeviceTelemetry)
	req := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body)
	req.SetPathValue("event", volteras.EventDeviceTelemetry)
	for name, src := range map[string]*volteras.Source{
		"shared":   newSource(t, secret),
		"per type": newSource(t, other, volteras.WithEventSecret(volteras.EventDeviceTelemetry, secret)),
	} {
		d := delivery(req, body)
		require.NoError(t, src.Verify(d), name)
		if !raceEnabled {
			assert.Zero(t, testing.AllocsPerRun(100, func() { _ = src.Verify(d) }), name)
		}
	}
}

func TestSourceTypeResolution(t *testing.T) {
	secret := volterastest.NewSecret()
	body := volterastest.Payload(volteras.EventDeviceConnected)
	tests := []struct {
		name    string
		opts    []volteras.SourceOption
		reqOpts []volterastest.Option
		path    string // path value "event", if any
		stored  string // Delivery.Name
		want    string
		wantErr error
	}{
		{"path value", nil, nil, volteras.EventDeviceDisconnected, "", volteras.EventDeviceDisconnected, nil},
		{"no path value", nil, nil, "", "", "", volteras.ErrNoEventType},
		{"stored name wins", nil, nil, volteras.EventDeviceDisconnected, volteras.EventDeviceConnected, volteras.EventDeviceConnected, nil},
		{"fixed", []volteras.SourceOption{volteras.WithEventType(volteras.EventDeviceConnected)}, nil, volteras.EventDeviceDisconnected, "", volteras.EventDeviceConnected, nil},
		{"header", []volteras.SourceOption{volteras.WithEventTypeHeader("X-Volteras-Event")},
			[]volterastest.Option{volterastest.WithEventTypeHeader("X-Volteras-Event")}, "", "", volteras.EventDeviceConnected, nil},
		{"header not accepted", []volteras.SourceOption{volteras.WithEventTypeHeader("X-Volteras-Event")},
			[]volterastest.Option{volterastest.WithHeader("X-Volteras-Event", "device.exploded")}, "", "", "", volteras.ErrUnacceptedEventType},
		{"header accepted", []volteras.SourceOption{volteras.WithEventTypeHeader("X-Volteras-Event"), volteras.WithAcceptedEventTypes("device.exploded")},
			[]volterastest.Option{volterastest.WithHeader("X-Volteras-Event", "device.exploded")}, "", "", "device.exploded", nil},
		{"shape ambiguous", []volteras.SourceOption{volteras.WithShapeDetection()}, nil, "", "", "", volteras.ErrAmbiguousEventType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := newSource(t, secret, tc.opts...)
			req := volterastest.NewRequest(secret, volteras.EventDeviceConnected, body, tc.reqOpts...)
			if tc.path != "" {
				req.SetPathValue("event", tc.path)
			}
			d := delivery(req, body)
			d.Name = tc.stored
			require.NoError(t, src.Verify(d))
			msg, err := src.Decode(d)
			if tc.wantErr != nil {
				assert.ErrorIs(t, err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, msg.Name)
			assert.Equal(t, tc.want, msg.Event.(volteras.Event).Type())
			assert.Equal(t, req.Header.Get("Svix-Id"), msg.ID)
		})
	}

	// Shape detection on an unambiguous body, and the webhook-id header.
	src := newSource(t, secret, volteras.WithShapeDetection())
	tb := volterastest.Payload(volteras.EventAlertUpdated)
	req := volterastest.NewRequest(secret, "", tb, volterastest.WithHeaderForm(volterastest.HeaderWebhook), volterastest.WithID("msg_w"))
	d := delivery(req, tb)
	require.NoError(t, src.Verify(d))
	msg, err := src.Decode(d)
	require.NoError(t, err)
	assert.Equal(t, volteras.EventAlertUpdated, msg.Name)
	assert.Equal(t, "msg_w", msg.ID)
}

func TestNewSourceErrors(t *testing.T) {
	secret := volterastest.NewSecret()
	tests := []struct {
		name   string
		secret string
		opts   []volteras.SourceOption
		is     error
	}{
		{"empty secret", "", nil, verify.ErrInvalidSecret},
		{"bad secret", "whsec_!!", nil, verify.ErrInvalidSecret},
		{"bad per-type secret", "", []volteras.SourceOption{volteras.WithEventSecret(volteras.EventDeviceConnected, "whpk_x")}, verify.ErrInvalidSecret},
		{"unsupported verify option", secret, []volteras.SourceOption{volteras.WithVerifyOptions(verify.WithSetting(struct{}{}, 1))}, verify.ErrUnsupportedOption},
		{"empty event type", secret, []volteras.SourceOption{volteras.WithEventType("")}, nil},
		{"empty path value", secret, []volteras.SourceOption{volteras.WithPathValue("")}, nil},
		{"bad header name", secret, []volteras.SourceOption{volteras.WithEventTypeHeader("X Bad")}, nil},
		{"empty per-type event", secret, []volteras.SourceOption{volteras.WithEventSecret("", secret)}, nil},
		{"per-type secrets with shape detection only", secret, []volteras.SourceOption{volteras.WithShapeDetection(), volteras.WithEventSecret(volteras.EventDeviceConnected, secret)}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src, err := volteras.NewSource(tc.secret, tc.opts...)
			require.Error(t, err)
			assert.Nil(t, src)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
		})
	}
	// Per-type secrets alone are enough.
	_, err := volteras.NewSource("", volteras.WithEventSecret(volteras.EventDeviceTelemetry, secret))
	assert.NoError(t, err)
}

func TestVerifier(t *testing.T) {
	secret := volterastest.NewSecret()
	v, err := volteras.NewVerifier(secret)
	require.NoError(t, err)
	body := volterastest.Payload(volteras.EventRateLimitUpdated)
	req := volterastest.NewRequest(secret, volteras.EventRateLimitUpdated, body)
	assert.NoError(t, v.Verify(req.Header, body))
	req = volterastest.NewRequest(secret, volteras.EventRateLimitUpdated, body, volterastest.WithWrongSecret())
	assert.ErrorIs(t, v.Verify(req.Header, body), verify.ErrSignatureMismatch)
	_, err = volteras.NewVerifier(secret, verify.WithSetting(struct{}{}, 1))
	assert.ErrorIs(t, err, verify.ErrUnsupportedOption)
	var _ verify.Verifier = v
}
