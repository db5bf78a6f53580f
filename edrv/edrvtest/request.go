package edrvtest

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/http/httptest"
	"strconv"
	"time"

	"github.com/evhooks/evhooks/edrv"
)

// DefaultTarget is the path [NewRequest] posts to unless [WithTarget] is
// given; it is the route of examples/receiver.
const DefaultTarget = "/webhooks/edrv"

// signatureHeader is the header eDRV signs deliveries in, in canonical form.
const signatureHeader = "Edrv-Signature"

// HeaderForm selects the form of the edrv-signature header and the bytes its
// signature covers; see [WithHeaderForm].
type HeaderForm uint8

// Header forms. The zero value is the current form over the raw body, what
// an [edrv.Verifier] with default options accepts.
const (
	// HeaderV1 is "t=<unix ms>,v1=<hex>", v1 the HMAC-SHA256 of the raw
	// body (the default), exactly what [edrv.Verifier.Sign] writes.
	HeaderV1 HeaderForm = iota
	// HeaderV1TimestampBody is "t=<unix ms>,v1=<hex>", v1 the HMAC-SHA256
	// of "<t>.<body>", t as written in the header; a verifier accepts it
	// with edrv.WithSignedContent(edrv.SignedTimestampBody) or
	// edrv.SignedEither.
	HeaderV1TimestampBody
	// HeaderLegacy is the legacy "sha256=<hex>" form, the HMAC-SHA256 of
	// the raw body without a timestamp. It has room for one signature, so
	// it cannot be combined with [WithAdditionalSecrets].
	HeaderLegacy
)

// HexCase is the case of the hexadecimal digits of \uXXXX escapes; see
// [WithEscapedUnicode].
type HexCase uint8

// Hex digit cases of \uXXXX escapes.
const (
	// LowerHex writes \u00eb, the case eDRV's older signing page states.
	LowerHex HexCase = iota
	// UpperHex writes \u00EB, the case of that page's own example.
	UpperHex
)

// Option configures [NewRequest] and [Header].
type Option func(*config)

type config struct {
	at         time.Time
	target     string
	form       HeaderForm
	wrong      bool
	additional []string
	escape     bool
	hexCase    HexCase
}

func newConfig(opts []Option) config {
	c := config{target: DefaultTarget}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.at.IsZero() {
		c.at = time.Now()
	}
	return c
}

// WithTime signs at t instead of the current time, for example to produce
// a delivery outside the verifier's timestamp window. The header carries t
// in Unix milliseconds. [HeaderLegacy] carries no time and ignores it.
func WithTime(t time.Time) Option { return func(c *config) { c.at = t } }

// WithTarget sets the request target, a path such as "/hooks/edrv" or an
// absolute URL; the default is [DefaultTarget].
func WithTarget(target string) Option { return func(c *config) { c.target = target } }

// WithHeaderForm selects the header form and signed bytes; the default is
// [HeaderV1].
func WithHeaderForm(f HeaderForm) Option { return func(c *config) { c.form = f } }

// WithWrongSecret signs with secrets other than the ones given, so that
// verification fails with
// [github.com/evhooks/evhooks/verify.ErrSignatureMismatch]. The header is
// otherwise well formed and inside the timestamp window.
func WithWrongSecret() Option { return func(c *config) { c.wrong = true } }

// WithAdditionalSecrets also signs with secrets, one v1 entry each after
// the primary secret's, as eDRV would while an endpoint's secret is being
// rotated; a verifier that knows any one of the secrets accepts the
// request. It requires a v1 header form.
func WithAdditionalSecrets(secrets ...string) Option {
	return func(c *config) { c.additional = append(c.additional, secrets...) }
}

// WithEscapedUnicode signs the escaped-Unicode form of the body (see
// [EscapeUnicode]) with hex digits in case hc, the construction eDRV's older
// signing page describes. The request still carries the body as given; an
// [edrv.Verifier] accepts it because it also tries the escaped forms of a
// body with non-ASCII characters when the raw body does not match. For an
// ASCII body the signature is the same as without the option.
func WithEscapedUnicode(hc HexCase) Option {
	return func(c *config) { c.escape, c.hexCase = true, hc }
}

