package jetstream_test

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	jsonv1 "encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/nats-io/nats.go"
	njs "github.com/nats-io/nats.go/jetstream"
	"github.com/stretchr/testify/require"
)

const secret = "edrv-test-secret"

// startHint tells how to start the machine's NATS server.
const startHint = "start one with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- " +
	"-a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server -l /var/log/nats-server.log (or set NATS_URL)"

// natsURL is the server the tests use: $NATS_URL or the local default.
func natsURL() string {
	if u := os.Getenv("NATS_URL"); u != "" {
		return u
	}
	return "nats://127.0.0.1:4222"
}

// connect returns a JetStream context on the real NATS server at NATS_URL.
// When the server is unreachable or has no JetStream it skips the test, or
// fails it when EVHOOKS_REQUIRE_SERVICES=1.
func connect(tb testing.TB) njs.JetStream {
	tb.Helper()
	unavailable := func(err error) {
		tb.Helper()
		msg := "NATS with JetStream unavailable at " + natsURL() + ": " + err.Error() + "; " + startHint
		if os.Getenv("EVHOOKS_REQUIRE_SERVICES") == "1" {
			tb.Fatal(msg)
		}
		tb.Skip(msg)
	}
	nc, err := nats.Connect(natsURL(), nats.Timeout(2*time.Second), nats.Name("evhooks-jetstream-test"))
	if err != nil {
		unavailable(err)
	}
	tb.Cleanup(nc.Close)
	js, err := njs.New(nc)
	require.NoError(tb, err)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if _, err := js.AccountInfo(ctx); err != nil {
		unavailable(err)
	}
	return js
}

// names are a test's own stream, subjects and consumer.
type names struct {
	stream, prefix, dead, consumer string
}

// uniqueNames returns names no other test uses and deletes the stream (and
// with it the consumer) when the test ends.
func uniqueNames(tb testing.TB, js njs.JetStream) names {
	tb.Helper()
	b := make([]byte, 6)
	rand.Read(b)
	u := hex.EncodeToString(b)
	n := names{stream: "EVHOOKS_T_" + u, prefix: "evt_" + u, dead: "evt_" + u + "_dead", consumer: "c_" + u}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		js.DeleteStream(ctx, n.stream) //nolint:errcheck // absent when the test failed early
	})
	return n
}

// opts returns the options naming n, followed by more.
func (n names) opts(more ...jetstream.Option) []jetstream.Option {
	return append([]jetstream.Option{
		jetstream.WithStream(n.stream), jetstream.WithSubjectPrefix(n.prefix),
		jetstream.WithDeadLetterPrefix(n.dead), jetstream.WithConsumer(n.consumer),
	}, more...)
}

// edrvSource returns an eDRV source for secret.
func edrvSource(tb testing.TB) *edrv.Source {
	tb.Helper()
	src, err := edrv.NewSource(secret)
	require.NoError(tb, err)
	return src
}

// body returns the catalogue's example of event with its envelope _id
// replaced by id.
func body(tb testing.TB, event, id string) []byte {
	tb.Helper()
	p := edrvtest.Payload(event)
	require.NotNil(tb, p, event)
	var env map[string]jsonv1.RawMessage
	require.NoError(tb, jsonv1.Unmarshal(p, &env))
	old := env["_id"]
	require.NotEmpty(tb, old)
	quoted, _ := jsonv1.Marshal(id)
	out := bytes.Replace(p, old, quoted, 1)
	require.NotEqual(tb, p, out)
	return out
}

// post delivers body to h as eDRV would, signed now, and returns the answer.
func post(h http.Handler, body []byte, extra http.Header) *httptest.ResponseRecorder {
	req := edrvtest.NewRequest(secret, body)
	for k, v := range extra {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// streamMsgs returns how many messages the stream holds.
func streamMsgs(tb testing.TB, js njs.JetStream, stream string) uint64 {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	require.NoError(tb, err)
	info, err := s.Info(ctx)
	require.NoError(tb, err)
	return info.State.Msgs
}

// subjectMsgs returns how many messages the stream holds under filter.
func subjectMsgs(tb testing.TB, js njs.JetStream, stream, filter string) uint64 {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	require.NoError(tb, err)
	info, err := s.Info(ctx, njs.WithSubjectFilter(filter))
	require.NoError(tb, err)
	var n uint64
	for _, c := range info.State.Subjects {
		n += c
	}
	return n
}

// lastMsg returns the last message stored under subject.
func lastMsg(tb testing.TB, js njs.JetStream, stream, subject string) *njs.RawStreamMsg {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s, err := js.Stream(ctx, stream)
	require.NoError(tb, err)
	m, err := s.GetLastMsgForSubject(ctx, subject)
	require.NoError(tb, err, subject)
	return m
}

// runConsumer runs c until the test ends, and fails the test if Run
// returns an error.
func runConsumer(tb testing.TB, c *jetstream.Consumer) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx) }()
	tb.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				tb.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			tb.Error("Run did not return 10 s after its context was cancelled")
		}
	})
}

// eventually waits up to 30 s (a loaded CI machine) for cond.
func eventually(tb testing.TB, cond func() bool, msg string) {
	tb.Helper()
	require.Eventually(tb, cond, 30*time.Second, 5*time.Millisecond, msg)
}

// uid returns a fresh envelope id.
func uid() string {
	b := make([]byte, 12)
	rand.Read(b)
	return hex.EncodeToString(b)
}
