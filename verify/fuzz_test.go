package verify_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/evhooks/evhooks/verify"
)

// FuzzStandardWebhooksVerify feeds arbitrary header values and bodies to
// Verify. It must never panic, and it may accept only when the header holds
// the genuine v1 signature of exactly these bytes, inside the window.
func FuzzStandardWebhooksVerify(f *testing.F) {
	for _, v := range []vector{canonical, rust} {
		f.Add(v.id, v.ts, v.sig, "", v.body)
		f.Add(v.id, v.ts, "v2,Zm9v", v.sig, v.body)
		f.Add(v.id, v.ts, "v1", v.sig[3:], v.body)
		f.Add(v.id, "+"+v.ts, v.sig, "", v.body)
	}
	f.Add("msg.1", "1614265330", "v1,", "", "")
	key, _ := base64.StdEncoding.DecodeString(strings.TrimPrefix(canonical.secret, "whsec_"))
	now := time.Unix(1614265330, 0)
	v, err := verify.NewStandardWebhooks(canonical.secret, verify.WithClock(func() time.Time { return now }))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, id, ts, sig1, sig2, body string) {
		h := http.Header{}
		h.Set("webhook-id", id)
		h.Set("svix-timestamp", ts)
		h.Add("svix-signature", sig1)
		h.Add("svix-signature", sig2)
		err := v.Verify(h, []byte(body))
		if err != nil {
			return
		}
		// Independent oracle: the plain HMAC over the verbatim header text.
		mac := hmac.New(sha256.New, key)
		mac.Write([]byte(id + "." + ts + "." + body))
		want := base64.StdEncoding.EncodeToString(mac.Sum(nil))
		joined := sig1 + " " + sig2
		if !strings.Contains(joined, want) && !strings.Contains(sig1+sig2, want) {
			t.Fatalf("accepted without the genuine signature: id=%q ts=%q sig=%q", id, ts, joined)
		}
		if strings.Contains(id, ".") {
			t.Fatalf("accepted an id with a dot: %q", id)
		}
		for _, c := range ts {
			if c < '0' || c > '9' {
				t.Fatalf("accepted a non-decimal timestamp: %q", ts)
			}
		}
	})
}
