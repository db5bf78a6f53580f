package dispatch_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
)

// countingRouter returns a router with deduplication whose handlers, on
// several patterns and types, count the calls per message id.
func countingRouter(t *testing.T) (*dispatch.Router, func() map[string]int) {
	t.Helper()
	var mu sync.Mutex
	counts := make(map[string]int)
	count := func(ctx context.Context) {
		d, ok := dispatch.DeliveryFromContext(ctx)
		require.True(t, ok)
		id := d.Header.Get("X-Test-Id")
		mu.Lock()
		counts[id]++
		mu.Unlock()
	}
	r := dispatch.New(newFakeSource(), dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)))
	dispatch.Handle(r, "session.started", func(ctx context.Context, _ *Session) error { count(ctx); return nil })
	dispatch.Handle(r, "*.accepted", func(ctx context.Context, _ *Action) error { count(ctx); return nil })
	dispatch.Handle(r, "load_management.*", func(ctx context.Context, _ *Group) error { count(ctx); return nil })
	dispatch.Handle(r, "*", func(ctx context.Context, _ *Unknown) error { count(ctx); return nil })
	return r, func() map[string]int {
		mu.Lock()
		defer mu.Unlock()
		return counts
	}
}

var concurrentNames = []string{
	"session.started",
	"chargestation.remote_start.accepted",
	"load_management.group.chargestation.added",
	"vendor.new.event",
}

// 1,000 concurrent signed deliveries, every one handled exactly once; run
// with -race.
func TestConcurrentDeliveries(t *testing.T) {
	r, counts := countingRouter(t)
	const n = 1000
	reqs := make([]*http.Request, n)
	for i := range reqs {
		id := fmt.Sprintf("msg_%04d", i)
		reqs[i] = fakeRequest(fakeBody(id, concurrentNames[i%len(concurrentNames)], `{}`))
		reqs[i].Header.Set("X-Test-Id", id)
	}
	statuses := make([]int, n)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range reqs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, reqs[i])
			statuses[i] = rec.Code
		}()
	}
	close(start)
	wg.Wait()

	got := counts()
	require.Len(t, got, n)
	for i := range n {
		id := fmt.Sprintf("msg_%04d", i)
		assert.Equal(t, http.StatusOK, statuses[i], id)
		assert.Equal(t, 1, got[id], id)
	}
}

// Every message delivered twice at once is still handled exactly once.
func TestConcurrentRedeliveries(t *testing.T) {
	r, counts := countingRouter(t)
	const ids = 500
	statuses := make([]int, 2*ids)
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range 2 * ids {
		id := fmt.Sprintf("msg_%04d", i/2)
		req := fakeRequest(fakeBody(id, concurrentNames[(i/2)%len(concurrentNames)], `{}`))
		req.Header.Set("X-Test-Id", id)
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, req)
			statuses[i] = rec.Code
		}()
	}
	close(start)
	wg.Wait()

	got := counts()
	require.Len(t, got, ids)
	for id, c := range got {
		assert.Equal(t, 1, c, id)
	}
	for i := 0; i < len(statuses); i += 2 {
		pair := []int{statuses[i], statuses[i+1]}
		assert.Contains(t, pair, http.StatusOK, "one delivery of each pair was handled")
		for _, s := range pair {
			assert.Contains(t, []int{http.StatusOK, http.StatusConflict}, s)
		}
	}
}
