package smartcar_test

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"net/http"
	"testing"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
)

// plainState is what a user would write by hand for a VEHICLE_STATE: the
// baseline of BenchmarkParse. Bodies stay raw: it decodes less than Parse.
type plainState struct {
	EventID   string `json:"eventId"`
	EventType string `json:"eventType"`
	Data      struct {
		User struct {
			ID string `json:"id"`
		} `json:"user"`
		Vehicle struct {
			ID    string `json:"id"`
			Make  string `json:"make"`
			Model string `json:"model"`
			Year  int    `json:"year"`
		} `json:"vehicle"`
		Signals []struct {
			Code   string          `json:"code"`
			Name   string          `json:"name"`
			Group  string          `json:"group"`
			Body   json.RawMessage `json:"body"`
			Status *struct {
				Value string `json:"value"`
				Error *struct {
					Type string  `json:"type"`
					Code *string `json:"code"`
				} `json:"error"`
			} `json:"status"`
			Meta *struct {
				OEMUpdatedAt int64 `json:"oemUpdatedAt"`
				RetrievedAt  int64 `json:"retrievedAt"`
			} `json:"meta"`
		} `json:"signals"`
	} `json:"data"`
	Triggers []struct {
		Type   string `json:"type"`
		Signal struct {
			Code  string `json:"code"`
			Name  string `json:"name"`
			Group string `json:"group"`
		} `json:"signal"`
	} `json:"triggers"`
	Meta struct {
		Version     string `json:"version"`
		WebhookID   string `json:"webhookId"`
		WebhookName string `json:"webhookName"`
		DeliveryID  string `json:"deliveryId"`
		DeliveredAt int64  `json:"deliveredAt"`
		SignalCount int    `json:"signalCount"`
		Mode        string `json:"mode"`
	} `json:"meta"`
}

// BenchmarkParse compares Parse, with every typed signal body decoded, with
// json.Unmarshal into a plain hand-written struct, on a 30-signal
// VEHICLE_STATE and on the 3-signal v4.0 example that dispatch's
// BenchmarkRouter serves.
func BenchmarkParse(b *testing.B) {
	benchParse(b, "vehicle_state_30", "vehicle_state_30_signals.json", 30)
	benchParse(b, "vehicle_state_v4", "vehicle_state_v4.json", 3)
}

// benchParse runs the evhooks/baseline pair of [BenchmarkParse] on one
// golden whose last signal has a typed body.
func benchParse(b *testing.B, name, file string, signals int) {
	body := golden(b, file)
	b.Run(name+"/evhooks", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			ev, err := smartcar.Parse(body)
			if err != nil {
				b.Fatal(err)
			}
			if s := ev.(*smartcar.VehicleState).Data.Signals; len(s) != signals || s[signals-1].Body == nil {
				b.Fatal("bodies not decoded")
			}
		}
	})
	b.Run(name+"/baseline", func(b *testing.B) {
		b.ReportAllocs()
		b.SetBytes(int64(len(body)))
		for b.Loop() {
			var v plainState
			if err := json.Unmarshal(body, &v); err != nil {
				b.Fatal(err)
			}
			if len(v.Data.Signals) != signals {
				b.Fatal("signals not decoded")
			}
		}
	})
}

// BenchmarkVerifySignature compares the SC-Signature checks with a bare
// HMAC-SHA256 of the same body.
func BenchmarkVerifySignature(b *testing.B) {
	const token = "benchmark-management-token"
	for _, size := range []struct {
		name string
		n    int
	}{{"4KiB", 4 << 10}, {"50KiB", 50 << 10}} {
		body := make([]byte, size.n)
		rand.Read(body)
		sig := smartcartest.Sign(token, body)
		header := http.Header{"Sc-Signature": {sig}}
		b.Run(size.name+"/VerifySignature", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if err := smartcar.VerifySignature(token, sig, body); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(size.name+"/Verifier", func(b *testing.B) {
			v := smartcar.NewVerifier(token)
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if err := v.Verify(header, body); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(size.name+"/hmac-sha256", func(b *testing.B) {
			key := []byte(token)
			var sum [sha256.Size]byte
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				m := hmac.New(sha256.New, key)
				m.Write(body)
				m.Sum(sum[:0])
			}
		})
	}
}
