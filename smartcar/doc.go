// Package smartcar decodes and authenticates Smartcar webhooks of all three
// payload generations sharing one callback URL: v2.0 (verify, schedule,
// scheduled, dynamic, eventBased), v3.0 and v4.0 (VERIFY, VEHICLE_STATE,
// VEHICLE_ERROR).
//
// Authenticate the exact raw bytes first, then parse them:
//
//	v := smartcar.NewVerifier(os.Getenv("SMARTCAR_MANAGEMENT_TOKEN"))
//	if err := v.Verify(r.Header, body); err != nil { // SC-Signature
//		http.Error(w, "unauthorized", http.StatusUnauthorized)
//		return
//	}
//	ev, err := smartcar.Parse(body)
//	if err != nil { ... }                             // wraps the encoding/json cause
//	switch ev := ev.(type) {
//	case *smartcar.VehicleState:
//		if soc, ok := ev.StateOfCharge(); ok {
//			log.Printf("vehicle %s at %.0f %%", ev.VehicleID(), soc)
//		}
//	case *smartcar.VehicleError:
//		for _, e := range ev.Data.Errors { ... }
//	case *smartcar.Unknown: // an event type this package does not know yet
//	}
//
// A VERIFY challenge is answered with [ChallengeResponse]; [NewSource]
// plugs the package into package dispatch and answers VERIFY itself, with
// the safeguards its documentation describes (the answer is the same HMAC
// as a signature, so answering blindly would be a signing oracle).
//
// Decoding is lenient with the layouts Smartcar has documented or sent:
// vehicleId at the top level or only in data.vehicle.id, triggers and meta
// at the top level or inside data, five trigger shapes, deliveredAt as epoch
// milliseconds or text, retrievedAt or fetchedAt, signals and error
// references as objects or "Group.Name" strings, nulls anywhere. Events
// mirror the wire so that json.Marshal reproduces the layout they came in;
// methods such as [VehicleState.VehicleID], [VehicleState.Triggers] and
// [VehicleState.Meta] give one normalised view.
//
// Signal bodies are decoded through a registry keyed by [SignalCode] (see
// [NewBody]) into typed structs ([Quantity], [Flag], [Location], …); codes
// the package does not know keep their raw body. Enumerations are open
// string types with a Known method, so new values pass through.
package smartcar
