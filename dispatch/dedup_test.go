package dispatch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
)

// spyDedup wraps a Deduplicator and logs its calls.
type spyDedup struct {
	dispatch.Deduplicator
	mu       sync.Mutex
	log      []string
	claimErr error
	ctxErrs  []error           // ctx.Err() seen by Commit and Release
	tokens   map[string]string // the last token Claim returned per key
}

func (s *spyDedup) note(op, key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.log = append(s.log, op+" "+key)
}

func (s *spyDedup) Claim(ctx context.Context, key string) (dispatch.ClaimState, string, error) {
	s.note("claim", key)
	if s.claimErr != nil {
		return 0, "", s.claimErr
	}
	st, tok, err := s.Deduplicator.Claim(ctx, key)
	if st == dispatch.ClaimAcquired {
		s.mu.Lock()
		if s.tokens == nil {
			s.tokens = make(map[string]string)
		}
		s.tokens[key] = tok
		s.mu.Unlock()
	}
	return st, tok, err
}

// settled logs a Commit or Release, and a mismatch when the router passed
// another token than the one its claim got.
func (s *spyDedup) settled(ctx context.Context, op, key, token string) {
	s.note(op, key)
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.tokens[key] != token {
		s.log = append(s.log, op+" with a foreign token "+token)
	}
	s.ctxErrs = append(s.ctxErrs, ctx.Err())
}

func (s *spyDedup) Commit(ctx context.Context, key, token string) error {
	s.settled(ctx, "commit", key, token)
	return s.Deduplicator.Commit(ctx, key, token)
}

func (s *spyDedup) Release(ctx context.Context, key, token string) error {
	s.settled(ctx, "release", key, token)
	return s.Deduplicator.Release(ctx, key, token)
}

// dedupRouter returns a router with deduplication whose "session.ended"
// handler fails while fail is set.
func dedupRouter(t *testing.T, d dispatch.Deduplicator, calls *atomic.Int64, fail *atomic.Bool) (*dispatch.Router, *recorder) {
	t.Helper()
	rc := &recorder{}
	r := dispatch.New(newFakeSource(), dispatch.WithDeduplicator(d), dispatch.WithErrorHandler(rc.onError))
	dispatch.Handle(r, "session.*", func(context.Context, *Session) error {
		calls.Add(1)
		if fail != nil && fail.Load() {
			return errBoom
		}
		return nil
	})
	return r, rc
}

func TestDedupRedeliveryHandledOnce(t *testing.T) {
	spy := &spyDedup{Deduplicator: dispatch.NewMemoryDeduplicator(0, 0)}
	var calls atomic.Int64
	r, rc := dedupRouter(t, spy, &calls, nil)

	body := fakeBody("msg_1", "session.started", "")
	for i := range 3 {
		// Each attempt is freshly signed, as providers do on retries.
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, fakeRequest(body))
		assert.Equal(t, http.StatusOK, rec.Code, "attempt %d", i)
		assert.Empty(t, rec.Body.String())
	}
	assert.Equal(t, int64(1), calls.Load())
	assert.Equal(t, []string{"claim fake:msg_1", "commit fake:msg_1", "claim fake:msg_1", "claim fake:msg_1"}, spy.log)
	assert.Empty(t, rc.errs, "a duplicate is not a failure")

	res, err := r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err)
	assert.True(t, res.Duplicate)
	assert.Empty(t, res.Pattern)
	assert.Equal(t, "msg_1", res.Message.ID)
	assert.Equal(t, int64(1), calls.Load())
}

