package edrvtest

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/verify"
)

// DefaultTarget is the URL NewRequest posts to unless [WithTarget] is given.
const DefaultTarget = "http://example.com/webhooks/edrv"

// Option configures [NewRequest] and [Header].
type Option func(*config)

type config struct {
	at      time.Time
	target  string
	legacy  bool
	content edrv.SignedContent
}

// WithTime signs at t instead of time.Now, for example to produce a stale
// delivery.
func WithTime(t time.Time) Option { return func(c *config) { c.at = t } }

// WithTarget sets the request URL.
func WithTarget(url string) Option { return func(c *config) { c.target = url } }

// WithLegacy signs in the legacy "sha256=<hex>" form.
func WithLegacy() Option { return func(c *config) { c.legacy = true } }

// WithSignedContent signs over c, as configured on the receiving
// [edrv.Verifier] with [edrv.WithSignedContent].
func WithSignedContent(c edrv.SignedContent) Option {
	return func(cfg *config) { cfg.content = c }
}

// Sign returns an edrv-signature header value for body. It panics when
// secret is empty or the signed content is not one of edrv's modes, like
// httptest.NewRequest on a bad request.
func Sign(secret string, body []byte, opts ...Option) string {
	c := config{target: DefaultTarget}
	for _, o := range opts {
		o(&c)
	}
	if c.at.IsZero() {
		c.at = time.Now()
	}
	v, err := edrv.NewVerifier(secret, edrv.WithSignedContent(c.content), verify.WithoutTimestampCheck())
	if err != nil {
		panic("edrvtest: " + err.Error())
	}
	if c.legacy {
		return v.SignLegacy(body)
	}
	return v.Sign(c.at, body)
}

// Header returns a header holding the edrv-signature of body and a JSON
// content type.
func Header(secret string, body []byte, opts ...Option) http.Header {
	h := make(http.Header)
	h.Set("Content-Type", "application/json")
	h.Set(edrv.SignatureHeader, Sign(secret, body, opts...))
	return h
}

// NewRequest returns a POST request carrying body, signed with secret as
// eDRV signs deliveries, for use with an http.Handler under test. It panics
// when secret is empty.
func NewRequest(secret string, body []byte, opts ...Option) *http.Request {
	c := config{target: DefaultTarget}
	for _, o := range opts {
		o(&c)
	}
	req := httptest.NewRequest(http.MethodPost, c.target, bytes.NewReader(body))
	for k, v := range Header(secret, body, opts...) {
		req.Header[k] = v
	}
	return req
}
