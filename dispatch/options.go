package dispatch

import (
	"context"
	"net/http"
)

// DefaultMaxBodyBytes is the body size limit when [WithMaxBodyBytes] is not
// given: 1 MiB.
const DefaultMaxBodyBytes = 1 << 20

// Option configures a [Router].
type Option func(*config)

type config struct {
	maxBody  int64
	onError  func(*http.Request, error)
	fallback func(context.Context, Message) error
	dedup    Deduplicator
	sink     Sink
}

// WithMaxBodyBytes sets the largest accepted body; a longer one is answered
// with 413 before verification. n <= 0 keeps [DefaultMaxBodyBytes].
func WithMaxBodyBytes(n int64) Option {
	return func(c *config) {
		if n > 0 {
			c.maxBody = n
		}
	}
}

// WithErrorHandler sets a callback that receives every failure with its full
// cause: a non-POST method, an oversized or unreadable body, a verification
// or decoding error, a handler error or panic, a redelivery in flight, and a
// failing [Deduplicator]. err is always an [*Error]; r is the request, or nil
// for [Router.Deliver]. The response has already been decided and carries
// only generic text. fn runs on the request's goroutine, so it should not
// block.
func WithErrorHandler(fn func(r *http.Request, err error)) Option {
	return func(c *config) { c.onError = fn }
}

// WithFallback sets a function called for events that no handler accepts,
// known or unknown; without one, such events are answered 200 and dropped.
// It is treated like a handler: it gets the request context, an error it
// returns is answered 500 or with the status of a [*StatusError], and a panic
// is recovered.
func WithFallback(fn func(ctx context.Context, msg Message) error) Option {
	return func(c *config) { c.fallback = fn }
}

// WithDeduplicator turns on deduplication of redeliveries through d, keyed
// by the provider's idempotency key; see [Deduplicator] for the exact
// semantics and [NewMemoryDeduplicator] for an in-process implementation.
// Deduplication is off by default.
func WithDeduplicator(d Deduplicator) Option {
	return func(c *config) { c.dedup = d }
}

// WithSink makes the router store deliveries in s instead of calling
// handlers: after verification, decoding and a successful deduplication
// claim, it calls [Sink.Store] and answers 200 only when Store returns nil,
// 503 otherwise (reported as [ErrSink]; the claim is released so that the
// provider's retry is stored). Replies a source answers itself, such as
// Smartcar's VERIFY, are still answered directly. A consumer then handles
// the stored deliveries with [Router.DeliverStored], which never calls the
// sink. A nil s turns the sink off.
func WithSink(s Sink) Option {
	return func(c *config) { c.sink = s }
}
