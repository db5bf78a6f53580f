package verify_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"testing"
	"time"

	svix "github.com/svix/svix-webhooks/go"

	"github.com/evhooks/evhooks/verify"
)

// BenchmarkVerify compares Verify with svix's Verify over the same signed
// requests, and with the bare HMAC-SHA256 of id.timestamp.body (the floor).
//
//	go test -run '^$' -bench BenchmarkVerify -benchmem ./verify
func BenchmarkVerify(b *testing.B) {
	const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	key, _ := base64.StdEncoding.DecodeString(secret[len("whsec_"):])
	ours, err := verify.NewStandardWebhooks(secret)
	if err != nil {
		b.Fatal(err)
	}
	ref, err := svix.NewWebhook(secret)
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, size := range []int{100, 1 << 10, 16 << 10, 64 << 10} {
		body := make([]byte, size)
		for i := range body {
			body[i] = byte('a' + rng.IntN(26))
		}
		const id = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"
		now := time.Now()
		ts := strconv.FormatInt(now.Unix(), 10)
		header := http.Header{}
		header.Set("svix-id", id)
		header.Set("svix-timestamp", ts)
		header.Set("svix-signature", ours.Sign(id, now, body))

		name := fmt.Sprintf("%dB", size)
		if size >= 1<<10 {
			name = fmt.Sprintf("%dKiB", size>>10)
		}
		b.Run(name+"/evhooks", func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := ours.Verify(header, body); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/svix", func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := ref.Verify(body, header); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/hmac", func(b *testing.B) {
			// The physical floor: one pre-keyed HMAC-SHA256 over the
			// signed content, streamed, with Reset between messages.
			b.SetBytes(int64(size))
			b.ReportAllocs()
			h := hmac.New(sha256.New, key)
			head := []byte(id + "." + ts + ".")
			var sum [32]byte
			for b.Loop() {
				h.Reset()
				h.Write(head)
				h.Write(body)
				h.Sum(sum[:0])
			}
		})
	}
}
