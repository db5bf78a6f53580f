package jetstream_test

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/verify"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const svixSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

// TestVolterasThroughTheStream checks a provider whose body carries no
// event name: the name comes from the route at ingest, is stored, and
// decides the Go type at consume time (device.connected and
// device.disconnected have the same shape). The Svix message id is the
// stream's message id.
func TestVolterasThroughTheStream(t *testing.T) {
	js := connect(t)
	n := uniqueNames(t, js)
	ctx := context.Background()
	src, err := volteras.NewSource(svixSecret)
	require.NoError(t, err)
	sink, err := jetstream.NewSink(ctx, js, n.opts()...)
	require.NoError(t, err)
	mux := http.NewServeMux()
	mux.Handle("POST /webhooks/volteras/{event}", dispatch.New(src, dispatch.WithSink(sink)))

	var mu sync.Mutex
	var got []string
	handlers := dispatch.New(src)
	dispatch.Handle(handlers, volteras.EventDeviceConnected, func(_ context.Context, ev *volteras.DeviceConnected) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, "connected")
		return nil
	})
	dispatch.Handle(handlers, volteras.EventDeviceDisconnected, func(_ context.Context, ev *volteras.DeviceDisconnected) error {
		mu.Lock()
		defer mu.Unlock()
		got = append(got, "disconnected")
		return nil
	})
	cons, err := jetstream.NewConsumer(ctx, js, map[string]*dispatch.Router{src.Provider(): handlers}, n.opts()...)
	require.NoError(t, err)

	b := volterastest.Payload(volteras.EventDeviceDisconnected)
	req := volterastest.NewRequest(svixSecret, volteras.EventDeviceDisconnected, b, volterastest.WithID("msg_stream_1"))
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	require.Equal(t, http.StatusOK, rec.Code)
	m := lastMsg(t, js, n.stream, n.prefix+".volteras.device.disconnected")
	assert.Equal(t, "volteras:msg_stream_1", m.Header.Get("Nats-Msg-Id"))
	assert.Equal(t, "msg_stream_1", m.Header.Get(jetstream.HeaderID))
	assert.Equal(t, "msg_stream_1", m.Header.Get("Svix-Id"))

	runConsumer(t, cons)
	eventually(t, func() bool { return streamMsgs(t, js, n.stream) == 0 }, "handled")
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, []string{"disconnected"}, got)
}

// TestConsumeVerifies checks what the consume side still verifies: the
// signature over the exact stored body, and the timestamp window against
// the stored receive time rather than the clock. A delivery signed two
// hours ago and received a minute after signing is handled now; the same
// delivery claiming to have been received now, or with one byte of its body
// changed, is not (401, retried, then dead-lettered).
func TestConsumeVerifies(t *testing.T) {
	js := connect(t)
	n := uniqueNames(t, js)
	ctx := context.Background()
	src, err := volteras.NewSource(svixSecret)
	require.NoError(t, err)
	var errs []error
	var mu sync.Mutex
	var handled []string
	handlers := dispatch.New(src, dispatch.WithErrorHandler(func(_ *http.Request, err error) {
		mu.Lock()
		defer mu.Unlock()
		errs = append(errs, err)
	}))
	dispatch.Handle(handlers, volteras.EventDeviceConnected, func(ctx context.Context, ev *volteras.DeviceConnected) error {
		mu.Lock()
		defer mu.Unlock()
		handled = append(handled, string(dispatch.RawBody(ctx)))
		return nil
	})
	opts := n.opts(jetstream.WithMaxDeliver(2), jetstream.WithBackoff(10*time.Millisecond, 10*time.Millisecond))
	sink, err := jetstream.NewSink(ctx, js, opts...)
	require.NoError(t, err)
	cons, err := jetstream.NewConsumer(ctx, js, map[string]*dispatch.Router{"volteras": handlers}, opts...)
	require.NoError(t, err)

	signedAt := time.Now().Add(-2 * time.Hour)
	b := volterastest.Payload(volteras.EventDeviceConnected)
	h := volterastest.Header(svixSecret, volteras.EventDeviceConnected, b, volterastest.WithTime(signedAt), volterastest.WithID("msg_old"))
	tampered := append([]byte(nil), b...)
	tampered[len(tampered)-2] = ' '
	for _, st := range []dispatch.Stored{
		{ID: "ok", Body: b, ReceivedAt: signedAt.Add(time.Minute)},
		{ID: "late", Body: b, ReceivedAt: time.Now()},
		{ID: "tampered", Body: tampered, ReceivedAt: signedAt.Add(time.Minute)},
	} {
		st.Provider, st.Name, st.Header = "volteras", volteras.EventDeviceConnected, h
		require.NoError(t, sink.Store(ctx, st))
	}
	runConsumer(t, cons)
	eventually(t, func() bool { return subjectMsgs(t, js, n.stream, n.dead+".>") == 2 }, "two dead letters")
	eventually(t, func() bool { return streamMsgs(t, js, n.stream) == 2 }, "the valid one handled")
	mu.Lock()
	defer mu.Unlock()
	assert.Equal(t, []string{string(b)}, handled)
	var late, forged int
	for _, err := range errs {
		assert.ErrorIs(t, err, dispatch.ErrVerify)
		switch {
		case errors.Is(err, verify.ErrTimestampTooOld):
			late++
		case errors.Is(err, verify.ErrSignatureMismatch):
			forged++
		}
	}
	assert.Equal(t, 2, late, "the late one, twice")
	assert.Equal(t, 2, forged, "the tampered one, twice")
}
