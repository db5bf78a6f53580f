package smartcartest_test

import (
	jsonv1 "encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/verify"
)

const token = "amt-test-token"

func verifier(t *testing.T, tok string) *smartcar.Verifier {
	t.Helper()
	v, err := smartcar.NewVerifier(tok)
	require.NoError(t, err)
	return v
}

func TestSignMatchesSpecVectors(t *testing.T) {
	// Smartcar's official SDK test vectors (spec §7.4).
	assert.Equal(t, "9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e", smartcartest.Sign("amt", []byte("challenge")))
	assert.Equal(t, "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70", smartcartest.Sign("amt", []byte(`{"pizza":"pasta"}`)))
}

func TestNewRequestVerifies(t *testing.T) {
	body := smartcartest.Payload("VEHICLE_STATE")
	r := smartcartest.NewRequest(token, body)
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, smartcartest.DefaultTarget, r.URL.Path)
	assert.Equal(t, "/webhooks/smartcar", smartcartest.DefaultTarget)
	assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
	assert.Empty(t, r.PathValue("event"), "no path values")
	got, err := io.ReadAll(r.Body)
	require.NoError(t, err)
	assert.Equal(t, body, got)
	require.NoError(t, verifier(t, token).Verify(r.Header, got))
	err = verifier(t, "another-token").Verify(r.Header, got)
	assert.True(t, errors.Is(err, verify.ErrSignatureMismatch), "%v", err)
}

func TestHeaderOptions(t *testing.T) {
	body := smartcartest.Payload("VEHICLE_ERROR")
	tests := []struct {
		name    string
		opts    []smartcartest.Option
		wantErr error
	}{
		{"default", nil, nil},
		{"WithWrongSecret", []smartcartest.Option{smartcartest.WithWrongSecret()}, verify.ErrSignatureMismatch},
		{"WithTarget has no effect on the header", []smartcartest.Option{smartcartest.WithTarget("/x")}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := smartcartest.Header(token, body, tt.opts...)
			err := verifier(t, token).Verify(h, body)
			if tt.wantErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.wantErr)
			r := smartcartest.NewRequest(token, body, tt.opts...)
			require.ErrorIs(t, verifier(t, token).Verify(r.Header, body), tt.wantErr)
		})
	}
}

func TestNewRequestPanicsOnUnusableToken(t *testing.T) {
	assert.Panics(t, func() { smartcartest.NewRequest("", []byte(`{}`)) })
	assert.Panics(t, func() { smartcartest.Header("", []byte(`{}`)) })
}

func TestVerifyRequests(t *testing.T) {
	tests := []struct {
		name   string
		req    *http.Request
		signed bool
	}{
		{"unsigned", smartcartest.NewVerifyRequest("c-123", smartcartest.WithTarget("/hook")), false},
		{"signed", smartcartest.NewSignedVerifyRequest(token, "c-123", smartcartest.WithTarget("/hook")), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, "/hook", tc.req.URL.Path)
			body, err := io.ReadAll(tc.req.Body)
			require.NoError(t, err)
			ev, err := smartcar.Parse(body)
			require.NoError(t, err)
			v, ok := ev.(*smartcar.Verify)
			require.True(t, ok, "%T", ev)
			assert.Equal(t, "VERIFY", v.Type())
			assert.Equal(t, "c-123", v.Challenge())
			assert.Len(t, v.ID(), 36)
			assert.Equal(t, "4.0", v.Meta.Value.Version.Value)
			assert.False(t, v.Meta.Value.Delivered().IsZero())
			err = verifier(t, token).Verify(tc.req.Header, body)
			if tc.signed {
				assert.NoError(t, err)
			} else {
				assert.True(t, errors.Is(err, verify.ErrMissingSignature), "%v", err)
			}
		})
	}
}

