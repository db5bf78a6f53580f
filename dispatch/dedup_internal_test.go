package dispatch

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Expiries are tested with a manual clock; no test waits for real time.
func TestMemoryDeduplicatorTTL(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d := NewMemoryDeduplicator(10, time.Hour, WithLease(45*time.Minute), WithClock(func() time.Time { return now }))

	claim := func(key string) (ClaimState, string) {
		t.Helper()
		st, tok, err := d.Claim(ctx, key)
		require.NoError(t, err)
		return st, tok
	}
	st, tokA := claim("a")
	assert.Equal(t, ClaimAcquired, st)
	now = now.Add(30 * time.Minute)
	st, _ = claim("b")
	assert.Equal(t, ClaimAcquired, st)
	now = now.Add(10 * time.Minute)              // 00:40
	require.NoError(t, d.Commit(ctx, "a", tokA)) // a now lives until 01:40
	assert.Equal(t, []string{"b"}, d.flight.order(d))
	assert.Equal(t, []string{"a"}, d.done.order(d), "a commit moves the key to the done list")

	now = now.Add(35 * time.Minute) // 01:15: b (claimed 00:30, lease 45m) expired
	st, _ = claim("a")
	assert.Equal(t, ClaimDone, st)
	st, _ = claim("b")
	assert.Equal(t, ClaimAcquired, st, "an expired claim is free again")

	now = now.Add(25 * time.Minute) // 01:40: a expired exactly at its deadline
	st, _ = claim("a")
	assert.Equal(t, ClaimAcquired, st)
	assert.Equal(t, []string{"b", "a"}, d.flight.order(d))
	assert.Empty(t, d.done.order(d))
	assert.Equal(t, 2, d.Len())
}

// When full, the entry that expires first goes, whichever list holds it.
func TestMemoryDeduplicatorEvictsEarliestExpiry(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d := NewMemoryDeduplicator(2, time.Hour, WithLease(time.Minute), WithClock(func() time.Time { return now }))
	require.NoError(t, d.Commit(ctx, "done", "")) // expires 01:00
	_, _, err := d.Claim(ctx, "flight")           // expires 00:01
	require.NoError(t, err)
	_, _, err = d.Claim(ctx, "new")
	require.NoError(t, err)
	assert.Equal(t, []string{"new"}, d.flight.order(d), "the claim expiring first was forgotten")
	assert.Equal(t, []string{"done"}, d.done.order(d))

	d = NewMemoryDeduplicator(2, time.Minute, WithLease(time.Hour), WithClock(func() time.Time { return now }))
	require.NoError(t, d.Commit(ctx, "done", "")) // expires 00:01
	_, _, err = d.Claim(ctx, "flight")            // expires 01:00
	require.NoError(t, err)
	_, _, err = d.Claim(ctx, "new")
	require.NoError(t, err)
	assert.Equal(t, []string{"flight", "new"}, d.flight.order(d))
	assert.Empty(t, d.done.order(d), "the commit expiring first was forgotten")
}

func TestMemoryDeduplicatorDefaults(t *testing.T) {
	d := NewMemoryDeduplicator(0, -1, WithLease(0), WithClock(nil), nil)
	assert.Equal(t, DefaultDedupSize, d.size)
	assert.Equal(t, DefaultDedupTTL, d.ttl)
	assert.Equal(t, DefaultClaimLease, d.lease)
	assert.NotNil(t, d.now)
}

// order lists the keys of l from the oldest to the newest and checks the
// links.
func (l *dedupList) order(d *MemoryDeduplicator) []string {
	var keys []string
	var prev *dedupEntry
	for e := l.head; e != nil; e = e.next {
		if e.prev != prev || d.ids[e.key] != e || e.list != l {
			panic("broken list")
		}
		if prev != nil && e.expires.Before(prev.expires) {
			panic("list out of order")
		}
		keys = append(keys, e.key)
		prev = e
	}
	if prev != l.tail {
		panic("broken list")
	}
	return keys
}

// The lists stay ordered by expiry only if each expiry is computed under the
// lock that inserts it: a time read before locking can be older than that of
// an entry another goroutine inserted meanwhile.
func TestMemoryDeduplicatorClockUnderLock(t *testing.T) {
	ctx := context.Background()
	calls := 0
	var d *MemoryDeduplicator
	d = NewMemoryDeduplicator(10, time.Hour, WithClock(func() time.Time {
		calls++
		if d.mu.TryLock() {
			d.mu.Unlock()
			t.Error("the clock is read without the lock held")
		}
		return time.Date(2026, 1, 1, 0, 0, calls, 0, time.UTC)
	}))
	_, tok, err := d.Claim(ctx, "a")
	require.NoError(t, err)
	require.NoError(t, d.Commit(ctx, "a", tok))
	require.NoError(t, d.Commit(ctx, "b", ""))
	assert.Equal(t, 3, calls)
	assert.Equal(t, []string{"a", "b"}, d.done.order(d))
	assert.Equal(t, 2, len(d.ids))
}
