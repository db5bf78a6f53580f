package jetstream_test

import (
	"context"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/edrv"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	njs "github.com/nats-io/nats.go/jetstream"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// startServer starts an in-process NATS server with JetStream storing in
// dir, on port (0 for any free one).
func startServer(t *testing.T, dir string, port int) *server.Server {
	t.Helper()
	if port == 0 {
		port = server.RANDOM_PORT
	}
	s, err := server.NewServer(&server.Options{
		Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true,
	})
	require.NoError(t, err)
	go s.Start()
	require.True(t, s.ReadyForConnections(10*time.Second), "in-process NATS server did not start")
	return s
}

// TestNATSUnavailable checks that the ingest router answers 503 while NATS
// is down, reporting dispatch.ErrSink, and that the provider's retry is
// stored and answered 200 once NATS is back, without storing the delivery
// twice. The server is a real NATS server run in-process, so it can be
// stopped and started again on the same port and store.
func TestNATSUnavailable(t *testing.T) {
	dir := t.TempDir()
	s := startServer(t, dir, 0)
	port := s.Addr().(*net.TCPAddr).Port
	t.Cleanup(func() { s.Shutdown() })

	var mu sync.Mutex
	var reconnected = make(chan struct{}, 1)
	nc, err := nats.Connect(s.ClientURL(), nats.MaxReconnects(-1), nats.ReconnectWait(20*time.Millisecond),
		nats.ReconnectHandler(func(*nats.Conn) {
			select {
			case reconnected <- struct{}{}:
			default:
			}
		}))
	require.NoError(t, err)
	t.Cleanup(nc.Close)
	js, err := njs.New(nc)
	require.NoError(t, err)
	ctx := context.Background()
	sink, err := jetstream.NewSink(ctx, js, jetstream.WithPublishTimeout(300*time.Millisecond))
	require.NoError(t, err)
	var errs []error
	src := edrvSource(t)
	ingest := dispatch.New(src, dispatch.WithSink(sink), dispatch.WithErrorHandler(func(_ *http.Request, err error) {
		mu.Lock()
		defer mu.Unlock()
		errs = append(errs, err)
	}))
	// A consumer runs through the outage and handles both deliveries.
	handled := map[string]int{}
	handlers := dispatch.New(src)
	dispatch.Handle(handlers, edrv.SessionUpdated, func(_ context.Context, ev *edrv.SessionEvent) error {
		mu.Lock()
		defer mu.Unlock()
		handled[string(ev.Raw())]++
		return nil
	})
	cons, err := jetstream.NewConsumer(ctx, js, map[string]*dispatch.Router{"edrv": handlers})
	require.NoError(t, err)
	runConsumer(t, cons)

	b := body(t, edrv.SessionUpdated, uid())
	first := body(t, edrv.SessionUpdated, uid())
	require.Equal(t, http.StatusOK, post(ingest, first, nil).Code, "NATS up")
	eventually(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return handled[string(first)] == 1
	}, "handled before the outage")

	s.Shutdown()
	s.WaitForShutdown()
	start := time.Now()
	rec := post(ingest, b, nil)
	assert.Equal(t, http.StatusServiceUnavailable, rec.Code)
	assert.Less(t, time.Since(start), 5*time.Second, "bounded by the publish timeout")
	mu.Lock()
	require.Len(t, errs, 1)
	assert.ErrorIs(t, errs[0], dispatch.ErrSink)
	mu.Unlock()

	// Starting a replica while NATS is down fails within the context.
	short, cancel := context.WithTimeout(ctx, 300*time.Millisecond)
	defer cancel()
	_, err = jetstream.NewSink(short, js)
	assert.Error(t, err)
	_, err = jetstream.NewConsumer(short, js, map[string]*dispatch.Router{"edrv": handlers})
	assert.Error(t, err)

	s = startServer(t, dir, port)
	select {
	case <-reconnected:
	case <-time.After(10 * time.Second):
		t.Fatal("client did not reconnect")
	}
	// The provider retries: the same message, signed again.
	rec = post(ingest, b, nil)
	require.Equal(t, http.StatusOK, rec.Code, "NATS back")
	st, err := js.Stream(ctx, jetstream.DefaultStream)
	require.NoError(t, err)
	info, err := st.Info(ctx)
	require.NoError(t, err)
	assert.EqualValues(t, 2, info.State.LastSeq, "the first delivery and the retried one, once")
	eventually(t, func() bool {
		mu.Lock()
		defer mu.Unlock()
		return handled[string(b)] == 1
	}, "the consumer handles the retried delivery after the restart")
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, map[string]int{string(first): 1, string(b): 1}, handled)
}
