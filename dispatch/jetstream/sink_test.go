package jetstream_test

import (
	"context"
	"errors"
	"net/http"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/edrv"
	njs "github.com/nats-io/nats.go/jetstream"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIngestStoresBeforeAnswering checks that the router with a Sink
// answers 200 only once the stream holds the delivery: exact body, the
// headers a replay needs, this package's headers and the message id; and
// that request headers that could steer JetStream or forge ours are not
// stored.
func TestIngestStoresBeforeAnswering(t *testing.T) {
	js := connect(t)
	n := uniqueNames(t, js)
	ctx := context.Background()
	sink, err := jetstream.NewSink(ctx, js, n.opts()...)
	require.NoError(t, err)
	var handled int
	ingest := dispatch.New(edrvSource(t), dispatch.WithSink(sink))
	dispatch.Handle(ingest, edrv.SessionUpdated, func(context.Context, *edrv.SessionEvent) error {
		handled++
		return nil
	})

	id := uid()
	b := body(t, edrv.SessionUpdated, id)
	before := time.Now()
	rec := post(ingest, b, http.Header{
		"Nats-Msg-Id":                 {"forged"},
		"Nats-Expected-Last-Sequence": {"999"},
		"Evhooks-Provider":            {"forged"},
		"Authorization":               {"Basic c2VjcmV0"},
		"X-Request-Id":                {"r-1"},
	})
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Zero(t, handled, "the ingest router must store, not handle")

	// Right after the 200 the stream holds it.
	require.EqualValues(t, 1, streamMsgs(t, js, n.stream))
	subject := jetstream.Subject(n.prefix, "edrv", edrv.SessionUpdated)
	assert.Equal(t, n.prefix+".edrv.session.updated", subject)
	m := lastMsg(t, js, n.stream, subject)
	assert.Equal(t, b, m.Data, "the exact body")
	h := m.Header
	assert.Equal(t, "edrv:"+id, h.Get("Nats-Msg-Id"))
	assert.Empty(t, h.Get("Nats-Expected-Last-Sequence"))
	assert.Equal(t, "edrv", h.Get(jetstream.HeaderProvider))
	assert.Equal(t, edrv.SessionUpdated, h.Get(jetstream.HeaderEvent))
	assert.Equal(t, id, h.Get(jetstream.HeaderID))
	assert.Empty(t, h.Get("Authorization"))
	assert.Equal(t, "r-1", h.Get("X-Request-Id"))
	assert.NotEmpty(t, h.Get(edrv.SignatureHeader))
	assert.Equal(t, "application/json", h.Get("Content-Type"))
	at, err := time.Parse(time.RFC3339Nano, h.Get(jetstream.HeaderReceivedAt))
	require.NoError(t, err)
	assert.WithinRange(t, at, before.Add(-time.Millisecond), time.Now())

	st, err := jetstream.Unpack(h, m.Data)
	require.NoError(t, err)
	assert.Equal(t, dispatch.Stored{
		Provider: "edrv", Name: edrv.SessionUpdated, ID: id, Body: b, ReceivedAt: at,
		Header: http.Header{
			"Content-Type":   {"application/json"},
			"Edrv-Signature": {h.Get(edrv.SignatureHeader)},
			"X-Request-Id":   {"r-1"},
		},
	}, st)
}

// TestDuplicatesDropped checks the stream's duplicate window: a provider's
// retry of the same message (signed again, later) is answered 200 and not
// stored twice, while deliveries without an id are stored each time.
func TestDuplicatesDropped(t *testing.T) {
	js := connect(t)
	n := uniqueNames(t, js)
	ctx := context.Background()
	sink, err := jetstream.NewSink(ctx, js, n.opts()...)
	require.NoError(t, err)
	ingest := dispatch.New(edrvSource(t), dispatch.WithSink(sink))

	b := body(t, edrv.SessionUpdated, uid())
	for range 3 {
		rec := post(ingest, b, nil)
		require.Equal(t, http.StatusOK, rec.Code)
	}
	assert.EqualValues(t, 1, streamMsgs(t, js, n.stream), "retries of one id")
	require.Equal(t, http.StatusOK, post(ingest, body(t, edrv.SessionUpdated, uid()), nil).Code)
	assert.EqualValues(t, 2, streamMsgs(t, js, n.stream), "another id")

	// The same id from another provider is another message.
	st := dispatch.Stored{Provider: "other", Name: "x", ID: "1", Body: []byte("{}"), ReceivedAt: time.Now()}
	require.NoError(t, sink.Store(ctx, st))
	require.NoError(t, sink.Store(ctx, st))
	assert.EqualValues(t, 3, streamMsgs(t, js, n.stream))
	st.Provider = "edrv"
	require.NoError(t, sink.Store(ctx, st))
	assert.EqualValues(t, 4, streamMsgs(t, js, n.stream))

	// Without an id there is no message id: stored every time.
	st.ID = ""
	require.NoError(t, sink.Store(ctx, st))
	require.NoError(t, sink.Store(ctx, st))
	assert.EqualValues(t, 6, streamMsgs(t, js, n.stream))
}

// TestStreamSetup checks the stream and consumer configuration that NewSink
// and NewConsumer create, and that doing it again (another replica) is
// idempotent.
func TestStreamSetup(t *testing.T) {
	js := connect(t)
	n := uniqueNames(t, js)
	ctx := context.Background()
	routers := map[string]*dispatch.Router{"edrv": dispatch.New(edrvSource(t))}
	for range 2 {
		_, err := jetstream.NewSink(ctx, js, n.opts()...)
		require.NoError(t, err)
		_, err = jetstream.NewConsumer(ctx, js, routers, n.opts(jetstream.WithHandlerTimeout(10*time.Second))...)
		require.NoError(t, err)
	}
	s, err := js.Stream(ctx, n.stream)
	require.NoError(t, err)
	info, err := s.Info(ctx)
	require.NoError(t, err)
	cfg := info.Config
	assert.Equal(t, []string{n.prefix + ".>", n.dead + ".>"}, cfg.Subjects)
	assert.Equal(t, njs.FileStorage, cfg.Storage)
	assert.Equal(t, njs.WorkQueuePolicy, cfg.Retention)
	assert.Equal(t, jetstream.DefaultDuplicateWindow, cfg.Duplicates)
	assert.Equal(t, 1, cfg.Replicas)

	c, err := s.Consumer(ctx, n.consumer)
	require.NoError(t, err)
	ci, err := c.Info(ctx)
	require.NoError(t, err)
	assert.Equal(t, n.consumer, ci.Config.Durable)
	assert.Equal(t, n.prefix+".>", ci.Config.FilterSubject)
	assert.Equal(t, 40*time.Second, ci.Config.AckWait, "handler timeout + 30 s")
	assert.Equal(t, jetstream.DefaultMaxDeliver+1, ci.Config.MaxDeliver)
	assert.Equal(t, njs.AckExplicitPolicy, ci.Config.AckPolicy)
	assert.Equal(t, -1, ci.Config.MaxAckPending)
}

// TestOptionsRejected checks that unusable options are constructor errors
// wrapping ErrInvalidOption, before any server is contacted.
func TestOptionsRejected(t *testing.T) {
	r := map[string]*dispatch.Router{"edrv": dispatch.New(edrvSource(t))}
	tests := []struct {
		name string
		opt  jetstream.Option
	}{
		{"empty stream", jetstream.WithStream("")},
		{"stream with a dot", jetstream.WithStream("A.B")},
		{"wildcard prefix", jetstream.WithSubjectPrefix("a.*")},
		{"empty token in prefix", jetstream.WithSubjectPrefix("a..b")},
		{"dead prefix equal to prefix", jetstream.WithDeadLetterPrefix(jetstream.DefaultSubjectPrefix)},
		{"empty dead prefix", jetstream.WithDeadLetterPrefix("")},
		{"consumer with space", jetstream.WithConsumer("a b")},
		{"no replicas", jetstream.WithReplicas(0)},
		{"six replicas", jetstream.WithReplicas(6)},
		{"zero window", jetstream.WithDuplicateWindow(0)},
		{"zero publish timeout", jetstream.WithPublishTimeout(0)},
		{"zero handler timeout", jetstream.WithHandlerTimeout(0)},
		{"ack wait under the handler timeout", jetstream.WithAckWait(time.Second)},
		{"zero max deliver", jetstream.WithMaxDeliver(0)},
		{"back-off max under min", jetstream.WithBackoff(time.Minute, time.Second)},
		{"zero back-off", jetstream.WithBackoff(0, time.Second)},
		{"zero concurrency", jetstream.WithConcurrency(0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := jetstream.NewSink(context.Background(), nil, tt.opt)
			require.ErrorIs(t, err, jetstream.ErrInvalidOption)
			_, err = jetstream.NewConsumer(context.Background(), nil, r, tt.opt)
			require.ErrorIs(t, err, jetstream.ErrInvalidOption)
		})
	}
	_, err := jetstream.NewConsumer(context.Background(), nil, nil)
	require.ErrorIs(t, err, jetstream.ErrInvalidOption)
	_, err = jetstream.NewConsumer(context.Background(), nil, map[string]*dispatch.Router{"edrv": nil})
	require.ErrorIs(t, err, jetstream.ErrInvalidOption)
	assert.False(t, errors.Is(err, jetstream.ErrNoRouter))
}
