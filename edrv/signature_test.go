package edrv_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/verify"
)

// Test vectors of the spec sheet (§6.4), computed for these tests; eDRV
// publishes none.
const (
	vecSecret   = "edrv_test_secret"
	vecT        = "1717507818000" // ms; 2024-06-04T13:30:18Z
	vecBody     = `{"_id":"665f1c2a9b1e4a0012ab34cd","type":"chargestation.online","object":"chargestation","data":{"_id":"5eafcdae9e7760a2646be430","online":true},"createdAt":"2024-06-04T13:30:18.000Z"}`
	vecRawSig   = "259125b37c547b1e12abe6a76130fc7c735a1efb27dcfe86a9a199f7d1180410"
	vecTBodySig = "ae368f42579485eaf0f3857ca77361ac35205f90c9bcce53846560f4994dfad9"
	wrongSig    = "0000000000000000000000000000000000000000000000000000000000000000"
)

var vecTime = time.UnixMilli(1717507818000)

func header(value string) http.Header {
	h := http.Header{}
	h.Set("edrv-signature", value)
	return h
}

func headerNamed(name, value string) http.Header {
	h := http.Header{}
	h.Set(name, value)
	return h
}

func clockAt(ts time.Time) verify.Option { return verify.WithClock(func() time.Time { return ts }) }

