package verify_test

import (
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/verify"
)

// vector is a published Standard Webhooks test vector.
type vector struct {
	name, secret, id, ts, body, sig string
}

var (
	canonical = vector{
		name:   "canonical",
		secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
		id:     "msg_p5jXN8AQM9LWM0D4loKWxJek",
		ts:     "1614265330",
		body:   `{"test": 2432232314}`,
		sig:    "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
	}
	rust = vector{
		name:   "rust",
		secret: "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD",
		id:     "msg_27UH4WbU6Z5A5EzD8u03UvzRbpk",
		ts:     "1649367553",
		body:   `{"email":"test@example.com","username":"test_user"}`,
		sig:    "v1,tZ1I4/hDygAJgO5TYxiSd6Sd0kDW6hPenDe+bTa3Kkw=",
	}
)

// clockAt returns a clock fixed at the vector's timestamp plus d.
func clockAt(ts string, d time.Duration) verify.Option {
	t := time.Unix(mustSeconds(ts), 0).Add(d)
	return verify.WithClock(func() time.Time { return t })
}

// headers builds Standard Webhooks headers under the given prefixes.
func headers(idPrefix, tsPrefix, sigPrefix, id, ts string, sigs ...string) http.Header {
	h := http.Header{}
	h.Set(idPrefix+"-id", id)
	h.Set(tsPrefix+"-timestamp", ts)
	for _, s := range sigs {
		h.Add(sigPrefix+"-signature", s)
	}
	return h
}

func TestStandardWebhooksVectors(t *testing.T) {
	prefixes := []struct{ name, id, ts, sig string }{
		{"svix", "svix", "svix", "svix"},
		{"webhook", "webhook", "webhook", "webhook"},
		{"mixed", "svix", "webhook", "svix"},
		{"mixed2", "webhook", "svix", "webhook"},
	}
	tests := []struct {
		v       vector
		sig     string
		wantErr error
	}{
		{canonical, canonical.sig, nil},
		{rust, rust.sig, nil},
		{rust, "v1,R3PTzyfHASBKHH98a7yexTwaJ4yNIcGhFQc1yuN+BPU=", verify.ErrSignatureMismatch},
	}
	for _, tt := range tests {
		for _, p := range prefixes {
			t.Run(tt.v.name+"/"+p.name+"/"+tt.sig[:8], func(t *testing.T) {
				v, err := verify.NewStandardWebhooks(tt.v.secret, clockAt(tt.v.ts, 0))
				require.NoError(t, err)
				err = v.Verify(headers(p.id, p.ts, p.sig, tt.v.id, tt.v.ts, tt.sig), []byte(tt.v.body))
				if tt.wantErr == nil {
					require.NoError(t, err)
				} else {
					require.ErrorIs(t, err, tt.wantErr)
				}
			})
		}
	}
}

func TestStandardWebhooksSign(t *testing.T) {
	for _, vec := range []vector{canonical, rust} {
		v, err := verify.NewStandardWebhooks(vec.secret)
		require.NoError(t, err)
		// Sub-second parts are dropped: the scheme signs whole seconds.
		ts := time.Unix(mustSeconds(vec.ts), 999_000_000)
		assert.Equal(t, vec.sig, v.Sign(vec.id, ts, []byte(vec.body)), vec.name)
	}
}

func mustSeconds(s string) int64 {
	var n int64
	for _, c := range s {
		n = n*10 + int64(c-'0')
	}
	return n
}

