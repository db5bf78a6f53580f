package redisdedup

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/redis/go-redis/v9"
)

// doneValue is the value of a committed key. Tokens are base32 text from
// [rand.Text] (upper-case letters and digits), so no token equals it.
const doneValue = "done"

// release deletes KEYS[1] if it holds the token ARGV[1]; it returns the
// number of keys deleted.
var release = redis.NewScript(`if redis.call("GET", KEYS[1]) == ARGV[1] then
	return redis.call("DEL", KEYS[1])
end
return 0`)

// Deduplicator is a [dispatch.Deduplicator] on Redis. It is safe for
// concurrent use; see the package doc for what it stores.
type Deduplicator struct {
	client redis.UniversalClient
	cfg    config
	// ctxIO reports a client that applies context deadlines to its socket
	// I/O (ContextTimeoutEnabled), so that calls need no watchdog.
	ctxIO bool
}

var _ dispatch.Deduplicator = (*Deduplicator)(nil)

// New returns a [Deduplicator] that stores its keys through client, which
// may be a single-node, sentinel-backed or cluster client. It panics when
// client is nil.
func New(client redis.UniversalClient, opts ...Option) *Deduplicator {
	if client == nil {
		panic("redisdedup: New with a nil client")
	}
	cfg := defaults()
	for _, o := range opts {
		o(&cfg)
	}
	return &Deduplicator{client: client, cfg: cfg, ctxIO: honoursContext(client)}
}

// honoursContext reports whether client was built with ContextTimeoutEnabled.
func honoursContext(client redis.UniversalClient) bool {
	switch c := client.(type) {
	case *redis.Client:
		return c.Options().ContextTimeoutEnabled
	case *redis.ClusterClient:
		return c.Options().ContextTimeoutEnabled
	case *redis.Ring:
		return c.Options().ContextTimeoutEnabled
	}
	return false
}

// Claim implements [dispatch.Deduplicator] with one SET key token NX PX
// lease GET: when the key is free it now holds a new random token for the
// lease ([dispatch.ClaimAcquired] and the token); otherwise it reports
// [dispatch.ClaimDone] for a committed key and [dispatch.ClaimInFlight] for
// another claim.
func (d *Deduplicator) Claim(ctx context.Context, key string) (dispatch.ClaimState, string, error) {
	token := rand.Text()
	var old string
	err := d.bounded(ctx, func(ctx context.Context) error {
		var err error
		old, err = d.client.SetArgs(ctx, d.cfg.prefix+key, token, redis.SetArgs{Mode: "NX", Get: true, TTL: d.cfg.lease}).Result()
		return err
	})
	switch {
	case errors.Is(err, redis.Nil):
		return dispatch.ClaimAcquired, token, nil
	case err != nil:
		return 0, "", fmt.Errorf("redisdedup: claim %q: %w", key, err)
	case old == doneValue:
		return dispatch.ClaimDone, "", nil
	}
	return dispatch.ClaimInFlight, "", nil
}

// Commit implements [dispatch.Deduplicator]: it records key as done for the
// remembered-id time, replacing any claim, its own or another's, whether or
// not the lease ran out.
func (d *Deduplicator) Commit(ctx context.Context, key, token string) error {
	err := d.bounded(ctx, func(ctx context.Context) error {
		return d.client.Set(ctx, d.cfg.prefix+key, doneValue, d.cfg.ttl).Err()
	})
	if err != nil {
		return fmt.Errorf("redisdedup: commit %q: %w", key, err)
	}
	return nil
}

// Release implements [dispatch.Deduplicator]: it deletes key if it still
// holds token, in one round trip. A claim that another delivery took over
// after the lease ran out, or a committed key, stays. An empty token
// matches nothing and costs no round trip.
func (d *Deduplicator) Release(ctx context.Context, key, token string) error {
	if token == "" {
		return nil
	}
	err := d.bounded(ctx, func(ctx context.Context) error {
		return release.Run(ctx, d.client, []string{d.cfg.prefix + key}, token).Err()
	})
	if err != nil {
		return fmt.Errorf("redisdedup: release %q: %w", key, err)
	}
	return nil
}

// bounded runs call with ctx limited to the configured timeout and returns
// when call does or when ctx is done, whichever comes first; an error after
// ctx ended wraps ctx.Err() too. go-redis applies context deadlines (not
// cancellation) to socket reads and writes only when the client was built
// with ContextTimeoutEnabled: with such a client and a timeout, call runs on
// the caller's goroutine; otherwise it runs on a goroutine that is abandoned
// when ctx ends (it finishes in the background, bounded by the client's own
// timeouts, and its results are dropped).
func (d *Deduplicator) bounded(ctx context.Context, call func(ctx context.Context) error) error {
	if d.cfg.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d.cfg.timeout)
		defer cancel()
		if d.ctxIO {
			return withCause(ctx, call(ctx))
		}
	}
	if ctx.Done() == nil { // never done: nothing to bound
		return call(ctx)
	}
	done := make(chan error, 1)
	go func() { done <- call(ctx) }()
	select {
	case err := <-done:
		return withCause(ctx, err)
	case <-ctx.Done():
		select {
		case err := <-done: // finished as ctx ended
			return withCause(ctx, err)
		default:
			return ctx.Err()
		}
	}
}

// withCause adds ctx's error to err when ctx ended, so that a timeout the
// client reports as an i/o timeout is also [context.DeadlineExceeded]. The
// socket deadline is ctx's deadline, and may pass a moment before ctx's own
// timer marks it done, so a passed deadline counts too.
func withCause(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	cerr := ctx.Err()
	if dl, ok := ctx.Deadline(); cerr == nil && ok && !time.Now().Before(dl) {
		cerr = context.DeadlineExceeded
	}
	if cerr == nil || errors.Is(err, cerr) {
		return err
	}
	return fmt.Errorf("%w: %w", cerr, err)
}
