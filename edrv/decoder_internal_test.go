package edrv

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// goldenBodies returns the goldens by file name.
func goldenBodies(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob("../testdata/edrv/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no goldens: %v", err)
	}
	bodies := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		bodies[filepath.Base(f)] = b
	}
	return bodies
}

// The hand-written decoder must serve every session, action and
// chargestation golden, and give exactly what the general path gives.
func TestScanDecoderServesGoldens(t *testing.T) {
	for name, body := range goldenBodies(t) {
		t.Run(name, func(t *testing.T) {
			want, wantErr := parseSlow(body)
			got := parseScan(body)
			k := kindUnknown
			if want != nil {
				k = catalogue[want.EventType()].kind
			}
			served := k == kindSession || k == kindAction || k == kindChargestation
			if served && !strings.Contains(name, "data-string") {
				if wantErr != nil {
					t.Fatalf("general path: %v", wantErr)
				}
				if got == nil {
					t.Fatal("the hand-written decoder gave up")
				}
			}
			if got != nil && !reflect.DeepEqual(got, want) {
				t.Errorf("decoders differ:\n%#v\n%#v", got, want)
			}
		})
	}
}

// scanSeeds are bodies that take the hand-written decoder through its
// less common branches; they seed the fuzz targets and are checked by
// TestScanDecoderVariants.
var scanSeeds = []string{
	// raw_energy_report: measurands, timestamps, other members, empty and null.
	`{"_id":"e","type":"session.updated","data":{"_id":"s","raw_energy_report":{"timestamp":"2023-05-17T11:56:03.891Z","server_timestamp":1684324563891,"current":[{"value":"16.0","unit":"A","phase":"L1"},{"value":16.1,"unit":"A","phase":"L2","timestamp":"2023-05-17T11:56:03Z"},null],"voltage":[],"note":"x","power":{"value":1}}}}`,
	`{"_id":"e","type":"session.updated","data":{"raw_energy_report":{"current":[{"unit":5}]}}}`,
	`{"_id":"e","type":"session.updated","data":{"raw_energy_report":{"current":[1]}}}`,
	`{"_id":"e","type":"session.updated","data":{"raw_energy_report":{"a":null,"a":[]}}}`,
	`{"_id":"e","type":"session.updated","data":{"raw_energy_report":null,"target":null,"metrics":null,"cost":null,"energy_report":null,"charging_activity":null}}`,
	`{"_id":"e","type":"session.updated","data":{"raw_energy_report":{}}}`,
	// cost: both keys, legacy key only, null and empty breakdowns, odd currency.
	`{"_id":"e","type":"session.ended","data":{"cost":{"amount":"1.50","currency":null,"cost_breakdown":[{"type":"FLAT","period":null,"rateName":"","unit":""},null]}}}`,
	`{"_id":"e","type":"session.ended","data":{"cost":{"breakdown":[],"cost_breakdown":[{}]}}}`,
	`{"_id":"e","type":"session.ended","data":{"cost":{"breakdown":null,"cost_breakdown":[{"period":{"startTime":null}}]}}}`,
	`{"_id":"e","type":"session.ended","data":{"cost":{"currency":"\u00e9ur","Amount":1}}}`,
	`{"_id":"e","type":"session.ended","data":{"cost":{"currency":5}}}`,
	`{"_id":"e","type":"session.ended","data":{"cost":"x"}}`,
	`{"_id":"e","type":"session.ended","data":{"cost":{"breakdown":[{"period":{"startTime":"2023-05-17T11:52:02Z"}},{"period":{}},{}]}}}`,
	// quantities: null and unknown units, odd values, escapes.
	`{"_id":"e","type":"session.updated","data":{"energy_report":{"current":{"value":null,"unit":null},"power":{"unit":"MW"},"energy_meter":{},"state_of_charge":null,"timestamp":1684324563891}}}`,
	`{"_id":"e","type":"session.updated","data":{"energy_report":{"current":{"value":"1e400","unit":"\u0041"},"power":{"value":true,"unit":5}}}}`,
	`{"_id":"e","type":"session.updated","data":{"energy_report":{"current":{"Value":1}}}}`,
	`{"_id":"e","type":"session.updated","data":{"energy_report":{"current":[1]}}}`,
	// scalars in every documented and undocumented form.
	`{"_id":"e","type":"session.updated","data":{"target":{"time":"175","cost":"","energy":"NaN","energy_start_time":"2023-08-16T13:30.00.00Z","energy_stop_time":"1684324563"},"metrics":{"meterStart":-0.5e3,"energyPeriod":[1],"energyConsumed":{"a":1},"chargingStart":"2023-05-17T11:52:03+02:00","chargingStop":"","timezone":null,"chargingState":"Charging","chargingStopReason":"EVDisconnected"}}}`,
	`{"_id":"e","type":"session.updated","data":{"configurations":{"include_raw_energy_report":"true","include_id_tag":"TRUE","include_artificial_status_notification_for_201":""},"planned_cutoff_energy":"1\u0030","planned_cutoff_time":"x","planned_cutoff_cost":1,"reservation":"r"}}`,
	`{"_id":"e","type":"session.updated","data":{"rate":{"_id":"r","currency":"usd","price_components":[{"type":"ENERGY","price":0.3,"tax":"0","step_size":1,"grace_period":null},null],"minimum_amount":"1","active":"true","createdAt":null,"updatedAt":1684324563891}}}`,
	`{"_id":"e","type":"session.updated","data":{"rate":null,"status":"started","meta_data":null,"raw_transction_event":{"eventType":"Ended"},"raw_transaction_event":[1]}}`,
	`{"_id":"e","type":"session.updated","data":{"rate":5}}`,
	`{"_id":"e","type":"session.updated","data":{"rate":"a\"b","user":"\u00e9","connector":"\ud800","chargestation":"caf\u00e9"}}`,
	"{\"_id\":\"e\",\"type\":\"session.updated\",\"data\":{\"user\":\"\xff\",\"status\":\"\xc3\xa9\"}}",
	// member names: case-folded, repeated, escaped, unknown.
	`{"_id":"e","type":"session.updated","data":{"Status":"x"}}`,
	`{"_id":"e","type":"session.updated","data":{"status":"x","status":"y"}}`,
	`{"_id":"e","type":"session.updated","data":{"st\u0061tus":"x"}}`,
	`{"_id":"e","type":"session.updated","data":{"unknown":{"deep":[1,{"x":null}]},"_id":"s"}}`,
	"{\"_id\":\"e\",\"type\":\"session.updated\",\"data\":{\"\xc5\xbftatus\":\"x\"}}",
	`{"_id":"e","type":"session.updated","data":{"charging_activity":[{"startTime":"2023-05-17T11:52:03.762Z","status":"Charging"},null,{}]}}`,
	`{"_id":"e","type":"session.updated","data":{"charging_activity":[1]}}`,
	`{"_id":"e","type":"session.updated","data":{"charging_activity":{}}}`,
	// envelope: data first, repeated members, null members, trailing text.
	`{"data":{"_id":"s"},"type":"session.updated","_id":"e","object":"session","createdAt":"2023-05-17T11:56:04.031Z","collection":"x"}`,
	`{"_id":"e","type":"session.updated","data":{"_id":"s"}} x`,
	`{"_id":"e","type":"session.updated","data":{"_id":"s"},"_id":"f"}`,
	`{"_id":null,"type":"session.updated","object":null,"data":{}}`,
	`{"_id":"e","Type":"session.updated","data":{}}`,
	// actions.
	`{"_id":"e","type":"chargestation.trigger_message.requested","object":"action","data":{"_id":"a","type":"chargestation.trigger_message","status":"requested","chargestation":"c","connector":null,"data":{"type":"Soft"},"response_data":{},"createdAt":"2024-06-04T13:30:18.000Z","updatedAt":null}}`,
	`{"_id":"e","type":"chargestation.trigger_message.requested","data":{"data":"x","status":1}}`,
	// chargestations: connectors with embedded rates, coordinates in every shape.
	`{"_id":"e","type":"chargestation.online","data":{"_id":"c","coordinates":[55.27, 25.2],"bootInfo":{"chargePointVendor":"v","iccid":null},"security":{"type":"none"},"connectors":[{"_id":"k","rate":{"_id":"r","price_components":[]},"evseId":1,"raw_message":{"a":1},"power":"22","active":"false","status":"Available","format":"Socket","power_type":"AC_3_PHASE","type":"Type2"}],"online":true,"public":null}}`,
	`{"_id":"e","type":"chargestation.online","data":{"coordinates":{"latitude":1,"longitude":2}}}`,
	`{"_id":"e","type":"chargestation.online","data":{"coordinates":[1,2,3]}}`,
	`{"_id":"e","type":"chargestation.online","data":{"coordinates":[1e400,2]}}`,
	`{"_id":"e","type":"chargestation.online","data":{"coordinates":[1,"2"]}}`,
	`{"_id":"e","type":"chargestation.online","data":{"coordinates":null,"bootInfo":null,"security":null,"connectors":null}}`,
	`{"_id":"e","type":"chargestation.online","data":{"coordinates":"x","connectors":[{"rate":"r"},{"rate":null},null]}}`,
	`{"_id":"e","type":"chargestation.online","data":{"bootInfo":{"ChargePointVendor":"v"}}}`,
	`{"_id":"e","type":"chargestation.online","data":{"security":{"type":1}}}`,
}

