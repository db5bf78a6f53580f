package dispatch_test

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	svix "github.com/svix/svix-webhooks/go"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// BenchmarkRouter measures a delivery end to end: a signed request through
// the handler into a response recorder, for the three providers. Each
// evhooks/baseline pair serves the same request; the baseline is what one
// would write by hand: read the body, verify (svix's Webhook.Verify for
// Volteras; a plain HMAC-SHA256 check for eDRV and Smartcar), json.Unmarshal
// into a plain struct, answer 200. Both Volteras handlers sit behind the same
// ServeMux route, POST /webhooks/volteras/{event}, which gives the type.
func BenchmarkRouter(b *testing.B) {
	b.Run("volteras_telemetry_1KiB", benchVolteras)
	b.Run("edrv_session", benchEDRV)
	b.Run("smartcar_vehicle_state", benchSmartcar)
}

// Sinks keep the handlers' reads alive.
var (
	sinkString string
	sinkInt    int
)

// rewindBody lets one request be served many times.
type rewindBody struct{ bytes.Reader }

func (*rewindBody) Close() error { return nil }

// serve serves req with h once, with its body rewound, and fails b unless
// the answer is 200.
func serve(b *testing.B, h http.Handler, req *http.Request, rb *rewindBody, body []byte) {
	rb.Reset(body)
	req.Body = rb
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
}