func TestVerifierVectors(t *testing.T) {
	require.Len(t, vecBody, 184)
	tests := []struct {
		name   string
		opts   []verify.Option
		header http.Header
		body   string
		want   error
	}{
		{"raw body", nil, header("t=" + vecT + ",v1=" + vecRawSig), vecBody, nil},
		{"raw body, upper-case hex", nil, header("t=" + vecT + ",v1=" + strings.ToUpper(vecRawSig)), vecBody, nil},
		{"raw body, spaces", nil, header(" t = " + vecT + " , v1 = " + vecRawSig + " "), vecBody, nil},
		{"raw body, upper-case keys", nil, header("T=" + vecT + ",V1=" + vecRawSig), vecBody, nil},
		{"header spelled eDRV-Signature", nil, headerNamed("eDRV-Signature", "t="+vecT+",v1="+vecRawSig), vecBody, nil},
		{"extra v0 element", nil, header("t=" + vecT + ",v0=" + wrongSig + ",v1=" + vecRawSig), vecBody, nil},
		{"unknown schemes and stray elements ignored", nil, header("v2=abc,t=" + vecT + ",junk,v1=" + vecRawSig + ",x="), vecBody, nil},
		{"two v1, second valid", nil, header("t=" + vecT + ",v1=" + wrongSig + ",v1=" + vecRawSig), vecBody, nil},
		{"two v1, first valid", nil, header("t=" + vecT + ",v1=" + vecRawSig + ",v1=" + wrongSig), vecBody, nil},
		{"v1 before t", nil, header("v1=" + vecRawSig + ",t=" + vecT), vecBody, nil},
		{"t in seconds", nil, header("t=1717507818,v1=" + vecRawSig), vecBody, nil},
		{"timestamped body", []verify.Option{edrv.WithSignedContent(edrv.SignedTimestampBody)}, header("t=" + vecT + ",v1=" + vecTBodySig), vecBody, nil},
		{"either mode, raw", []verify.Option{edrv.WithSignedContent(edrv.SignedEither)}, header("t=" + vecT + ",v1=" + vecRawSig), vecBody, nil},
		{"either mode, timestamped", []verify.Option{edrv.WithSignedContent(edrv.SignedEither)}, header("t=" + vecT + ",v1=" + vecTBodySig), vecBody, nil},
		{"legacy", nil, header("sha256=" + vecRawSig), vecBody, nil},
		{"legacy, upper-case prefix and hex", nil, header("SHA256=" + strings.ToUpper(vecRawSig)), vecBody, nil},
		{"legacy needs no timestamp window", []verify.Option{clockAt(vecTime.Add(24 * time.Hour))}, header("sha256=" + vecRawSig), vecBody, nil},
		{"rotation: old secret", []verify.Option{verify.WithAdditionalSecrets(vecSecret)}, header("t=" + vecT + ",v1=" + vecRawSig), vecBody, nil},

		{"missing header", nil, http.Header{}, vecBody, verify.ErrMissingSignature},
		{"empty header", nil, header("  "), vecBody, verify.ErrMissingSignature},
		{"missing t", nil, header("v1=" + vecRawSig), vecBody, verify.ErrMalformedSignature},
		{"empty t", nil, header("t=,v1=" + vecRawSig), vecBody, verify.ErrMalformedSignature},
		{"t not digits", nil, header("t=17175078x8000,v1=" + vecRawSig), vecBody, verify.ErrMalformedSignature},
		{"negative t", nil, header("t=-1717507818,v1=" + vecRawSig), vecBody, verify.ErrMalformedSignature},
		{"t too long", nil, header("t=1717507818000000000000,v1=" + vecRawSig), vecBody, verify.ErrMalformedSignature},
		{"two t", nil, header("t=" + vecT + ",t=" + vecT + ",v1=" + vecRawSig), vecBody, verify.ErrMalformedSignature},
		{"no v1", nil, header("t=" + vecT + ",v0=" + vecRawSig), vecBody, verify.ErrMalformedSignature},
		{"garbage", nil, header("hello"), vecBody, verify.ErrMalformedSignature},
		{"legacy rejected by option", []verify.Option{edrv.WithoutLegacySignature()}, header("sha256=" + vecRawSig), vecBody, verify.ErrMalformedSignature},
		{"wrong secret", nil, header("t=" + vecT + ",v1=" + vecRawSig), vecBody, verify.ErrSignatureMismatch},
		{"tampered body", nil, header("t=" + vecT + ",v1=" + vecRawSig), strings.Replace(vecBody, "true", "tru3", 1), verify.ErrSignatureMismatch},
		{"one byte appended", nil, header("t=" + vecT + ",v1=" + vecRawSig), vecBody + "\n", verify.ErrSignatureMismatch},
		{"timestamped signature in raw mode", nil, header("t=" + vecT + ",v1=" + vecTBodySig), vecBody, verify.ErrSignatureMismatch},
		{"raw signature in timestamped mode", []verify.Option{edrv.WithSignedContent(edrv.SignedTimestampBody)}, header("t=" + vecT + ",v1=" + vecRawSig), vecBody, verify.ErrSignatureMismatch},
		{"timestamped: t rewritten as seconds", []verify.Option{edrv.WithSignedContent(edrv.SignedTimestampBody)}, header("t=1717507818,v1=" + vecTBodySig), vecBody, verify.ErrSignatureMismatch},
		{"truncated signature", nil, header("t=" + vecT + ",v1=" + vecRawSig[:63]), vecBody, verify.ErrSignatureMismatch},
		{"non-hex signature", nil, header("t=" + vecT + ",v1=" + strings.Repeat("zz", 32)), vecBody, verify.ErrSignatureMismatch},
		{"signature in v0 only counts as v1", nil, header("t=" + vecT + ",v0=" + vecRawSig + ",v1=" + wrongSig), vecBody, verify.ErrSignatureMismatch},
		{"legacy, wrong signature", nil, header("sha256=" + wrongSig), vecBody, verify.ErrSignatureMismatch},
		{"legacy, empty", nil, header("sha256="), vecBody, verify.ErrSignatureMismatch},
		{"stale", []verify.Option{clockAt(vecTime.Add(5*time.Minute + time.Millisecond))}, header("t=" + vecT + ",v1=" + vecRawSig), vecBody, verify.ErrTimestampTooOld},
		{"future", []verify.Option{clockAt(vecTime.Add(-5*time.Minute - time.Millisecond))}, header("t=" + vecT + ",v1=" + vecRawSig), vecBody, verify.ErrTimestampTooNew},
		{"stale, seconds", []verify.Option{clockAt(vecTime.Add(6 * time.Minute))}, header("t=1717507818,v1=" + vecRawSig), vecBody, verify.ErrTimestampTooOld},
		{"docs' 3-minute window", []verify.Option{verify.WithTolerance(3 * time.Minute), clockAt(vecTime.Add(4 * time.Minute))}, header("t=" + vecT + ",v1=" + vecRawSig), vecBody, verify.ErrTimestampTooOld},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			secret := vecSecret
			if tt.name == "wrong secret" {
				secret = "edrv_test_secret2"
			}
			if strings.HasPrefix(tt.name, "rotation") {
				secret = "new_secret"
			}
			opts := append([]verify.Option{clockAt(vecTime)}, tt.opts...)
			v, err := edrv.NewVerifier(secret, opts...)
			require.NoError(t, err)
			err = v.Verify(tt.header, []byte(tt.body))
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			for _, other := range []error{verify.ErrMissingSignature, verify.ErrMalformedSignature, verify.ErrSignatureMismatch,
				verify.ErrTimestampTooOld, verify.ErrTimestampTooNew, verify.ErrInvalidSecret} {
				if other != tt.want {
					assert.False(t, errors.Is(err, other), "also %v", other)
				}
			}
			assert.NotContains(t, err.Error(), vecRawSig)
			assert.NotContains(t, err.Error(), vecTBodySig)
			assert.NotContains(t, err.Error(), secret)
		})
	}
}

