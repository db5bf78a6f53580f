package volteras_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// Parse a telemetry event and switch on the Go type of its reading.
func ExampleParse() {
	body := []byte(`{
		"metricType": "STATE_OF_CHARGE",
		"vehicle": {"id": "h283d-h9v1j-51p5d-pqv5p-b4q33", "vin": "WBYF2AW010FN82675"},
		"timestamp": "2024-01-15T10:30:00Z",
		"stateOfCharge": {"unit": "percent", "value": 85.5}
	}`)
	ev, err := volteras.Parse(volteras.EventDeviceTelemetry, body)
	if err != nil {
		fmt.Println("bad payload:", err)
		return
	}
	tm := ev.(*volteras.Telemetry)
	switch m := tm.Metric.(type) {
	case *volteras.StateOfCharge:
		fmt.Printf("%s at %s: %.1f %s\n", tm.Vehicle.VIN, tm.Timestamp.Format(time.Kitchen), m.Value, m.Unit)
	case *volteras.Location:
		fmt.Println("at", m.Value.Latitude, m.Value.Longitude)
	case *volteras.UnknownMetric:
		fmt.Println("not typed yet:", m.Type, tm.MetricErr)
	}
	// Output:
	// WBYF2AW010FN82675 at 10:30AM: 85.5 percent
}

// Every metric type of the documented examples, by Go type.
func ExampleMetric() {
	files := []string{"state_of_charge", "location", "tires", "oem_alert", "charging_state",
		"departure_times", "other_charging_data", "other_location_data"}
	for _, f := range files {
		body, err := os.ReadFile("../testdata/volteras/device.telemetry_" + f + ".json")
		if err != nil {
			panic(err)
		}
		ev, err := volteras.Parse(volteras.EventDeviceTelemetry, body)
		if err != nil {
			panic(err)
		}
		switch m := ev.(*volteras.Telemetry).Metric.(type) {
		case *volteras.StateOfCharge:
			fmt.Println("state of charge:", m.Value, m.Unit)
		case *volteras.Location:
			fmt.Println("location:", m.Value.Latitude, m.Value.Longitude)
		case *volteras.Tires:
			fmt.Println("tire:", m.Position, m.Pressure.Value, m.Pressure.Unit)
		case *volteras.OEMAlert:
			fmt.Println("OEM alert:", m.OEMCode, *m.Severity, *m.RecommendedAction)
		case *volteras.ChargingState:
			fmt.Println("charging state:", m.State)
		case *volteras.DepartureTimes:
			d := m.Times[0]
			fmt.Printf("first departure: %02d:%02d on %v\n", d.Hour, d.Minute, d.DaysOfWeek)
		case *volteras.OtherChargingData:
			limit, _ := m.MaxStateOfCharge()
			latch, _ := m.ChargePortLatch()
			fmt.Println("charging data:", limit.Value, limit.Unit, latch)
		case *volteras.OtherLocationData:
			speed, _ := m.Speed()
			fmt.Println("speed:", speed.Value, speed.Unit)
		}
	}
	// Output:
	// state of charge: 85.5 percent
	// location: 37.7749 -122.4194
	// tire: FRONT_LEFT 240.5 KPA
	// OEM alert: BMS_001 HIGH SERVICE_REQUIRED
	// charging state: CHARGING
	// first departure: 08:30 on [MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY]
	// charging data: 90 percent ENGAGED
	// speed: 13.9 m/s
}

// A metric type added after this package was written, and a known one whose
// reading is missing, both decode without error.
func ExampleUnknownMetric() {
	for _, body := range []string{
		`{"metricType":"BATTERY_HEALTH","timestamp":"2024-01-15T10:30:00Z","batteryHealth":{"value":97}}`,
		`{"metricType":"RANGE","timestamp":"2024-01-15T10:30:00Z"}`,
	} {
		ev, err := volteras.Parse(volteras.EventDeviceTelemetry, []byte(body))
		if err != nil {
			panic(err)
		}
		tm := ev.(*volteras.Telemetry)
		m := tm.Metric.(*volteras.UnknownMetric)
		fmt.Println(m.Type, m.MetricType().Known(), len(m.Members), errors.Is(tm.MetricErr, volteras.ErrMissingReading))
	}
	// Output:
	// BATTERY_HEALTH false 1 false
	// RANGE true 0 true
}

// Verify the raw body, then parse it.
func ExampleNewVerifier() {
	secret := "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	body := []byte(`{"id":"h283d-h9v1j-51p5d-pqv5p-b4q33","deviceType":"VEHICLE"}`)
	header, _ := volterastest.Header(secret, "", body) // what Svix would send

	v, err := volteras.NewVerifier(secret, verify.WithTolerance(5*time.Minute))
	if err != nil {
		panic(err)
	}
	if err := v.Verify(header, body); err != nil {
		fmt.Println("reject:", err)
		return
	}
	ev, err := volteras.Parse(volteras.EventDeviceDisconnected, body)
	if err != nil {
		panic(err)
	}
	fmt.Println(ev.Type(), ev.(*volteras.DeviceDisconnected).ID)
	fmt.Println(errors.Is(v.Verify(header, append(body, ' ')), verify.ErrSignatureMismatch))
	// Output:
	// device.disconnected h283d-h9v1j-51p5d-pqv5p-b4q33
	// true
}

// Serve every Volteras event type on one route; the path segment names the
// event type.
func ExampleNewSource() {
	secret := "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	src, err := volteras.NewSource(secret, volteras.WithPathValue("event"))
	if err != nil {
		panic(err)
	}
	router := dispatch.New(src)
	dispatch.Handle(router, volteras.EventDeviceTelemetry, func(_ context.Context, ev *volteras.Telemetry) error {
		fmt.Println("telemetry", ev.MetricType(), "for", ev.Vehicle.VIN)
		return nil
	})
	dispatch.Handle(router, volteras.EventDeviceConnected, func(_ context.Context, ev *volteras.DeviceConnected) error {
		fmt.Println("connected", ev.ID)
		return nil
	})
	// In a server: mux.Handle("POST /webhooks/volteras/{event}", router)

	body, _ := os.ReadFile("../testdata/volteras/device.telemetry_odometer.json")
	req, _ := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body)
	rec := httptest.NewRecorder()
	router.ServeHTTP(rec, req)
	fmt.Println(rec.Code)
	// Output:
	// telemetry ODOMETER for WBYF2AW010FN82678
	// 200
}

// Shape detection tells most kinds apart, but never device.connected from
// device.disconnected.
func ExampleDetectEventType() {
	for _, body := range []string{
		`{"metricType":"RANGE","range":{"unit":"km","value":320.8}}`,
		`{"remaining_requests":10,"max_requests":100}`,
		`{"id":"h283d-h9v1j-51p5d-pqv5p-b4q33","deviceType":"VEHICLE"}`,
	} {
		name, err := volteras.DetectEventType([]byte(body))
		fmt.Printf("%q %v\n", name, errors.Is(err, volteras.ErrAmbiguousEventType))
	}
	// Output:
	// "device.telemetry" false
	// "rate_limit.updated" false
	// "" true
}
