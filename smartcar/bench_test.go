package smartcar_test

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	jsonv1 "encoding/json"
	"net/http"
	"testing"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
)

// The baseline of BenchmarkParse is what peer libraries and hand-written
// receivers do: encoding/json (v1) Unmarshal into plain structs with the
// same members, optional members as pointers, and then, to decode as much as
// Parse does, every signal body whose code has a typed body in this package
// Unmarshalled into a plain struct of that shape. It keeps no unknown
// members, no null/absent distinction and no exact number text: it does
// less than Parse.

type (
	bUser struct {
		ID         string  `json:"id"`
		ExternalID *string `json:"externalId"`
	}
	bVehicle struct {
		ID             string  `json:"id"`
		Make           string  `json:"make"`
		Model          string  `json:"model"`
		Year           int     `json:"year"`
		VIN            *string `json:"vin"`
		Mode           *string `json:"mode"`
		PowertrainType *string `json:"powertrainType"`
	}
	bMeta struct {
		Version     string `json:"version"`
		WebhookID   string `json:"webhookId"`
		WebhookName string `json:"webhookName"`
		DeliveryID  string `json:"deliveryId"`
		DeliveredAt int64  `json:"deliveredAt"`
		SignalCount int    `json:"signalCount"`
		Mode        string `json:"mode"`
	}
	bRef struct {
		Code  string `json:"code"`
		Name  string `json:"name"`
		Group string `json:"group"`
	}
	bTrigger struct {
		Type   string `json:"type"`
		Signal *bRef  `json:"signal"`
	}
	bSignal struct {
		Code   string            `json:"code"`
		Name   string            `json:"name"`
		Group  string            `json:"group"`
		Body   jsonv1.RawMessage `json:"body"`
		Status *bStatus          `json:"status"`
		Meta   *bSignalMeta      `json:"meta"`
		Typed  any               `json:"-"`
	}
	bStatus struct {
		Value string `json:"value"`
		Error *struct {
			Type string  `json:"type"`
			Code *string `json:"code"`
		} `json:"error"`
	}
	bSignalMeta struct {
		OEMUpdatedAt int64 `json:"oemUpdatedAt"`
		RetrievedAt  int64 `json:"retrievedAt"`
		FetchedAt    int64 `json:"fetchedAt"`
	}
	plainState struct {
		EventID   string `json:"eventId"`
		EventType string `json:"eventType"`
		VehicleID string `json:"vehicleId"`
		Data      struct {
			User     bUser      `json:"user"`
			Vehicle  bVehicle   `json:"vehicle"`
			Signals  []bSignal  `json:"signals"`
			Triggers []bTrigger `json:"triggers"`
			Meta     *bMeta     `json:"meta"`
		} `json:"data"`
		Triggers []bTrigger `json:"triggers"`
		Meta     *bMeta     `json:"meta"`
	}
	plainError struct {
		EventID   string `json:"eventId"`
		EventType string `json:"eventType"`
		VehicleID string `json:"vehicleId"`
		Data      struct {
			User    bUser    `json:"user"`
			Vehicle bVehicle `json:"vehicle"`
			Errors  []struct {
				Type                 string  `json:"type"`
				Code                 *string `json:"code"`
				State                string  `json:"state"`
				Description          string  `json:"description"`
				SuggestedUserMessage string  `json:"suggestedUserMessage"`
				DocURL               string  `json:"docURL"`
				Resolution           *struct {
					Type *string `json:"type"`
				} `json:"resolution"`
				Signals []bRef `json:"signals"`
			} `json:"errors"`
		} `json:"data"`
		Meta *bMeta `json:"meta"`
	}
	plainEventBased struct {
		Version   string `json:"version"`
		WebhookID string `json:"webhookId"`
		EventName string `json:"eventName"`
		Mode      string `json:"mode"`
		Payload   struct {
			EventID   string `json:"eventId"`
			VehicleID string `json:"vehicleId"`
			EventType string `json:"eventType"`
			EventTime string `json:"eventTime"`
		} `json:"payload"`
	}

	bQuantity struct {
		Unit  *string  `json:"unit"`
		Value *float64 `json:"value"`
	}
	bPercent struct {
		Unit       *string  `json:"unit"`
		Value      *float64 `json:"value"`
		Percentage *float64 `json:"percentage"`
	}
	bFlag struct {
		Value *bool `json:"value"`
	}
	bText struct {
		Value *string `json:"value"`
	}
	bLocation struct {
		Latitude     *float64 `json:"latitude"`
		Longitude    *float64 `json:"longitude"`
		Heading      *float64 `json:"heading"`
		Direction    *string  `json:"direction"`
		LocationType *string  `json:"locationType"`
	}
	bChargeLimits struct {
		Values []struct {
			Type      *string  `json:"type"`
			Limit     *float64 `json:"limit"`
			Condition *struct {
				Name          *string  `json:"name"`
				Address       *string  `json:"address"`
				ConnectorType *string  `json:"connectorType"`
				Latitude      *float64 `json:"latitude"`
				Longitude     *float64 `json:"longitude"`
			} `json:"condition"`
		} `json:"values"`
		ActiveLimit *float64 `json:"activeLimit"`
		Unit        *string  `json:"unit"`
	}
	bDoors struct {
		Values []struct {
			Row      *int  `json:"row"`
			Column   *int  `json:"column"`
			IsOpen   *bool `json:"isOpen"`
			IsLocked *bool `json:"isLocked"`
		} `json:"values"`
		RowCount    *int `json:"rowCount"`
		ColumnCount *int `json:"columnCount"`
	}
	bClosure struct {
		IsOpen   *bool `json:"isOpen"`
		IsLocked *bool `json:"isLocked"`
	}
	bNominalCapacity struct {
		Source              *string  `json:"source"`
		Capacity            *float64 `json:"capacity"`
		AvailableCapacities []struct {
			Capacity    *float64 `json:"capacity"`
			Description *string  `json:"description"`
		} `json:"availableCapacities"`
		Unit *string `json:"unit"`
	}
	bRange struct {
		Value            *float64 `json:"value"`
		Unit             *string  `json:"unit"`
		Type             *string  `json:"type"`
		AdditionalValues []struct {
			Type  *string  `json:"type"`
			Value *float64 `json:"value"`
		} `json:"additionalValues"`
	}
	bTires struct {
		Values []struct {
			Row          *int     `json:"row"`
			Column       *int     `json:"column"`
			TirePressure *float64 `json:"tirePressure"`
		} `json:"values"`
		RowCount    *int    `json:"rowCount"`
		ColumnCount *int    `json:"columnCount"`
		Unit        *string `json:"unit"`
	}
)