func TestVerifierWindowEdges(t *testing.T) {
	v, err := edrv.NewVerifier(vecSecret, clockAt(vecTime.Add(5*time.Minute)))
	require.NoError(t, err)
	assert.NoError(t, v.Verify(header("t="+vecT+",v1="+vecRawSig), []byte(vecBody)), "exactly the tolerance passes")

	v, err = edrv.NewVerifier(vecSecret, clockAt(vecTime.Add(time.Hour)), verify.WithoutTimestampCheck())
	require.NoError(t, err)
	assert.NoError(t, v.Verify(header("t="+vecT+",v1="+vecRawSig), []byte(vecBody)))
	assert.ErrorIs(t, v.Verify(header("t="+vecT+",v1="+wrongSig), []byte(vecBody)), verify.ErrSignatureMismatch,
		"the signature is still checked")
}

func TestNewVerifierInvalidSecret(t *testing.T) {
	_, err := edrv.NewVerifier("")
	assert.ErrorIs(t, err, verify.ErrInvalidSecret)
	_, err = edrv.NewVerifier("s", verify.WithAdditionalSecrets(""))
	assert.ErrorIs(t, err, verify.ErrInvalidSecret)
	_, err = edrv.NewVerifier("s", edrv.WithSignedContent(edrv.SignedContent(9)))
	assert.Error(t, err)
}

func TestSign(t *testing.T) {
	v, err := edrv.NewVerifier(vecSecret, clockAt(vecTime))
	require.NoError(t, err)
	assert.Equal(t, "t="+vecT+",v1="+vecRawSig, v.Sign(vecTime, []byte(vecBody)))
	assert.Equal(t, "sha256="+vecRawSig, v.SignLegacy([]byte(vecBody)))

	vt, err := edrv.NewVerifier(vecSecret, clockAt(vecTime), edrv.WithSignedContent(edrv.SignedTimestampBody))
	require.NoError(t, err)
	sig := vt.Sign(vecTime, []byte(vecBody))
	assert.Equal(t, "t="+vecT+",v1="+vecTBodySig, sig)
	assert.NoError(t, vt.Verify(header(sig), []byte(vecBody)))

	// Rotation: Sign uses the primary secret, and a verifier that knows it
	// as an additional secret accepts the result.
	vNew, err := edrv.NewVerifier("new_secret", verify.WithAdditionalSecrets(vecSecret), clockAt(vecTime))
	require.NoError(t, err)
	assert.NoError(t, vNew.Verify(header(v.Sign(vecTime, []byte(vecBody))), []byte(vecBody)))
	assert.ErrorIs(t, v.Verify(header(vNew.Sign(vecTime, []byte(vecBody))), []byte(vecBody)), verify.ErrSignatureMismatch)
}

