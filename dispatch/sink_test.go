package dispatch_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
)

// memSink is an in-memory test double of the Sink interface: it keeps what
// it is given and fails while err is set.
type memSink struct {
	mu     sync.Mutex
	stored []dispatch.Stored
	err    error
}

func (s *memSink) Store(ctx context.Context, st dispatch.Stored) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := dispatch.DeliveryFromContext(ctx); !ok {
		return errors.New("Store did not get the delivery's context")
	}
	if s.err != nil {
		return s.err
	}
	s.stored = append(s.stored, st)
	return nil
}

func (s *memSink) all() []dispatch.Stored {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]dispatch.Stored(nil), s.stored...)
}

// sinkRouter returns a router with sink and optional deduplicator whose
// session.* handler counts calls.
func sinkRouter(sink dispatch.Sink, d dispatch.Deduplicator, calls *atomic.Int64) (*dispatch.Router, *recorder) {
	rc := &recorder{}
	opts := []dispatch.Option{dispatch.WithSink(sink), dispatch.WithErrorHandler(rc.onError), dispatch.WithFallback(rc.fallback)}
	if d != nil {
		opts = append(opts, dispatch.WithDeduplicator(d))
	}
	r := dispatch.New(newFakeSource(), opts...)
	dispatch.Handle(r, "session.*", func(context.Context, *Session) error {
		calls.Add(1)
		return nil
	})
	return r, rc
}

// A router with a sink stores each verified, decoded delivery, answers 200
// once it is stored, and calls no handler.
func TestSinkStoresInsteadOfHandling(t *testing.T) {
	sink := &memSink{}
	var calls atomic.Int64
	r, rc := sinkRouter(sink, nil, &calls)

	body := fakeBody("msg_1", "session.started", `{"station":"s1"}`)
	req := fakeRequest(body)
	before := time.Now()
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)
	after := time.Now()
	for _, c := range emptyOK() {
		c(t, rec)
	}
	assert.Zero(t, calls.Load(), "a stored delivery is not handled on the request")
	assert.Empty(t, rc.fellTo, "nor given to the fallback")
	assert.Empty(t, rc.errs)

	got := sink.all()
	require.Len(t, got, 1)
	st := got[0]
	assert.Equal(t, "fake", st.Provider)
	assert.Equal(t, "session.started", st.Name)
	assert.Equal(t, "msg_1", st.ID)
	assert.Equal(t, body, st.Body)
	assert.Equal(t, req.Header, st.Header)
	assert.False(t, st.ReceivedAt.Before(before) || st.ReceivedAt.After(after),
		"ReceivedAt %v is not between %v and %v", st.ReceivedAt, before, after)

	// Deliver takes the same path.
	body2 := fakeBody("", "chargestation.remote_start.rejected", "")
	res, err := r.Deliver(context.Background(), fakeHeader(body2), body2)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.Status)
	assert.Empty(t, res.Pattern)
	require.Len(t, sink.all(), 2)
	assert.Equal(t, "", sink.all()[1].ID)
	assert.Equal(t, "chargestation.remote_start.rejected", sink.all()[1].Name)
	assert.False(t, sink.all()[1].ReceivedAt.IsZero())
}

// Only verified, decoded events reach the sink; replies are answered directly.
func TestSinkScope(t *testing.T) {
	sink := &memSink{}
	var calls atomic.Int64
	r, rc := sinkRouter(sink, nil, &calls)

	forged := fakeBody("m", "session.started", "")
	h := fakeHeader(forged)
	h.Set(fakeSigHeader, fakeSign([]byte("other")))
	res, err := r.Deliver(context.Background(), h, forged)
	assert.Equal(t, http.StatusUnauthorized, res.Status)
	assert.ErrorIs(t, err, dispatch.ErrVerify)

	bad := []byte(`{"id":`)
	res, err = r.Deliver(context.Background(), fakeHeader(bad), bad)
	assert.Equal(t, http.StatusBadRequest, res.Status)
	assert.ErrorIs(t, err, dispatch.ErrDecode)

	reply := fakeBody("v", "verify", `{"challenge":"c"}`)
	res, err = r.Deliver(context.Background(), fakeHeader(reply), reply)
	require.NoError(t, err)
	assert.Equal(t, `{"challenge":"c"}`, string(res.Body), "a reply is answered directly")

	rec := httptest.NewRecorder()
	req := fakeRequest(fakeBody("m", "session.started", ""))
	req.Method = http.MethodGet
	r.ServeHTTP(rec, req)
	assert.Equal(t, http.StatusMethodNotAllowed, rec.Code)

	assert.Empty(t, sink.all())
	assert.Zero(t, calls.Load())
	assert.Len(t, rc.errs, 3)
}

