package edrv_test

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/verify"
)

// The baselines decode the same bodies with json.Unmarshal into plain
// hand-written structs of the same fields, typed the way a hand-written
// client would type them for these particular bodies (float64 numbers,
// time.Time times, json.Number where the body has a numeric string).

type baseQuantity struct {
	Value json.Number `json:"value"`
	Unit  *string     `json:"unit"`
}

type baseSession struct {
	ID             string `json:"_id"`
	Configurations struct {
		IncludeRawEnergyReport bool `json:"include_raw_energy_report"`
		IncludeIDTag           bool `json:"include_id_tag"`
	} `json:"configurations"`
	User          string `json:"user"`
	Chargestation string `json:"chargestation"`
	Connector     string `json:"connector"`
	Status        string `json:"status"`
	Rate          string `json:"rate"`
	Target        struct {
		Time            float64   `json:"time"`
		Cost            float64   `json:"cost"`
		Energy          float64   `json:"energy"`
		EnergyStartTime time.Time `json:"energy_start_time"`
		EnergyStopTime  time.Time `json:"energy_stop_time"`
	} `json:"target"`
	Metrics struct {
		ChargingStart  time.Time `json:"chargingStart"`
		MeterStart     float64   `json:"meterStart"`
		Timezone       string    `json:"timezone"`
		EnergyPeriod   float64   `json:"energyPeriod"`
		EnergyConsumed float64   `json:"energyConsumed"`
	} `json:"metrics"`
	EnergyReport struct {
		Current       baseQuantity `json:"current"`
		Power         baseQuantity `json:"power"`
		EnergyMeter   baseQuantity `json:"energy_meter"`
		StateOfCharge baseQuantity `json:"state_of_charge"`
		Timestamp     time.Time    `json:"timestamp"`
	} `json:"energy_report"`
	ChargingActivity []struct {
		StartTime time.Time `json:"startTime"`
		EndTime   time.Time `json:"endTime"`
		Status    string    `json:"status"`
	} `json:"charging_activity"`
	Cost struct {
		Amount    float64 `json:"amount"`
		Currency  string  `json:"currency"`
		Breakdown []struct {
			Type   string `json:"type"`
			Period struct {
				StartTime time.Time  `json:"startTime"`
				EndTime   *time.Time `json:"endTime"`
			} `json:"period"`
			RateName  string  `json:"rateName"`
			Quantity  float64 `json:"quantity"`
			Unit      string  `json:"unit"`
			UnitPrice float64 `json:"unitPrice"`
			BeforeTax float64 `json:"beforeTax"`
			Tax       float64 `json:"tax"`
			TotalTax  float64 `json:"totalTax"`
			TotalCost float64 `json:"totalCost"`
		} `json:"breakdown"`
	} `json:"cost"`
	MetaData  json.RawMessage `json:"meta_data"`
	CreatedAt time.Time       `json:"createdAt"`
	UpdatedAt time.Time       `json:"updatedAt"`
}

type baseAction struct {
	ID            string          `json:"_id"`
	Type          string          `json:"type"`
	Status        string          `json:"status"`
	Chargestation string          `json:"chargestation"`
	Connector     string          `json:"connector"`
	Data          json.RawMessage `json:"data"`
	ResponseData  json.RawMessage `json:"response_data"`
	CreatedAt     time.Time       `json:"createdAt"`
	UpdatedAt     time.Time       `json:"updatedAt"`
}

type baseEnvelope[T any] struct {
	ID        string    `json:"_id"`
	Type      string    `json:"type"`
	Object    string    `json:"object"`
	Data      T         `json:"data"`
	CreatedAt time.Time `json:"createdAt"`
}

// BenchmarkParse compares Parse (json v2 over the typed structs, unknown
// members kept in Extra, numbers and times kept exact) with the baseline,
// encoding/json Unmarshal into a plain struct of the same fields, on the
// catalogue's session.updated (2.2 KiB) and an action event. Targets:
// evhooks time at most the baseline's, allocations at most the baseline's.
//
//	go test -run '^$' -bench 'BenchmarkParse$' -benchmem -count=5 ./edrv
func BenchmarkParse(b *testing.B) {
	cases := []struct {
		name, file string
		baseline   func([]byte) error
	}{
		{"session.updated", "session.updated", func(body []byte) error {
			var v baseEnvelope[baseSession]
			return json.Unmarshal(body, &v)
		}},
		{"action", "chargestation.get_composite_schedule.accepted", func(body []byte) error {
			var v baseEnvelope[baseAction]
			return json.Unmarshal(body, &v)
		}},
	}
	for _, c := range cases {
		body := edrvtest.Payload(c.file)
		if body == nil {
			b.Fatalf("no catalogue payload %s", c.file)
		}
		if err := c.baseline(body); err != nil {
			b.Fatalf("baseline cannot decode %s: %v", c.file, err)
		}
		b.Run(c.name+"/evhooks", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := edrv.Parse(body); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(c.name+"/baseline", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if err := c.baseline(body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// baselineVerify is the straightforward implementation a user would write:
// parse the header into a map, hex-decode, hmac.New per request.
func baselineVerify(secret []byte, header http.Header, body []byte) error {
	parts := map[string][]string{}
	for _, el := range strings.Split(header.Get("Edrv-Signature"), ",") {
		k, v, _ := strings.Cut(el, "=")
		parts[strings.TrimSpace(k)] = append(parts[strings.TrimSpace(k)], strings.TrimSpace(v))
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	sum := mac.Sum(nil)
	for _, s := range parts["v1"] {
		if sig, err := hex.DecodeString(s); err == nil && hmac.Equal(sig, sum) {
			return nil
		}
	}
	return errors.New("mismatch")
}

func BenchmarkVerify(b *testing.B) {
	for _, size := range []int{184, 2 << 10, 64 << 10} {
		body := make([]byte, size)
		copy(body, vecBody)
		now := time.UnixMilli(1717507818000)
		v, err := edrv.NewVerifier(vecSecret, verify.WithClock(func() time.Time { return now }))
		if err != nil {
			b.Fatal(err)
		}
		h := http.Header{}
		h.Set(edrv.SignatureHeader, "t=1717507818000,v0=00,v1="+wrongSig+","+v.Sign(now, body)[len("t=1717507818000,"):])
		name := fmt.Sprintf("%dB", size)
		b.Run(name+"/evhooks", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				if err := v.Verify(h, body); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/baseline", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(size))
			for b.Loop() {
				if err := baselineVerify([]byte(vecSecret), h, body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
