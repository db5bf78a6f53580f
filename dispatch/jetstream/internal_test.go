package jetstream

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestBackoff(t *testing.T) {
	c := &Consumer{cfg: config{backoffMin: 2 * time.Second, backoffMax: 30 * time.Minute}}
	want := []time.Duration{2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1800, 1800}
	for i, w := range want {
		assert.Equal(t, w*time.Second, c.backoff(uint64(i+1)), "after failure %d", i+1)
	}
	assert.Equal(t, 30*time.Minute, c.backoff(1<<40))
	huge := &Consumer{cfg: config{backoffMin: time.Second, backoffMax: 1<<63 - 1}}
	assert.Equal(t, time.Duration(1<<63-1), huge.backoff(200), "no overflow")
}

// TestDefaultSchedule documents the default retry span: 20 deliveries, 19
// delays, about 5 hours.
func TestDefaultSchedule(t *testing.T) {
	cfg, err := newConfig(nil)
	assert.NoError(t, err)
	c := &Consumer{cfg: cfg}
	var total time.Duration
	for n := 1; n < cfg.maxDeliver; n++ {
		total += c.backoff(uint64(n))
	}
	assert.Equal(t, 5*time.Hour+4*time.Minute+6*time.Second, total)
	assert.Equal(t, DefaultAckWait, cfg.ackWait)
	assert.GreaterOrEqual(t, cfg.dupWindow, 27*time.Hour+35*time.Minute, "Svix's retry span")
}

func TestEscapeValue(t *testing.T) {
	for _, s := range []string{"", "plain", "100%", "a\r\nb", "\x00\x1f\x7f", "é%zz", "%%"} {
		e := escapeValue(s)
		assert.False(t, strings.ContainsFunc(e, func(r rune) bool { return r < 0x20 || r == 0x7f }), e)
		got, err := unescapeValue(e)
		assert.NoError(t, err)
		assert.Equal(t, s, got)
	}
	assert.Equal(t, "a%0D%0Ab%25", escapeValue("a\r\nb%"))
}

func TestOneLine(t *testing.T) {
	assert.Equal(t, "a b c", oneLine("a\nb\rc", 100))
	assert.Equal(t, "ab", oneLine("abé", 3), "cut on a rune boundary")
	assert.Equal(t, "abé", oneLine("abé", 4))
}

func FuzzEscapeValue(f *testing.F) {
	for _, s := range []string{"", "a%41", "\r\n", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := escapeValue(s)
		if strings.ContainsAny(e, "\r\n\x00") {
			t.Fatalf("escaped %q is %q", s, e)
		}
		got, err := unescapeValue(e)
		if err != nil || got != s {
			t.Fatalf("round trip of %q: %q, %v", s, got, err)
		}
		unescapeValue(s) //nolint:errcheck // must not panic on any input
	})
}
