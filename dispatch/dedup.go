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
// implementation and the dispatch/redisdedup module one on Redis for several
// replicas.
//
// The router uses it only for verified and decoded deliveries with a
// non-empty [Message.ID], with the key Provider() + ":" + ID, or
// "stored:" + Provider() + ":" + ID when it stores deliveries in a [Sink]
// (being stored is not being handled, so a router that stores deliveries
// and, through [Router.DeliverStored], handles them can share one
// Deduplicator and still handles each once). It calls Claim
// before routing; on [ClaimAcquired] it routes the event (or stores it, see
// [WithSink]) and then calls Commit with the claim's token when the answer is
// 2xx, or Release with it otherwise (handler error, panic, sink failure), so
// that the provider's retry is handled. Commit and Release get a context that
// is not cancelled with the request.
//
// # Leases
//
// A claim is in flight for a short lease only ([DefaultClaimLease] unless the
// implementation is configured otherwise), much shorter than the time a
// committed key is remembered ([DefaultDedupTTL]): when a handler hangs or
// its process crashes without releasing, the key becomes claimable again once
// the lease runs out, so the provider's retry is handled instead of being
// answered 409 for days. The lease should exceed the longest time a handler
// may legitimately take; a handler still running when its lease ends may run
// concurrently with the retry's.
//
// Each claim has its own token. Release frees the key only while the claim
// with that token still holds it: a late Release from a handler whose lease
// expired never removes a newer delivery's claim, nor a commit. Commit
// records the key as handled whatever the state of the lease, because the
// event was handled.
//
// # Errors
//
// When a method returns an error, the router reports it with [ErrDedup] and
// goes on as if deduplication were off (it fails open): a store outage
// degrades to the providers' at-least-once delivery instead of refusing
// every webhook.
//
// Implementations must be safe for concurrent use.
type Deduplicator interface {
	// Claim atomically claims key for one delivery. It returns ClaimAcquired
	// and a token that identifies this claim, ClaimInFlight while another
	// claim's lease runs, or ClaimDone once the key was committed. An
	// in-flight claim expires after a short lease (DefaultClaimLease, 2
	// minutes; configurable per implementation), separate from how long a
	// committed key is remembered (DefaultDedupTTL), so a crashed or hung
	// handler blocks retries only that long.
	Claim(ctx context.Context, key string) (ClaimState, string, error)
	// Commit records key as handled for the remembered-id time, whether or
	// not the lease of the claim identified by token ran out.
	Commit(ctx context.Context, key, token string) error
	// Release frees the claim identified by token; it never removes another
	// claim or a commit.
	Release(ctx context.Context, key, token string) error
}

// Defaults of [NewMemoryDeduplicator] and of the [Deduplicator] contract.
const (
	// DefaultDedupSize is the default number of ids remembered.
	DefaultDedupSize = 100_000
	// DefaultDedupTTL is how long a committed id is remembered by default. It
	// covers the retry schedules of all three providers: Svix's ends after
	// about 28 hours, the Standard Webhooks example schedule after about 76.
	DefaultDedupTTL = 96 * time.Hour
	// DefaultClaimLease is how long an in-flight claim blocks other
	// deliveries of its key by default: longer than any handler should take
	// to answer a webhook (providers time out after 15 to 30 seconds), short
	// against their retry schedules, so a hung or crashed handler delays the
	// retry by at most one retry step.
	DefaultClaimLease = 2 * time.Minute
)

// MemoryDeduplicator is an in-process [Deduplicator] for a single server. It
// remembers at most a fixed number of ids: a committed id for the TTL from
// its commit, an id in flight for the lease from its claim. When full, it
// forgets the id that expires first, even one still in flight, so the bound
// is strict and deduplication best effort beyond it. It is safe for
// concurrent use.
type MemoryDeduplicator struct {
	mu    sync.Mutex
	size  int
	ttl   time.Duration
	lease time.Duration
	now   func() time.Time
	seq   uint64 // last token issued
	ids   map[string]*dedupEntry
	// Entries form two lists from the oldest to the newest expiry, one of
	// claims in flight and one of commits: all entries of a list share one
	// duration, so appending keeps each list sorted.
	flight, done dedupList
}

// MemoryOption configures a [MemoryDeduplicator].
type MemoryOption func(*MemoryDeduplicator)