// TestStandardWebhooksCases covers the cases the spec builds from the vectors.
func TestStandardWebhooksCases(t *testing.T) {
	c := canonical
	other := "whsec_" + base64.StdEncoding.EncodeToString([]byte("another secret of 24 byte"))
	tests := []struct {
		name    string
		secret  string
		opts    []verify.Option
		header  http.Header
		body    string
		wantErr error
	}{
		{name: "valid after unknown versions", header: headers("svix", "svix", "svix", c.id, c.ts, "v2,Zm9v v1a,YmFy "+c.sig)},
		{name: "valid among other v1", header: headers("svix", "svix", "svix", c.id, c.ts, "v1,"+strings.Repeat("A", 43)+"= "+c.sig)},
		{name: "split at the comma", header: headers("svix", "svix", "svix", c.id, c.ts, "v2,Zm9v v1", strings.TrimPrefix(c.sig, "v1,"))},
		{name: "split between entries", header: headers("svix", "svix", "svix", c.id, c.ts, "v2,Zm9v", c.sig)},
		{name: "tabs and extra spaces", header: headers("svix", "svix", "svix", c.id, c.ts, "\t v2,Zm9v  \t"+c.sig+"  ")},
		{name: "secret without prefix", secret: strings.TrimPrefix(c.secret, "whsec_"), header: headers("svix", "svix", "svix", c.id, c.ts, c.sig)},
		{name: "second of several secrets", secret: other, opts: []verify.Option{verify.WithAdditionalSecrets(c.secret)}, header: headers("svix", "svix", "svix", c.id, c.ts, c.sig)},
		{name: "fifth of several secrets", secret: other, opts: []verify.Option{verify.WithAdditionalSecrets(other, other, other, other, c.secret)}, header: headers("svix", "svix", "svix", c.id, c.ts, c.sig)},
		{name: "empty svix header falls back per header", header: func() http.Header {
			h := headers("webhook", "webhook", "webhook", c.id, c.ts, c.sig)
			h.Set("svix-id", "")
			return h
		}()},
		{name: "non-canonical header keys", header: http.Header{"svix-id": {c.id}, "SVIX-TIMESTAMP": {c.ts}, "svix-Signature": {c.sig}}},

		{name: "changed body byte", body: `{"test": 2432232315}`, header: headers("svix", "svix", "svix", c.id, c.ts, c.sig), wantErr: verify.ErrSignatureMismatch},
		{name: "changed id", header: headers("svix", "svix", "svix", c.id+"x", c.ts, c.sig), wantErr: verify.ErrSignatureMismatch},
		{name: "changed timestamp", header: headers("svix", "svix", "svix", c.id, "1614265331", c.sig), wantErr: verify.ErrSignatureMismatch},
		{name: "wrong secret", secret: other, header: headers("svix", "svix", "svix", c.id, c.ts, c.sig), wantErr: verify.ErrSignatureMismatch},
		{name: "unknown versions only", header: headers("svix", "svix", "svix", c.id, c.ts, "v2,"+strings.TrimPrefix(c.sig, "v1,")), wantErr: verify.ErrSignatureMismatch},
		{name: "v1 with non-canonical base64", header: headers("svix", "svix", "svix", c.id, c.ts, strings.Replace(c.sig, "E=", "F=", 1)), wantErr: verify.ErrSignatureMismatch},
		{name: "v1 truncated", header: headers("svix", "svix", "svix", c.id, c.ts, c.sig[:len(c.sig)-1]), wantErr: verify.ErrSignatureMismatch},
		{name: "v1a without configured key", header: headers("svix", "svix", "svix", c.id, c.ts, "v1a,"+strings.Repeat("A", 86)+"=="), wantErr: verify.ErrSignatureMismatch},

		{name: "lone partial v1", header: headers("svix", "svix", "svix", c.id, c.ts, "v1,"), wantErr: verify.ErrMalformedSignature},
		{name: "signature without version", header: headers("svix", "svix", "svix", c.id, c.ts, strings.TrimPrefix(c.sig, "v1,")), wantErr: verify.ErrMalformedSignature},
		{name: "timestamp with plus", header: headers("svix", "svix", "svix", c.id, "+"+c.ts, c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "negative timestamp", header: headers("svix", "svix", "svix", c.id, "-1", c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "float timestamp", header: headers("svix", "svix", "svix", c.id, c.ts+".0", c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "exponent timestamp", header: headers("svix", "svix", "svix", c.id, "1.614265330e9", c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "space before timestamp", header: headers("svix", "svix", "svix", c.id, " "+c.ts, c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "overflowing timestamp", header: headers("svix", "svix", "svix", c.id, "9223372036854775808", c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "20-digit timestamp", header: headers("svix", "svix", "svix", c.id, "00000000001614265330", c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "id with dot", header: headers("svix", "svix", "svix", "msg.1", c.ts, c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "too many entries", header: headers("svix", "svix", "svix", c.id, c.ts, strings.Repeat("v2,Zm9v ", 17)+c.sig), wantErr: verify.ErrMalformedSignature},
		{name: "header too long", header: headers("svix", "svix", "svix", c.id, c.ts, strings.Repeat(" ", 4100)+c.sig), wantErr: verify.ErrMalformedSignature},

		{name: "no headers", header: http.Header{}, wantErr: verify.ErrMissingSignature},
		{name: "missing id", header: func() http.Header {
			h := headers("svix", "svix", "svix", c.id, c.ts, c.sig)
			h.Del("svix-id")
			return h
		}(), wantErr: verify.ErrMissingSignature},
		{name: "missing timestamp", header: func() http.Header {
			h := headers("svix", "svix", "svix", c.id, c.ts, c.sig)
			h.Del("svix-timestamp")
			return h
		}(), wantErr: verify.ErrMissingSignature},
		{name: "empty signature", header: headers("svix", "svix", "svix", c.id, c.ts, ""), wantErr: verify.ErrMissingSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			secret := tt.secret
			if secret == "" {
				secret = c.secret
			}
			body := tt.body
			if body == "" {
				body = c.body
			}
			v, err := verify.NewStandardWebhooks(secret, append([]verify.Option{clockAt(c.ts, 0)}, tt.opts...)...)
			require.NoError(t, err)
			err = v.Verify(tt.header, []byte(body))
			if tt.wantErr == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.wantErr)
			assertNoSecrets(t, err, c.secret, c.sig)
		})
	}
}

// assertNoSecrets checks that err's text reveals neither the secret nor any
// signature or MAC text.
func assertNoSecrets(t *testing.T, err error, secret, sig string) {
	t.Helper()
	msg := err.Error()
	assert.NotContains(t, msg, strings.TrimPrefix(secret, "whsec_"))
	assert.NotContains(t, msg, strings.TrimPrefix(sig, "v1,"))
}

func TestStandardWebhooksClock(t *testing.T) {
	c := canonical
	tests := []struct {
		name    string
		offset  time.Duration
		opts    []verify.Option
		wantErr error
	}{
		{"now = ts + 300", 300 * time.Second, nil, nil},
		{"now = ts + 301", 301 * time.Second, nil, verify.ErrTimestampTooOld},
		{"now = ts + 300.5s", 300*time.Second + 500*time.Millisecond, nil, verify.ErrTimestampTooOld},
		{"now = ts - 300", -300 * time.Second, nil, nil},
		{"now = ts - 299.6s", -300*time.Second + 400*time.Millisecond, nil, nil},
		{"now = ts - 301", -301 * time.Second, nil, verify.ErrTimestampTooNew},
		{"tolerance 1m, now = ts + 61", 61 * time.Second, []verify.Option{verify.WithTolerance(time.Minute)}, verify.ErrTimestampTooOld},
		{"tolerance 1m, now = ts - 61", -61 * time.Second, []verify.Option{verify.WithTolerance(time.Minute)}, verify.ErrTimestampTooNew},
		{"tolerance 1h, now = ts + 3000", 3000 * time.Second, []verify.Option{verify.WithTolerance(time.Hour)}, nil},
		{"check off, years later", 5 * 365 * 24 * time.Hour, []verify.Option{verify.WithoutTimestampCheck()}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := verify.NewStandardWebhooks(c.secret, append([]verify.Option{clockAt(c.ts, tt.offset)}, tt.opts...)...)
			require.NoError(t, err)
			err = v.Verify(headers("svix", "svix", "svix", c.id, c.ts, c.sig), []byte(c.body))
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
		})
	}

	// A stale forgery is a forgery: the window is only reported for
	// authentic signatures.
	v, err := verify.NewStandardWebhooks(c.secret, clockAt(c.ts, time.Hour))
	require.NoError(t, err)
	err = v.Verify(headers("svix", "svix", "svix", c.id, c.ts, rust.sig), []byte(c.body))
	require.ErrorIs(t, err, verify.ErrSignatureMismatch)
}

func TestNewStandardWebhooksInvalidSecret(t *testing.T) {
	pub, _, err := ed25519.GenerateKey(nil)
	require.NoError(t, err)
	whpk := "whpk_" + base64.StdEncoding.EncodeToString(pub)
	tests := []struct {
		name   string
		secret string
		opts   []verify.Option
	}{
		{"empty", "", nil},
		{"prefix only", "whsec_", nil},
		{"not base64", "whsec_not*base64!", nil},
		{"public key", whpk, nil},
		{"private key", "whsk_" + base64.StdEncoding.EncodeToString(make([]byte, 32)), nil},
		{"a signature", canonical.sig, nil},
		{"bad additional secret", canonical.secret, []verify.Option{verify.WithAdditionalSecrets("")}},
		{"public key without prefix", canonical.secret, []verify.Option{verify.WithPublicKey(strings.TrimPrefix(whpk, "whpk_"))}},
		{"public key of 31 bytes", canonical.secret, []verify.Option{verify.WithPublicKey("whpk_" + base64.StdEncoding.EncodeToString(pub[:31]))}},
		{"public key not base64", canonical.secret, []verify.Option{verify.WithPublicKey("whpk_***")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := verify.NewStandardWebhooks(tt.secret, tt.opts...)
			require.ErrorIs(t, err, verify.ErrInvalidSecret)
			assert.Nil(t, v)
			if len(tt.secret) > 8 {
				assert.NotContains(t, err.Error(), tt.secret[6:])
			}
		})
	}

	// Unpadded base64 is accepted, as Svix's Python library does.
	v, err := verify.NewStandardWebhooks(strings.TrimRight(rust.secret, "="), clockAt(rust.ts, 0))
	require.NoError(t, err)
	require.NoError(t, v.Verify(headers("svix", "svix", "svix", rust.id, rust.ts, rust.sig), []byte(rust.body)))
}

func TestStandardWebhooksEd25519(t *testing.T) {
	c := canonical
	pub, priv, err := ed25519.GenerateKey(nil)
	require.NoError(t, err)
	otherPub, otherPriv, err := ed25519.GenerateKey(nil)
	require.NoError(t, err)
	whpk := "whpk_" + base64.StdEncoding.EncodeToString(pub)
	msg := []byte(c.id + "." + c.ts + "." + c.body)
	v1a := "v1a," + base64.StdEncoding.EncodeToString(ed25519.Sign(priv, msg))
	forged := "v1a," + base64.StdEncoding.EncodeToString(ed25519.Sign(otherPriv, msg))

	tests := []struct {
		name    string
		keys    []string
		sigs    []string
		body    string
		offset  time.Duration
		wantErr error
	}{
		{name: "v1a alone", keys: []string{whpk}, sigs: []string{v1a}},
		{name: "v1a beside a wrong v1", keys: []string{whpk}, sigs: []string{"v1," + strings.Repeat("A", 43) + "= " + v1a}},
		{name: "second configured key", keys: []string{"whpk_" + base64.StdEncoding.EncodeToString(otherPub), whpk}, sigs: []string{v1a}},
		{name: "v1a split over lines", keys: []string{whpk}, sigs: []string{"v1a", strings.TrimPrefix(v1a, "v1a,")}},
		{name: "v1a by another key", keys: []string{whpk}, sigs: []string{forged}, wantErr: verify.ErrSignatureMismatch},
		{name: "v1a over another body", keys: []string{whpk}, sigs: []string{v1a}, body: `{"test": 1}`, wantErr: verify.ErrSignatureMismatch},
		{name: "v1a not configured", sigs: []string{v1a}, wantErr: verify.ErrSignatureMismatch},
		{name: "v1a not base64", keys: []string{whpk}, sigs: []string{"v1a," + strings.Repeat("*", 88)}, wantErr: verify.ErrSignatureMismatch},
		{name: "v1a stale", keys: []string{whpk}, sigs: []string{v1a}, offset: time.Hour, wantErr: verify.ErrTimestampTooOld},
		{name: "v1a tries capped", keys: []string{whpk}, sigs: []string{strings.Repeat(forged+" ", 4) + v1a}, wantErr: verify.ErrSignatureMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := []verify.Option{clockAt(c.ts, tt.offset)}
			for _, k := range tt.keys {
				opts = append(opts, verify.WithPublicKey(k))
			}
			v, err := verify.NewStandardWebhooks("whsec_"+base64.StdEncoding.EncodeToString([]byte("unrelated hmac secret!!!")), opts...)
			require.NoError(t, err)
			body := tt.body
			if body == "" {
				body = c.body
			}
			err = v.Verify(headers("webhook", "webhook", "webhook", c.id, c.ts, tt.sigs...), []byte(body))
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
		})
	}
}

// TestSentinelsDistinct pins that no sentinel matches another.
func TestSentinelsDistinct(t *testing.T) {
	all := []error{verify.ErrMissingSignature, verify.ErrMalformedSignature, verify.ErrSignatureMismatch,
		verify.ErrTimestampTooOld, verify.ErrTimestampTooNew, verify.ErrInvalidSecret}
	for i, a := range all {
		for j, b := range all {
			assert.Equal(t, i == j, errors.Is(a, b), "%v vs %v", a, b)
		}
	}
}

// TestStandardWebhooksAllocations pins the allocation-free v1 path.
func TestStandardWebhooksAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items under the race detector")
	}
	c := canonical
	v, err := verify.NewStandardWebhooks(c.secret, clockAt(c.ts, 0))
	require.NoError(t, err)
	h := headers("svix", "svix", "svix", c.id, c.ts, "v2,Zm9v "+c.sig)
	body := []byte(c.body)
	require.NoError(t, v.Verify(h, body))
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		if v.Verify(h, body) != nil {
			t.Fatal("verify failed")
		}
	}))
}
