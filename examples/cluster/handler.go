package main

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/redis/go-redis/v9"
)

// Errors of the injected faults.
var (
	errTransient = errors.New("injected fault: first handling fails")
	errAlways    = errors.New("injected fault: handling always fails")
)

// handler is the application's side: what a real service does with an event
// (write it to its database) stands here as one JSON log line on stdout and,
// with -record, one entry appended to a Redis list. A handler error makes the
// consumer retry the delivery with back-off, then dead-letter it.
type handler struct {
	rdb    redis.UniversalClient
	cfg    config
	events *slog.Logger
}

// handle returns the fallback of provider's consuming router: it sees every
// event with its message id.
func (h *handler) handle(provider string) func(ctx context.Context, msg dispatch.Message) error {
	return func(ctx context.Context, msg dispatch.Message) error {
		key := provider + ":" + msg.ID
		switch faultOf(key, h.cfg.faultTransient, h.cfg.faultAll) {
		case faultAlways:
			return errAlways
		case faultTransient:
			// Counted in Redis, so the first handling fails whichever
			// replica it runs on, and the next one succeeds.
			var n *redis.IntCmd
			_, err := h.rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
				attempts := h.cfg.redisPrefix + "attempts:" + key
				n = p.Incr(ctx, attempts)
				p.Expire(ctx, attempts, time.Hour)
				return nil
			})
			if err != nil {
				return fmt.Errorf("count attempts: %w", err)
			}
			if n.Val() == 1 {
				return errTransient
			}
		}
		if h.cfg.record != "" {
			if err := h.rdb.RPush(ctx, h.cfg.record, key+" "+h.cfg.instance).Err(); err != nil {
				return fmt.Errorf("record: %w", err)
			}
		}
		h.events.InfoContext(ctx, "event", "provider", provider, "event", msg.Name, "go_type", dispatch.TypeName(msg.Event), "id", msg.ID)
		return nil
	}
}

// fault is the injected behaviour of a message id's handler.
type fault int

const (
	faultNone      fault = iota
	faultTransient       // the first handling fails, the next succeeds
	faultAlways          // every handling fails
)

// faultOf decides, deterministically from key ("<provider>:<id>"), which
// fault its handler has: always per mille of the keys always fail, the next
// transient per mille fail once.
func faultOf(key string, transient, always int) fault {
	if transient == 0 && always == 0 {
		return faultNone
	}
	f := fnv.New64a()
	f.Write([]byte(key))
	switch n := int(f.Sum64() % 1000); {
	case n < always:
		return faultAlways
	case n < always+transient:
		return faultTransient
	}
	return faultNone
}
