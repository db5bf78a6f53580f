package volterastest_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// Test a handler with a signed delivery of a documented payload, through
// the route the server really mounts.
func ExampleNewRequest() {
	secret := volterastest.NewSecret()
	src, err := volteras.NewSource(secret) // reads the path value "event"
	if err != nil {
		panic(err)
	}
	router := dispatch.New(src)
	dispatch.Handle(router, volteras.EventDeviceTelemetry, func(_ context.Context, ev *volteras.Telemetry) error {
		fmt.Println("handled", ev.MetricType(), ev.Vehicle.Value.VIN.Value)
		return nil
	})
	mux := http.NewServeMux()
	mux.Handle("POST /webhooks/volteras/{event}", router)

	body := volterastest.Payload("device.telemetry/odometer")
	req := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, req)
	fmt.Println(req.URL.Path, rec.Code)

	bad := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body, volterastest.WithWrongSecret())
	rec = httptest.NewRecorder()
	mux.ServeHTTP(rec, bad)
	fmt.Println("wrong secret:", rec.Code)
	// Output:
	// handled ODOMETER WBYF2AW010FN82678
	// /webhooks/volteras/device.telemetry 200
	// wrong secret: 401
}

// List the catalogue's keys for journeys.
func ExamplePayloads() {
	for key, body := range volterastest.Payloads() {
		if ev, _ := volteras.Parse(volteras.EventJourneyUpdated, body); key[0] == 'j' && ev != nil {
			fmt.Println(key)
		}
	}
	// Output:
	// journey.updated
	// journey.updated/complete_2
	// journey.updated/null_distance
	// journey.updated/null_energy
}
