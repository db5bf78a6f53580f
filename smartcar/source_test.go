package smartcar_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/verify"
)

const amt = "test-management-token"

func newSource(t *testing.T, opts ...smartcar.SourceOption) *smartcar.Source {
	t.Helper()
	s, err := smartcar.NewSource(amt, opts...)
	require.NoError(t, err)
	return s
}

func signed(body []byte) *dispatch.Delivery {
	return &dispatch.Delivery{Header: smartcartest.Header(amt, body), Body: body}
}

func unsigned(body []byte) *dispatch.Delivery {
	return &dispatch.Delivery{Header: http.Header{"Content-Type": {"application/json"}}, Body: body}
}

// deliver runs a delivery through Verify then Decode, as the router does.
func deliver(s dispatch.Source, d *dispatch.Delivery) (dispatch.Message, error) {
	if err := s.Verify(d); err != nil {
		return dispatch.Message{}, err
	}
	return s.Decode(d)
}

// challengeOf extracts the hex answer from a VERIFY reply.
func challengeOf(t *testing.T, r *dispatch.Reply) string {
	t.Helper()
	require.NotNil(t, r)
	var v struct {
		Challenge string `json:"challenge"`
	}
	require.NoError(t, json.Unmarshal(r.Body, &v))
	return v.Challenge
}

func TestNewSourceRejectsEmptyToken(t *testing.T) {
	_, err := smartcar.NewSource("")
	assert.True(t, errors.Is(err, verify.ErrInvalidSecret), "%v", err)
	_, err = smartcar.NewSource("t", smartcar.WithVerifyOptions(verify.WithAdditionalSecrets("")))
	assert.True(t, errors.Is(err, verify.ErrInvalidSecret), "%v", err)
}

func TestNewSourceRejectsBadChallengeLimit(t *testing.T) {
	for _, n := range []int{0, -1} {
		_, err := smartcar.NewSource("t", smartcar.WithMaxChallengeLength(n))
		assert.Error(t, err, "%d", n)
	}
	_, err := smartcar.NewSource("t", smartcar.WithMaxChallengeLength(1), nil)
	assert.NoError(t, err, "nil options are ignored")
}

// TestSourceIgnoresReceivedAt: SC-Signature covers no time, so a delivery
// received long ago verifies as a fresh one (replays are dedup's job).
func TestSourceIgnoresReceivedAt(t *testing.T) {
	s := newSource(t)
	body := smartcartest.Payload("VEHICLE_STATE")
	for _, at := range []time.Time{{}, time.Now().Add(-72 * time.Hour), time.Now().Add(time.Hour)} {
		d := signed(body)
		d.ReceivedAt = at
		assert.NoError(t, s.Verify(d), "%v", at)
	}
}

func TestSourceCatalog(t *testing.T) {
	s := newSource(t)
	assert.Equal(t, "smartcar", s.Provider())
	c := s.Catalog()
	assert.IsType(t, (*smartcar.Unknown)(nil), c.Unknown)
	assert.NotContains(t, c.Events, "VERIFY", "answered, not routed")
	assert.NotContains(t, c.Events, "verify")
	assert.ElementsMatch(t, []string{"VERIFY", "verify"}, c.Answered)
	assert.ElementsMatch(t, []string{"VEHICLE_STATE", "VEHICLE_ERROR", "schedule", "scheduled", "dynamic", "eventBased"}, sortedKeys(c.Events))
	// Every golden decodes to the type the catalogue announces for its name.
	for _, g := range goldens(t) {
		ev := mustParse(t, g.body)
		if _, ok := ev.(*smartcar.Verify); ok {
			assert.Contains(t, c.Answered, ev.Type(), g.name)
			continue
		}
		want, known := c.Events[ev.Type()]
		if !known {
			want = c.Unknown
		}
		assert.IsType(t, want, ev, g.name)
	}
}

// TestCatalogNamesHandledAsThemselves: every name the source declares has a
// catalogue payload, which a router delivers to a handler as that name and
// the declared Go type; every name it answers is answered, never handled.
func TestCatalogNamesHandledAsThemselves(t *testing.T) {
	src := newSource(t)
	c := src.Catalog()
	r := dispatch.New(src)
	var got []smartcar.Event
	dispatch.Handle(r, "*", func(_ context.Context, ev smartcar.Event) error {
		got = append(got, ev)
		return nil
	})
	for _, name := range sortedKeys(c.Events) {
		t.Run(name, func(t *testing.T) {
			body := smartcartest.Payload(name)
			require.NotNil(t, body, "no catalogue payload for %s", name)
			got = nil
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, smartcartest.NewRequest(amt, body))
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			require.Len(t, got, 1)
			assert.Equal(t, name, got[0].Type())
			assert.IsType(t, c.Events[name], got[0])
		})
	}
	for _, name := range c.Answered {
		t.Run(name, func(t *testing.T) {
			body := smartcartest.Payload(name)
			require.NotNil(t, body, "no catalogue payload for %s", name)
			ev := mustParse(t, body).(*smartcar.Verify)
			assert.Equal(t, name, ev.Type())
			got = nil
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, smartcartest.NewRequest(amt, body))
			require.Equal(t, http.StatusOK, rec.Code)
			assert.Equal(t, string(smartcartest.ExpectedChallengeResponse(amt, ev.Challenge())), rec.Body.String())
			assert.Empty(t, got, "answered, not handled")
		})
	}
}

