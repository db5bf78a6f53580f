package dispatch

import (
	"context"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TTLs are tested with a manual clock; no test waits for real time.
func TestMemoryDeduplicatorTTL(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	d := NewMemoryDeduplicator(10, time.Hour)
	d.now = func() time.Time { return now }

	claim := func(key string) ClaimState {
		t.Helper()
		st, err := d.Claim(ctx, key)
		require.NoError(t, err)
		return st
	}
	assert.Equal(t, ClaimAcquired, claim("a"))
	now = now.Add(30 * time.Minute)
	assert.Equal(t, ClaimAcquired, claim("b"))
	now = now.Add(20 * time.Minute)
	require.NoError(t, d.Commit(ctx, "a")) // a now lives until 01:50, after b
	assert.Equal(t, []string{"b", "a"}, d.order(), "a commit moves the key to the back")

	now = now.Add(40 * time.Minute) // 01:30: b (claimed 00:30) expired
	assert.Equal(t, ClaimDone, claim("a"))
	assert.Equal(t, ClaimAcquired, claim("b"), "an expired claim is free again")

	now = now.Add(20 * time.Minute) // 01:50: a expired exactly at its deadline
	assert.Equal(t, ClaimAcquired, claim("a"))
	assert.Equal(t, []string{"b", "a"}, d.order())
	assert.Equal(t, 2, d.Len())
}

func TestMemoryDeduplicatorDefaults(t *testing.T) {
	d := NewMemoryDeduplicator(0, -1)
	assert.Equal(t, DefaultDedupSize, d.size)
	assert.Equal(t, DefaultDedupTTL, d.ttl)
}

// order lists the keys from the oldest to the newest and checks the links.
func (d *MemoryDeduplicator) order() []string {
	var keys []string
	var prev *dedupEntry
	for e := d.head; e != nil; e = e.next {
		if e.prev != prev || d.ids[e.key] != e {
			panic("broken list")
		}
		keys = append(keys, e.key)
		prev = e
	}
	if prev != d.tail || len(keys) != len(d.ids) {
		panic("broken list")
	}
	return keys
}

// The list stays ordered by expiry only if each expiry is computed under the
// lock that inserts it: a time read before locking can be older than that of
// an entry another goroutine inserted meanwhile.
func TestMemoryDeduplicatorClockUnderLock(t *testing.T) {
	ctx := context.Background()
	d := NewMemoryDeduplicator(10, time.Hour)
	calls := 0
	d.now = func() time.Time {
		calls++
		if d.mu.TryLock() {
			d.mu.Unlock()
			t.Error("the clock is read without the lock held")
		}
		return time.Date(2026, 1, 1, 0, 0, calls, 0, time.UTC)
	}
	_, err := d.Claim(ctx, "a")
	require.NoError(t, err)
	require.NoError(t, d.Commit(ctx, "a"))
	require.NoError(t, d.Commit(ctx, "b"))
	assert.Equal(t, 3, calls)
	assert.Equal(t, []string{"a", "b"}, d.order())
}
