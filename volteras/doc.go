// Package volteras decodes and verifies the webhooks of Volteras, the
// vehicle-data platform, delivered through Svix.
//
// Volteras bodies are bare JSON objects that do not name their event type:
// the type comes from the endpoint it was delivered to. [Parse] therefore
// takes the type next to the exact raw body, and returns a typed [Event]:
//
//	v, err := volteras.NewVerifier(secret) // the endpoint's "whsec_…" secret
//	if err != nil { ... }
//	if err := v.Verify(r.Header, body); err != nil { ... } // 401
//	ev, err := volteras.Parse(r.PathValue("event"), body)
//	if err != nil { ... } // 400
//	switch ev := ev.(type) {
//	case *volteras.Telemetry:
//		switch m := ev.Metric.(type) {
//		case *volteras.StateOfCharge:
//			log.Printf("%s: %.1f %s", ev.Vehicle.VIN, m.Value, m.Unit)
//		case *volteras.UnknownMetric: // newer metric type, or broken reading
//		}
//	case *volteras.CommandUpdated:
//	case *volteras.Unknown: // an event type added after this package
//	}
//
// The seven event types decode to [*DeviceConnected], [*DeviceDisconnected],
// [*Telemetry], [*CommandUpdated], [*RateLimitUpdated], [*AlertUpdated] and
// [*JourneyUpdated]; any other name to [*Unknown], without error.
// device.telemetry is a union on metricType: [Telemetry.Metric] holds one Go
// type per metric type (see [Metric]), decoded in a single pass.
//
// Decoding is forward compatible and loses nothing: unknown fields are
// ignored (every event keeps its body in Raw), enumerations are open string
// types with a Known method, and json.Marshal of a parsed event reproduces
// every documented member of the body, including nulls, unusual timestamp
// forms ([Time]) and mixed-type values ([Value]). Bad input is an error that
// wraps the encoding/json cause or one of this package's sentinels, never a
// panic.
//
// For the [dispatch] router, [NewSource] resolves the event type from a fixed
// type per endpoint, a route path value or a portal-configured header, and
// only as an explicit fallback from the shape of the body
// ([DetectEventType]), which never guesses between device.connected and
// device.disconnected. Package volterastest builds signed deliveries for
// tests.
//
// [dispatch]: https://pkg.go.dev/github.com/evhooks/evhooks/dispatch
package volteras
