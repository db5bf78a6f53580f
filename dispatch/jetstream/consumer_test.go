package jetstream_test

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/nats-io/nats.go"
	njs "github.com/nats-io/nats.go/jetstream"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pipeline is an ingest router with a Sink and a consuming router whose
// handler is fn, over one test stream.
type pipeline struct {
	js      njs.JetStream
	n       names
	ingest  *dispatch.Router
	handler *dispatch.Router
	cons    *jetstream.Consumer
	errs    chan error
}

func newPipeline(t *testing.T, fn func(context.Context, *edrv.SessionEvent) error, opts ...jetstream.Option) *pipeline {
	t.Helper()
	js := connect(t)
	p := &pipeline{js: js, n: uniqueNames(t, js), errs: make(chan error, 100)}
	opts = p.n.opts(append([]jetstream.Option{jetstream.WithErrorHandler(func(err error) {
		select {
		case p.errs <- err:
		default:
		}
	})}, opts...)...)
	ctx := context.Background()
	sink, err := jetstream.NewSink(ctx, js, opts...)
	require.NoError(t, err)
	src := edrvSource(t)
	p.ingest = dispatch.New(src, dispatch.WithSink(sink))
	p.handler = dispatch.New(src)
	dispatch.Handle(p.handler, edrv.SessionUpdated, fn)
	p.cons, err = jetstream.NewConsumer(ctx, js, map[string]*dispatch.Router{src.Provider(): p.handler}, opts...)
	require.NoError(t, err)
	return p
}

// consumerInfo returns the state of the pipeline's consumer.
func (p *pipeline) consumerInfo(t *testing.T) *njs.ConsumerInfo {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c, err := p.js.Consumer(ctx, p.n.stream, p.n.consumer)
	require.NoError(t, err)
	info, err := c.Info(ctx)
	require.NoError(t, err)
	return info
}

// TestConsumerHandlesAndAcks checks the consume side: stored deliveries
// reach the typed handler with the exact body, under a context bounded by
// the handler timeout, and are acked (the work queue is then empty).
func TestConsumerHandlesAndAcks(t *testing.T) {
	var mu sync.Mutex
	got := map[string][]byte{}
	var deadlineOK atomic.Bool
	deadlineOK.Store(true)
	p := newPipeline(t, func(ctx context.Context, ev *edrv.SessionEvent) error {
		dl, ok := ctx.Deadline()
		if !ok || time.Until(dl) > 5*time.Second || time.Until(dl) < time.Second {
			deadlineOK.Store(false)
		}
		mu.Lock()
		defer mu.Unlock()
		got[string(ev.Raw())] = append(got[string(ev.Raw())], ev.Raw()...)
		return nil
	}, jetstream.WithHandlerTimeout(5*time.Second))

	var bodies [][]byte
	for range 5 {
		b := body(t, edrv.SessionUpdated, uid())
		bodies = append(bodies, b)
		require.Equal(t, http.StatusOK, post(p.ingest, b, nil).Code)
	}
	require.EqualValues(t, 5, streamMsgs(t, p.js, p.n.stream))
	runConsumer(t, p.cons)
	eventually(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return len(got) == 5
	}, "five deliveries handled")
	eventually(t, func() bool { return streamMsgs(t, p.js, p.n.stream) == 0 }, "acked messages leave the work queue")
	mu.Lock()
	for _, b := range bodies {
		assert.Equal(t, b, got[string(b)], "handled once, exact body")
	}
	mu.Unlock()
	info := p.consumerInfo(t)
	assert.Zero(t, info.NumAckPending)
	assert.Zero(t, info.NumRedelivered)
	assert.True(t, deadlineOK.Load(), "the handler context ends after the handler timeout")

	// A retry of a handled delivery is dropped although the work queue no
	// longer holds it: the window remembers the id, not the message.
	last := lastSeq(t, p.js, p.n.stream)
	require.Equal(t, http.StatusOK, post(p.ingest, bodies[0], nil).Code)
	assert.Equal(t, last, lastSeq(t, p.js, p.n.stream), "nothing stored")
	select {
	case err := <-p.errs:
		t.Errorf("unexpected error: %v", err)
	default:
	}
}

