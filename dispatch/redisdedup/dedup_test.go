package redisdedup_test

import (
	"context"
	"fmt"
	"net"
	"sync"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/redisdedup"
	"github.com/redis/go-redis/v9"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// claim claims key and checks that the call succeeded.
func claim(t *testing.T, d *redisdedup.Deduplicator, key string) (dispatch.ClaimState, string) {
	t.Helper()
	st, tok, err := d.Claim(context.Background(), key)
	require.NoError(t, err)
	if st == dispatch.ClaimAcquired {
		require.NotEmpty(t, tok, "an acquired claim has a token")
	} else {
		require.Empty(t, tok, "only an acquired claim has a token")
	}
	return st, tok
}

func TestClaimCommitRelease(t *testing.T) {
	c := newClient(t)
	prefix := testPrefix(t, c)
	d := redisdedup.New(c, redisdedup.WithPrefix(prefix))
	ctx := context.Background()

	st, tok := claim(t, d, "edrv:1")
	require.Equal(t, dispatch.ClaimAcquired, st)
	assert.Equal(t, tok, c.Get(ctx, prefix+"edrv:1").Val(), "the key holds the claim's token")

	st, _ = claim(t, d, "edrv:1")
	assert.Equal(t, dispatch.ClaimInFlight, st, "a second claim while the first is in flight")
	st, tok2 := claim(t, d, "edrv:2")
	require.Equal(t, dispatch.ClaimAcquired, st, "another key is independent")
	assert.NotEqual(t, tok, tok2, "every claim has its own token")

	require.NoError(t, d.Release(ctx, "edrv:1", tok2), "another claim's token")
	st, _ = claim(t, d, "edrv:1")
	assert.Equal(t, dispatch.ClaimInFlight, st, "a release with another claim's token changes nothing")
	require.NoError(t, d.Release(ctx, "edrv:1", ""))
	st, _ = claim(t, d, "edrv:1")
	assert.Equal(t, dispatch.ClaimInFlight, st, "a release without a token changes nothing")

	require.NoError(t, d.Release(ctx, "edrv:1", tok))
	assert.Zero(t, c.Exists(ctx, prefix+"edrv:1").Val(), "the release deleted the key")
	st, tok3 := claim(t, d, "edrv:1")
	require.Equal(t, dispatch.ClaimAcquired, st, "a released key can be claimed again")
	assert.NotEqual(t, tok, tok3)

	require.NoError(t, d.Commit(ctx, "edrv:1", tok3))
	st, _ = claim(t, d, "edrv:1")
	assert.Equal(t, dispatch.ClaimDone, st)
	require.NoError(t, d.Release(ctx, "edrv:1", tok3))
	st, _ = claim(t, d, "edrv:1")
	assert.Equal(t, dispatch.ClaimDone, st, "a release after the commit keeps the commit")
}

func TestExpiries(t *testing.T) {
	c := newClient(t)
	ctx := context.Background()
	tests := []struct {
		name               string
		opts               []redisdedup.Option
		wantLease, wantTTL time.Duration
	}{
		{"defaults", nil, dispatch.DefaultClaimLease, dispatch.DefaultDedupTTL},
		{"configured", []redisdedup.Option{redisdedup.WithLease(90 * time.Second), redisdedup.WithTTL(7 * time.Hour)}, 90 * time.Second, 7 * time.Hour},
		{"non-positive keeps the defaults", []redisdedup.Option{redisdedup.WithLease(0), redisdedup.WithTTL(-time.Second)}, dispatch.DefaultClaimLease, dispatch.DefaultDedupTTL},
		{"sub-second lease", []redisdedup.Option{redisdedup.WithLease(1500 * time.Millisecond)}, 1500 * time.Millisecond, dispatch.DefaultDedupTTL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prefix := testPrefix(t, c)
			d := redisdedup.New(c, append([]redisdedup.Option{redisdedup.WithPrefix(prefix)}, tt.opts...)...)
			_, tok := claim(t, d, "k")
			lease := c.PTTL(ctx, prefix+"k").Val()
			assert.LessOrEqual(t, lease, tt.wantLease)
			assert.Greater(t, lease, tt.wantLease-time.Second, "the claim expires after the lease")
			require.NoError(t, d.Commit(ctx, "k", tok))
			ttl := c.PTTL(ctx, prefix+"k").Val()
			assert.LessOrEqual(t, ttl, tt.wantTTL)
			assert.Greater(t, ttl, tt.wantTTL-time.Second, "the commit expires after the TTL")
		})
	}
}

func TestPrefix(t *testing.T) {
	c := newClient(t)
	ctx := context.Background()
	prefix := testPrefix(t, c)
	a := redisdedup.New(c, redisdedup.WithPrefix(prefix+"a:"))
	b := redisdedup.New(c, redisdedup.WithPrefix(prefix+"b:"))
	stA, _ := claim(t, a, "smartcar:e1")
	stB, _ := claim(t, b, "smartcar:e1")
	assert.Equal(t, dispatch.ClaimAcquired, stA)
	assert.Equal(t, dispatch.ClaimAcquired, stB, "different prefixes never share a key")
	assert.Equal(t, int64(2), c.Exists(ctx, prefix+"a:smartcar:e1", prefix+"b:smartcar:e1").Val())
}