func TestDedupFailedHandlerIsRetried(t *testing.T) {
	spy := &spyDedup{Deduplicator: dispatch.NewMemoryDeduplicator(0, 0)}
	var calls atomic.Int64
	var fail atomic.Bool
	r, _ := dedupRouter(t, spy, &calls, &fail)
	body := fakeBody("msg_2", "session.ended", "")

	fail.Store(true)
	res, err := r.Deliver(context.Background(), fakeHeader(body), body)
	assert.Equal(t, http.StatusInternalServerError, res.Status)
	assert.ErrorIs(t, err, errBoom)

	fail.Store(false)
	res, err = r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err)
	assert.False(t, res.Duplicate, "the retry of a failed delivery is handled")

	res, err = r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err)
	assert.True(t, res.Duplicate)

	assert.Equal(t, int64(2), calls.Load())
	assert.Equal(t, []string{
		"claim fake:msg_2", "release fake:msg_2",
		"claim fake:msg_2", "commit fake:msg_2",
		"claim fake:msg_2",
	}, spy.log)
}

func TestDedupPanicReleases(t *testing.T) {
	spy := &spyDedup{Deduplicator: dispatch.NewMemoryDeduplicator(0, 0)}
	r := dispatch.New(newFakeSource(), dispatch.WithDeduplicator(spy))
	var n atomic.Int64
	dispatch.Handle(r, "session.started", func(context.Context, *Session) error {
		if n.Add(1) == 1 {
			panic("first attempt")
		}
		return nil
	})
	body := fakeBody("msg_p", "session.started", "")
	res, _ := r.Deliver(context.Background(), fakeHeader(body), body)
	assert.Equal(t, http.StatusInternalServerError, res.Status)
	res, err := r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.Status)
	assert.Equal(t, int64(2), n.Load())
	assert.Equal(t, []string{"claim fake:msg_p", "release fake:msg_p", "claim fake:msg_p", "commit fake:msg_p"}, spy.log)
}

// A handler-chosen 2xx acknowledges the message: it is committed. A 4xx is
// released like any failure.
func TestDedupHandlerStatus(t *testing.T) {
	for _, tt := range []struct {
		code int
		op   string
	}{{http.StatusAccepted, "commit"}, {http.StatusUnprocessableEntity, "release"}} {
		spy := &spyDedup{Deduplicator: dispatch.NewMemoryDeduplicator(0, 0)}
		r := dispatch.New(newFakeSource(), dispatch.WithDeduplicator(spy))
		dispatch.Handle(r, "session.started", func(context.Context, *Session) error { return dispatch.Status(tt.code, errBoom) })
		body := fakeBody("m", "session.started", "")
		res, err := r.Deliver(context.Background(), fakeHeader(body), body)
		assert.Equal(t, tt.code, res.Status)
		assert.ErrorIs(t, err, dispatch.ErrHandler)
		assert.Equal(t, []string{"claim fake:m", tt.op + " fake:m"}, spy.log, "status %d", tt.code)
	}
}

// Commit and Release run even when the client has gone away.
func TestDedupSettleIgnoresCancellation(t *testing.T) {
	spy := &spyDedup{Deduplicator: dispatch.NewMemoryDeduplicator(0, 0)}
	ctx, cancel := context.WithCancel(context.Background())
	r := dispatch.New(newFakeSource(), dispatch.WithDeduplicator(spy))
	dispatch.Handle(r, "session.started", func(context.Context, *Session) error { cancel(); return errBoom })
	body := fakeBody("m", "session.started", "")
	_, _ = r.Deliver(ctx, fakeHeader(body), body)
	assert.Equal(t, []string{"claim fake:m", "release fake:m"}, spy.log)
	assert.Equal(t, []error{nil}, spy.ctxErrs)
}

