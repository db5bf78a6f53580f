package edrvtest_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/verify"
)

const secret = "whsec_edrvtest"

// The test vector of the spec sheet (§6.4): secret, time and a 184-byte body.
const (
	vectorSecret = "edrv_test_secret"
	vectorBody   = `{"_id":"665f1c2a9b1e4a0012ab34cd","type":"chargestation.online","object":"chargestation","data":{"_id":"5eafcdae9e7760a2646be430","online":true},"createdAt":"2024-06-04T13:30:18.000Z"}`
	vectorRaw    = "259125b37c547b1e12abe6a76130fc7c735a1efb27dcfe86a9a199f7d1180410" // over the body
	vectorTBody  = "ae368f42579485eaf0f3857ca77361ac35205f90c9bcce53846560f4994dfad9" // over "<t>.<body>"
)

var vectorTime = time.UnixMilli(1717507818000)

// unicodeBody is a delivery with non-ASCII text in two-, three- and
// four-byte UTF-8.
var unicodeBody = []byte(`{"_id":"6581d0c7e4b1a20013c0aa01","type":"chargestation.updated","object":"chargestation",` +
	`"data":{"_id":"6581c9f0e4b1a20013c0a9d0","endpoint":"zrh-01","meta_data":{"name":"Zürich Bahnhofstraße","notes":"ëä 充电桩 🔌"}},` +
	`"createdAt":"2023-12-19T17:20:07.601Z"}`)

// hexMAC is an independent HMAC-SHA256 for the expectations.
func hexMAC(key, msg string) string {
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

func signature(h http.Header) string { return h.Get("edrv-signature") }

func TestHeaderKnownAnswers(t *testing.T) {
	body := []byte(vectorBody)
	require.Len(t, body, 184)
	tests := []struct {
		name string
		opts []edrvtest.Option
		want string
	}{
		{"default form", nil, "t=1717507818000,v1=" + vectorRaw},
		{"HeaderV1", []edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderV1)}, "t=1717507818000,v1=" + vectorRaw},
		{"HeaderV1TimestampBody", []edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderV1TimestampBody)}, "t=1717507818000,v1=" + vectorTBody},
		{"HeaderLegacy", []edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderLegacy)}, "sha256=" + vectorRaw},
		{"ASCII body escaped lower", []edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.LowerHex)}, "t=1717507818000,v1=" + vectorRaw},
		{"ASCII body escaped upper", []edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.UpperHex)}, "t=1717507818000,v1=" + vectorRaw},
		{"additional secrets", []edrvtest.Option{edrvtest.WithAdditionalSecrets("next", "later")},
			"t=1717507818000,v1=" + vectorRaw + ",v1=" + hexMAC("next", vectorBody) + ",v1=" + hexMAC("later", vectorBody)},
		{"additional secrets, timestamp body", []edrvtest.Option{edrvtest.WithAdditionalSecrets("next"), edrvtest.WithHeaderForm(edrvtest.HeaderV1TimestampBody)},
			"t=1717507818000,v1=" + vectorTBody + ",v1=" + hexMAC("next", "1717507818000."+vectorBody)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := edrvtest.Header(vectorSecret, body, append([]edrvtest.Option{edrvtest.WithTime(vectorTime)}, tt.opts...)...)
			assert.Equal(t, tt.want, signature(h))
			assert.Equal(t, "application/json", h.Get("Content-Type"))
			assert.Len(t, h, 2, "only what a delivery carries")
		})
	}
}

// The default form is exactly what the edrv package signs.
func TestHeaderMatchesVerifierSign(t *testing.T) {
	v, err := edrv.NewVerifier(vectorSecret)
	require.NoError(t, err)
	at := time.Date(2025, 5, 8, 14, 7, 44, 3e6, time.UTC)
	body := edrvtest.Payload("session.updated/ocpp201")
	assert.Equal(t, v.Sign(at, body), signature(edrvtest.Header(vectorSecret, body, edrvtest.WithTime(at))))
}