// A sink failure is a 503 reported as ErrSink; the claim is released so that
// the provider's retry is stored, and a stored delivery is committed.
func TestSinkFailure(t *testing.T) {
	down := errors.New("nats: timeout")
	sink := &memSink{err: down}
	spy := &spyDedup{Deduplicator: dispatch.NewMemoryDeduplicator(0, 0)}
	var calls atomic.Int64
	r, rc := sinkRouter(sink, spy, &calls)

	body := fakeBody("msg_s", "session.ended", "")
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, fakeRequest(body))
	for _, c := range genericFailure(http.StatusServiceUnavailable) {
		c(t, rec)
	}
	assert.NotContains(t, rec.Body.String(), "nats")
	require.Len(t, rc.errs, 1)
	assert.ErrorIs(t, rc.errs[0], dispatch.ErrSink)
	assert.ErrorIs(t, rc.errs[0], down)
	var de *dispatch.Error
	require.ErrorAs(t, rc.errs[0], &de)
	assert.Equal(t, http.StatusServiceUnavailable, de.Status)
	assert.Equal(t, "msg_s", de.ID)
	assert.Equal(t, "session.ended", de.Event)

	sink.mu.Lock()
	sink.err = nil
	sink.mu.Unlock()
	for i := range 2 {
		res, err := r.Deliver(context.Background(), fakeHeader(body), body)
		require.NoError(t, err)
		assert.Equal(t, http.StatusOK, res.Status)
		assert.Equal(t, i == 1, res.Duplicate, "attempt %d", i)
	}
	assert.Len(t, sink.all(), 1, "stored once")
	assert.Zero(t, calls.Load())
	assert.Equal(t, []string{
		"claim stored:fake:msg_s", "release stored:fake:msg_s",
		"claim stored:fake:msg_s", "commit stored:fake:msg_s",
		"claim stored:fake:msg_s",
	}, spy.log)
}

// DeliverStored verifies against the time of receipt, decodes with the
// stored name, deduplicates and calls the handlers; never the sink.
func TestDeliverStored(t *testing.T) {
	sink := &memSink{}
	d := dispatch.NewMemoryDeduplicator(0, 0)
	var calls atomic.Int64
	r, rc := sinkRouter(sink, d, &calls)

	received := time.Now().Add(-3 * time.Hour)                 // far outside the 5-minute window now
	body := []byte(`{"id":"msg_old","data":{"station":"s9"}}`) // no name in the body
	st := dispatch.Stored{
		Provider:   "fake",
		Name:       "session.started",
		ID:         "msg_old",
		Header:     fakeTimedHeader(body, received.Add(-time.Minute)),
		Body:       body,
		ReceivedAt: received,
	}
	var got *Session
	dispatch.Handle(r, "session.started", func(_ context.Context, s *Session) error {
		got = s
		return nil
	})

	res, err := r.DeliverStored(context.Background(), st)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.Status)
	assert.Equal(t, "session.started", res.Pattern)
	require.NotNil(t, got, "decoded with the stored name")
	assert.Equal(t, &Session{Name: "session.started", Station: "s9"}, got)
	assert.Empty(t, sink.all(), "DeliverStored never stores")

	res, err = r.DeliverStored(context.Background(), st)
	require.NoError(t, err)
	assert.True(t, res.Duplicate, "a stored delivery is handled once")

	for _, tt := range []struct {
		name   string
		edit   func(*dispatch.Stored)
		status int
		kind   error
		cause  error
	}{
		{"received now: too old", func(s *dispatch.Stored) { s.ReceivedAt = time.Time{} }, http.StatusUnauthorized, dispatch.ErrVerify, errFakeTooOld},
		{"received before it was signed", func(s *dispatch.Stored) { s.ReceivedAt = received.Add(-10 * time.Minute) }, http.StatusUnauthorized, dispatch.ErrVerify, errFakeTooOld},
		{"body changed", func(s *dispatch.Stored) { s.Body = []byte(`{"id":"msg_old","data":{"station":"s0"}}`) }, http.StatusUnauthorized, dispatch.ErrVerify, verify.ErrSignatureMismatch},
		{"another provider", func(s *dispatch.Stored) { s.Provider = "edrv" }, http.StatusUnauthorized, dispatch.ErrVerify, nil},
		{"too large", func(s *dispatch.Stored) { s.Body = make([]byte, dispatch.DefaultMaxBodyBytes+1) }, http.StatusRequestEntityTooLarge, dispatch.ErrBodyTooLarge, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := st
			s.ID = "other"
			tt.edit(&s)
			res, err := r.DeliverStored(context.Background(), s)
			assert.Equal(t, tt.status, res.Status)
			assert.ErrorIs(t, err, tt.kind)
			if tt.cause != nil {
				assert.ErrorIs(t, err, tt.cause)
			}
		})
	}
	assert.Equal(t, int64(0), calls.Load(), "session.* lost to the exact handler")
	assert.Len(t, rc.errs, 5)
}

// What a sink stored, DeliverStored handles exactly once, even with one
// Deduplicator shared by the storing and the handling side; a live
// delivery's stored ReceivedAt is the instant it was verified against.
func TestSinkThenDeliverStored(t *testing.T) {
	sink := &memSink{}
	d := dispatch.NewMemoryDeduplicator(0, 0)
	var calls atomic.Int64
	ingest, _ := sinkRouter(sink, d, &calls)
	consume := dispatch.New(newFakeSource(), dispatch.WithDeduplicator(d))
	var handled []string
	dispatch.Handle(consume, "*", func(_ context.Context, ev Event) error {
		handled = append(handled, ev.Type())
		return nil
	})

	bodies := [][]byte{
		fakeBody("a", "session.started", ""),
		fakeBody("b", "load_management.group.updated", `{"group":"g"}`),
		fakeBody("a", "session.started", ""), // a redelivery
	}
	for _, b := range bodies {
		h := fakeTimedHeader(b, time.Now())
		rec := httptest.NewRecorder()
		req := fakeRequest(b)
		req.Header = h
		ingest.ServeHTTP(rec, req)
		assert.Equal(t, http.StatusOK, rec.Code)
	}
	stored := sink.all()
	require.Len(t, stored, 2, "the redelivery was not stored again")
	for _, s := range append(stored, stored...) {
		_, err := consume.DeliverStored(context.Background(), s)
		require.NoError(t, err)
	}
	assert.Equal(t, []string{"session.started", "load_management.group.updated"}, handled)
	assert.Zero(t, calls.Load())
}
