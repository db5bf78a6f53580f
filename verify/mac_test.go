package verify_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/verify"
)

// RFC 4231 test case 2 and the Smartcar SDK vector.
var macVectors = []struct {
	key, msg, want string
}{
	{"Jefe", "what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"},
	{"amt", "challenge", "9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e"},
	{"amt", `{"pizza":"pasta"}`, "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70"},
}

func TestMACSum(t *testing.T) {
	for _, v := range macVectors {
		m := verify.NewMAC([]byte(v.key))
		for split := 0; split <= len(v.msg); split++ {
			got := m.Sum(nil, v.msg[:split], []byte(v.msg[split:]))
			require.Equal(t, v.want, hex.EncodeToString(got), "split %d", split)
		}
		// dst is appended to, not overwritten.
		got := m.Sum([]byte("prefix"), "", []byte(v.msg))
		assert.Equal(t, "prefix", string(got[:6]))
		assert.Equal(t, v.want, string(verify.AppendHex(nil, got[6:])))
	}
}

func TestMACConcurrent(t *testing.T) {
	m := verify.NewMAC([]byte("key"))
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := []byte(strings.Repeat("x", i*100))
			ref := hmac.New(sha256.New, []byte("key"))
			ref.Write(body)
			want := ref.Sum(nil)
			for range 200 {
				if got := m.Sum(nil, "", body); !hmac.Equal(got, want) {
					t.Errorf("goroutine %d: wrong MAC", i)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestEqualHex(t *testing.T) {
	mac, _ := hex.DecodeString(macVectors[1].want)
	lower := macVectors[1].want
	tests := []struct {
		name string
		sig  string
		want bool
	}{
		{"lower case", lower, true},
		{"upper case", strings.ToUpper(lower), true},
		{"mixed case", strings.ToUpper(lower[:10]) + lower[10:], true},
		{"last digit differs", lower[:63] + "f", false},
		{"first digit differs", "0" + lower[1:], false},
		{"too short", lower[:62], false},
		{"too long", lower + "00", false},
		{"non-hex digit", lower[:63] + "g", false},
		{"non-hex pair that would alias", lower[:62] + "::", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, verify.EqualHex(mac, tt.sig))
		})
	}
	assert.False(t, verify.EqualHex(nil, ""), "an empty MAC never matches")
}

func TestMACAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops items under the race detector")
	}
	m := verify.NewMAC([]byte("key"))
	body := []byte(strings.Repeat("x", 4096))
	m.Sum(nil, "", body) // warm the pool
	var sum [32]byte
	allocs := testing.AllocsPerRun(100, func() {
		m.Sum(sum[:0], "1717507818000.", body)
	})
	assert.Zero(t, allocs)
}