// TestConsumerRetriesThenSucceeds checks that a failing handler is retried
// with the back-off (delays doubling) and acked once it succeeds.
func TestConsumerRetriesThenSucceeds(t *testing.T) {
	var mu sync.Mutex
	var calls []time.Time
	p := newPipeline(t, func(context.Context, *edrv.SessionEvent) error {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, time.Now())
		if len(calls) < 4 {
			return errors.New("database down")
		}
		return nil
	}, jetstream.WithMaxDeliver(5), jetstream.WithBackoff(100*time.Millisecond, 250*time.Millisecond))

	require.Equal(t, http.StatusOK, post(p.ingest, body(t, edrv.SessionUpdated, uid()), nil).Code)
	runConsumer(t, p.cons)
	eventually(t, func() bool { return streamMsgs(t, p.js, p.n.stream) == 0 }, "acked after the fourth delivery")
	mu.Lock()
	defer mu.Unlock()
	require.Len(t, calls, 4)
	// Delays 100 ms, 200 ms, then capped at 250 ms.
	for i, want := range []time.Duration{100 * time.Millisecond, 200 * time.Millisecond, 250 * time.Millisecond} {
		gap := calls[i+1].Sub(calls[i])
		assert.GreaterOrEqual(t, gap, want, "delay before delivery %d", i+2)
		assert.Less(t, gap, want+5*time.Second, "delay before delivery %d", i+2)
	}
	// Each failure went to the error callback, not dead-lettered.
	for i := range 3 {
		var f *jetstream.Failure
		require.ErrorAs(t, <-p.errs, &f)
		assert.False(t, f.DeadLettered)
		assert.EqualValues(t, i+1, f.Deliveries)
		assert.Equal(t, http.StatusInternalServerError, f.Status)
		assert.ErrorIs(t, f, dispatch.ErrHandler)
	}
	_, err := lastMsgErr(p.js, p.n.stream, p.n.dead+".>")
	assert.ErrorIs(t, err, njs.ErrMsgNotFound, "nothing dead-lettered")
}

// TestConsumerDeadLetters checks the messages that end on the dead-letter
// subject: a handler that always fails (after the maximum number of
// deliveries), a provider without a router (the same), and a message that
// is not a stored delivery (at once). The dead letter has the original
// headers and body and the last error.
func TestConsumerDeadLetters(t *testing.T) {
	var calls atomic.Int32
	p := newPipeline(t, func(context.Context, *edrv.SessionEvent) error {
		calls.Add(1)
		return errors.New("handler always fails")
	}, jetstream.WithMaxDeliver(3), jetstream.WithBackoff(20*time.Millisecond, 40*time.Millisecond))
	ctx := context.Background()

	failing := body(t, edrv.SessionUpdated, uid())
	require.Equal(t, http.StatusOK, post(p.ingest, failing, nil).Code)
	orig := lastMsg(t, p.js, p.n.stream, jetstream.Subject(p.n.prefix, "edrv", edrv.SessionUpdated))

	sink, err := jetstream.NewSink(ctx, p.js, p.n.opts()...)
	require.NoError(t, err)
	require.NoError(t, sink.Store(ctx, dispatch.Stored{
		Provider: "nobody", Name: "thing.happened", ID: "n-1", Body: []byte(`{"a":1}`), ReceivedAt: time.Now(),
		Header: http.Header{"X-Sig": {"s"}},
	}))
	_, err = p.js.PublishMsg(ctx, &nats.Msg{Subject: p.n.prefix + ".stray.msg", Data: []byte("not ours")})
	require.NoError(t, err)

	runConsumer(t, p.cons)
	eventually(t, func() bool { return subjectMsgs(t, p.js, p.n.stream, p.n.dead+".>") == 3 }, "three dead letters")
	eventually(t, func() bool { return streamMsgs(t, p.js, p.n.stream) == 3 }, "nothing else")
	eventually(t, func() bool { return p.consumerInfo(t).NumAckPending == 0 }, "all terminated")
	assert.EqualValues(t, 3, calls.Load(), "the failing handler ran max-deliver times")

	tests := []struct {
		name, subject, errText string
		deliveries             string
		data                   []byte
	}{
		{"handler fails", p.n.dead + ".edrv.session.updated", "handler always fails", "3", failing},
		{"no router", p.n.dead + ".nobody.thing.happened", `no router for the provider "nobody"`, "3", []byte(`{"a":1}`)},
		{"malformed", p.n.dead + ".stray.msg", "malformed stored delivery", "1", []byte("not ours")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := lastMsg(t, p.js, p.n.stream, tt.subject)
			assert.Equal(t, tt.data, m.Data)
			assert.Contains(t, m.Header.Get(jetstream.HeaderError), tt.errText)
			assert.Contains(t, m.Header.Get(jetstream.HeaderError), "(dead-lettered)")
			assert.Equal(t, tt.deliveries, m.Header.Get(jetstream.HeaderDeliveries))
			assert.Equal(t, p.n.prefix+tt.subject[len(p.n.dead):], m.Header.Get(jetstream.HeaderSubject))
			seq, err := strconv.ParseUint(m.Header.Get(jetstream.HeaderSequence), 10, 64)
			require.NoError(t, err)
			assert.Equal(t, "dead:"+p.n.stream+":"+strconv.FormatUint(seq, 10), m.Header.Get("Nats-Msg-Id"))
		})
	}
	// The failing delivery's dead letter can be replayed: same headers.
	m := lastMsg(t, p.js, p.n.stream, p.n.dead+".edrv.session.updated")
	st, err := jetstream.Unpack(m.Header, m.Data)
	require.NoError(t, err)
	want, err := jetstream.Unpack(orig.Header, orig.Data)
	require.NoError(t, err)
	assert.Equal(t, want, st)

	var dead int
	for len(p.errs) > 0 {
		var f *jetstream.Failure
		require.ErrorAs(t, <-p.errs, &f)
		if f.DeadLettered {
			dead++
		}
	}
	assert.Equal(t, 3, dead)
}

