package jetstream_test

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/edrv"
	"github.com/nats-io/nats.go"
	njs "github.com/nats-io/nats.go/jetstream"
)

// Example wires durable ingest for eDRV: the HTTP endpoint verifies,
// stores and answers; the consumer, in every replica, handles the stored
// deliveries. It needs a NATS server with JetStream, so it has no output
// to check.
func Example() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	nc, err := nats.Connect(os.Getenv("NATS_URL"))
	if err != nil {
		log.Fatal(err)
	}
	defer nc.Drain() //nolint:errcheck
	js, err := njs.New(nc)
	if err != nil {
		log.Fatal(err)
	}
	src, err := edrv.NewSource(os.Getenv("EDRV_WEBHOOK_SECRET"))
	if err != nil {
		log.Fatal(err)
	}

	// Ingest: verify, decode, publish with acknowledgement, answer 200.
	sink, err := jetstream.NewSink(ctx, js)
	if err != nil {
		log.Fatal(err)
	}
	http.Handle("POST /webhooks/edrv", dispatch.New(src, dispatch.WithSink(sink)))

	// Consume: the typed handlers, on a router without a sink (give it a
	// shared deduplicator such as dispatch/redisdedup's with several
	// replicas).
	handlers := dispatch.New(src)
	dispatch.Handle(handlers, edrv.SessionUpdated, func(ctx context.Context, ev *edrv.SessionEvent) error {
		log.Println("session updated:", ev.Type())
		return nil // an error makes the consumer retry it with back-off
	})
	cons, err := jetstream.NewConsumer(ctx, js, map[string]*dispatch.Router{src.Provider(): handlers})
	if err != nil {
		log.Fatal(err)
	}
	go func() {
		if err := cons.Run(ctx); err != nil {
			log.Print(err)
		}
	}()

	srv := &http.Server{Addr: "127.0.0.1:8080"}
	go func() { <-ctx.Done(); srv.Close() }()
	log.Print(srv.ListenAndServe())
}
