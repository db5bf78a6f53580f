package smartcar_test

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/verify"
)

// The two official test vectors of Smartcar's SDKs (spec §7.4).
const (
	vectorChallengeHash = "9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e"
	vectorBody          = `{"pizza":"pasta"}`
	vectorBodySignature = "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70"
)

func TestHashChallengeVector(t *testing.T) {
	assert.Equal(t, vectorChallengeHash, smartcar.HashChallenge("amt", "challenge"))
	assert.Equal(t, vectorBodySignature, smartcar.HashChallenge("amt", vectorBody), "same function as SC-Signature")
	assert.JSONEq(t, `{"challenge":"`+vectorChallengeHash+`"}`, string(smartcar.ChallengeResponse("amt", "challenge")))
}

func TestVerifySignature(t *testing.T) {
	body := []byte(vectorBody)
	tests := []struct {
		name  string
		token string
		sig   string
		body  []byte
		want  error // nil for success
	}{
		{"vector", "amt", vectorBodySignature, body, nil},
		{"upper-case hex", "amt", strings.ToUpper(vectorBodySignature), body, nil},
		{"surrounding spaces", "amt", " " + vectorBodySignature + "\t", body, nil},
		{"challenge vector as a body", "amt", vectorChallengeHash, []byte("challenge"), nil},
		{"wrong token", "amt2", vectorBodySignature, body, verify.ErrSignatureMismatch},
		{"one byte of body changed", "amt", vectorBodySignature, []byte(`{"pizza":"pastA"}`), verify.ErrSignatureMismatch},
		{"re-encoded body", "amt", vectorBodySignature, []byte(`{"pizza": "pasta"}`), verify.ErrSignatureMismatch},
		{"last digit changed", "amt", vectorBodySignature[:63] + "1", body, verify.ErrSignatureMismatch},
		{"empty signature", "amt", "", body, verify.ErrMissingSignature},
		{"blank signature", "amt", "   ", body, verify.ErrMissingSignature},
		{"too short", "amt", vectorBodySignature[:62], body, verify.ErrMalformedSignature},
		{"too long", "amt", vectorBodySignature + "00", body, verify.ErrMalformedSignature},
		{"not hex", "amt", vectorBodySignature[:63] + "g", body, verify.ErrMalformedSignature},
		{"prefixed", "amt", "sha256=" + vectorBodySignature[7:], body, verify.ErrMalformedSignature},
		{"empty token", "", vectorBodySignature, body, verify.ErrInvalidSecret},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := smartcar.VerifySignature(tc.token, tc.sig, tc.body)
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, tc.want), "got %v, want %v", err, tc.want)
			assertNoSecretIn(t, err, tc.token)
		})
	}
}

// assertNoSecretIn checks that err mentions neither the token nor a MAC.
func assertNoSecretIn(t *testing.T, err error, token string) {
	t.Helper()
	msg := err.Error()
	if token != "" {
		assert.NotContains(t, msg, token)
	}
	assert.NotContains(t, msg, vectorBodySignature)
	assert.NotContains(t, msg, vectorChallengeHash)
	assert.Equal(t, strings.ToLower(msg[:1]), msg[:1], "lower-case error text")
}

func mustVerifier(t testing.TB, token string, opts ...verify.Option) *smartcar.Verifier {
	t.Helper()
	v, err := smartcar.NewVerifier(token, opts...)
	require.NoError(t, err)
	return v
}

func TestVerifierHeader(t *testing.T) {
	v := mustVerifier(t, "amt")
	body := []byte(vectorBody)
	tests := []struct {
		name   string
		header http.Header
		want   error
	}{
		{"canonical via Set", func() http.Header { h := http.Header{}; h.Set("SC-Signature", vectorBodySignature); return h }(), nil},
		{"verbatim map key", http.Header{"SC-Signature": {vectorBodySignature}}, nil},
		{"lower-case map key", http.Header{"sc-signature": {vectorBodySignature}}, nil},
		{"absent", http.Header{"X-Other": {"1"}}, verify.ErrMissingSignature},
		{"nil header", nil, verify.ErrMissingSignature},
		{"empty value", http.Header{"Sc-Signature": {""}}, verify.ErrMissingSignature},
		{"malformed", http.Header{"Sc-Signature": {"xyz"}}, verify.ErrMalformedSignature},
		{"wrong", http.Header{"Sc-Signature": {strings.Repeat("0", 64)}}, verify.ErrSignatureMismatch},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := v.Verify(tc.header, body)
			if tc.want == nil {
				assert.NoError(t, err)
				return
			}
			assert.True(t, errors.Is(err, tc.want), "got %v, want %v", err, tc.want)
		})
	}
}