// TestConsumerUnanswered checks that a message whose last delivery got no
// answer (its replica died holding it) comes back once and is
// dead-lettered instead of staying in the stream.
func TestConsumerUnanswered(t *testing.T) {
	var calls atomic.Int32
	p := newPipeline(t, func(context.Context, *edrv.SessionEvent) error {
		calls.Add(1)
		return nil
	}, jetstream.WithMaxDeliver(1), jetstream.WithHandlerTimeout(200*time.Millisecond), jetstream.WithAckWait(300*time.Millisecond))
	require.Equal(t, http.StatusOK, post(p.ingest, body(t, edrv.SessionUpdated, uid()), nil).Code)

	// A "replica" takes the message and dies without answering.
	ctx := context.Background()
	c, err := p.js.Consumer(ctx, p.n.stream, p.n.consumer)
	require.NoError(t, err)
	batch, err := c.Fetch(1, njs.FetchMaxWait(5*time.Second))
	require.NoError(t, err)
	var taken int
	for range batch.Messages() {
		taken++
	}
	require.Equal(t, 1, taken)

	runConsumer(t, p.cons)
	eventually(t, func() bool { return subjectMsgs(t, p.js, p.n.stream, p.n.dead+".>") == 1 },
		"redelivered after the ack wait and dead-lettered")
	eventually(t, func() bool { return streamMsgs(t, p.js, p.n.stream) == 1 && p.consumerInfo(t).NumAckPending == 0 },
		"terminated")
	m := lastMsg(t, p.js, p.n.stream, p.n.dead+".edrv.session.updated")
	assert.Contains(t, m.Header.Get(jetstream.HeaderError), jetstream.ErrUnanswered.Error())
	assert.Equal(t, "2", m.Header.Get(jetstream.HeaderDeliveries))
	assert.Zero(t, calls.Load(), "not handled past the maximum")
}

// TestConsumerGroup checks that replicas sharing the consumer group handle
// every delivery once between them.
func TestConsumerGroup(t *testing.T) {
	var mu sync.Mutex
	seen := map[string]int{}
	fn := func(_ context.Context, ev *edrv.SessionEvent) error {
		mu.Lock()
		defer mu.Unlock()
		seen[string(ev.Raw())]++
		return nil
	}
	p := newPipeline(t, fn, jetstream.WithConcurrency(2))
	second := dispatch.New(edrvSource(t))
	dispatch.Handle(second, edrv.SessionUpdated, fn)
	other, err := jetstream.NewConsumer(context.Background(), p.js, map[string]*dispatch.Router{"edrv": second},
		p.n.opts(jetstream.WithConcurrency(2))...)
	require.NoError(t, err)
	runConsumer(t, p.cons)
	runConsumer(t, other)

	const total = 40
	for range total {
		require.Equal(t, http.StatusOK, post(p.ingest, body(t, edrv.SessionUpdated, uid()), nil).Code)
	}
	eventually(t, func() bool { return streamMsgs(t, p.js, p.n.stream) == 0 }, "all handled")
	mu.Lock()
	defer mu.Unlock()
	assert.Len(t, seen, total)
	for b, n := range seen {
		assert.Equal(t, 1, n, b)
	}
}

