package volterastest

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/evhooks/evhooks/verify"
)

// DefaultPath is the path NewRequest posts to, followed by the event type:
// the route pattern POST /webhooks/volteras/{event} of the receiver example.
const DefaultPath = "/webhooks/volteras/"

// Option changes what [NewRequest] and [Header] build.
type Option func(*config)

type config struct {
	target      string
	pathValue   string
	msgID       string
	ts          time.Time
	webhook     bool
	eventHeader string
	headers     http.Header
	ctx         context.Context
}

// WithTarget sets the request URL or path (default [DefaultPath] followed
// by the event type). The path value of [WithPathValue] ("event" unless
// changed) is still set to the event type.
func WithTarget(target string) Option { return func(c *config) { c.target = target } }

// WithPathValue sets the name of the path value that carries the event type
// (default "event"); an empty name sets none.
func WithPathValue(name string) Option { return func(c *config) { c.pathValue = name } }

// WithMessageID sets the message id (default a random "msg_…" id). Svix keeps
// the id across retries, so reuse one to simulate a redelivery.
func WithMessageID(id string) Option { return func(c *config) { c.msgID = id } }

// WithTimestamp sets the signing time (default time.Now()); a time outside
// the verifier's window produces a delivery that must be rejected.
func WithTimestamp(ts time.Time) Option { return func(c *config) { c.ts = ts } }

// WithWebhookHeaders uses the webhook-id, webhook-timestamp and
// webhook-signature headers of white-labelled Svix accounts instead of the
// svix-* ones.
func WithWebhookHeaders() Option { return func(c *config) { c.webhook = true } }

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

// Header returns the headers of a delivery of body signed with secret: the
// message id, timestamp and signature (svix-* by default), Content-Type
// application/json, Svix's User-Agent, and the event type header if
// [WithEventTypeHeader] is given. eventType may be empty when no option uses
// it. A secret that cannot be used is an error wrapping
// [verify.ErrInvalidSecret].
func Header(secret, eventType string, body []byte, opts ...Option) (http.Header, error) {
	c := newConfig(opts)
	return c.header(secret, eventType, body)
}

// NewRequest returns a POST request delivering body as Volteras would for
// eventType, signed with secret (see [Header] for the headers). The body can
// be read once, like a server request's.
func NewRequest(secret, eventType string, body []byte, opts ...Option) (*http.Request, error) {
	c := newConfig(opts)
	h, err := c.header(secret, eventType, body)
	if err != nil {
		return nil, err
	}
	target := c.target
	if target == "" {
		target = DefaultPath + url.PathEscape(eventType)
	}
	req, err := http.NewRequestWithContext(c.ctx, http.MethodPost, target, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("volterastest: %w", err)
	}
	req.Header = h
	if c.pathValue != "" && eventType != "" {
		req.SetPathValue(c.pathValue, eventType)
	}
	if req.Host == "" {
		req.Host = "example.com"
	}
	return req, nil
}

func newConfig(opts []Option) *config {
	c := &config{pathValue: "event", ctx: context.Background()}
	for _, o := range opts {
		if o != nil {
			o(c)
		}
	}
	return c
}

func (c *config) header(secret, eventType string, body []byte) (http.Header, error) {
	signer, err := verify.NewStandardWebhooks(secret)
	if err != nil {
		return nil, fmt.Errorf("volterastest: %w", err)
	}
	id := c.msgID
	if id == "" {
		id = newMessageID()
	}
	ts := c.ts
	if ts.IsZero() {
		ts = time.Now()
	}
	prefix := "Svix-"
	if c.webhook {
		prefix = "Webhook-"
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("User-Agent", "Svix-Webhooks/1.0")
	h.Set(prefix+"Id", id)
	h.Set(prefix+"Timestamp", strconv.FormatInt(ts.Unix(), 10))
	h.Set(prefix+"Signature", signer.Sign(id, ts, body))
	if c.eventHeader != "" {
		h.Set(c.eventHeader, eventType)
	}
	for k, vs := range c.headers {
		for _, v := range vs {
			h.Add(k, v)
		}
	}
	return h, nil
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