// baselineRegistry maps the signal codes of the benchmark payloads to the
// baseline body type of the same shape as the package's registry gives;
// built before timing.
func baselineRegistry(tb testing.TB, bodies ...[]byte) map[string]func() any {
	tb.Helper()
	reg := map[string]func() any{}
	for _, body := range bodies {
		var v plainState
		if err := jsonv1.Unmarshal(body, &v); err != nil {
			tb.Fatal(err)
		}
		for _, s := range v.Data.Signals {
			var f func() any
			switch smartcar.NewBody(smartcar.SignalCode(s.Code)).(type) {
			case *smartcar.Quantity:
				f = func() any { return new(bQuantity) }
			case *smartcar.Percent:
				f = func() any { return new(bPercent) }
			case *smartcar.Flag:
				f = func() any { return new(bFlag) }
			case *smartcar.Text:
				f = func() any { return new(bText) }
			case *smartcar.Location:
				f = func() any { return new(bLocation) }
			case *smartcar.ChargeLimits:
				f = func() any { return new(bChargeLimits) }
			case *smartcar.Doors, *smartcar.Windows:
				f = func() any { return new(bDoors) }
			case *smartcar.Closure:
				f = func() any { return new(bClosure) }
			case *smartcar.NominalCapacity:
				f = func() any { return new(bNominalCapacity) }
			case *smartcar.Range:
				f = func() any { return new(bRange) }
			case *smartcar.Tires:
				f = func() any { return new(bTires) }
			case nil:
				continue
			default:
				tb.Fatalf("no baseline body type for %s", s.Code)
			}
			reg[s.Code] = f
		}
	}
	return reg
}