// Only verified, decoded, routed deliveries with an id are deduplicated.
func TestDedupScope(t *testing.T) {
	spy := &spyDedup{Deduplicator: dispatch.NewMemoryDeduplicator(0, 0)}
	var calls atomic.Int64
	r, _ := dedupRouter(t, spy, &calls, nil)

	noID := fakeBody("", "session.started", "")
	for range 2 {
		res, err := r.Deliver(context.Background(), fakeHeader(noID), noID)
		require.NoError(t, err)
		assert.False(t, res.Duplicate)
	}
	assert.Equal(t, int64(2), calls.Load(), "an empty id is never deduplicated")

	forged := fakeBody("msg_f", "session.started", "")
	h := fakeHeader(forged)
	h.Set(fakeSigHeader, fakeSign([]byte("x")))
	res, _ := r.Deliver(context.Background(), h, forged)
	assert.Equal(t, http.StatusUnauthorized, res.Status)

	undecodable := []byte(`{"id":"msg_u",`)
	res, _ = r.Deliver(context.Background(), fakeHeader(undecodable), undecodable)
	assert.Equal(t, http.StatusBadRequest, res.Status)

	reply := fakeBody("msg_v", "verify", `{"challenge":"c"}`)
	for range 2 {
		res, _ = r.Deliver(context.Background(), fakeHeader(reply), reply)
		assert.Equal(t, `{"challenge":"c"}`, string(res.Body), "replies are always sent")
	}
	assert.Empty(t, spy.log, "nothing recorded before verification, and replies are not recorded")

	// The forged id was not recorded: the genuine delivery is handled.
	res, err := r.Deliver(context.Background(), fakeHeader(forged), forged)
	require.NoError(t, err)
	assert.False(t, res.Duplicate)
	assert.Equal(t, int64(3), calls.Load())
}

// A redelivery that arrives while the first delivery is being handled gets
// 409, so that the provider retries; once the first is done, redeliveries
// get 200 without a call; if it failed, the next one is handled.
func TestDedupInFlight(t *testing.T) {
	for _, firstFails := range []bool{false, true} {
		t.Run(fmt.Sprintf("first fails %v", firstFails), func(t *testing.T) {
			rc := &recorder{}
			r := dispatch.New(newFakeSource(), dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)),
				dispatch.WithErrorHandler(rc.onError))
			entered, release := make(chan struct{}), make(chan struct{})
			var calls atomic.Int64
			dispatch.Handle(r, "session.started", func(context.Context, *Session) error {
				if calls.Add(1) == 1 {
					close(entered)
					<-release
					if firstFails {
						return errBoom
					}
				}
				return nil
			})
			body := fakeBody("msg_slow", "session.started", "")
			first := make(chan int)
			go func() {
				res, _ := r.Deliver(context.Background(), fakeHeader(body), body)
				first <- res.Status
			}()
			<-entered

			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, fakeRequest(body))
			for _, c := range genericFailure(http.StatusConflict) {
				c(t, rec)
			}
			close(release)
			wantFirst := map[bool]int{false: http.StatusOK, true: http.StatusInternalServerError}[firstFails]
			assert.Equal(t, wantFirst, <-first)

			res, err := r.Deliver(context.Background(), fakeHeader(body), body)
			require.NoError(t, err)
			assert.Equal(t, http.StatusOK, res.Status)
			assert.Equal(t, !firstFails, res.Duplicate)
			assert.Equal(t, map[bool]int64{false: 1, true: 2}[firstFails], calls.Load())

			require.NotEmpty(t, rc.errs)
			assert.ErrorIs(t, rc.errs[0], dispatch.ErrInFlight)
			var de *dispatch.Error
			require.ErrorAs(t, rc.errs[0], &de)
			assert.Equal(t, "msg_slow", de.ID)
			assert.Equal(t, http.StatusConflict, de.Status)
		})
	}
}

// Many concurrent deliveries of one id: exactly one is handled; the others
// get 200 (already done) or 409 (still in flight).
func TestDedupConcurrentRedeliveries(t *testing.T) {
	var calls atomic.Int64
	r, _ := dedupRouter(t, dispatch.NewMemoryDeduplicator(0, 0), &calls, nil)
	body := fakeBody("msg_c", "session.started", "")
	const n = 64
	statuses := make([]int, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			rec := httptest.NewRecorder()
			req := fakeRequest(body)
			r.ServeHTTP(rec, req)
			statuses[i] = rec.Code
		}()
	}
	close(start)
	wg.Wait()
	assert.Equal(t, int64(1), calls.Load())
	for i, s := range statuses {
		assert.Contains(t, []int{http.StatusOK, http.StatusConflict}, s, "delivery %d", i)
	}
	assert.Contains(t, statuses, http.StatusOK, "the handled delivery")
}

