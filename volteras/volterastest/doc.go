// Package volterastest builds correctly signed Volteras webhook deliveries
// for tests: an *http.Request or a header set carrying Svix's Standard
// Webhooks signature of any body, for any event type, as Volteras would send
// it.
//
//	secret := volterastest.NewSecret()
//	src, _ := volteras.NewSource(secret, volteras.WithPathValue("event"))
//	body, _ := os.ReadFile("testdata/volteras/device.telemetry_state_of_charge.json")
//	req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body)
//	if err != nil { t.Fatal(err) }
//	router := dispatch.New(src)
//	rec := httptest.NewRecorder()
//	router.ServeHTTP(rec, req) // 200, the handler for device.telemetry ran
//
// By default the request goes to /webhooks/volteras/<event type>, with the
// path value "event" set so that it also works without a mux, with svix-*
// headers, a fresh message id and the current time. Options change each of
// these, add the event type as a custom header, or produce deliveries that
// must fail verification (a stale timestamp, a wrong secret).
package volterastest