// BenchmarkParse compares Parse (json v2 over the typed structs, every
// typed signal body decoded, unknown members kept) with the baseline
// described above, in the same run. Cases: a 30-signal live-style
// VEHICLE_STATE, the v4.0 documented example, a v2.0 eventBased and a
// VEHICLE_ERROR.
//
//	go test -run '^$' -bench 'BenchmarkParse$' -benchmem -count=5 ./smartcar
//
// Medians on the 2-core development machine:
//
//	case              evhooks ns/op  allocs   baseline ns/op  allocs
//	vehicle_state_30         96086      67           178506     568
//	vehicle_state_v4         12875      13            25207      70
//	v2_event_based            2461       5             4079      15
//	vehicle_error             8040      16            15604      42
func BenchmarkParse(b *testing.B) {
	state30 := readGolden(b, "vehicle_state_30_signals.json")
	stateV4 := smartcartest.Payload("VEHICLE_STATE")
	reg := baselineRegistry(b, state30, stateV4)
	cases := []struct {
		name     string
		body     []byte
		check    func(smartcar.Event) bool
		baseline func([]byte) bool
	}{
		{"vehicle_state_30", state30, typedSignals(30), baselineState(reg, 30)},
		{"vehicle_state_v4", stateV4, typedSignals(2), baselineState(reg, 2)},
		{"v2_event_based", smartcartest.Payload("eventBased"),
			func(ev smartcar.Event) bool { return ev.ID() != "" },
			func(body []byte) bool {
				var v plainEventBased
				return jsonv1.Unmarshal(body, &v) == nil && v.Payload.EventID != ""
			}},
		{"vehicle_error", smartcartest.Payload("VEHICLE_ERROR"),
			func(ev smartcar.Event) bool { return len(ev.(*smartcar.VehicleError).Errors()) == 1 },
			func(body []byte) bool {
				var v plainError
				return jsonv1.Unmarshal(body, &v) == nil && len(v.Data.Errors) == 1
			}},
	}
	for _, c := range cases {
		b.Run(c.name+"/evhooks", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.body)))
			for b.Loop() {
				ev, err := smartcar.Parse(c.body)
				if err != nil || !c.check(ev) {
					b.Fatal("not decoded", err)
				}
			}
		})
		b.Run(c.name+"/baseline", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.body)))
			for b.Loop() {
				if !c.baseline(c.body) {
					b.Fatal("not decoded")
				}
			}
		})
	}
}

// typedSignals checks that a VEHICLE_STATE has n typed signal bodies.
func typedSignals(n int) func(smartcar.Event) bool {
	return func(ev smartcar.Event) bool {
		typed := 0
		for _, s := range ev.(*smartcar.VehicleState).Signals() {
			if s.Body.Value != nil {
				typed++
			}
		}
		return typed == n
	}
}

// baselineState decodes a VEHICLE_STATE the baseline way and checks that n
// bodies were typed.
func baselineState(reg map[string]func() any, n int) func([]byte) bool {
	return func(body []byte) bool {
		var v plainState
		if jsonv1.Unmarshal(body, &v) != nil {
			return false
		}
		typed := 0
		for i := range v.Data.Signals {
			s := &v.Data.Signals[i]
			if f := reg[s.Code]; f != nil && len(s.Body) > 0 {
				t := f()
				if jsonv1.Unmarshal(s.Body, t) == nil {
					s.Typed = t
					typed++
				}
			}
		}
		return typed == n
	}
}

// BenchmarkVerifySignature compares the SC-Signature checks with a bare
// HMAC-SHA256 of the same body.
//
//	go test -run '^$' -bench 'BenchmarkVerifySignature$' -benchmem -count=5 ./smartcar
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
			v, err := smartcar.NewVerifier(token)
			if err != nil {
				b.Fatal(err)
			}
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
