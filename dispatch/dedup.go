package dispatch

import (
	"context"
	"strconv"
	"sync"
	"time"
)

// ClaimState is the answer of [Deduplicator.Claim].
type ClaimState int

// The states a message id can be in.
const (
	// ClaimAcquired means the id was free and is now claimed by the caller,
	// which must later call Commit or Release.
	ClaimAcquired ClaimState = iota
	// ClaimInFlight means another delivery of the id holds the claim and has
	// not finished; the router answers 409 so that the provider retries later.
	ClaimInFlight
	// ClaimDone means a delivery of the id was handled and committed; the
	// router answers 200 without calling a handler.
	ClaimDone
)

// String returns "acquired", "in flight" or "done".
func (s ClaimState) String() string {
	switch s {
	case ClaimAcquired:
		return "acquired"
	case ClaimInFlight:
		return "in flight"
	case ClaimDone:
		return "done"
	}
	return "ClaimState(" + strconv.Itoa(int(s)) + ")"
}

// Deduplicator records which messages were handled, so that a provider's
// redelivery of a message is handled only once. Enable one with
// [WithDeduplicator]; [NewMemoryDeduplicator] is an in-process
// implementation.
//
// The router uses it only for verified and decoded deliveries with a
// non-empty [Message.ID], with the key Provider() + ":" + ID. It calls Claim
// before routing; on [ClaimAcquired] it routes the event and then calls
// Commit when the answer is 2xx, or Release otherwise (handler error, panic),
// so that the provider's retry is handled. Commit and Release get a context
// that is not cancelled with the request.
//
// When a method returns an error, the router reports it with [ErrDedup] and
// goes on as if deduplication were off: a store outage degrades to the
// providers' at-least-once delivery instead of refusing every webhook.
//
// A Redis implementation needs a few lines. With Redis 7 (SET … NX GET) and
// the github.com/redis/go-redis client, for example:
//
//	type RedisDedup struct{ DB *redis.Client }
//
//	func (d RedisDedup) Claim(ctx context.Context, key string) (dispatch.ClaimState, error) {
//		old, err := d.DB.SetArgs(ctx, key, "claimed", redis.SetArgs{Mode: "NX", Get: true, TTL: time.Hour}).Result()
//		switch {
//		case err == redis.Nil: // the key was absent and is now ours
//			return dispatch.ClaimAcquired, nil
//		case err != nil:
//			return 0, err
//		case old == "done":
//			return dispatch.ClaimDone, nil
//		}
//		return dispatch.ClaimInFlight, nil
//	}
//
//	func (d RedisDedup) Commit(ctx context.Context, key string) error {
//		return d.DB.Set(ctx, key, "done", 96*time.Hour).Err()
//	}
//
//	func (d RedisDedup) Release(ctx context.Context, key string) error {
//		return d.DB.Del(ctx, key).Err()
//	}
//
// The claim's TTL bounds how long a crashed process blocks redeliveries; the
// commit's TTL should exceed the provider's retry horizon (Svix retries for
// about 28 hours).
//
// Implementations must be safe for concurrent use.
type Deduplicator interface {
	// Claim atomically claims key if it is free and reports its state.
	Claim(ctx context.Context, key string) (ClaimState, error)
	// Commit records key as handled.
	Commit(ctx context.Context, key string) error
	// Release frees a claim whose delivery failed.
	Release(ctx context.Context, key string) error
}

// Defaults of [NewMemoryDeduplicator].
const (
	// DefaultDedupSize is the default number of ids remembered.
	DefaultDedupSize = 100_000
	// DefaultDedupTTL is how long an id is remembered by default. It covers
	// the retry schedules of all three providers: Svix's ends after about
	// 28 hours, the Standard Webhooks example schedule after about 76.
	DefaultDedupTTL = 96 * time.Hour
)

// MemoryDeduplicator is an in-process [Deduplicator] for a single server. It
// remembers at most a fixed number of ids, each for a fixed time from its
// claim or commit; when full, it forgets the oldest id, even one still in
// flight, so the bound is strict and deduplication best effort beyond it.
// It is safe for concurrent use.
type MemoryDeduplicator struct {
	mu   sync.Mutex
	size int
	ttl  time.Duration
	now  func() time.Time
	ids  map[string]*dedupEntry
	// Entries form a list from the oldest to the newest expiry: all share
	// one TTL, and a commit moves its entry to the back.
	head, tail *dedupEntry
}

type dedupEntry struct {
	key        string
	expires    time.Time
	done       bool
	prev, next *dedupEntry
}

// NewMemoryDeduplicator returns a [MemoryDeduplicator] that remembers at most
// size ids (default [DefaultDedupSize] when size <= 0), each for ttl (default
// [DefaultDedupTTL] when ttl <= 0).
func NewMemoryDeduplicator(size int, ttl time.Duration) *MemoryDeduplicator {
	if size <= 0 {
		size = DefaultDedupSize
	}
	if ttl <= 0 {
		ttl = DefaultDedupTTL
	}
	return &MemoryDeduplicator{size: size, ttl: ttl, now: time.Now, ids: make(map[string]*dedupEntry)}
}

// Claim implements [Deduplicator].
func (d *MemoryDeduplicator) Claim(_ context.Context, key string) (ClaimState, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now() // under the lock, so that expiries are added in order
	d.expire(now)
	if e := d.ids[key]; e != nil {
		if e.done {
			return ClaimDone, nil
		}
		return ClaimInFlight, nil
	}
	d.add(&dedupEntry{key: key, expires: now.Add(d.ttl)})
	return ClaimAcquired, nil
}

// Commit implements [Deduplicator]. A key that was forgotten meanwhile is
// recorded again.
func (d *MemoryDeduplicator) Commit(_ context.Context, key string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now() // under the lock, so that expiries are added in order
	d.expire(now)
	e := d.ids[key]
	if e == nil {
		d.add(&dedupEntry{key: key, expires: now.Add(d.ttl), done: true})
		return nil
	}
	e.done = true
	e.expires = now.Add(d.ttl)
	d.unlink(e)
	d.link(e)
	return nil
}

// Release implements [Deduplicator]. It forgets key unless it was committed.
func (d *MemoryDeduplicator) Release(_ context.Context, key string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e := d.ids[key]; e != nil && !e.done {
		d.remove(e)
	}
	return nil
}

// Len returns the number of ids remembered, expired ones included until the
// next call of another method drops them.
func (d *MemoryDeduplicator) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.ids)
}

// expire drops the entries whose time is up.
func (d *MemoryDeduplicator) expire(now time.Time) {
	for d.head != nil && !now.Before(d.head.expires) {
		d.remove(d.head)
	}
}

// add inserts e as the newest entry, forgetting the oldest when full.
func (d *MemoryDeduplicator) add(e *dedupEntry) {
	for len(d.ids) >= d.size && d.head != nil {
		d.remove(d.head)
	}
	d.ids[e.key] = e
	d.link(e)
}

func (d *MemoryDeduplicator) remove(e *dedupEntry) {
	d.unlink(e)
	delete(d.ids, e.key)
}

// link appends e to the back of the list.
func (d *MemoryDeduplicator) link(e *dedupEntry) {
	e.prev, e.next = d.tail, nil
	if d.tail != nil {
		d.tail.next = e
	} else {
		d.head = e
	}
	d.tail = e
}

func (d *MemoryDeduplicator) unlink(e *dedupEntry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		d.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		d.tail = e.prev
	}
	e.prev, e.next = nil, nil
}
