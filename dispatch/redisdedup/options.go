package redisdedup

import (
	"time"

	"github.com/evhooks/evhooks/dispatch"
)

// Defaults of [New] that dispatch does not define.
const (
	// DefaultPrefix is the default key prefix.
	DefaultPrefix = "evhooks:dedup:"
	// DefaultTimeout bounds each call by default. A Redis on the same
	// network answers in about a millisecond, so 500 ms is hundreds of
	// round trips of head room (a failover, a slow fork for a snapshot)
	// while keeping what an outage adds to each delivery far below the
	// providers' response timeouts (Smartcar waits 15 seconds, Svix 15),
	// with the handler's own time still to come. A process starved of CPU
	// for longer (an overloaded host) also times out, and its deliveries
	// are then handled without deduplication; raise it there.
	DefaultTimeout = 500 * time.Millisecond
)

// Option configures [New].
type Option func(*config)

type config struct {
	prefix  string
	lease   time.Duration
	ttl     time.Duration
	timeout time.Duration
}

func defaults() config {
	return config{
		prefix:  DefaultPrefix,
		lease:   dispatch.DefaultClaimLease,
		ttl:     dispatch.DefaultDedupTTL,
		timeout: DefaultTimeout,
	}
}

// WithPrefix sets the prefix of every key (default [DefaultPrefix]), so that
// several applications, or test runs, can share one Redis. It must not
// contain a Redis Cluster hash tag ("{…}"); see the package doc.
func WithPrefix(prefix string) Option {
	return func(c *config) { c.prefix = prefix }
}

// WithLease sets how long a claim stays in flight without a Commit or
// Release (default [dispatch.DefaultClaimLease]). It should exceed the time
// a handler may take, or a slow delivery's retry is handled concurrently;
// the shorter it is, the sooner a crashed replica's deliveries can be
// retried. Redis counts it in milliseconds; a value of zero or less keeps
// the default.
func WithLease(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.lease = d
		}
	}
}

// WithTTL sets how long a committed key is remembered (default
// [dispatch.DefaultDedupTTL]). It should exceed the longest retry schedule
// of the providers behind the router. A value of zero or less keeps the
// default.
func WithTTL(d time.Duration) Option {
	return func(c *config) {
		if d > 0 {
			c.ttl = d
		}
	}
}

// WithTimeout bounds each call (default [DefaultTimeout]), beside any
// deadline of the caller's context. Zero or less removes the bound: calls
// then last as long as the context and the client's own timeouts allow.
func WithTimeout(d time.Duration) Option {
	return func(c *config) { c.timeout = d }
}