// A failing store degrades to at-least-once delivery and is reported.
func TestDedupStoreFailure(t *testing.T) {
	storeErr := errors.New("redis: connection refused")
	spy := &spyDedup{Deduplicator: dispatch.NewMemoryDeduplicator(0, 0), claimErr: storeErr}
	var calls atomic.Int64
	r, rc := dedupRouter(t, spy, &calls, nil)
	body := fakeBody("msg_s", "session.started", "")
	for range 2 {
		res, err := r.Deliver(context.Background(), fakeHeader(body), body)
		require.NoError(t, err, "the answer does not depend on the store")
		assert.Equal(t, http.StatusOK, res.Status)
	}
	assert.Equal(t, int64(2), calls.Load())
	assert.Equal(t, []string{"claim fake:msg_s", "claim fake:msg_s"}, spy.log, "no commit without a claim")
	require.Len(t, rc.errs, 2)
	assert.ErrorIs(t, rc.errs[0], dispatch.ErrDedup)
	assert.ErrorIs(t, rc.errs[0], storeErr)
	var de *dispatch.Error
	require.ErrorAs(t, rc.errs[0], &de)
	assert.Equal(t, http.StatusOK, de.Status)
}

// failingStore fails to commit and release.
type failingStore struct{ dispatch.Deduplicator }

var errStore = errors.New("store down")

func (failingStore) Commit(context.Context, string, string) error  { return errStore }
func (failingStore) Release(context.Context, string, string) error { return errStore }

func TestDedupSettleFailureReported(t *testing.T) {
	var calls atomic.Int64
	r, rc := dedupRouter(t, failingStore{dispatch.NewMemoryDeduplicator(0, 0)}, &calls, nil)
	body := fakeBody("msg_x", "session.started", "")
	res, err := r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.Status)
	require.Len(t, rc.errs, 1)
	assert.ErrorIs(t, rc.errs[0], dispatch.ErrDedup)
	assert.ErrorIs(t, rc.errs[0], errStore)
}

func TestMemoryDeduplicatorStates(t *testing.T) {
	ctx := context.Background()
	d := dispatch.NewMemoryDeduplicator(10, 0)
	steps := []struct {
		op   string
		key  string
		want dispatch.ClaimState
	}{
		{"claim", "a", dispatch.ClaimAcquired},
		{"claim", "a", dispatch.ClaimInFlight},
		{"claim", "b", dispatch.ClaimAcquired},
		{"commit", "a", 0},
		{"claim", "a", dispatch.ClaimDone},
		{"release", "a", 0}, // a committed key stays
		{"claim", "a", dispatch.ClaimDone},
		{"release", "b", 0},
		{"claim", "b", dispatch.ClaimAcquired},
		{"release", "never-claimed", 0},
		{"commit", "c", 0}, // commit without a claim records the key
		{"claim", "c", dispatch.ClaimDone},
	}
	tokens := map[string]string{}
	for i, s := range steps {
		switch s.op {
		case "claim":
			got, tok, err := d.Claim(ctx, s.key)
			require.NoError(t, err)
			assert.Equal(t, s.want, got, "step %d: claim %s", i, s.key)
			if got == dispatch.ClaimAcquired {
				assert.NotEmpty(t, tok, "step %d: an acquired claim has a token", i)
				assert.NotContains(t, tokens, tok, "step %d: tokens are unique", i)
				tokens[s.key] = tok
			} else {
				assert.Empty(t, tok, "step %d: only an acquired claim has a token", i)
			}
		case "commit":
			require.NoError(t, d.Commit(ctx, s.key, tokens[s.key]))
		case "release":
			require.NoError(t, d.Release(ctx, s.key, tokens[s.key]))
		}
	}
	assert.Equal(t, 3, d.Len())
}