// TestConstantsArePatterns: the event-name constants are untyped, usable as
// dispatch patterns without conversion.
func TestConstantsArePatterns(t *testing.T) {
	r := dispatch.New(newSource(t))
	dispatch.Handle(r, smartcar.EventVehicleState, func(context.Context, *smartcar.VehicleState) error { return nil })
	dispatch.Handle(r, smartcar.EventVehicleError, func(context.Context, *smartcar.VehicleError) error { return nil })
	dispatch.Handle(r, smartcar.EventEventBased, func(context.Context, *smartcar.EventBased) error { return nil })
	for _, name := range []string{smartcar.EventSchedule, smartcar.EventScheduled, smartcar.EventDynamic} {
		dispatch.Handle(r, name, func(context.Context, *smartcar.Schedule) error { return nil })
	}
	// VERIFY is answered by the source: no handler may be registered on it.
	for _, name := range []string{smartcar.EventVerify, smartcar.EventLegacyVerify} {
		assert.Panics(t, func() {
			dispatch.Handle(r, name, func(context.Context, *smartcar.Verify) error { return nil })
		}, name)
		assert.Panics(t, func() {
			dispatch.Handle(r, name, func(context.Context, *smartcar.Unknown) error { return nil })
		}, name)
	}
}

func TestSourceDeliveries(t *testing.T) {
	state := smartcartest.Payload("VEHICLE_STATE")
	v2 := smartcartest.Payload("eventBased")
	tests := []struct {
		name    string
		d       *dispatch.Delivery
		msgName string // Message.Name
		id      string
		evType  any
		wantErr error
	}{
		{"signed VEHICLE_STATE", signed(state), "VEHICLE_STATE", "5a537912-9ad3-424b-ba33-65a1704567e9", (*smartcar.VehicleState)(nil), nil},
		{"signed VEHICLE_ERROR", signed(smartcartest.Payload("VEHICLE_ERROR")), "VEHICLE_ERROR", "5a537912-9ad3-424b-ba33-65a1704567e9", (*smartcar.VehicleError)(nil), nil},
		{"signed v2 eventBased", signed(v2), "eventBased", "1713eab1-eebc-4b4e-9433-0f2a488851c2", (*smartcar.EventBased)(nil), nil},
		{"signed v2 schedule", signed(smartcartest.Payload("schedule")), "schedule", "", (*smartcar.Schedule)(nil), nil},
		{"signed unknown", signed(readGolden(t, "unknown_event.json")), "VEHICLE_COMMAND_RESULT", "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918", (*smartcar.Unknown)(nil), nil},
		{"unsigned VEHICLE_STATE", unsigned(state), "", "", nil, verify.ErrMissingSignature},
		{"unsigned v2 eventBased", unsigned(v2), "", "", nil, verify.ErrMissingSignature},
		{"forged VEHICLE_STATE", &dispatch.Delivery{Header: smartcartest.Header("other", state), Body: state}, "", "", nil, verify.ErrSignatureMismatch},
		{"malformed signature", &dispatch.Delivery{Header: http.Header{"Sc-Signature": {"nope"}}, Body: state}, "", "", nil, verify.ErrMalformedSignature},
		{"unsigned garbage", unsigned([]byte("not json")), "", "", nil, verify.ErrMissingSignature},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msg, err := deliver(newSource(t), tc.d)
			if tc.wantErr != nil {
				assert.True(t, errors.Is(err, tc.wantErr), "got %v, want %v", err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.msgName, msg.Name)
			assert.Equal(t, tc.id, msg.ID)
			assert.IsType(t, tc.evType, msg.Event)
			assert.Nil(t, msg.Reply)
		})
	}
}

func TestSourceDecodeErrors(t *testing.T) {
	s := newSource(t)
	_, err := deliver(s, signed([]byte(`{"eventType":`)))
	var syn *jsontext.SyntacticError
	assert.True(t, errors.As(err, &syn), "%v", err)
	_, err = deliver(s, signed([]byte(`{"hello":"world"}`)))
	assert.True(t, errors.Is(err, smartcar.ErrUnknownEnvelope), "%v", err)
}