// FuzzVerify checks that Verify never panics, never accepts a header that
// does not carry the right MAC for the body, and always returns one of the
// verify sentinels.
//
//	go test ./edrv -run '^$' -fuzz '^FuzzVerify$' -fuzztime 60s -fuzzminimizetime 0
func FuzzVerify(f *testing.F) {
	f.Add("t="+vecT+",v1="+vecRawSig, []byte(vecBody))
	f.Add("t="+vecT+",v1="+vecTBodySig+",v1="+vecRawSig, []byte(vecBody))
	f.Add("t="+vecT+",v1="+vecTBodySig, []byte(vecBody))
	f.Add("sha256="+vecRawSig, []byte(vecBody))
	f.Add("t=1717507818,v0=x,v1="+vecRawSig, []byte(vecBody))
	f.Add("t=,v1=", []byte(""))
	f.Add(",,,=,t==", []byte("{}"))
	nonASCII := []byte(`{"name":"Zürich 😀"}`)
	f.Add("t="+vecT+",v1="+macHex(escape(nonASCII, true)), nonASCII)
	f.Add("sha256="+macHex(escape(nonASCII, false)), nonASCII)
	v, err := edrv.NewVerifier(vecSecret, clockAt(vecTime))
	require.NoError(f, err)
	vt, err := edrv.NewVerifier(vecSecret, clockAt(vecTime), edrv.WithSignedContent(edrv.SignedEither))
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, value string, body []byte) {
		rawMAC := macHex(body)
		for _, v := range []*edrv.Verifier{v, vt} {
			err := v.Verify(header(value), body)
			if err == nil {
				if !carriesMAC(value, rawMAC, body, v == vt) &&
					!carriesMAC(value, macHex(escape(body, false)), escape(body, false), v == vt) &&
					!carriesMAC(value, macHex(escape(body, true)), escape(body, true), v == vt) {
					t.Fatalf("accepted %q without the MAC of the body or of its escaped forms", value)
				}
				continue
			}
			if strings.Contains(err.Error(), rawMAC) {
				t.Fatalf("error text holds the computed MAC: %v", err)
			}
			known := false
			for _, s := range []error{verify.ErrMissingSignature, verify.ErrMalformedSignature, verify.ErrSignatureMismatch,
				verify.ErrTimestampTooOld, verify.ErrTimestampTooNew} {
				known = known || errors.Is(err, s)
			}
			if !known {
				t.Fatalf("error without a verify sentinel: %v", err)
			}
		}
	})
}

// macHex is the lower-case hex HMAC-SHA256 of the concatenated parts under
// vecSecret, computed without the package.
func macHex(parts ...[]byte) string {
	m := hmac.New(sha256.New, []byte(vecSecret))
	for _, p := range parts {
		m.Write(p)
	}
	return hex.EncodeToString(m.Sum(nil))
}

// carriesMAC reports whether the header value holds, in any letter case,
// rawMAC or, when timestamped signatures count, the MAC of "<t>.<body>" for
// one of its t elements.
func carriesMAC(value, rawMAC string, body []byte, timestamped bool) bool {
	lower := strings.ToLower(value)
	if strings.Contains(lower, rawMAC) {
		return true
	}
	if timestamped {
		for _, elem := range strings.Split(value, ",") {
			k, ts, ok := strings.Cut(elem, "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "t") &&
				strings.Contains(lower, macHex([]byte(strings.TrimSpace(ts)+"."), body)) {
				return true
			}
		}
	}
	return false
}

// escape writes every non-ASCII character of b as \uXXXX, characters above
// U+FFFF as UTF-16 surrogate pairs, with upper- or lower-case hex digits:
// the test's own rendering of eDRV's escaped-Unicode form.
func escape(b []byte, upper bool) []byte {
	var out strings.Builder
	for _, r := range string(b) {
		if r < 0x80 {
			out.WriteRune(r)
			continue
		}
		for _, u := range utf16.Encode([]rune{r}) {
			e := fmt.Sprintf("\\u%04x", u)
			if upper {
				e = `\u` + strings.ToUpper(e[2:])
			}
			out.WriteString(e)
		}
	}
	return []byte(out.String())
}

func TestEscapedUnicodeSignature(t *testing.T) {
	body := []byte(`{"_id":"e","type":"location.updated","data":{"_id":"l","operatorName":"Zürich Ladestation ëä","address":{"city":"東京 😀"}},"createdAt":"2024-06-04T13:30:18.000Z"}`)
	lower, upper := escape(body, false), escape(body, true)
	require.Contains(t, string(lower), `Z\u00fcrich`)
	require.Contains(t, string(upper), `\u00EB\u00E4`)
	require.Contains(t, string(upper), `\uD83D\uDE00`, "U+1F600 as a surrogate pair")
	require.Contains(t, string(lower), `\ud83d\ude00`)
	v, err := edrv.NewVerifier(vecSecret, clockAt(vecTime))
	require.NoError(t, err)
	vt, err := edrv.NewVerifier(vecSecret, clockAt(vecTime), edrv.WithSignedContent(edrv.SignedTimestampBody))
	require.NoError(t, err)
	tests := []struct {
		name  string
		v     *edrv.Verifier
		value string
		want  error
	}{
		{"raw body", v, "t=" + vecT + ",v1=" + macHex(body), nil},
		{"lower-case escapes", v, "t=" + vecT + ",v1=" + macHex(lower), nil},
		{"upper-case escapes", v, "t=" + vecT + ",v1=" + macHex(upper), nil},
		{"upper-case escapes, second v1", v, "t=" + vecT + ",v1=" + wrongSig + ",v1=" + macHex(upper), nil},
		{"legacy, lower-case escapes", v, "sha256=" + macHex(lower), nil},
		{"legacy, upper-case escapes", v, "sha256=" + macHex(upper), nil},
		{"timestamped, upper-case escapes", vt, "t=" + vecT + ",v1=" + macHex([]byte(vecT+"."), upper), nil},
		{"timestamped escapes need the timestamp", vt, "t=" + vecT + ",v1=" + macHex(upper), verify.ErrSignatureMismatch},
		{"mixed-case escapes", v, "t=" + vecT + ",v1=" + macHex([]byte(strings.Replace(string(upper), `\u00EB`, `\u00eB`, 1))), verify.ErrSignatureMismatch},
		{"escapes of another body", v, "t=" + vecT + ",v1=" + macHex(escape([]byte(`{"a":"ü"}`), false)), verify.ErrSignatureMismatch},
		{"stale escapes", v, "t=1717500000000,v1=" + macHex(upper), verify.ErrTimestampTooOld},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.v.Verify(header(tt.value), body)
			if tt.want == nil {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, tt.want)
			}
		})
	}
	// An ASCII body is never compared with another form: the signature of
	// its (identical) escaped form is its own.
	ascii := []byte(`{"name":"Zurich \u00fc"}`)
	assert.ErrorIs(t, v.Verify(header("t="+vecT+",v1="+macHex([]byte(`{"name":"Zurich ü"}`))), ascii), verify.ErrSignatureMismatch)
	// A body with invalid UTF-8 has no escaped form.
	bad := []byte("{\"name\":\"\xff\"}")
	assert.ErrorIs(t, v.Verify(header("t="+vecT+",v1="+macHex(escape(bad, false))), bad), verify.ErrSignatureMismatch)
}