func TestMemoryDeduplicatorSizeBound(t *testing.T) {
	ctx := context.Background()
	d := dispatch.NewMemoryDeduplicator(3, 0)
	for i := range 5 {
		key := fmt.Sprint(i)
		_, tok, err := d.Claim(ctx, key)
		require.NoError(t, err)
		require.NoError(t, d.Commit(ctx, key, tok))
		assert.LessOrEqual(t, d.Len(), 3)
	}
	for key, want := range map[string]dispatch.ClaimState{"2": dispatch.ClaimDone, "3": dispatch.ClaimDone, "4": dispatch.ClaimDone} {
		got, _, err := d.Claim(ctx, key)
		require.NoError(t, err)
		assert.Equal(t, want, got, key)
	}
	got, _, err := d.Claim(ctx, "0")
	require.NoError(t, err)
	assert.Equal(t, dispatch.ClaimAcquired, got, "the oldest id was forgotten")
	assert.Equal(t, 3, d.Len())
}

func TestMemoryDeduplicatorConcurrent(t *testing.T) {
	ctx := context.Background()
	d := dispatch.NewMemoryDeduplicator(1000, 0)
	var acquired atomic.Int64
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				key := fmt.Sprint(i % 50)
				st, tok, err := d.Claim(ctx, key)
				if err != nil {
					t.Error(err)
					return
				}
				if st == dispatch.ClaimAcquired {
					acquired.Add(1)
					if (g+i)%2 == 0 {
						_ = d.Commit(ctx, key, tok)
					} else {
						_ = d.Release(ctx, key, tok)
					}
				}
			}
		}()
	}
	wg.Wait()
	assert.LessOrEqual(t, d.Len(), 50)
	assert.GreaterOrEqual(t, acquired.Load(), int64(50))
}

func TestClaimStateString(t *testing.T) {
	assert.Equal(t, "acquired", dispatch.ClaimAcquired.String())
	assert.Equal(t, "in flight", dispatch.ClaimInFlight.String())
	assert.Equal(t, "done", dispatch.ClaimDone.String())
	assert.Equal(t, "ClaimState(7)", dispatch.ClaimState(7).String())
}

// manualClock is a clock tests move by hand.
type manualClock struct {
	mu  sync.Mutex
	now time.Time
}

func newManualClock() *manualClock {
	return &manualClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *manualClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *manualClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// A hung handler holds its claim only for the lease: once it runs out, the
// provider's retry is handled; when the hung handler finally fails, its
// Release does not free the key the retry committed.
func TestDedupLeaseHungHandler(t *testing.T) {
	clock := newManualClock()
	d := dispatch.NewMemoryDeduplicator(0, time.Hour, dispatch.WithLease(2*time.Minute), dispatch.WithClock(clock.Now))
	spy := &spyDedup{Deduplicator: d}
	rc := &recorder{}
	r := dispatch.New(newFakeSource(), dispatch.WithDeduplicator(spy), dispatch.WithErrorHandler(rc.onError))
	entered, unblock := make(chan struct{}), make(chan struct{})
	var calls atomic.Int64
	dispatch.Handle(r, "session.started", func(context.Context, *Session) error {
		if calls.Add(1) == 1 {
			close(entered)
			<-unblock // hung
			return errBoom
		}
		return nil
	})
	body := fakeBody("msg_hung", "session.started", "")
	first := make(chan int)
	go func() {
		res, _ := r.Deliver(context.Background(), fakeHeader(body), body)
		first <- res.Status
	}()
	<-entered

	clock.Advance(2*time.Minute - time.Second)
	res, err := r.Deliver(context.Background(), fakeHeader(body), body)
	assert.Equal(t, http.StatusConflict, res.Status, "within the lease")
	assert.ErrorIs(t, err, dispatch.ErrInFlight)

	clock.Advance(time.Second)
	res, err = r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.Status)
	assert.False(t, res.Duplicate, "the lease ran out: the retry is handled")
	assert.Equal(t, int64(2), calls.Load())

	close(unblock)
	assert.Equal(t, http.StatusInternalServerError, <-first)
	res, err = r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err)
	assert.True(t, res.Duplicate, "the late release of the hung claim did not free the committed key")
	assert.Equal(t, int64(2), calls.Load())
	assert.Equal(t, []string{
		"claim fake:msg_hung",
		"claim fake:msg_hung",
		"claim fake:msg_hung", "commit fake:msg_hung",
		"release fake:msg_hung release with a foreign token 1",
		"claim fake:msg_hung",
	}, normaliseRelease(spy.log))
}