func TestSourceAnswersVerify(t *testing.T) {
	tests := []struct {
		name      string
		opts      []smartcar.SourceOption
		d         *dispatch.Delivery
		challenge string
		wantName  string
		wantErr   error
	}{
		{name: "v4 unsigned", d: unsigned(smartcartest.VerifyBody("3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f")), challenge: "3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f", wantName: "VERIFY"},
		{name: "v2 unsigned", d: unsigned(smartcartest.LegacyVerifyBody("abc")), challenge: "abc", wantName: "verify"},
		{name: "v4 golden", d: unsigned(smartcartest.Payload("VERIFY")), challenge: "3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f", wantName: "VERIFY"},
		{name: "v2 golden signed", d: signed(smartcartest.Payload("verify")), challenge: "3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f", wantName: "verify"},
		{name: "v4 signed", d: signed(smartcartest.VerifyBody("c1")), challenge: "c1", wantName: "VERIFY"},
		{name: "signed, signature required", opts: []smartcar.SourceOption{smartcar.WithSignedVerify()}, d: signed(smartcartest.VerifyBody("c1")), challenge: "c1", wantName: "VERIFY"},
		{name: "unsigned, signature required", opts: []smartcar.SourceOption{smartcar.WithSignedVerify()}, d: unsigned(smartcartest.VerifyBody("c1")), wantErr: verify.ErrMissingSignature},
		{name: "wrong signature is checked", d: &dispatch.Delivery{Header: smartcartest.Header("other", smartcartest.VerifyBody("c1")), Body: smartcartest.VerifyBody("c1")}, wantErr: verify.ErrSignatureMismatch},
		{name: "malformed signature is checked", d: &dispatch.Delivery{Header: http.Header{"Sc-Signature": {"zz"}}, Body: smartcartest.VerifyBody("c1")}, wantErr: verify.ErrMalformedSignature},
		{name: "256 bytes", d: unsigned(smartcartest.VerifyBody(strings.Repeat("a", 256))), challenge: strings.Repeat("a", 256), wantName: "VERIFY"},
		{name: "257 bytes", d: unsigned(smartcartest.VerifyBody(strings.Repeat("a", 257))), wantErr: smartcar.ErrChallengeRefused},
		{name: "custom limit", opts: []smartcar.SourceOption{smartcar.WithMaxChallengeLength(8)}, d: unsigned(smartcartest.VerifyBody("123456789")), wantErr: smartcar.ErrChallengeRefused},
		{name: "empty challenge", d: unsigned(smartcartest.VerifyBody("")), wantErr: smartcar.ErrChallengeRefused},
		{name: "no data", d: unsigned([]byte(`{"eventId":"e","eventType":"VERIFY"}`)), wantErr: smartcar.ErrChallengeRefused},
		{name: "object challenge", d: unsigned(smartcartest.VerifyBody(`{"a":1}`)), wantErr: smartcar.ErrChallengeRefused},
		{name: "array challenge", d: unsigned(smartcartest.LegacyVerifyBody(`[1]`)), wantErr: smartcar.ErrChallengeRefused},
		{name: "JSON after whitespace", d: unsigned(smartcartest.VerifyBody(" \r\n\t{}")), wantErr: smartcar.ErrChallengeRefused},
		{name: "JSON refused even when signed", d: signed(smartcartest.VerifyBody(`{}`)), wantErr: smartcar.ErrChallengeRefused},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			msg, err := deliver(newSource(t, tc.opts...), tc.d)
			if tc.wantErr != nil {
				assert.True(t, errors.Is(err, tc.wantErr), "got %v, want %v", err, tc.wantErr)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.wantName, msg.Name)
			assert.IsType(t, (*smartcar.Verify)(nil), msg.Event)
			require.NotNil(t, msg.Reply)
			assert.Equal(t, http.StatusOK, msg.Reply.Status)
			assert.Equal(t, "application/json", msg.Reply.ContentType)
			assert.Equal(t, string(smartcartest.ExpectedChallengeResponse(amt, tc.challenge)), string(msg.Reply.Body))
		})
	}
}

func TestSourceVerifyUsesPrimaryToken(t *testing.T) {
	s := newSource(t, smartcar.WithVerifyOptions(verify.WithAdditionalSecrets("old-token")))
	state := smartcartest.Payload("VEHICLE_STATE")
	_, err := deliver(s, &dispatch.Delivery{Header: smartcartest.Header("old-token", state), Body: state})
	assert.NoError(t, err, "rotated-out token still accepted")
	msg, err := deliver(s, unsigned(smartcartest.VerifyBody("c")))
	require.NoError(t, err)
	assert.Equal(t, smartcar.HashChallenge(amt, "c"), challengeOf(t, msg.Reply))
}