func TestScanDecoderVariants(t *testing.T) {
	served := 0
	for _, body := range scanSeeds {
		t.Run(body, func(t *testing.T) {
			checkFastPaths(t, []byte(body))
			if parseScan([]byte(body)) != nil {
				served++
			}
		})
	}
	t.Logf("the hand-written decoder served %d of %d bodies", served, len(scanSeeds))
	if served < len(scanSeeds)/2 {
		t.Errorf("the hand-written decoder served only %d of %d bodies", served, len(scanSeeds))
	}
}

// objectStarts returns the offsets just after each '{' outside strings.
func objectStarts(b []byte) []int {
	var at []int
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			end, _ := scanString(b, i)
			if end < 0 {
				return at
			}
			i = end - 1
		case '{':
			at = append(at, i+1)
		}
	}
	return at
}

// FuzzScanMember inserts a member into an object of a golden or seed body
// and checks that every decoding path agrees with the general path: it
// reaches the hand-written decoder's member handling with far more valid
// JSON than byte mutations would.
func FuzzScanMember(f *testing.F) {
	bodies := [][]byte{}
	for _, b := range goldenBodies(f) {
		bodies = append(bodies, b)
	}
	for _, s := range scanSeeds {
		bodies = append(bodies, []byte(s))
	}
	values := []string{`null`, `""`, `"x"`, `"1.5"`, `1e400`, `-0`, `true`, `[]`, `{}`, `[null]`, `[{}]`,
		`"\u00e9"`, `[1,2]`, `{"a":[1,{"b":null}]}`, `"2023-05-17T11:52:03.762Z"`, `1684324563891`, `{"value":1,"unit":null}`}
	keys := []string{"value", "unit", "endTime", "period", "rate", "breakdown", "cost_breakdown", "Status",
		"raw_energy_report", "timestamp", "coordinates", "connectors", "_id", "type", "data", "x", "Unit", "AMOUNT"}
	for i, k := range keys {
		f.Add(uint8(i), uint16(i*7), k, values[i%len(values)])
	}
	f.Fuzz(func(t *testing.T, which uint8, at uint16, key, value string) {
		body := bodies[int(which)%len(bodies)]
		starts := objectStarts(body)
		if len(starts) == 0 {
			return
		}
		pos := starts[int(at)%len(starts)]
		k, _ := json.Marshal(key)
		var b []byte
		b = append(b, body[:pos]...)
		b = append(b, k...)
		b = append(b, ':')
		b = append(b, value...)
		if rest := bytes.TrimLeft(body[pos:], " \t\r\n"); len(rest) > 0 && rest[0] != '}' {
			b = append(b, ',')
		}
		b = append(b, body[pos:]...)
		checkFastPaths(t, b)
	})
}