func TestLegacyVerifyBody(t *testing.T) {
	ev, err := smartcar.Parse(smartcartest.LegacyVerifyBody("c-456"))
	require.NoError(t, err)
	v, ok := ev.(*smartcar.Verify)
	require.True(t, ok, "%T", ev)
	assert.Equal(t, "verify", v.Type())
	assert.Equal(t, "2.0", v.Version.Value)
	assert.Equal(t, "c-456", v.Challenge())
}

func TestExpectedChallengeResponse(t *testing.T) {
	got := smartcartest.ExpectedChallengeResponse("amt", "challenge")
	assert.JSONEq(t, `{"challenge":"9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e"}`, string(got))
	assert.Equal(t, string(smartcar.ChallengeResponse("amt", "challenge")), string(got))
}

func TestIDsAreFresh(t *testing.T) {
	a, err := smartcar.Parse(smartcartest.VerifyBody("x"))
	require.NoError(t, err)
	b, err := smartcar.Parse(smartcartest.VerifyBody("x"))
	require.NoError(t, err)
	assert.NotEqual(t, a.ID(), b.ID())
}

func TestTargets(t *testing.T) {
	body := smartcartest.VerifyBody("c-1")
	tests := []struct {
		name string
		req  *http.Request
		want string
	}{
		{"NewRequest default", smartcartest.NewRequest(token, body), smartcartest.DefaultTarget},
		{"NewVerifyRequest default", smartcartest.NewVerifyRequest("c-1"), smartcartest.DefaultTarget},
		{"NewSignedVerifyRequest default", smartcartest.NewSignedVerifyRequest(token, "c-1"), smartcartest.DefaultTarget},
		{"WithTarget URL", smartcartest.NewRequest(token, body, smartcartest.WithTarget("https://hooks.example.org/sc?x=1")), "https://hooks.example.org/sc?x=1"},
		{"WithTarget path", smartcartest.NewVerifyRequest("c-1", smartcartest.WithTarget("/hook")), "/hook"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.req.URL.String())
			assert.Equal(t, http.MethodPost, tt.req.Method)
		})
	}
	assert.Panics(t, func() { smartcartest.NewRequest(token, body, smartcartest.WithTarget("http://[::1")) })
}

// TestPayloads: the catalogue is sorted, complete for every generation,
// returns fresh copies, and every example is valid JSON that Parse accepts
// under the name of its key.
func TestPayloads(t *testing.T) {
	var keys []string
	for k, b := range smartcartest.Payloads() {
		keys = append(keys, k)
		require.True(t, jsonv1.Valid(b), k)
		ev, err := smartcar.Parse(b)
		require.NoError(t, err, k)
		name, _, _ := strings.Cut(k, "/")
		assert.Equal(t, name, ev.Type(), k)
		assert.Equal(t, b, smartcartest.Payload(k), k)
	}
	assert.IsNonDecreasing(t, keys)
	for _, k := range []string{
		"VERIFY", "verify", "VEHICLE_STATE", "VEHICLE_STATE/v3", "VEHICLE_ERROR",
		"schedule", "scheduled", "dynamic", "eventBased", "eventBased/charging_started", "eventBased/charging_stopped",
	} {
		assert.Contains(t, keys, k)
	}
	assert.Nil(t, smartcartest.Payload("NO_SUCH_EVENT"))
	a := smartcartest.Payload("VERIFY")
	a[0] = 'x'
	assert.Equal(t, byte('{'), smartcartest.Payload("VERIFY")[0], "Payload returns a fresh copy")
}

func TestChargingEventsCovered(t *testing.T) {
	seen := map[smartcar.ChargingEvent]bool{}
	for k, b := range smartcartest.Payloads() {
		if ev, ok := mustParse(t, b).(*smartcar.EventBased); ok {
			seen[ev.Charging()] = true
			_ = k
		}
	}
	for _, c := range []smartcar.ChargingEvent{smartcar.ChargingStarted, smartcar.ChargingStopped, smartcar.ChargingCompleted} {
		assert.True(t, seen[c], c)
	}
}

func mustParse(t *testing.T, b []byte) smartcar.Event {
	t.Helper()
	ev, err := smartcar.Parse(b)
	require.NoError(t, err)
	return ev
}