// runPair runs the evhooks and baseline sub-benchmarks of one case on
// requests from newReq, and a "paired" one that serves the same request
// with each in turn and reports their mean times and the ratio
// baseline/evhooks ("speedup"): on a busy machine, load that drifts between
// the separate sub-benchmarks cancels out in the pairs. check, when not nil,
// runs after each sub-benchmark to confirm the handlers decoded the event.
func runPair(b *testing.B, evh, base http.Handler, newReq func() *http.Request, body []byte, check func() error) {
	loop := func(h http.Handler) func(b *testing.B) {
		return func(b *testing.B) {
			req, rb := newReq(), &rewindBody{}
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			b.ResetTimer()
			for range b.N {
				serve(b, h, req, rb, body)
			}
			b.StopTimer()
			if check != nil {
				if err := check(); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("evhooks", loop(evh))
	b.Run("baseline", loop(base))
	b.Run("paired", func(b *testing.B) {
		reqE, reqB, rb := newReq(), newReq(), &rewindBody{}
		var tE, tB time.Duration
		b.ResetTimer()
		for range b.N {
			t0 := time.Now()
			serve(b, evh, reqE, rb, body)
			t1 := time.Now()
			serve(b, base, reqB, rb, body)
			tE, tB = tE+t1.Sub(t0), tB+time.Since(t1)
		}
		b.ReportMetric(float64(tE.Nanoseconds())/float64(b.N), "evhooks-ns/op")
		b.ReportMetric(float64(tB.Nanoseconds())/float64(b.N), "baseline-ns/op")
		b.ReportMetric(float64(tB)/float64(tE), "speedup")
	})
}

// baselineRead is the body read of the hand-written handlers.
func baselineRead(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, dispatch.DefaultMaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			http.Error(w, "request entity too large", http.StatusRequestEntityTooLarge)
		} else {
			http.Error(w, "bad request", http.StatusBadRequest)
		}
		return nil, false
	}
	return body, true
}

// volterasTelemetry1KiB returns an OTHER_CHARGING_DATA telemetry of about
// 1 KiB: the documented keys, then vendor keys.
func volterasTelemetry1KiB() []byte {
	entries := []string{
		`{"key":"maxStateOfCharge","unit":"percent","value":90.0}`,
		`{"key":"minStateOfCharge","unit":"percent","value":20.0}`,
		`{"key":"chargeRemainingTime","unit":"minutes","value":45}`,
		`{"key":"chargePowerLevel","unit":"kw","value":11.0}`,
		`{"key":"chargeCurrentLimit","unit":"amps","value":32.0}`,
		`{"key":"chargePortDoorOpen","unit":"boolean","value":false}`,
		`{"key":"chargePortLatch","value":"ENGAGED"}`,
	}
	var b strings.Builder
	b.WriteString(`{"metricType":"OTHER_CHARGING_DATA","vehicle":{"id":"hpqv5p-b4q33-h283d-h9v1j-51p5e","vin":"WBYF2AW010FN82684"},"timestamp":"2024-01-15T10:30:00Z","data":[`)
	b.WriteString(strings.Join(entries, ","))
	for i := 0; b.Len() < 1000; i++ {
		fmt.Fprintf(&b, `,{"key":"vendorValue%d","unit":"kw","value":%d.5}`, i, i)
	}
	b.WriteString(`]}`)
	return []byte(b.String())
}

type baseVolterasTelemetry struct {
	MetricType string `json:"metricType"`
	Vehicle    struct {
		ID  string `json:"id"`
		VIN string `json:"vin"`
	} `json:"vehicle"`
	Timestamp time.Time `json:"timestamp"`
	Data      []struct {
		Key   string          `json:"key"`
		Unit  string          `json:"unit"`
		Value json.RawMessage `json:"value"`
	} `json:"data"`
}

func benchVolteras(b *testing.B) {
	body := volterasTelemetry1KiB()
	secret := volterastest.NewSecret()
	newReq := func() *http.Request { return volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body) }

	var evh, base http.Handler
	{
		src, err := volteras.NewSource(secret)
		if err != nil {
			b.Fatal(err)
		}
		r := dispatch.New(src)
		dispatch.Handle(r, volteras.EventDeviceTelemetry, func(_ context.Context, ev *volteras.Telemetry) error {
			sinkString = ev.Vehicle.Value.VIN.Value
			if m, ok := ev.Metric.(*volteras.OtherChargingData); ok {
				sinkInt = len(m.Data.Value)
			}
			return nil
		})
		mux := http.NewServeMux()
		mux.Handle("/webhooks/volteras/{event}", r)
		evh = mux
	}
	{
		wh, err := svix.NewWebhook(secret)
		if err != nil {
			b.Fatal(err)
		}
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, ok := baselineRead(w, r)
			if !ok {
				return
			}
			if err := wh.Verify(body, r.Header); err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			if r.PathValue("event") != volteras.EventDeviceTelemetry {
				w.WriteHeader(http.StatusOK)
				return
			}
			var ev baseVolterasTelemetry
			if err := json.Unmarshal(body, &ev); err != nil {
				http.Error(w, "bad request", http.StatusBadRequest)
				return
			}
			sinkString = ev.Vehicle.VIN
			sinkInt = len(ev.Data)
			w.WriteHeader(http.StatusOK)
		})
		mux := http.NewServeMux()
		mux.Handle("/webhooks/volteras/{event}", h)
		base = mux
	}
	runPair(b, evh, base, newReq, body, func() error {
		if sinkInt < 10 {
			return fmt.Errorf("decoded %d entries", sinkInt)
		}
		return nil
	})
}

type baseEDRVSession struct {
	ID     string `json:"_id"`
	Type   string `json:"type"`
	Object string `json:"object"`
	Data   struct {
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
			Current       baseEDRVReading `json:"current"`
			Power         baseEDRVReading `json:"power"`
			EnergyMeter   baseEDRVReading `json:"energy_meter"`
			StateOfCharge struct {
				Unit  string `json:"unit"`
				Value string `json:"value"`
			} `json:"state_of_charge"`
			Timestamp time.Time `json:"timestamp"`
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
					StartTime *time.Time `json:"startTime"`
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
		MetaData  map[string]string `json:"meta_data"`
		CreatedAt time.Time         `json:"createdAt"`
		UpdatedAt time.Time         `json:"updatedAt"`
	} `json:"data"`
	CreatedAt time.Time `json:"createdAt"`
}

