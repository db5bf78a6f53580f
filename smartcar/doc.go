// Package smartcar decodes and authenticates Smartcar webhooks of all three
// payload generations sharing one callback URL: v2.0 (verify, schedule,
// scheduled, dynamic, eventBased), v3.0 and v4.0 (VERIFY, VEHICLE_STATE,
// VEHICLE_ERROR).
//
// Authenticate the exact raw bytes with a [Verifier] (or [VerifySignature]),
// then parse them:
//
//	ev, err := smartcar.Parse(body)
//	if err != nil {
//		return err
//	}
//	switch ev := ev.(type) {
//	case *smartcar.VehicleState:
//		if soc, ok := ev.StateOfCharge(); ok {
//			fmt.Printf("vehicle %s at %.0f %%\n", ev.VehicleID(), soc)
//		}
//	case *smartcar.VehicleError:
//		for _, e := range ev.Errors() {
//			fmt.Println(e.Type.Value, e.Code.Value, e.State.Value)
//		}
//	case *smartcar.Unknown: // an event name this package does not know yet
//		fmt.Println("unknown event", ev.Type())
//	}
//
// A VERIFY challenge is answered with [ChallengeResponse]; [NewSource]
// plugs the package into package dispatch and answers VERIFY itself, with
// the safeguards described below.
//
// # Layouts
//
// Smartcar has documented and sent several layouts: vehicleId at the top
// level or only in data.vehicle.id, triggers and meta at the top level or
// inside data, five trigger shapes ([Trigger]), deliveredAt as epoch
// milliseconds or text, retrievedAt or fetchedAt, signals and error
// references as objects or "Group.Name" strings. Events mirror the wire, so
// that they marshal back in the layout they came in; methods such as
// [VehicleState.VehicleID], [VehicleState.Triggers], [VehicleState.Meta] and
// [VehicleState.Signals] give one normalised view. Signal bodies are decoded
// through a registry keyed by [SignalCode] (see [NewBody]) into typed
// structs ([Quantity], [Flag], [Location], …); codes the package does not
// know keep their raw body ([SignalBody]). Enumerations are open string
// types with a Known method, so new values pass through.
//
// # JSON layer
//
// Decoding and encoding go through json v2 (github.com/go-json-experiment/json)
// over the typed structs; only the types that need it have methods: the
// presence type [Opt], the lenient scalars [Number], [Timestamp] and [Day],
// the unions [Trigger] and [SignalRef], and [SignalBody]. The objects of a
// VEHICLE_STATE (the event, its data, user, vehicle and meta, each signal
// with its status, error and meta) are read member by member from jsontext
// tokens instead of by reflection, its hottest path (json v2's tokenizer
// still checks syntax, duplicate names and UTF-8); a test checks each of
// those decoders against its struct's tags. For any payload
// [Parse] accepts, json.Marshal of the event, from encoding/json and from
// json v2 alike, reproduces the input as a JSON tree:
//
//   - Unknown members are kept at every depth, signal bodies and meta
//     included: every struct that mirrors a JSON object has, as its last
//     field, Extra (a json v2 embedded fallback) holding the members this
//     version of the package does not know, verbatim.
//   - Presence: every member field is tagged omitzero, so an absent member
//     stays absent. A member that may be omitted, sent as null or as "", or
//     whose zero is a real reading (0 %, false), is an [Opt] (Value, Valid,
//     Null: absent, null and a value are three states) or a lenient scalar
//     that tracks the same states itself ([Number], [Timestamp]). Nested
//     objects and arrays are Opt too, so that {} and [] are not confused with
//     absence; no pointers.
//   - Numbers keep their exact literal ([Number]): 12345678901234567890,
//     1.50, 300.0 and "2020" marshal back as sent, while [Number.Float64]
//     and [Number.Int64] give the typed value. Lenient scalars never fail an
//     event: vehicle.year as 2020.0 or "2020", a v2 sub-response code of
//     200.0, a v2 header value sent as a number, epoch milliseconds sent as
//     a string or as 1.7e12, a malformed time, all decode and keep their
//     form.
//   - Duplicate member names and invalid UTF-8 inside strings are rejected
//     (json v2's default): Parse fails with an error wrapping
//     *jsontext.SyntacticError. A signed body that two parsers could read
//     differently is refused rather than decoded last-wins, and invalid
//     UTF-8 could not round-trip exactly.
//   - JSON null where an object is expected inside an array (a null signal,
//     trigger or error) is rejected with a *json.SemanticError: it could not
//     marshal back. A signal body that does not fit its registered type
//     never fails the event: it stays raw, with the reason in
//     [SignalBody.Err].
//
// Decode errors wrap the json v2 cause (*jsontext.SyntacticError,
// *json.SemanticError) or [ErrUnknownEnvelope]. encoding/json marshals every
// type as json v2 does, and unmarshals the five event types (through json
// v2); decode the other types with json v2.
//
// # What SC-Signature covers
//
// SC-Signature is the lower-case hex HMAC-SHA256 of the exact raw body,
// keyed with the Application Management Token. It covers every byte of the
// body and nothing else: no timestamp, no delivery id, no URL, no header.
// Consequences:
//
//   - Verify the bytes as received, before any JSON decoding; re-encoded
//     JSON never verifies.
//   - There is no freshness check: a captured delivery verifies for as long
//     as the token is valid, so [Source.Verify] has nothing time-based to
//     check (dispatch.Delivery.ReceivedAt is accepted and not needed).
//     Replay protection is deduplication on the event id: eventId in
//     v3.0/v4.0, payload.eventId in v2.0 eventBased, which [Source] gives
//     dispatch as the message id. Keep ids longer than Smartcar's retry
//     span (four attempts over about three minutes); the v2.0 schedule,
//     scheduled and dynamic webhooks carry no id, so nothing can tell their
//     replays from new deliveries.
//   - Rotation: [NewVerifier] accepts verify.WithAdditionalSecrets; options
//     with nothing to act on (tolerance, clock, public keys) are refused.
//   - Comparisons are constant-time; errors never contain the token or a
//     MAC.
//
// # Answering VERIFY
//
// The answer to a VERIFY challenge is HMAC-SHA256(token, challenge): the
// same function as SC-Signature. A receiver that answers whatever challenge
// it is sent is a signing oracle: an attacker posts a VERIFY whose challenge
// is a forged VEHICLE_STATE body and receives a valid SC-Signature for it.
// Smartcar does not document whether VERIFY itself is signed, so by default
// [Source] answers an unsigned VERIFY, and limits the risk: it checks
// SC-Signature whenever one is present, refuses empty challenges, challenges
// longer than [DefaultMaxChallengeLength] bytes and challenges that look
// like JSON (first non-space character '{' or '['), and answers only from
// the primary token. What remains: anyone can obtain the token's HMAC of any
// short string that does not start like JSON, and a passing VERIFY does not
// prove that Smartcar signs data with the same token (field reports show
// migrated applications where it does not). [WithSignedVerify] closes the
// oracle completely once you have seen that Smartcar signs VERIFY for your
// application. dispatch never delivers VERIFY to a handler: it is listed in
// the source's Catalog().Answered.
//
// # Fuzzing
//
// The fuzz targets make progress on a small machine only without input
// minimisation:
//
//	go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 60s -fuzzminimizetime 0 ./smartcar
//	go test -run '^$' -fuzz '^FuzzRoundTrip$' -fuzztime 60s -fuzzminimizetime 0 ./smartcar
package smartcar