// nulls returns an object with every JSON member of T set to null.
func nulls[T any]() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, n := range fieldNames[T]() {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:null", n)
	}
	b.WriteByte('}')
	return b.String()
}

// The hand-written decoder must know every field of the types it decodes:
// a field added to a type without teaching the decoder makes it give up
// (correct, but slow), and this test fail.
func TestScanDecoderKnowsEveryField(t *testing.T) {
	bodies := map[string]string{
		"Session":               `{"type":"session.updated","data":` + nulls[Session]() + `}`,
		"SessionConfigurations": `{"type":"session.updated","data":{"configurations":` + nulls[SessionConfigurations]() + `}}`,
		"Target":                `{"type":"session.updated","data":{"target":` + nulls[Target]() + `}}`,
		"Metrics":               `{"type":"session.updated","data":{"metrics":` + nulls[Metrics]() + `}}`,
		"EnergyReport":          `{"type":"session.updated","data":{"energy_report":` + nulls[EnergyReport]() + `}}`,
		"Quantity":              `{"type":"session.updated","data":{"energy_report":{"current":{"value":null,"unit":null}}}}`,
		"ChargingActivity":      `{"type":"session.updated","data":{"charging_activity":[` + nulls[ChargingActivity]() + `]}}`,
		"Cost":                  `{"type":"session.updated","data":{"cost":{"amount":null,"currency":null,"breakdown":null,"cost_breakdown":null}}}`,
		"CostItem":              `{"type":"session.updated","data":{"cost":{"breakdown":[` + nulls[CostItem]() + `]}}}`,
		"Period":                `{"type":"session.updated","data":{"cost":{"breakdown":[{"period":` + nulls[Period]() + `}]}}}`,
		"SampledValue":          `{"type":"session.updated","data":{"raw_energy_report":{"current":[` + nulls[SampledValue]() + `]}}}`,
		"Rate":                  `{"type":"session.updated","data":{"rate":` + nulls[Rate]() + `}}`,
		"PriceComponent":        `{"type":"session.updated","data":{"rate":{"price_components":[` + nulls[PriceComponent]() + `]}}}`,
		"Chargestation":         `{"type":"chargestation.online","data":` + nulls[Chargestation]() + `}`,
		"BootInfo":              `{"type":"chargestation.online","data":{"bootInfo":` + nulls[BootInfo]() + `}}`,
		"Security":              `{"type":"chargestation.online","data":{"security":` + nulls[Security]() + `}}`,
		"Connector":             `{"type":"chargestation.online","data":{"connectors":[` + nulls[Connector]() + `]}}`,
		"Action":                `{"type":"session.set_power_limit.requested","data":` + nulls[Action]() + `}`,
	}
	for name, body := range bodies {
		t.Run(name, func(t *testing.T) {
			if parseScan([]byte(body)) == nil {
				t.Fatalf("the hand-written decoder gave up on %s", body)
			}
			checkFastPaths(t, []byte(body))
		})
	}
}

// BenchmarkParsePaths compares, on the goldens the hand-written decoder
// serves, the hand-written decoder with the encoding/json one-pass decoder
// and the general path it falls back to.
func BenchmarkParsePaths(b *testing.B) {
	for _, name := range []string{"session.updated.json", "session.updated.ocpp201.json",
		"chargestation.connector_status.updated.json", "chargestation.get_composite_schedule.accepted.json"} {
		body := goldenBodies(b)[name]
		h, _ := scanEnvelope(body)
		k := catalogue[EventType(h.typ)].kind
		paths := []struct {
			name  string
			parse func() Event
		}{
			{"scan", func() Event { return parseScan(body) }},
			{"json", func() Event { return decodeFast(k, body, h) }},
			{"general", func() Event { ev, _ := parseSlow(body); return ev }},
		}
		for _, p := range paths {
			b.Run(strings.TrimSuffix(name, ".json")+"/"+p.name, func(b *testing.B) {
				b.ReportAllocs()
				b.SetBytes(int64(len(body)))
				for b.Loop() {
					if p.parse() == nil {
						b.Fatal("no event")
					}
				}
			})
		}
	}
}
