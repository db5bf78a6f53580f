package jetstream_test

import (
	"bytes"
	"context"
	"net/http"
	"sync/atomic"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
)

// benchParallelism is the number of deliveries in flight per GOMAXPROCS in
// BenchmarkThroughput: webhook endpoints serve many requests at once.
const benchParallelism = 8

// BenchmarkThroughput compares, in one run on one machine, eDRV deliveries
// per second through:
//
//   - router: the in-process router that calls the handler on the request
//     (no sink), the baseline;
//   - ingest: the router with a Sink, answering after JetStream's
//     acknowledgement of the publish;
//   - end-to-end: ingest plus a Consumer that handles every stored
//     delivery through DeliverStored and acks it; timed until the last
//     one is handled.
//
// Each delivery is a distinct signed session.updated with its own _id,
// delivered with Router.Deliver by GOMAXPROCS×8 goroutines.
func BenchmarkThroughput(b *testing.B) {
	js := connect(b)
	ctx := context.Background()
	src := edrvSource(b)
	var handled atomic.Int64
	handle := func(context.Context, *edrv.SessionEvent) error {
		handled.Add(1)
		return nil
	}
	base := body(b, edrv.SessionUpdated, "000000000000000000000000")

	type delivery struct {
		h    http.Header
		body []byte
	}
	deliveries := func(b *testing.B) []delivery {
		ds := make([]delivery, b.N)
		for i := range ds {
			bd := bodyWithID(base, i)
			ds[i] = delivery{edrvtest.Header(secret, bd), bd}
		}
		return ds
	}
	run := func(b *testing.B, r *dispatch.Router, ds []delivery) {
		var next atomic.Int64
		b.SetParallelism(benchParallelism)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				d := ds[next.Add(1)-1]
				if res, err := r.Deliver(ctx, d.h, d.body); res.Status != http.StatusOK {
					b.Errorf("status %d: %v", res.Status, err)
				}
			}
		})
	}
	report := func(b *testing.B) {
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "deliveries/s")
	}

	b.Run("router", func(b *testing.B) {
		r := dispatch.New(src)
		dispatch.Handle(r, edrv.SessionUpdated, handle)
		ds := deliveries(b)
		handled.Store(0)
		b.ReportAllocs()
		b.ResetTimer()
		run(b, r, ds)
		b.StopTimer()
		report(b)
		if handled.Load() != int64(b.N) {
			b.Fatalf("handled %d of %d", handled.Load(), b.N)
		}
	})

	b.Run("ingest", func(b *testing.B) {
		n := uniqueNames(b, js)
		sink, err := jetstream.NewSink(ctx, js, n.opts()...)
		if err != nil {
			b.Fatal(err)
		}
		r := dispatch.New(src, dispatch.WithSink(sink))
		ds := deliveries(b)
		b.ReportAllocs()
		b.ResetTimer()
		run(b, r, ds)
		b.StopTimer()
		report(b)
		if got := streamMsgs(b, js, n.stream); got != uint64(b.N) {
			b.Fatalf("stored %d of %d", got, b.N)
		}
	})

	b.Run("end-to-end", func(b *testing.B) {
		n := uniqueNames(b, js)
		sink, err := jetstream.NewSink(ctx, js, n.opts()...)
		if err != nil {
			b.Fatal(err)
		}
		ingest := dispatch.New(src, dispatch.WithSink(sink))
		handlers := dispatch.New(src)
		dispatch.Handle(handlers, edrv.SessionUpdated, handle)
		cons, err := jetstream.NewConsumer(ctx, js, map[string]*dispatch.Router{"edrv": handlers}, n.opts()...)
		if err != nil {
			b.Fatal(err)
		}
		runConsumer(b, cons)
		ds := deliveries(b)
		handled.Store(0)
		b.ReportAllocs()
		b.ResetTimer()
		run(b, ingest, ds)
		deadline := time.Now().Add(time.Minute)
		for handled.Load() < int64(b.N) {
			if time.Now().After(deadline) {
				b.Fatalf("handled %d of %d after a minute", handled.Load(), b.N)
			}
			time.Sleep(100 * time.Microsecond)
		}
		b.StopTimer()
		report(b)
	})
}

// bodyWithID returns base, whose envelope _id is 24 zeros, with the _id set
// to i in hexadecimal.
func bodyWithID(base []byte, i int) []byte {
	const zeros = `"000000000000000000000000"`
	out := make([]byte, 0, len(base))
	at := bytes.Index(base, []byte(zeros))
	out = append(out, base[:at+1]...)
	id := []byte(zeros[1 : len(zeros)-1])
	for j := len(id) - 1; i > 0 && j >= 0; j-- {
		id[j] = "0123456789abcdef"[i&15]
		i >>= 4
	}
	out = append(out, id...)
	return append(out, base[at+len(zeros)-1:]...)
}
