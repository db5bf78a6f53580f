package verify_test

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
	svix "github.com/svix/svix-webhooks/go"

	"github.com/evhooks/evhooks/verify"
)

// TestDifferentialSvix checks, for many random secrets, ids, timestamps and
// bodies, that svix's Sign and ours agree, that each verifier accepts the
// other's signatures, and that both reject every tampering.
func TestDifferentialSvix(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	randBytes := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		return b
	}
	for i := range 300 {
		secret := "whsec_" + base64.StdEncoding.EncodeToString(randBytes(1+rng.IntN(75)))
		id := fmt.Sprintf("msg_%x", randBytes(1+rng.IntN(20)))
		now := time.Now()
		ts := now.Add(time.Duration(rng.IntN(560)-280) * time.Second)
		body := randBytes(rng.IntN(3000))

		ref, err := svix.NewWebhook(secret)
		require.NoError(t, err)
		ours, err := verify.NewStandardWebhooks(secret, verify.WithClock(func() time.Time { return now }))
		require.NoError(t, err)

		refSig, err := ref.Sign(id, ts, body)
		require.NoError(t, err)
		ourSig := ours.Sign(id, ts, body)
		require.Equal(t, refSig, ourSig, "case %d", i)

		tsText := strconv.FormatInt(ts.Unix(), 10)
		h := http.Header{}
		h.Set("svix-id", id)
		h.Set("svix-timestamp", tsText)
		h.Set("svix-signature", ourSig)
		require.NoError(t, ref.Verify(body, h), "svix rejects ours, case %d", i)
		h.Set("svix-signature", refSig)
		require.NoError(t, ours.Verify(h, body), "ours rejects svix's, case %d", i)

		tampered := []struct {
			name string
			h    http.Header
			body []byte
		}{
			{"body", h, flip(body, rng)},
			{"id", with(h, "svix-id", id+"0"), body},
			{"timestamp", with(h, "svix-timestamp", strconv.FormatInt(ts.Unix()+1, 10)), body},
			{"signature", with(h, "svix-signature", "v1,"+base64.StdEncoding.EncodeToString(flip(mustB64(refSig[3:]), rng))), body},
		}
		for _, tc := range tampered {
			require.Error(t, ref.Verify(tc.body, tc.h), "svix accepts tampered %s, case %d", tc.name, i)
			require.ErrorIs(t, ours.Verify(tc.h, tc.body), verify.ErrSignatureMismatch, "ours accepts tampered %s, case %d", tc.name, i)
		}
	}
}

// flip returns a copy of b with one random bit changed, or one byte added to
// an empty b.
func flip(b []byte, rng *rand.Rand) []byte {
	c := append([]byte(nil), b...)
	if len(c) == 0 {
		return []byte{'x'}
	}
	c[rng.IntN(len(c))] ^= 1 << rng.UintN(8)
	return c
}

func with(h http.Header, k, v string) http.Header {
	c := h.Clone()
	c.Set(k, v)
	return c
}

func mustB64(s string) []byte {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}