// waitFree claims key until the claim is acquired, as a retry after the
// lease would, and returns the new token.
func waitFree(t *testing.T, d *redisdedup.Deduplicator, key string) string {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if st, tok := claim(t, d, key); st == dispatch.ClaimAcquired {
			return tok
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("%s still in flight 5 s after a 200 ms lease", key)
	return ""
}

func TestLease(t *testing.T) {
	const lease = 200 * time.Millisecond
	c := newClient(t)
	ctx := context.Background()

	t.Run("expiry frees the key", func(t *testing.T) {
		d := redisdedup.New(c, redisdedup.WithPrefix(testPrefix(t, c)), redisdedup.WithLease(lease))
		start := time.Now()
		_, tok := claim(t, d, "k")
		st, _ := claim(t, d, "k")
		if time.Since(start) < lease { // the answer is only meaningful within the lease
			assert.Equal(t, dispatch.ClaimInFlight, st)
		}
		tok2 := waitFree(t, d, "k")
		assert.GreaterOrEqual(t, time.Since(start), lease, "acquired again before the lease ran out")
		assert.NotEqual(t, tok, tok2)
	})

	t.Run("stale release keeps the newer claim", func(t *testing.T) {
		d := redisdedup.New(c, redisdedup.WithPrefix(testPrefix(t, c)), redisdedup.WithLease(lease))
		_, stale := claim(t, d, "k")
		fresh := waitFree(t, d, "k")
		require.NoError(t, d.Release(ctx, "k", stale))
		st, _ := claim(t, d, "k")
		assert.Equal(t, dispatch.ClaimInFlight, st, "the stale token released the newer claim")
		require.NoError(t, d.Release(ctx, "k", fresh))
		st, _ = claim(t, d, "k")
		assert.Equal(t, dispatch.ClaimAcquired, st, "the newer claim's own release")
	})

	t.Run("commit after expiry", func(t *testing.T) {
		d := redisdedup.New(c, redisdedup.WithPrefix(testPrefix(t, c)), redisdedup.WithLease(lease))
		_, stale := claim(t, d, "k")
		fresh := waitFree(t, d, "k")
		require.NoError(t, d.Commit(ctx, "k", stale), "the handler of the expired claim finished")
		st, _ := claim(t, d, "k")
		assert.Equal(t, dispatch.ClaimDone, st)
		require.NoError(t, d.Release(ctx, "k", fresh))
		st, _ = claim(t, d, "k")
		assert.Equal(t, dispatch.ClaimDone, st, "the newer claim's release keeps the commit")
	})

	t.Run("commit after expiry of an unclaimed key", func(t *testing.T) {
		prefix := testPrefix(t, c)
		d := redisdedup.New(c, redisdedup.WithPrefix(prefix), redisdedup.WithLease(lease))
		_, tok := claim(t, d, "k")
		require.Eventually(t, func() bool { return c.Exists(ctx, prefix+"k").Val() == 0 }, 5*time.Second, 20*time.Millisecond)
		require.NoError(t, d.Commit(ctx, "k", tok))
		st, _ := claim(t, d, "k")
		assert.Equal(t, dispatch.ClaimDone, st)
	})
}

func TestConcurrentClaims(t *testing.T) {
	const goroutines, rounds = 50, 10
	c := newClient(t)
	d := redisdedup.New(c, redisdedup.WithPrefix(testPrefix(t, c)))
	for round := range rounds {
		key := "k" + string(rune('a'+round))
		var (
			start  = make(chan struct{})
			wg     sync.WaitGroup
			mu     sync.Mutex
			states = map[dispatch.ClaimState]int{}
			tokens = map[string]bool{}
		)
		for range goroutines {
			wg.Go(func() {
				<-start
				st, tok, err := d.Claim(context.Background(), key)
				mu.Lock()
				defer mu.Unlock()
				if err != nil {
					t.Error(err)
					return
				}
				states[st]++
				if tok != "" {
					tokens[tok] = true
				}
			})
		}
		close(start)
		wg.Wait()
		assert.Equal(t, map[dispatch.ClaimState]int{dispatch.ClaimAcquired: 1, dispatch.ClaimInFlight: goroutines - 1}, states, "round %d", round)
		assert.Len(t, tokens, 1, "round %d", round)
	}
}

func TestUnreachable(t *testing.T) {
	c := redis.NewClient(&redis.Options{Addr: closedAddr(t), MaxRetries: -1})
	t.Cleanup(func() { _ = c.Close() })
	d := redisdedup.New(c)
	ctx := context.Background()
	calls := []struct {
		name string
		call func() error
	}{
		{"claim", func() error { _, _, err := d.Claim(ctx, "k"); return err }},
		{"commit", func() error { return d.Commit(ctx, "k", "T") }},
		{"release", func() error { return d.Release(ctx, "k", "T") }},
	}
	for _, tt := range calls {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.call()
			var opErr *net.OpError
			require.ErrorAs(t, err, &opErr, "the client's error is returned")
			assert.Contains(t, err.Error(), "redisdedup: "+tt.name+` "k"`)
		})
	}
}