// TestConsumerDeduplicator checks the documented remedy for redeliveries
// the stream's window does not catch: a deduplicator on the consuming
// router answers the second copy 200 without calling the handler, and both
// are acked.
func TestConsumerDeduplicator(t *testing.T) {
	var calls atomic.Int32
	js := connect(t)
	n := uniqueNames(t, js)
	ctx := context.Background()
	sink, err := jetstream.NewSink(ctx, js, n.opts()...)
	require.NoError(t, err)
	src := edrvSource(t)
	handlers := dispatch.New(src, dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(100, time.Hour)))
	dispatch.Handle(handlers, edrv.SessionUpdated, func(context.Context, *edrv.SessionEvent) error {
		calls.Add(1)
		return nil
	})
	cons, err := jetstream.NewConsumer(ctx, js, map[string]*dispatch.Router{"edrv": handlers}, n.opts()...)
	require.NoError(t, err)

	// Two copies of one delivery in the stream, as after a retry past the
	// window or a server restart (stored here under two message ids).
	id := uid()
	b := body(t, edrv.SessionUpdated, id)
	h := edrvtest.Header(secret, b)
	for _, msgID := range []string{id, id + "-again"} {
		require.NoError(t, sink.Store(ctx, dispatch.Stored{
			Provider: "edrv", Name: edrv.SessionUpdated, ID: msgID, Header: h, Body: b, ReceivedAt: time.Now(),
		}))
	}
	require.EqualValues(t, 2, streamMsgs(t, js, n.stream))
	runConsumer(t, cons)
	eventually(t, func() bool { return streamMsgs(t, js, n.stream) == 0 }, "both acked")
	assert.EqualValues(t, 1, calls.Load())
}

// TestRunStops checks that cancelling Run's context stops fetching, lets
// the delivery in progress finish and be acked, and returns nil.
func TestRunStops(t *testing.T) {
	started := make(chan struct{}, 10)
	release := make(chan struct{})
	var handled atomic.Int32
	p := newPipeline(t, func(ctx context.Context, _ *edrv.SessionEvent) error {
		started <- struct{}{}
		select {
		case <-release:
		case <-ctx.Done():
			return ctx.Err()
		}
		handled.Add(1)
		return nil
	}, jetstream.WithConcurrency(1))
	for range 3 {
		require.Equal(t, http.StatusOK, post(p.ingest, body(t, edrv.SessionUpdated, uid()), nil).Code)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.cons.Run(ctx) }()
	<-started
	cancel()
	select {
	case err := <-done:
		t.Fatalf("Run returned %v while a delivery was in progress", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	select {
	case err := <-done:
		require.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not return")
	}
	assert.EqualValues(t, 1, handled.Load(), "only the delivery in progress")
	assert.EqualValues(t, 2, streamMsgs(t, p.js, p.n.stream), "the other two stay stored")
	info := p.consumerInfo(t)
	assert.Zero(t, info.NumAckPending, "buffered messages were handed back")

	// Another run picks the rest up at once.
	runConsumer(t, p.cons)
	eventually(t, func() bool { return handled.Load() == 3 }, "the rest handled")
}

// lastMsgErr is lastMsg returning the error.
func lastMsgErr(js njs.JetStream, stream, subject string) (*njs.RawStreamMsg, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	if err != nil {
		return nil, err
	}
	return s.GetLastMsgForSubject(ctx, subject)
}

// lastSeq returns the sequence number of the last message stored in the
// stream.
func lastSeq(t *testing.T, js njs.JetStream, stream string) uint64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	require.NoError(t, err)
	info, err := s.Info(ctx)
	require.NoError(t, err)
	return info.State.LastSeq
}

// TestRunConsumerDeleted checks that Run returns an error when its
// consumer is deleted under it.
func TestRunConsumerDeleted(t *testing.T) {
	p := newPipeline(t, func(context.Context, *edrv.SessionEvent) error { return nil })
	done := make(chan error, 1)
	go func() { done <- p.cons.Run(context.Background()) }()
	time.Sleep(50 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	require.NoError(t, p.js.DeleteConsumer(ctx, p.n.stream, p.n.consumer))
	select {
	case err := <-done:
		require.Error(t, err)
		assert.ErrorIs(t, err, njs.ErrConsumerDeleted)
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after its consumer was deleted")
	}
}

// TestConsumerConcurrency checks that one Consumer runs at most the
// configured number of handlers at a time, and uses them.
func TestConsumerConcurrency(t *testing.T) {
	var inFlight, peak, done atomic.Int32
	p := newPipeline(t, func(context.Context, *edrv.SessionEvent) error {
		n := inFlight.Add(1)
		for {
			m := peak.Load()
			if n <= m || peak.CompareAndSwap(m, n) {
				break
			}
		}
		time.Sleep(30 * time.Millisecond)
		inFlight.Add(-1)
		done.Add(1)
		return nil
	}, jetstream.WithConcurrency(3))
	for range 12 {
		require.Equal(t, http.StatusOK, post(p.ingest, body(t, edrv.SessionUpdated, uid()), nil).Code)
	}
	runConsumer(t, p.cons)
	eventually(t, func() bool { return done.Load() == 12 }, "all handled")
	assert.EqualValues(t, 3, peak.Load())
}