// Verification allocates nothing for an ASCII body, accepted or not.
func TestVerifyASCIIAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts do not hold under the race detector")
	}
	v, err := edrv.NewVerifier(vecSecret, clockAt(vecTime))
	require.NoError(t, err)
	good := header("t=" + vecT + ",v1=" + vecRawSig)
	bad := header("t=" + vecT + ",v1=" + wrongSig)
	body := []byte(vecBody)
	require.NoError(t, v.Verify(good, body))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = v.Verify(good, body) }))
	// A mismatch allocates its error only; the escaped form is not built.
	mismatch := testing.AllocsPerRun(100, func() { _ = v.Verify(bad, body) })
	long := append(body[:len(body):len(body)], strings.Repeat(" ", 4096)...)
	assert.Equal(t, mismatch, testing.AllocsPerRun(100, func() { _ = v.Verify(bad, long) }),
		"no allocation grows with an ASCII body")
}

func TestNewVerifierUnsupportedOptions(t *testing.T) {
	_, err := edrv.NewVerifier(vecSecret, verify.WithPublicKey("whpk_MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE="))
	assert.ErrorIs(t, err, verify.ErrUnsupportedOption)
	assert.Contains(t, err.Error(), "WithPublicKey")
	_, err = edrv.NewVerifier(vecSecret, verify.WithSetting(struct{}{}, 1))
	assert.ErrorIs(t, err, verify.ErrUnsupportedOption)
	_, err = edrv.NewSource(vecSecret, edrv.WithVerifyOptions(verify.WithPublicKey("whpk_x")))
	assert.ErrorIs(t, err, verify.ErrUnsupportedOption)
	for _, o := range []verify.Option{verify.WithTolerance(time.Minute), verify.WithoutTimestampCheck(), clockAt(vecTime),
		verify.WithAdditionalSecrets("other"), edrv.WithSignedContent(edrv.SignedEither), edrv.WithoutLegacySignature()} {
		_, err = edrv.NewVerifier(vecSecret, o)
		assert.NoError(t, err)
	}
}