type baseEDRVReading struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// baselineEDRVVerify checks "t=<ms>,v1=<hex>" over the raw body, as a hand
// written handler would.
func baselineEDRVVerify(secret []byte, header string, body []byte) bool {
	var ts, sig string
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sig = v
		}
	}
	ms, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || time.Since(time.UnixMilli(ms)).Abs() > 5*time.Minute {
		return false
	}
	want, err := hex.DecodeString(sig)
	if err != nil {
		return false
	}
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return hmac.Equal(m.Sum(nil), want)
}

func benchEDRV(b *testing.B) {
	body := payload(b, edrvtest.Payload, edrv.SessionUpdated)
	var evh, base http.Handler
	{
		src, err := edrv.NewSource(edrvSecret)
		if err != nil {
			b.Fatal(err)
		}
		r := dispatch.New(src)
		dispatch.Handle(r, "session.*", func(_ context.Context, ev *edrv.SessionEvent) error {
			sinkString = ev.Data.Chargestation.Value
			return nil
		})
		evh = r
	}
	{
		secret := []byte(edrvSecret)
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, ok := baselineRead(w, r)
			if !ok {
				return
			}
			if !baselineEDRVVerify(secret, r.Header.Get(edrv.SignatureHeader), body) {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			var ev baseEDRVSession
			if err := json.Unmarshal(body, &ev); err != nil {
				http.Error(w, "bad request", http.StatusBadRequest)
				return
			}
			sinkString = ev.Data.Chargestation
			w.WriteHeader(http.StatusOK)
		})
		base = h
	}
	runPair(b, evh, base, func() *http.Request { return edrvtest.NewRequest(edrvSecret, body) }, body, nil)
}

type baseSmartcarState struct {
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
			Status struct {
				Value string `json:"value"`
				Error *struct {
					Code string `json:"code"`
					Type string `json:"type"`
				} `json:"error"`
			} `json:"status"`
			Meta struct {
				RetrievedAt  int64 `json:"retrievedAt"`
				OEMUpdatedAt int64 `json:"oemUpdatedAt"`
			} `json:"meta"`
		} `json:"signals"`
	} `json:"data"`
	Triggers []struct {
		Type   string `json:"type"`
		Signal struct {
			Name  string `json:"name"`
			Group string `json:"group"`
			Code  string `json:"code"`
		} `json:"signal"`
	} `json:"triggers"`
	Meta struct {
		Version     string `json:"version"`
		DeliveryID  string `json:"deliveryId"`
		DeliveredAt int64  `json:"deliveredAt"`
		WebhookID   string `json:"webhookId"`
		WebhookName string `json:"webhookName"`
		SignalCount int    `json:"signalCount"`
		Mode        string `json:"mode"`
	} `json:"meta"`
}

func benchSmartcar(b *testing.B) {
	body := payload(b, smartcartest.Payload, smartcar.EventVehicleState)
	var evh, base http.Handler
	{
		src, err := smartcar.NewSource(smartcarToken)
		if err != nil {
			b.Fatal(err)
		}
		r := dispatch.New(src)
		dispatch.Handle(r, smartcar.EventVehicleState, func(_ context.Context, ev *smartcar.VehicleState) error {
			sinkString = ev.ID()
			return nil
		})
		evh = r
	}
	{
		token := []byte(smartcarToken)
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, ok := baselineRead(w, r)
			if !ok {
				return
			}
			want, err := hex.DecodeString(r.Header.Get(smartcar.SignatureHeader))
			m := hmac.New(sha256.New, token)
			m.Write(body)
			if err != nil || !hmac.Equal(m.Sum(nil), want) {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			var ev baseSmartcarState
			if err := json.Unmarshal(body, &ev); err != nil {
				http.Error(w, "bad request", http.StatusBadRequest)
				return
			}
			sinkString = ev.EventID
			w.WriteHeader(http.StatusOK)
		})
		base = h
	}
	runPair(b, evh, base, func() *http.Request { return smartcartest.NewRequest(smartcarToken, body) }, body, nil)
}
