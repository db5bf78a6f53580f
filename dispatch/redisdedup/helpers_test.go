package redisdedup_test

import (
	"context"
	"crypto/rand"
	"net"
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// startHint says how to start the Redis the tests need.
const startHint = `start one with: redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no (or set REDIS_ADDR)`

// redisAddr is the address of the Redis under test: REDIS_ADDR, or the
// machine's default.
func redisAddr() string {
	if a := os.Getenv("REDIS_ADDR"); a != "" {
		return a
	}
	return "127.0.0.1:6379"
}

// newClient connects to the Redis under test. When it is unreachable the
// test is skipped, or fails when EVHOOKS_REQUIRE_SERVICES=1.
func newClient(tb testing.TB) *redis.Client {
	tb.Helper()
	c := redis.NewClient(&redis.Options{Addr: redisAddr(), PoolSize: 64})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := c.Ping(ctx).Err(); err != nil {
		_ = c.Close()
		if os.Getenv("EVHOOKS_REQUIRE_SERVICES") == "1" {
			tb.Fatalf("redis at %s unreachable (EVHOOKS_REQUIRE_SERVICES=1): %v", redisAddr(), err)
		}
		tb.Skipf("redis at %s unreachable: %v; %s", redisAddr(), err, startHint)
	}
	tb.Cleanup(func() { _ = c.Close() })
	return c
}

// testPrefix returns a key prefix unique to this test run and deletes every
// key under it when the test ends.
func testPrefix(tb testing.TB, c *redis.Client) string {
	tb.Helper()
	prefix := "evhooks:test:redisdedup:" + rand.Text() + ":"
	tb.Cleanup(func() {
		// A benchmark leaves hundreds of thousands of keys; SCAN walks the
		// whole key space, so give it time and delete as it goes.
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		iter := c.Scan(ctx, 0, prefix+"*", 10000).Iterator()
		var keys []string
		flush := func() {
			if len(keys) > 0 {
				if err := c.Unlink(ctx, keys...).Err(); err != nil {
					tb.Errorf("cleanup: unlink: %v", err)
				}
				keys = keys[:0]
			}
		}
		for iter.Next(ctx) {
			if keys = append(keys, iter.Val()); len(keys) == 1000 {
				flush()
			}
		}
		if err := iter.Err(); err != nil {
			tb.Errorf("cleanup: scan %s*: %v", prefix, err)
		}
		flush()
	})
	return prefix
}

// closedAddr returns a loopback address on which nothing listens.
func closedAddr(tb testing.TB) string {
	tb.Helper()
	ln, err := (&net.ListenConfig{}).Listen(context.Background(), "tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		tb.Fatal(err)
	}
	return addr
}
