package redisdedup_test

import (
	"context"
	"errors"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/redisdedup"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// note is the one event of testSource.
type note struct{ id string }

// testSource is a minimal provider: every delivery is valid, its message id
// is the X-Id header. Deduplication is what these tests exercise.
type testSource struct{}

func (testSource) Provider() string { return "test" }
func (testSource) Catalog() dispatch.Catalog {
	return dispatch.Catalog{Events: map[string]any{"note": (*note)(nil)}, Unknown: (*note)(nil)}
}
func (testSource) Verify(*dispatch.Delivery) error { return nil }
func (testSource) Decode(d *dispatch.Delivery) (dispatch.Message, error) {
	id := d.Header.Get("X-Id")
	return dispatch.Message{Name: "note", Event: &note{id: id}, ID: id}, nil
}

// replica is one router with its handler and the errors it reported.
type replica struct {
	r       *dispatch.Router
	handled atomic.Int64
	mu      sync.Mutex
	errs    []error
	// block, when set, is called by the handler before it returns.
	block func(id string)
}

func newReplica(d dispatch.Deduplicator) *replica {
	rep := &replica{}
	rep.r = dispatch.New(testSource{},
		dispatch.WithDeduplicator(d),
		dispatch.WithErrorHandler(func(_ *http.Request, err error) {
			rep.mu.Lock()
			rep.errs = append(rep.errs, err)
			rep.mu.Unlock()
		}))
	dispatch.Handle(rep.r, "*", func(_ context.Context, ev *note) error {
		if rep.block != nil {
			rep.block(ev.id)
		}
		rep.handled.Add(1)
		return nil
	})
	return rep
}

func (rep *replica) deliver(t *testing.T, id string) dispatch.Result {
	t.Helper()
	res, _ := rep.r.Deliver(context.Background(), http.Header{"X-Id": {id}}, []byte("{}"))
	return res
}

func (rep *replica) reported() []error {
	rep.mu.Lock()
	defer rep.mu.Unlock()
	return append([]error(nil), rep.errs...)
}

func TestTwoRouters(t *testing.T) {
	c := newClient(t)
	d := redisdedup.New(c, redisdedup.WithPrefix(testPrefix(t, c)))
	a, b := newReplica(d), newReplica(d)

	res := a.deliver(t, "m1")
	assert.Equal(t, http.StatusOK, res.Status)
	assert.False(t, res.Duplicate)
	res = b.deliver(t, "m1")
	assert.Equal(t, http.StatusOK, res.Status, "a redelivery handled on the other replica is answered 200")
	assert.True(t, res.Duplicate)
	assert.Equal(t, "", res.Pattern, "and not handled")
	assert.Equal(t, int64(1), a.handled.Load())
	assert.Equal(t, int64(0), b.handled.Load())

	// In flight on a: b answers 409; once a finished, b answers 200.
	entered, leave := make(chan struct{}), make(chan struct{})
	a.block = func(id string) {
		if id == "m2" {
			close(entered)
			<-leave
		}
	}
	done := make(chan dispatch.Result, 1)
	go func() {
		res, _ := a.r.Deliver(context.Background(), http.Header{"X-Id": {"m2"}}, []byte("{}"))
		done <- res
	}()
	<-entered
	res = b.deliver(t, "m2")
	assert.Equal(t, http.StatusConflict, res.Status)
	assert.True(t, res.Duplicate)
	close(leave)
	assert.Equal(t, http.StatusOK, (<-done).Status)
	res = b.deliver(t, "m2")
	assert.Equal(t, http.StatusOK, res.Status)
	assert.True(t, res.Duplicate)
	assert.Equal(t, int64(2), a.handled.Load())
	assert.Equal(t, int64(0), b.handled.Load())
	assert.Empty(t, a.reported())
	require.Len(t, b.reported(), 1, "the 409 is reported")
	assert.ErrorIs(t, b.reported()[0], dispatch.ErrInFlight)
}

func TestFailOpen(t *testing.T) {
	t.Run("unreachable", func(t *testing.T) {
		c := redis.NewClient(&redis.Options{Addr: closedAddr(t), MaxRetries: -1})
		t.Cleanup(func() { _ = c.Close() })
		rep := newReplica(redisdedup.New(c))
		for range 2 {
			res := rep.deliver(t, "m1")
			assert.Equal(t, http.StatusOK, res.Status)
			assert.False(t, res.Duplicate)
		}
		assert.Equal(t, int64(2), rep.handled.Load(), "at-least-once: both handled")
		errs := rep.reported()
		require.Len(t, errs, 2, "each failed claim is reported (no commit or release follows it)")
		for _, err := range errs {
			assert.ErrorIs(t, err, dispatch.ErrDedup)
		}
	})

	t.Run("down mid-run", func(t *testing.T) {
		srv := startRedis(t)
		c := redis.NewClient(&redis.Options{Addr: srv.addr, MaxRetries: -1})
		t.Cleanup(func() { _ = c.Close() })
		d := redisdedup.New(c)
		a, b := newReplica(d), newReplica(d)
		for _, id := range []string{"m1", "m2"} {
			require.Equal(t, http.StatusOK, a.deliver(t, id).Status)
			res := b.deliver(t, id)
			require.True(t, res.Duplicate, "deduplicated while Redis is up")
		}
		require.Empty(t, append(a.reported(), b.reported()...))

		srv.kill(t)
		for _, id := range []string{"m1", "m3"} {
			for _, rep := range []*replica{a, b} {
				res := rep.deliver(t, id)
				assert.Equal(t, http.StatusOK, res.Status, "%s: handled although Redis is down", id)
				assert.False(t, res.Duplicate)
			}
		}
		assert.Equal(t, int64(4), a.handled.Load(), "m1, m2 before; m1, m3 after")
		assert.Equal(t, int64(2), b.handled.Load(), "m1, m3 after")
		for _, rep := range []*replica{a, b} {
			errs := rep.reported()
			require.Len(t, errs, 2)
			for _, err := range errs {
				assert.ErrorIs(t, err, dispatch.ErrDedup)
				var de *dispatch.Error
				require.True(t, errors.As(err, &de))
				assert.Equal(t, "test", de.Provider)
			}
		}
	})
}