// WithLease sets how long a claim of a [MemoryDeduplicator] stays in flight
// before another delivery of its key may claim it; d <= 0 keeps
// [DefaultClaimLease].
func WithLease(d time.Duration) MemoryOption {
	return func(m *MemoryDeduplicator) {
		if d > 0 {
			m.lease = d
		}
	}
}

// WithClock sets the clock a [MemoryDeduplicator] reads expiries from, for
// tests; nil keeps [time.Now].
func WithClock(now func() time.Time) MemoryOption {
	return func(m *MemoryDeduplicator) {
		if now != nil {
			m.now = now
		}
	}
}

type dedupEntry struct {
	key        string
	token      string // the claim's token; "" once committed
	expires    time.Time
	list       *dedupList
	prev, next *dedupEntry
}

type dedupList struct{ head, tail *dedupEntry }

// NewMemoryDeduplicator returns a [MemoryDeduplicator] that remembers at most
// size ids (default [DefaultDedupSize] when size <= 0), each committed id for
// ttl (default [DefaultDedupTTL] when ttl <= 0) and each claim for the lease
// of [WithLease] (default [DefaultClaimLease]).
func NewMemoryDeduplicator(size int, ttl time.Duration, opts ...MemoryOption) *MemoryDeduplicator {
	if size <= 0 {
		size = DefaultDedupSize
	}
	if ttl <= 0 {
		ttl = DefaultDedupTTL
	}
	d := &MemoryDeduplicator{size: size, ttl: ttl, lease: DefaultClaimLease, now: time.Now, ids: make(map[string]*dedupEntry)}
	for _, o := range opts {
		if o != nil {
			o(d)
		}
	}
	return d
}

// Claim implements [Deduplicator]. Tokens are unique within d.
func (d *MemoryDeduplicator) Claim(_ context.Context, key string) (ClaimState, string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now() // under the lock, so that expiries are added in order
	d.expire(now)
	if e := d.ids[key]; e != nil {
		if e.list == &d.done {
			return ClaimDone, "", nil
		}
		return ClaimInFlight, "", nil
	}
	d.seq++
	token := strconv.FormatUint(d.seq, 36)
	d.add(&dedupEntry{key: key, token: token, expires: now.Add(d.lease)}, &d.flight)
	return ClaimAcquired, token, nil
}

// Commit implements [Deduplicator]. The key is recorded as handled for the
// TTL from now, even when the claim's lease ran out and the key was
// forgotten or claimed again meanwhile.
func (d *MemoryDeduplicator) Commit(_ context.Context, key, _ string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now() // under the lock, so that expiries are added in order
	d.expire(now)
	e := d.ids[key]
	if e == nil {
		d.add(&dedupEntry{key: key, expires: now.Add(d.ttl)}, &d.done)
		return nil
	}
	e.list.unlink(e)
	e.token = ""
	e.expires = now.Add(d.ttl)
	d.done.link(e)
	return nil
}

// Release implements [Deduplicator]. It forgets key only while it is in
// flight under token.
func (d *MemoryDeduplicator) Release(_ context.Context, key, token string) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if e := d.ids[key]; e != nil && e.list == &d.flight && e.token == token {
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
	for _, l := range [...]*dedupList{&d.flight, &d.done} {
		for l.head != nil && !now.Before(l.head.expires) {
			d.remove(l.head)
		}
	}
}

// add inserts e as the newest entry of l, forgetting the entry that expires
// first when full.
func (d *MemoryDeduplicator) add(e *dedupEntry, l *dedupList) {
	for len(d.ids) >= d.size {
		f, c := d.flight.head, d.done.head
		switch {
		case f == nil && c == nil:
			panic("dispatch: MemoryDeduplicator lists out of sync") // unreachable: size > 0
		case f == nil || (c != nil && c.expires.Before(f.expires)):
			d.remove(c)
		default:
			d.remove(f)
		}
	}
	d.ids[e.key] = e
	l.link(e)
}

func (d *MemoryDeduplicator) remove(e *dedupEntry) {
	e.list.unlink(e)
	delete(d.ids, e.key)
}

// link appends e to the back of l.
func (l *dedupList) link(e *dedupEntry) {
	e.list = l
	e.prev, e.next = l.tail, nil
	if l.tail != nil {
		l.tail.next = e
	} else {
		l.head = e
	}
	l.tail = e
}

func (l *dedupList) unlink(e *dedupEntry) {
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		l.head = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		l.tail = e.prev
	}
	e.prev, e.next, e.list = nil, nil, nil
}