// TestTimeout stops a private redis-server (SIGSTOP) so that it accepts
// connections and never answers: each call must return within its bound
// although the client itself would wait 30 s.
func TestTimeout(t *testing.T) {
	srv := startRedis(t)
	for _, ctxIO := range []bool{false, true} {
		t.Run(fmt.Sprintf("ContextTimeoutEnabled=%v", ctxIO), func(t *testing.T) {
			testTimeout(t, srv, ctxIO)
		})
	}
}

func testTimeout(t *testing.T, srv *privateRedis, ctxIO bool) {
	c := redis.NewClient(&redis.Options{Addr: srv.addr, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second, MaxRetries: -1, ContextTimeoutEnabled: ctxIO})
	t.Cleanup(func() { _ = c.Close() })
	ctx := context.Background()
	require.NoError(t, c.Ping(ctx).Err(), "connect before the server stops")
	srv.stop(t)

	const bound = 150 * time.Millisecond
	d := redisdedup.New(c, redisdedup.WithTimeout(bound))
	calls := []struct {
		name string
		call func() error
	}{
		{"claim", func() error { _, _, err := d.Claim(ctx, "k"); return err }},
		{"commit", func() error { return d.Commit(ctx, "k", "T") }},
		{"release", func() error { return d.Release(ctx, "k", "T") }},
	}
	for _, tt := range calls {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			err := tt.call()
			require.ErrorIs(t, err, context.DeadlineExceeded)
			assert.Less(t, time.Since(start), 10*bound, "the call outlived its bound")
		})
	}
	t.Run("caller's context without a bound", func(t *testing.T) {
		d := redisdedup.New(c, redisdedup.WithTimeout(0))
		cctx, cancel := context.WithCancel(ctx)
		time.AfterFunc(bound, cancel)
		start := time.Now()
		_, _, err := d.Claim(cctx, "k")
		require.ErrorIs(t, err, context.Canceled)
		assert.Less(t, time.Since(start), 10*bound, "the call outlived its context")
	})
	srv.resume(t)
}

func TestNewNilClient(t *testing.T) {
	assert.PanicsWithValue(t, "redisdedup: New with a nil client", func() { redisdedup.New(nil) })
}

// TestRedisCluster runs the deduplicator on a Redis Cluster of three
// private masters: every call addresses one key, so each goes to the node
// that serves its slot, and the keys spread over the nodes.
func TestRedisCluster(t *testing.T) {
	addrs := startCluster(t)
	c := redis.NewClusterClient(&redis.ClusterOptions{Addrs: addrs})
	t.Cleanup(func() { _ = c.Close() })
	ctx := context.Background()
	d := redisdedup.New(c, redisdedup.WithLease(time.Minute))
	const keys = 60
	tokens := make([]string, keys)
	key := func(i int) string { return fmt.Sprintf("edrv:%024x", i) }
	for i := range keys {
		st, tok, err := d.Claim(ctx, key(i))
		require.NoError(t, err)
		require.Equal(t, dispatch.ClaimAcquired, st, key(i))
		st, _, err = d.Claim(ctx, key(i))
		require.NoError(t, err)
		require.Equal(t, dispatch.ClaimInFlight, st, key(i))
		tokens[i] = tok
	}
	for i, tok := range tokens {
		want := dispatch.ClaimDone
		if i%2 == 0 { // release half, commit the others
			require.NoError(t, d.Release(ctx, key(i), "not-"+tok))
			require.NoError(t, d.Release(ctx, key(i), tok))
			want = dispatch.ClaimAcquired
		} else {
			require.NoError(t, d.Commit(ctx, key(i), tok))
			require.NoError(t, d.Release(ctx, key(i), tok))
		}
		st, _, err := d.Claim(ctx, key(i))
		require.NoError(t, err)
		assert.Equal(t, want, st, key(i))
	}
	// The keys live on every master.
	var (
		mu      sync.Mutex
		perNode []int64
	)
	err := c.ForEachMaster(ctx, func(ctx context.Context, node *redis.Client) error {
		n, err := node.DBSize(ctx).Result()
		mu.Lock()
		perNode = append(perNode, n)
		mu.Unlock()
		return err
	})
	require.NoError(t, err)
	require.Len(t, perNode, 3)
	var total int64
	for _, n := range perNode {
		assert.Positive(t, n, "a master holds no key: %v", perNode)
		total += n
	}
	assert.Equal(t, int64(keys), total)
}
