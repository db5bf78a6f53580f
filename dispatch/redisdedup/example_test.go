package redisdedup_test

import (
	"context"
	"net/http"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/redisdedup"
	"github.com/redis/go-redis/v9"
)

// Every replica of the endpoint builds its router with a Deduplicator on the
// same Redis, so a redelivery is recognised whichever replica it reaches.
// (No output: it needs a Redis server; the tests run the same wiring.)
func Example() {
	rdb := redis.NewUniversalClient(&redis.UniversalOptions{
		Addrs:                 []string{"127.0.0.1:6379"}, // several addresses: a Redis Cluster
		ContextTimeoutEnabled: true,                       // so WithTimeout bounds socket I/O directly
	})
	defer rdb.Close()

	var src dispatch.Source = testSource{} // e.g. edrv.NewSource(secret)
	r := dispatch.New(src, dispatch.WithDeduplicator(redisdedup.New(rdb,
		redisdedup.WithPrefix("myapp:webhooks:"),
		redisdedup.WithLease(time.Minute), // handlers answer well within a minute
		redisdedup.WithTTL(96*time.Hour),  // longer than any provider retries
		redisdedup.WithTimeout(250*time.Millisecond),
	)))
	dispatch.Handle(r, "*", func(ctx context.Context, ev *note) error { return nil })
	http.Handle("POST /webhooks/test", r)
}