// normaliseRelease joins a release and its foreign-token note into one
// entry, so the log reads in delivery order.
func normaliseRelease(log []string) []string {
	var out []string
	for _, l := range log {
		if len(out) > 0 && strings.HasPrefix(l, "release with a foreign token") {
			out[len(out)-1] += " " + l
			continue
		}
		out = append(out, l)
	}
	return out
}

// The lease contract of MemoryDeduplicator, step by step with a manual clock.
func TestMemoryDeduplicatorLease(t *testing.T) {
	ctx := context.Background()
	type step struct {
		op      string // claim, commit, release, wait
		key     string
		token   int // index of the claim whose token commit/release pass
		advance time.Duration
		want    dispatch.ClaimState
	}
	for _, tt := range []struct {
		name  string
		steps []step
	}{
		{"a stale release does not remove a newer claim", []step{
			{op: "claim", key: "k", want: dispatch.ClaimAcquired}, // token 0
			{op: "wait", advance: time.Minute},                    // lease over
			{op: "claim", key: "k", want: dispatch.ClaimAcquired}, // token 1
			{op: "release", key: "k", token: 0},
			{op: "claim", key: "k", want: dispatch.ClaimInFlight},
			{op: "release", key: "k", token: 1},
			{op: "claim", key: "k", want: dispatch.ClaimAcquired},
		}},
		{"a commit after the lease still remembers", []step{
			{op: "claim", key: "k", want: dispatch.ClaimAcquired},
			{op: "wait", advance: 10 * time.Minute},
			{op: "commit", key: "k", token: 0},
			{op: "claim", key: "k", want: dispatch.ClaimDone},
			{op: "wait", advance: 59 * time.Minute},
			{op: "claim", key: "k", want: dispatch.ClaimDone},
			{op: "wait", advance: time.Minute}, // the TTL counts from the commit
			{op: "claim", key: "k", want: dispatch.ClaimAcquired},
		}},
		{"a commit after the lease wins over a newer claim", []step{
			{op: "claim", key: "k", want: dispatch.ClaimAcquired},
			{op: "wait", advance: time.Minute},
			{op: "claim", key: "k", want: dispatch.ClaimAcquired},
			{op: "commit", key: "k", token: 0},
			{op: "claim", key: "k", want: dispatch.ClaimDone},
			{op: "release", key: "k", token: 1}, // the newer delivery failed
			{op: "claim", key: "k", want: dispatch.ClaimDone},
		}},
		{"the lease is separate from the TTL", []step{
			{op: "claim", key: "k", want: dispatch.ClaimAcquired},
			{op: "wait", advance: time.Minute - time.Nanosecond},
			{op: "claim", key: "k", want: dispatch.ClaimInFlight},
			{op: "wait", advance: time.Nanosecond},
			{op: "claim", key: "k", want: dispatch.ClaimAcquired},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			clock := newManualClock()
			d := dispatch.NewMemoryDeduplicator(10, time.Hour, dispatch.WithLease(time.Minute), dispatch.WithClock(clock.Now))
			var tokens []string
			for i, s := range tt.steps {
				switch s.op {
				case "claim":
					got, tok, err := d.Claim(ctx, s.key)
					require.NoError(t, err)
					require.Equal(t, s.want, got, "step %d", i)
					if got == dispatch.ClaimAcquired {
						require.NotContains(t, tokens, tok)
						tokens = append(tokens, tok)
					}
				case "commit":
					require.NoError(t, d.Commit(ctx, s.key, tokens[s.token]))
				case "release":
					require.NoError(t, d.Release(ctx, s.key, tokens[s.token]))
				case "wait":
					clock.Advance(s.advance)
				}
			}
		})
	}
}
