package volteras_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/go-json-experiment/json"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// Parse a verified body whose event type comes from the route.
func ExampleParse() {
	body := []byte(`{"metricType": "STATE_OF_CHARGE",
		"vehicle": {"id": "h283d", "vin": "WBYF2AW010FN82675"},
		"timestamp": 1705314600000,
		"stateOfCharge": {"unit": "percent", "value": 85.50},
		"chargerId": "c-7"}`)
	ev, err := volteras.Parse("device.telemetry", body)
	if err != nil {
		panic(err)
	}
	tm := ev.(*volteras.Telemetry)
	soc := tm.Metric.(*volteras.StateOfCharge)
	value, _ := soc.Value.Float64()
	fmt.Println(tm.Vehicle.Value.VIN.Value, value, soc.Unit.Value, tm.Timestamp.UTC())
	out, _ := json.Marshal(tm) // exactly as sent, unknown member included
	fmt.Println(string(out))
	// Output:
	// WBYF2AW010FN82675 85.5 percent 2024-01-15 10:30:00 +0000 UTC
	// {"metricType":"STATE_OF_CHARGE","vehicle":{"id":"h283d","vin":"WBYF2AW010FN82675"},"timestamp":1705314600000,"stateOfCharge":{"unit":"percent","value":85.50},"chargerId":"c-7"}
}

// Absent, null and a value are three different things.
func ExampleOpt() {
	ev, _ := volteras.Parse("command.updated", []byte(`{"id": "c1", "failedReason": null}`))
	cmd := ev.(*volteras.CommandUpdated)
	fmt.Println(cmd.FailedReason.Null, cmd.Status.Valid, cmd.Status.IsZero())
	reason, ok := cmd.FailedReason.Get()
	fmt.Printf("%q %v\n", reason, ok)
	// Output:
	// true false true
	// "" false
}

// Verify then route deliveries with per-type secrets: a delivery signed for
// one event type and re-posted as another is refused.
func ExampleNewSource() {
	connected, disconnected := volterastest.NewSecret(), volterastest.NewSecret()
	src, err := volteras.NewSource("",
		volteras.WithEventSecret(volteras.EventDeviceConnected, connected),
		volteras.WithEventSecret(volteras.EventDeviceDisconnected, disconnected))
	if err != nil {
		panic(err)
	}
	router := dispatch.New(src)
	dispatch.Handle(router, volteras.EventDeviceConnected, func(_ context.Context, ev *volteras.DeviceConnected) error {
		fmt.Println("connected:", ev.DeviceID.Value)
		return nil
	})
	mux := http.NewServeMux()
	mux.Handle("POST /webhooks/volteras/{event}", router)

	body := volterastest.Payload(volteras.EventDeviceConnected)
	for _, target := range []string{"/webhooks/volteras/device.connected", "/webhooks/volteras/device.disconnected"} {
		req := volterastest.NewRequest(connected, volteras.EventDeviceConnected, body, volterastest.WithTarget(target))
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Println(target, rec.Code)
	}
	// Output:
	// connected: h283d-h9v1j-51p5d-pqv5p-b4q33
	// /webhooks/volteras/device.connected 200
	// /webhooks/volteras/device.disconnected 401
}

// Verify a delivery with the endpoint's secret.
func ExampleNewVerifier() {
	secret := volterastest.NewSecret()
	v, err := volteras.NewVerifier(secret)
	if err != nil {
		panic(err)
	}
	body := volterastest.Payload(volteras.EventJourneyUpdated)
	h := volterastest.Header(secret, volteras.EventJourneyUpdated, body)
	fmt.Println(v.Verify(h, body))
	err = v.Verify(h, append(body, ' '))
	fmt.Println(errors.Is(err, verify.ErrSignatureMismatch))
	// Output:
	// <nil>
	// true
}

// Shape detection is a fallback that never guesses between
// device.connected and device.disconnected.
func ExampleDetectEventType() {
	for _, key := range []string{"alert.updated", "device.telemetry/tires", "device.connected"} {
		name, err := volteras.DetectEventType(volterastest.Payload(key))
		fmt.Printf("%s: %q %v\n", key, name, err != nil)
	}
	// Output:
	// alert.updated: "alert.updated" false
	// device.telemetry/tires: "device.telemetry" false
	// device.connected: "" true
}