func TestEscapedUnicodeSignature(t *testing.T) {
	body := []byte(`{"name":"Zürich ëä","plug":"🔌"}`)
	tests := []struct {
		name    string
		hc      edrvtest.HexCase
		escaped string
	}{
		{"lower", edrvtest.LowerHex, `{"name":"Z\u00fcrich \u00eb\u00e4","plug":"\ud83d\udd0c"}`},
		{"upper", edrvtest.UpperHex, `{"name":"Z\u00FCrich \u00EB\u00E4","plug":"\uD83D\uDD0C"}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.escaped, string(edrvtest.EscapeUnicode(body, tt.hc)))
			for _, f := range []struct {
				form edrvtest.HeaderForm
				want string
			}{
				{edrvtest.HeaderV1, "t=1717507818000,v1=" + hexMAC(secret, tt.escaped)},
				{edrvtest.HeaderV1TimestampBody, "t=1717507818000,v1=" + hexMAC(secret, "1717507818000."+tt.escaped)},
				{edrvtest.HeaderLegacy, "sha256=" + hexMAC(secret, tt.escaped)},
			} {
				h := edrvtest.Header(secret, body, edrvtest.WithTime(vectorTime), edrvtest.WithHeaderForm(f.form), edrvtest.WithEscapedUnicode(tt.hc))
				assert.Equal(t, f.want, signature(h), "form %d", f.form)
			}
			// The request carries the body as given, not the escaped form.
			req := edrvtest.NewRequest(secret, body, edrvtest.WithEscapedUnicode(tt.hc))
			got, err := io.ReadAll(req.Body)
			require.NoError(t, err)
			assert.Equal(t, body, got)
		})
	}
}

func TestEscapeUnicode(t *testing.T) {
	tests := []struct {
		name, in, lower, upper string
	}{
		{"ascii unchanged", `{"a":"b\"c\\u00e9","n":1}`, `{"a":"b\"c\\u00e9","n":1}`, `{"a":"b\"c\\u00e9","n":1}`},
		{"empty", "", "", ""},
		{"two bytes", "ëä", `\u00eb\u00e4`, `\u00EB\u00E4`},
		{"three bytes", "€中", `\u20ac\u4e2d`, `\u20AC\u4E2D`},
		{"last BMP", "\uffff", `\uffff`, `\uFFFF`},
		{"surrogate pair", "🔌", `\ud83d\udd0c`, `\uD83D\uDD0C`},
		{"first supplementary", "\U00010000", `\ud800\udc00`, `\uD800\uDC00`},
		{"last code point", "\U0010FFFF", `\udbff\udfff`, `\uDBFF\uDFFF`},
		{"invalid byte", "a\xffb", `a\ufffdb`, `a\uFFFDb`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := []byte(tt.in)
			assert.Equal(t, tt.lower, string(edrvtest.EscapeUnicode(in, edrvtest.LowerHex)))
			assert.Equal(t, tt.upper, string(edrvtest.EscapeUnicode(in, edrvtest.UpperHex)))
			assert.Equal(t, tt.in, string(in), "input unchanged")
		})
	}
}

// verification runs Header through an edrv.Verifier, as a receiver does.
func TestOptionsVerify(t *testing.T) {
	now := time.Now()
	body := edrvtest.Payload(edrv.SessionUpdated)
	ascii := edrvtest.Payload(edrv.ChargestationOnline)
	tests := []struct {
		name     string
		verifier string
		vopts    []verify.Option
		body     []byte
		opts     []edrvtest.Option
		want     error
	}{
		{"default", secret, nil, body, nil, nil},
		{"explicit time", secret, []verify.Option{verify.WithClock(func() time.Time { return vectorTime })}, body,
			[]edrvtest.Option{edrvtest.WithTime(vectorTime)}, nil},
		{"stale", secret, nil, body, []edrvtest.Option{edrvtest.WithTime(now.Add(-time.Hour))}, verify.ErrTimestampTooOld},
		{"future", secret, nil, body, []edrvtest.Option{edrvtest.WithTime(now.Add(time.Hour))}, verify.ErrTimestampTooNew},
		{"legacy", secret, nil, body, []edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderLegacy)}, nil},
		{"legacy ignores time", secret, nil, body,
			[]edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderLegacy), edrvtest.WithTime(now.Add(-time.Hour))}, nil},
		{"timestamp body is not the raw body", secret, nil, body,
			[]edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderV1TimestampBody)}, verify.ErrSignatureMismatch},
		{"timestamp body, verifier in that mode", secret, []verify.Option{edrv.WithSignedContent(edrv.SignedTimestampBody)}, body,
			[]edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderV1TimestampBody)}, nil},
		{"timestamp body, verifier in either mode", secret, []verify.Option{edrv.WithSignedContent(edrv.SignedEither)}, body,
			[]edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderV1TimestampBody)}, nil},
		{"raw body, verifier in either mode", secret, []verify.Option{edrv.WithSignedContent(edrv.SignedEither)}, body, nil, nil},
		{"raw body, verifier in timestamp-body mode", secret, []verify.Option{edrv.WithSignedContent(edrv.SignedTimestampBody)}, body,
			nil, verify.ErrSignatureMismatch},
		{"timestamp body, stale", secret, []verify.Option{edrv.WithSignedContent(edrv.SignedTimestampBody)}, body,
			[]edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderV1TimestampBody), edrvtest.WithTime(now.Add(-time.Hour))}, verify.ErrTimestampTooOld},
		{"wrong secret", secret, nil, body, []edrvtest.Option{edrvtest.WithWrongSecret()}, verify.ErrSignatureMismatch},
		{"wrong secret, timestamp body", secret, []verify.Option{edrv.WithSignedContent(edrv.SignedTimestampBody)}, body,
			[]edrvtest.Option{edrvtest.WithWrongSecret(), edrvtest.WithHeaderForm(edrvtest.HeaderV1TimestampBody)}, verify.ErrSignatureMismatch},
		{"legacy refused by the verifier", secret, []verify.Option{edrv.WithoutLegacySignature()}, body,
			[]edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderLegacy)}, verify.ErrMalformedSignature},
		{"wrong secret, legacy", secret, nil, body,
			[]edrvtest.Option{edrvtest.WithWrongSecret(), edrvtest.WithHeaderForm(edrvtest.HeaderLegacy)}, verify.ErrSignatureMismatch},
		{"wrong secrets, rotation", "next", nil, body,
			[]edrvtest.Option{edrvtest.WithWrongSecret(), edrvtest.WithAdditionalSecrets("next")}, verify.ErrSignatureMismatch},
		{"different secret", "other", nil, body, nil, verify.ErrSignatureMismatch},
		{"rotation: old secret", secret, nil, body, []edrvtest.Option{edrvtest.WithAdditionalSecrets("next")}, nil},
		{"rotation: new secret", "next", nil, body, []edrvtest.Option{edrvtest.WithAdditionalSecrets("next")}, nil},
		{"rotation: verifier with both", "other", []verify.Option{verify.WithAdditionalSecrets("next")}, body,
			[]edrvtest.Option{edrvtest.WithAdditionalSecrets("next")}, nil},
		{"rotation: unknown secret", "other", nil, body, []edrvtest.Option{edrvtest.WithAdditionalSecrets("next")}, verify.ErrSignatureMismatch},
		{"escaped ASCII body is the raw body", secret, nil, ascii, []edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.UpperHex)}, nil},
		// Issue 11: the verifier also tries the escaped-Unicode form of a
		// non-ASCII body, in either hex case.
		{"escaped unicode, lower hex", secret, nil, unicodeBody, []edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.LowerHex)}, nil},
		{"escaped unicode, upper hex", secret, nil, unicodeBody, []edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.UpperHex)}, nil},
		{"escaped unicode, legacy", secret, nil, unicodeBody,
			[]edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.LowerHex), edrvtest.WithHeaderForm(edrvtest.HeaderLegacy)}, nil},
		{"escaped unicode, rotation", "next", nil, unicodeBody,
			[]edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.UpperHex), edrvtest.WithAdditionalSecrets("next")}, nil},
		{"raw unicode body", secret, nil, unicodeBody, nil, nil},
		{"escaped unicode, wrong secret", secret, nil, unicodeBody,
			[]edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.LowerHex), edrvtest.WithWrongSecret()}, verify.ErrSignatureMismatch},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, err := edrv.NewVerifier(tt.verifier, tt.vopts...)
			require.NoError(t, err)
			err = v.Verify(edrvtest.Header(secret, tt.body, tt.opts...), tt.body)
			if tt.want == nil {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, tt.want)
		})
	}
}

func TestNewRequest(t *testing.T) {
	body := edrvtest.Payload(edrv.SessionStarted)
	tests := []struct {
		name string
		opts []edrvtest.Option
		url  string
		host string
	}{
		{"default target", nil, edrvtest.DefaultTarget, "example.com"},
		{"path", []edrvtest.Option{edrvtest.WithTarget("/hooks/edrv?src=test")}, "/hooks/edrv?src=test", "example.com"},
		{"absolute URL", []edrvtest.Option{edrvtest.WithTarget("https://hooks.example.org/edrv")}, "https://hooks.example.org/edrv", "hooks.example.org"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := edrvtest.NewRequest(secret, body, tt.opts...)
			assert.Equal(t, http.MethodPost, req.Method)
			assert.Equal(t, tt.url, req.URL.String())
			assert.Equal(t, tt.host, req.Host)
			assert.Empty(t, req.Pattern, "no route set")
			assert.Empty(t, req.PathValue("event"), "no path values")
			assert.Equal(t, []string{"Content-Type", "Edrv-Signature"}, slices.Sorted(maps.Keys(req.Header)))
			assert.Equal(t, int64(len(body)), req.ContentLength)
			got, err := io.ReadAll(req.Body)
			require.NoError(t, err)
			assert.Equal(t, body, got)
			v, err := edrv.NewVerifier(secret)
			require.NoError(t, err)
			assert.NoError(t, v.Verify(req.Header, got))
		})
	}
	assert.Equal(t, "/webhooks/edrv", edrvtest.DefaultTarget)
}

func TestPanics(t *testing.T) {
	body := edrvtest.Payload(edrv.SessionUpdated)
	tests := []struct {
		name   string
		secret string
		opts   []edrvtest.Option
		msg    string
	}{
		{"empty secret", "", nil, "unusable secret"},
		{"empty additional secret", secret, []edrvtest.Option{edrvtest.WithAdditionalSecrets("ok", "")}, "unusable additional secret 2"},
		{"legacy with additional secrets", secret,
			[]edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderLegacy), edrvtest.WithAdditionalSecrets("next")}, "WithAdditionalSecrets needs a v1 header form"},
		{"unknown form", secret, []edrvtest.Option{edrvtest.WithHeaderForm(edrvtest.HeaderLegacy + 1)}, "unknown header form 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range []func(){
				func() { edrvtest.NewRequest(tt.secret, body, tt.opts...) },
				func() { edrvtest.Header(tt.secret, body, tt.opts...) },
			} {
				func() {
					defer func() {
						r := recover()
						require.NotNil(t, r, "no panic")
						msg, ok := r.(string)
						require.True(t, ok, "panic value %T", r)
						assert.True(t, strings.HasPrefix(msg, "edrvtest: "), msg)
						assert.Contains(t, msg, tt.msg)
						assert.NotContains(t, msg, secret)
					}()
					f()
				}()
			}
		})
	}
	assert.NotPanics(t, func() { edrvtest.NewRequest(secret, body, nil) }, "a nil option is skipped")
}

// An escaped-Unicode signature of a non-ASCII delivery is accepted through
// the router, in both hex cases; with a wrong secret it is a 401.
func TestEscapedUnicodeThroughRouter(t *testing.T) {
	body, err := os.ReadFile("../../testdata/edrv/chargestation.connector_status.updated.unicode.json")
	require.NoError(t, err)
	require.False(t, bytes.Equal(body, edrvtest.EscapeUnicode(body, edrvtest.LowerHex)), "the body has non-ASCII text")
	tests := []struct {
		name   string
		opts   []edrvtest.Option
		status int
		calls  int
	}{
		{"lower hex", []edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.LowerHex)}, http.StatusOK, 1},
		{"upper hex", []edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.UpperHex)}, http.StatusOK, 1},
		{"raw", nil, http.StatusOK, 1},
		{"wrong secret", []edrvtest.Option{edrvtest.WithEscapedUnicode(edrvtest.UpperHex), edrvtest.WithWrongSecret()}, http.StatusUnauthorized, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := edrv.NewSource(secret)
			require.NoError(t, err)
			r := dispatch.New(src)
			calls := 0
			dispatch.Handle(r, edrv.ChargestationConnectorStatusUpdated, func(_ context.Context, ev *edrv.ChargestationEvent) error {
				calls++
				return nil
			})
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, edrvtest.NewRequest(secret, body, tt.opts...))
			assert.Equal(t, tt.status, rec.Code)
			assert.Equal(t, tt.calls, calls)
		})
	}
}
