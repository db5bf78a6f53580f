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
//			soc, _ := m.Value.Float64()
//			log.Printf("%s: %.1f %s", ev.Vehicle.Value.VIN.Value, soc, m.Unit.Value)
//		case *volteras.UnknownMetric: // newer metric type, or broken reading
//		}
//	case *volteras.CommandUpdated:
//	case *volteras.Unknown: // an event type added after this package
//	}
//
// The seven event types decode to [*DeviceConnected], [*DeviceDisconnected],
// [*Telemetry], [*CommandUpdated], [*RateLimitUpdated], [*AlertUpdated] and
// [*JourneyUpdated]; any other name to [*Unknown], without error. Every
// event has Type, ID (always "": the Svix message id is the idempotency key)
// and Raw (the exact body). device.telemetry is a union on metricType:
// [Telemetry.Metric] holds one Go type per metric type (see [Metric]).
//
// # JSON
//
// Decoding is json v2 (github.com/go-json-experiment/json) over the typed
// structs; only the types with behaviour of their own have JSON methods:
// [Telemetry] (the metricType union), [Opt], [Number], [Time], [Value] and
// the enumerations (which intern known values). On the hot path, a
// telemetry whose metricType comes before its reading is read in one pass,
// and [DataEntry] is read member by member from jsontext tokens instead of
// by reflection (json v2's tokenizer still checks syntax, duplicate names
// and UTF-8); a test checks that decoder against the struct's tags. A
// parsed event marshals
// back, with json v2 and with encoding/json alike, to JSON equal to the body
// as a tree:
//
//   - Unknown members: every struct that mirrors a JSON object ends with a
//     field Extra (json v2's embedded fallback, `json:",embed"`) holding the
//     members this version does not know, verbatim, at every depth.
//   - Presence: a member that may be absent, null or a value is an [Opt]
//     (Value, Valid, Null), tagged omitzero; absent stays absent, null stays
//     null, and "", 0 and false are values. Numbers are [Number] and times
//     [Time], which track absent, null and value themselves. Because the
//     Volteras spec rejects nothing but invalid JSON, every member is an
//     Opt (or Number or Time), ids included; plain Go types appear only
//     where a value is not a member (the metricType of a [Metric]).
//   - Numbers keep their exact value and form: 12345678901234567890, 1.50,
//     300.0 and "42" are written back exactly so; [Number.Float64] and
//     [Number.Int64] give the typed value.
//   - Lenient scalars never fail the event: a number sent as a string, a
//     whole number with a fraction ("timeout": 300.0), an epoch-millisecond
//     or malformed time each decode to the typed value when they can and
//     keep their original text. A value of another JSON type where a string,
//     boolean, object or array is expected is an error (wrapping
//     *json.SemanticError), and so is a null element inside an array.
//   - Duplicate member names are rejected (json v2's default): Parse fails
//     with an error wrapping *jsontext.SyntacticError, which the router
//     answers with 400; last-wins would let another parser read the same
//     signed bytes differently. Invalid UTF-8 inside strings is rejected
//     the same way, since it could not round-trip exactly.
//
// Bad input is an error that wraps the json v2 cause or one of this
// package's sentinels, never a panic.
//
// # Verifying and routing
//
// [NewVerifier] returns the Standard Webhooks verifier for one endpoint
// secret. For the [dispatch] router, [NewSource] resolves the event type
// from a fixed type per endpoint, a route path value or a portal-configured
// header, and only as an explicit fallback from the shape of the body
// ([DetectEventType]), which never guesses between device.connected and
// device.disconnected. With per-type secrets ([WithEventSecret]) a delivery
// re-posted under another event type fails verification. Package
// volterastest builds signed deliveries and holds the documented example
// payloads for tests.
//
// [dispatch]: https://pkg.go.dev/github.com/evhooks/evhooks/dispatch
package volteras
