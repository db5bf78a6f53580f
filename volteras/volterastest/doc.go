// Package volterastest helps test code that receives Volteras webhooks: it
// builds correctly signed deliveries, as Volteras (through Svix) sends them,
// and holds a catalogue of documented example payloads.
//
//	secret := volterastest.NewSecret()
//	src, err := volteras.NewSource(secret)
//	if err != nil { t.Fatal(err) }
//	mux := http.NewServeMux()
//	mux.Handle("POST /webhooks/volteras/{event}", dispatch.New(src))
//	body := volterastest.Payload(volteras.EventDeviceTelemetry)
//	req := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, body)
//	rec := httptest.NewRecorder()
//	mux.ServeHTTP(rec, req) // 200, the handler for device.telemetry ran
//
// [NewRequest] posts to [DefaultTarget] followed by the event type, with
// svix-* headers, a fresh message id and the current time, and sets no path
// values: a server mounted on the wrong route fails its tests as it would
// fail real deliveries. Options change the time, target, header form and
// message id, add the event type as a custom header, sign with additional
// secrets (rotation), or produce deliveries that must fail verification
// ([WithWrongSecret], a time outside the window).
//
// [Payload] and [Payloads] give the documented example bodies: one per event
// type and one per telemetry metric type and documented variant.
package volterastest
