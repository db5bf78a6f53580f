package volterastest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/evhooks/evhooks/verify"
)

// DefaultTarget is the path [NewRequest] posts to, followed by the event
// type: "/webhooks/volteras/" + eventType, the route
// POST /webhooks/volteras/{event} of examples/receiver.
const DefaultTarget = "/webhooks/volteras/"

// HeaderForm selects the names of the signature headers.
type HeaderForm int

// Header forms Svix sends.
const (
	// HeaderSvix is svix-id, svix-timestamp and svix-signature, the default.
	HeaderSvix HeaderForm = iota
	// HeaderWebhook is webhook-id, webhook-timestamp and webhook-signature,
	// which Svix sends for white-labelled accounts.
	HeaderWebhook
)

// Option changes what [NewRequest] and [Header] build.
type Option func(*config)

type config struct {
	target      string
	id          string
	ts          time.Time
	form        HeaderForm
	wrong       bool
	additional  []string
	eventHeader string
	headers     http.Header
	ctx         context.Context
}

// WithTime signs the delivery at t (default time.Now()); a time outside the
// verifier's window produces a delivery that must be rejected.
func WithTime(t time.Time) Option { return func(c *config) { c.ts = t } }

// WithTarget sets the request URL or path (default [DefaultTarget] followed
// by the event type).
func WithTarget(target string) Option { return func(c *config) { c.target = target } }

// WithHeaderForm selects the signature header names (default [HeaderSvix]).
func WithHeaderForm(f HeaderForm) Option { return func(c *config) { c.form = f } }

// WithWrongSecret signs with a fresh random secret instead of the one given,
// so that verification fails with verify.ErrSignatureMismatch.
func WithWrongSecret() Option { return func(c *config) { c.wrong = true } }

// WithAdditionalSecrets also signs with these secrets, as Svix does while an
// endpoint's secret is being rotated: the signature header carries one "v1,"
// entry per secret. An unusable secret makes NewRequest and Header panic.
func WithAdditionalSecrets(secrets ...string) Option {
	return func(c *config) { c.additional = append(c.additional, secrets...) }
}

// WithID sets the message id (default a random "msg_…" id). Svix keeps the
// id across retries, so reuse one to simulate a redelivery.
func WithID(id string) Option { return func(c *config) { c.id = id } }

// WithEventTypeHeader also sends the event type in the named header, as a
// custom header configured in the Volteras portal would.
func WithEventTypeHeader(name string) Option { return func(c *config) { c.eventHeader = name } }

// WithHeader adds a header to the request, after the signature headers.
func WithHeader(name, value string) Option {
	return func(c *config) {
		if c.headers == nil {
			c.headers = http.Header{}
		}
		c.headers.Add(name, value)
	}
}

// WithContext sets the request's context (default context.Background()).
func WithContext(ctx context.Context) Option { return func(c *config) { c.ctx = ctx } }

// NewSecret returns a fresh random endpoint secret in Svix's "whsec_" form.
func NewSecret() string {
	key := make([]byte, 24)
	_, _ = rand.Read(key) // never fails
	return "whsec_" + base64.StdEncoding.EncodeToString(key)
}

// Header returns the headers of a delivery of body for eventType signed
// with secret: the message id, timestamp and signature (svix-* by default),
// Content-Type application/json, Svix's User-Agent, and the event type
// header if [WithEventTypeHeader] is given. eventType is used only by
// WithEventTypeHeader. Header panics if secret (or an additional secret)
// cannot be used, like httptest.NewRequest on a bad target.
func Header(secret, eventType string, body []byte, opts ...Option) http.Header {
	return newConfig(opts).header(secret, eventType, body)
}

// NewRequest returns a POST request delivering body as Volteras would for
// eventType, signed with secret (see [Header] for the headers), to
// [DefaultTarget] + eventType unless [WithTarget] says otherwise. Like a
// real delivery it carries no path values: a handler that reads the event
// type from a route wildcard must be mounted on a mux with that route. The
// body can be read once, like a server request's. NewRequest panics if the
// secret cannot be used or the target is not a valid URL, like
// httptest.NewRequest.
func NewRequest(secret, eventType string, body []byte, opts ...Option) *http.Request {
	c := newConfig(opts)
	h := c.header(secret, eventType, body)
	target := c.target
	if target == "" {
		target = DefaultTarget + url.PathEscape(eventType)
	}
	req, err := http.NewRequestWithContext(c.ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		panic("volterastest: " + err.Error())
	}
	req.Header = h
	if req.Host == "" {
		req.Host = "example.com"
	}
	req.RemoteAddr = "192.0.2.1:1234"
	return req
}

func newConfig(opts []Option) *config {
	c := &config{ctx: context.Background()}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return c
}

func signer(secret string) *verify.StandardWebhooks {
	s, err := verify.NewStandardWebhooks(secret)
	if err != nil {
		panic("volterastest: " + err.Error())
	}
	return s
}

func (c *config) header(secret, eventType string, body []byte) http.Header {
	primary := signer(secret)
	if c.wrong {
		primary = signer(NewSecret())
	}
	id := c.id
	if id == "" {
		id = newMessageID()
	}
	ts := c.ts
	if ts.IsZero() {
		ts = time.Now()
	}
	sigs := []string{primary.Sign(id, ts, body)}
	for _, s := range c.additional {
		sigs = append(sigs, signer(s).Sign(id, ts, body))
	}
	prefix := "Svix-"
	if c.form == HeaderWebhook {
		prefix = "Webhook-"
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("User-Agent", "Svix-Webhooks/1.0")
	h.Set(prefix+"Id", id)
	h.Set(prefix+"Timestamp", strconv.FormatInt(ts.Unix(), 10))
	h.Set(prefix+"Signature", strings.Join(sigs, " "))
	if c.eventHeader != "" {
		h.Set(c.eventHeader, eventType)
	}
	for k, vs := range c.headers {
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	return h
}

// newMessageID returns a random id shaped like Svix's ("msg_" and 27
// alphanumerics).
func newMessageID() string {
	const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	b := make([]byte, 27)
	_, _ = rand.Read(b)
	for i := range b {
		b[i] = alphabet[int(b[i])%len(alphabet)]
	}
	return "msg_" + string(b)
}
