package redisdedup_test

import (
	"context"
	"crypto/rand"
	"runtime"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/redisdedup"
	"github.com/redis/go-redis/v9"
)

// BenchmarkClaim measures claims per second (each on a new key, so each
// acquires) against the Redis at REDIS_ADDR, by one client and by 16
// concurrent ones: through a client without and with ContextTimeoutEnabled
// (see the package doc), beside the same SET NX PX GET sent straight through
// go-redis (what the package adds: the per-call bound and the token) and the
// in-process MemoryDeduplicator. claims/s is reported per sub-benchmark.
func BenchmarkClaim(b *testing.B) {
	c := newClient(b)
	prefix := testPrefix(b, c)
	const lease = 30 * time.Second // keys expire soon after the run
	// Throughput, not the bound: on a loaded machine a goroutine may wait
	// longer than the default 500 ms for a core, which would fail the run.
	const timeout = 5 * time.Second
	impls := []struct {
		name  string
		claim func(ctx context.Context, key string) error
	}{
		{"redisdedup", func() func(context.Context, string) error {
			d := redisdedup.New(c, redisdedup.WithPrefix(prefix), redisdedup.WithLease(lease), redisdedup.WithTimeout(timeout))
			return func(ctx context.Context, key string) error { _, _, err := d.Claim(ctx, key); return err }
		}()},
		{"redisdedup-ctxtimeout", func() func(context.Context, string) error {
			ct := redis.NewClient(&redis.Options{Addr: redisAddr(), PoolSize: 64, ContextTimeoutEnabled: true})
			b.Cleanup(func() { _ = ct.Close() })
			d := redisdedup.New(ct, redisdedup.WithPrefix(prefix), redisdedup.WithLease(lease), redisdedup.WithTimeout(timeout))
			return func(ctx context.Context, key string) error { _, _, err := d.Claim(ctx, "ct:"+key); return err }
		}()},
		{"raw-set", func(ctx context.Context, key string) error {
			err := c.SetArgs(ctx, prefix+"raw:"+key, rand.Text(), redis.SetArgs{Mode: "NX", Get: true, TTL: lease}).Err()
			if err == redis.Nil {
				err = nil
			}
			return err
		}},
		{"memory", func() func(context.Context, string) error {
			d := dispatch.NewMemoryDeduplicator(0, 0)
			return func(ctx context.Context, key string) error { _, _, err := d.Claim(ctx, key); return err }
		}()},
	}
	var seq atomic.Int64
	for _, conc := range []int{1, 16} {
		for _, impl := range impls {
			b.Run(strconv.Itoa(conc)+"-clients/"+impl.name, func(b *testing.B) {
				ctx := context.Background()
				b.ReportAllocs()
				start := time.Now()
				if conc == 1 {
					for b.Loop() {
						if err := impl.claim(ctx, "k"+strconv.FormatInt(seq.Add(1), 10)); err != nil {
							b.Fatal(err)
						}
					}
				} else {
					b.SetParallelism((conc + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
					b.RunParallel(func(pb *testing.PB) {
						for pb.Next() {
							if err := impl.claim(ctx, "k"+strconv.FormatInt(seq.Add(1), 10)); err != nil {
								b.Error(err)
								return
							}
						}
					})
				}
				b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "claims/s")
			})
		}
	}
}