// TestVerifyIsNotASigningOracle plays an attacker who wants Smartcar's
// signature on a forged VEHICLE_STATE and asks the receiver to answer VERIFY
// challenges of their choosing.
func TestVerifyIsNotASigningOracle(t *testing.T) {
	forged := []byte(`{"eventId":"evil","eventType":"VEHICLE_STATE","data":{"user":{"id":"u"},"vehicle":{"id":"v","make":"X","model":"Y","year":2024},"signals":[{"code":"closure-islocked","name":"IsLocked","group":"Closure","body":{"value":false}}]},"meta":{"version":"4.0"}}`)
	_, err := smartcar.Parse(forged)
	require.NoError(t, err, "the forged body is a valid event")
	require.Less(t, len(forged), smartcar.DefaultMaxChallengeLength, "the length limit alone would not stop it")

	attempts := []string{
		string(forged),
		" " + string(forged),
		"\n\t" + string(forged),
		"[" + string(forged) + "]",
	}
	for _, opts := range [][]smartcar.SourceOption{nil, {smartcar.WithSignedVerify()}} {
		s := newSource(t, opts...)
		for _, c := range attempts {
			for _, body := range [][]byte{smartcartest.VerifyBody(c), smartcartest.LegacyVerifyBody(c)} {
				msg, err := deliver(s, unsigned(body))
				if err == nil {
					// Whatever was answered must not authenticate the forged
					// body, nor the challenge itself when it is an event.
					sig := challengeOf(t, msg.Reply)
					assert.Error(t, s.Verify(&dispatch.Delivery{Header: http.Header{"Sc-Signature": {sig}}, Body: forged}))
					if _, perr := smartcar.Parse([]byte(c)); perr == nil {
						assert.Error(t, s.Verify(&dispatch.Delivery{Header: http.Header{"Sc-Signature": {sig}}, Body: []byte(c)}), "%q was signed", c)
					}
					continue
				}
				assert.True(t, errors.Is(err, smartcar.ErrChallengeRefused) || errors.Is(err, verify.ErrMissingSignature), "%v", err)
			}
		}
		// Without the oracle the forged body is rejected.
		_, err := deliver(s, unsigned(forged))
		assert.True(t, errors.Is(err, verify.ErrMissingSignature), "%v", err)
	}

	// Sanity check that the test can fail: a receiver answering blindly
	// (HashChallenge on any challenge) does hand out a valid signature.
	sig := smartcar.HashChallenge(amt, string(forged))
	assert.NoError(t, newSource(t).Verify(&dispatch.Delivery{Header: http.Header{"Sc-Signature": {sig}}, Body: forged}))
}

// TestSourceWithRouter drives the source through dispatch over HTTP.
func TestSourceWithRouter(t *testing.T) {
	r := dispatch.New(newSource(t))
	var got []string
	dispatch.Handle(r, "VEHICLE_STATE", func(_ context.Context, ev *smartcar.VehicleState) error {
		soc, _ := ev.StateOfCharge()
		got = append(got, ev.VehicleID())
		assert.Equal(t, 75.0, soc)
		return nil
	})
	srv := httptest.NewServer(r)
	defer srv.Close()

	post := func(req *http.Request) (*http.Response, string) {
		t.Helper()
		out, err := http.NewRequest(req.Method, srv.URL+req.URL.Path, req.Body)
		require.NoError(t, err)
		out.Header = req.Header
		resp, err := srv.Client().Do(out)
		require.NoError(t, err)
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		require.NoError(t, err)
		return resp, string(b)
	}

	resp, body := post(smartcartest.NewVerifyRequest("ch-1", smartcartest.WithTarget("/webhooks/smartcar")))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
	assert.Equal(t, string(smartcartest.ExpectedChallengeResponse(amt, "ch-1")), body)

	resp, _ = post(smartcartest.NewVerifyRequest(`{"eventType":"VEHICLE_STATE"}`, smartcartest.WithTarget("/webhooks/smartcar")))
	assert.Equal(t, http.StatusBadRequest, resp.StatusCode, "refused challenge")

	state := smartcartest.Payload("VEHICLE_STATE")
	resp, _ = post(smartcartest.NewRequest(amt, state, smartcartest.WithTarget("/webhooks/smartcar")))
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	assert.Equal(t, []string{"123e4567-e89b-12d3-a456-426614174000"}, got)

	resp, _ = post(smartcartest.NewRequest("wrong", state, smartcartest.WithTarget("/webhooks/smartcar")))
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode)
	assert.Len(t, got, 1)
}