// EscapeUnicode returns body with every non-ASCII character written as a
// JSON \uXXXX escape, characters above U+FFFF as a UTF-16 surrogate pair
// (U+1F50C as \ud83d\udd0c), with hex digits in case hc. ASCII bytes,
// including existing escapes, are copied unchanged; a byte that is not part
// of valid UTF-8 becomes \ufffd. The result is a new slice.
func EscapeUnicode(body []byte, hc HexCase) []byte {
	digits := "0123456789abcdef"
	if hc == UpperHex {
		digits = "0123456789ABCDEF"
	}
	out := make([]byte, 0, len(body)+len(body)/2)
	esc := func(u rune) {
		out = append(out, '\\', 'u', digits[u>>12&0xF], digits[u>>8&0xF], digits[u>>4&0xF], digits[u&0xF])
	}
	for _, r := range string(body) {
		switch {
		case r < 0x80:
			out = append(out, byte(r))
		case r <= 0xFFFF:
			esc(r)
		default:
			r -= 0x10000
			esc(0xD800 + r>>10)
			esc(0xDC00 + r&0x3FF)
		}
	}
	return out
}

// signature returns the edrv-signature value for body under c.
func (c *config) signature(secret string, body []byte) string {
	v, err := edrv.NewVerifier(secret)
	if err != nil {
		panic("edrvtest: unusable secret: " + err.Error())
	}
	secrets := append([]string{secret}, c.additional...)
	for i, s := range secrets[1:] {
		if _, err := edrv.NewVerifier(s); err != nil {
			panic("edrvtest: unusable additional secret " + strconv.Itoa(i+1) + ": " + err.Error())
		}
	}
	if c.form > HeaderLegacy {
		panic("edrvtest: unknown header form " + strconv.Itoa(int(c.form)))
	}
	if c.form == HeaderLegacy && len(c.additional) > 0 {
		panic("edrvtest: the legacy sha256= header holds one signature: WithAdditionalSecrets needs a v1 header form")
	}
	if c.wrong {
		for i, s := range secrets {
			secrets[i] = "edrvtest-wrong-" + s
		}
	}
	signed := body
	if c.escape {
		signed = EscapeUnicode(body, c.hexCase)
	}
	if c.form == HeaderLegacy {
		return "sha256=" + mac(secrets[0], "", signed)
	}
	t := strconv.FormatInt(c.at.UnixMilli(), 10)
	var value string
	if c.form == HeaderV1 && !c.escape && !c.wrong {
		value = v.Sign(c.at, body) // the package's own construction
	} else {
		head := ""
		if c.form == HeaderV1TimestampBody {
			head = t + "."
		}
		value = "t=" + t + ",v1=" + mac(secrets[0], head, signed)
	}
	for _, s := range secrets[1:] {
		head := ""
		if c.form == HeaderV1TimestampBody {
			head = t + "."
		}
		value += ",v1=" + mac(s, head, signed)
	}
	return value
}

// mac returns the hex HMAC-SHA256 of head followed by body, keyed with the
// secret's UTF-8 bytes.
func mac(secret, head string, body []byte) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(head))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// Header returns the headers of an eDRV delivery of body signed with secret:
// the edrv-signature and a JSON Content-Type. It takes the options of
// [NewRequest] ([WithTarget] has no effect) and panics in the same cases.
func Header(secret string, body []byte, opts ...Option) http.Header {
	c := newConfig(opts)
	return c.header(secret, body)
}

func (c *config) header(secret string, body []byte) http.Header {
	h := make(http.Header, 2)
	h.Set("Content-Type", "application/json")
	h.Set(signatureHeader, c.signature(secret, body))
	return h
}

// NewRequest returns a POST request to [DefaultTarget] carrying body, signed
// with secret as eDRV signs deliveries, for an http.Handler under test. It
// sets only what a delivery carries: the body, a JSON Content-Type and the
// edrv-signature header. Like httptest.NewRequest it panics when it cannot
// build the request: an empty (unusable) secret, an unknown [HeaderForm], or
// [WithAdditionalSecrets] with [HeaderLegacy].
func NewRequest(secret string, body []byte, opts ...Option) *http.Request {
	c := newConfig(opts)
	h := c.header(secret, body)
	req := httptest.NewRequest(http.MethodPost, c.target, bytes.NewReader(body))
	for k, v := range h {
		req.Header[k] = v
	}
	return req
}