// TestNewVerifierErrors: an unusable token and every option SC-Signature has
// no use for are constructor errors, never ignored.
func TestNewVerifierErrors(t *testing.T) {
	tests := []struct {
		name  string
		token string
		opts  []verify.Option
		want  error
		names string // the option the error names
	}{
		{"empty token", "", nil, verify.ErrInvalidSecret, ""},
		{"empty additional token", "t", []verify.Option{verify.WithAdditionalSecrets("")}, verify.ErrInvalidSecret, ""},
		{"WithPublicKey", "t", []verify.Option{verify.WithPublicKey("whpk_AAAA")}, verify.ErrUnsupportedOption, "verify.WithPublicKey"},
		{"WithTolerance", "t", []verify.Option{verify.WithTolerance(time.Minute)}, verify.ErrUnsupportedOption, "verify.WithTolerance"},
		{"WithoutTimestampCheck", "t", []verify.Option{verify.WithoutTimestampCheck()}, verify.ErrUnsupportedOption, "verify.WithoutTimestampCheck"},
		{"WithClock", "t", []verify.Option{verify.WithClock(time.Now)}, verify.ErrUnsupportedOption, "verify.WithClock"},
		{"unknown setting", "t", []verify.Option{verify.WithSetting(struct{}{}, 1)}, verify.ErrUnsupportedOption, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			v, err := smartcar.NewVerifier(tc.token, tc.opts...)
			assert.Nil(t, v)
			require.ErrorIs(t, err, tc.want)
			assert.Contains(t, err.Error(), tc.names)
			_, err = smartcar.NewSource(tc.token, smartcar.WithVerifyOptions(tc.opts...))
			require.ErrorIs(t, err, tc.want, "NewSource")
		})
	}
	v := mustVerifier(t, "t", verify.WithAdditionalSecrets("u"))
	assert.NotNil(t, v)
}

func TestSignatureVerifierRotation(t *testing.T) {
	v, err := smartcar.NewVerifier("new-token", verify.WithAdditionalSecrets("old-token", "amt"))
	require.NoError(t, err)
	body := []byte(vectorBody)

	i, err := v.Check(vectorBodySignature, body)
	require.NoError(t, err)
	assert.Equal(t, 2, i, "matched the second additional token")

	i, err = v.Check(smartcar.HashChallenge("new-token", vectorBody), body)
	require.NoError(t, err)
	assert.Equal(t, 0, i)

	i, err = v.Check(smartcar.HashChallenge("other", vectorBody), body)
	assert.True(t, errors.Is(err, verify.ErrSignatureMismatch), "%v", err)
	assert.Equal(t, -1, i)

	assert.Equal(t, smartcar.HashChallenge("new-token", vectorBody), v.Sign(body), "Sign uses the primary token")

	_, err = smartcar.NewVerifier("t", verify.WithAdditionalSecrets(""))
	assert.True(t, errors.Is(err, verify.ErrInvalidSecret), "%v", err)
	_, err = smartcar.NewVerifier("")
	assert.True(t, errors.Is(err, verify.ErrInvalidSecret), "%v", err)
}

func TestVerifierAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops values at random under the race detector")
	}
	v := mustVerifier(t, "amt")
	h := http.Header{"Sc-Signature": {vectorBodySignature}}
	body := []byte(vectorBody)
	allocs := testing.AllocsPerRun(100, func() {
		if err := v.Verify(h, body); err != nil {
			t.Fatal(err)
		}
	})
	assert.Zero(t, allocs)
}
