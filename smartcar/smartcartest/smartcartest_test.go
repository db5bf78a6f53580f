package smartcartest_test

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/verify"
)

const token = "amt-test-token"

func TestSignMatchesSpecVectors(t *testing.T) {
	// Smartcar's official SDK test vectors (spec §7.4).
	assert.Equal(t, "9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e", smartcartest.Sign("amt", []byte("challenge")))
	assert.Equal(t, "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70", smartcartest.Sign("amt", []byte(`{"pizza":"pasta"}`)))
}

func TestNewRequestVerifies(t *testing.T) {
	body := []byte(`{"eventId":"e1","eventType":"VEHICLE_STATE","data":{"user":{"id":"u"},"vehicle":{"id":"v","make":"M","model":"X","year":2024},"signals":[]},"meta":{"version":"4.0"}}`)
	r := smartcartest.NewRequest(token, body, smartcartest.WithTarget("/webhooks/smartcar"))
	assert.Equal(t, http.MethodPost, r.Method)
	assert.Equal(t, "/webhooks/smartcar", r.URL.Path)
	assert.Equal(t, "application/json", r.Header.Get("Content-Type"))
	got, err := io.ReadAll(r.Body)
	require.NoError(t, err)
	assert.Equal(t, body, got)
	require.NoError(t, smartcar.NewVerifier(token).Verify(r.Header, got))
	err = smartcar.NewVerifier("another-token").Verify(r.Header, got)
	assert.True(t, errors.Is(err, verify.ErrSignatureMismatch), "%v", err)
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
			body, err := io.ReadAll(tc.req.Body)
			require.NoError(t, err)
			ev, err := smartcar.Parse(body)
			require.NoError(t, err)
			v, ok := ev.(*smartcar.Verify)
			require.True(t, ok, "%T", ev)
			assert.Equal(t, "VERIFY", v.Type())
			assert.Equal(t, "c-123", v.Challenge())
			assert.Len(t, v.EventID, 36)
			assert.Equal(t, "4.0", v.Meta.Version)
			assert.False(t, v.Meta.Delivered().IsZero())
			err = smartcar.NewVerifier(token).Verify(tc.req.Header, body)
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
	assert.Equal(t, "2.0", v.Version)
	assert.Equal(t, "c-456", v.Challenge())
}

func TestExpectedChallengeResponse(t *testing.T) {
	got := smartcartest.ExpectedChallengeResponse("amt", "challenge")
	assert.JSONEq(t, `{"challenge":"9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e"}`, string(got))
	assert.Equal(t, string(smartcar.ChallengeResponse("amt", "challenge")), string(got))
	var m map[string]string
	require.NoError(t, json.Unmarshal(got, &m))
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
