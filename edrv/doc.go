// Package edrv decodes and verifies webhooks of the eDRV EV-charging
// platform (API v1.1).
//
// An eDRV delivery is an envelope {_id, type, object, data, createdAt} whose
// data is a [Chargestation], [Session], [Action], [Location], [User],
// [Rate], [RateSchedule], [RFID], [LoadManagementGroup] or [Organization],
// chosen by the event name. [Parse] returns the matching event type, such
// as [*SessionEvent], and [*Unknown] for names eDRV adds later
// ([Unknown.Infer] decodes those by the naming grammar when asked). Every
// event has Type (the name as sent), ID (the envelope _id, the key to
// deduplicate redeliveries on) and Raw (the exact body). The package has an
// untyped string constant for every name of eDRV's catalogue, usable as a
// dispatch pattern as it is; converted to [EventType], a name splits into
// resource, event, action and status.
//
// [Verifier] checks the edrv-signature header over the exact raw body:
//
//	v, err := edrv.NewVerifier(os.Getenv("EDRV_WEBHOOK_SECRET"))
//	if err != nil { ... }
//	if err := v.Verify(r.Header, body); err != nil {
//		http.Error(w, "unauthorized", http.StatusUnauthorized)
//		return
//	}
//	ev, err := edrv.Parse(body)
//	if err != nil { ... }
//	switch ev := ev.(type) {
//	case *edrv.SessionEvent:
//		log.Println(ev.ID(), ev.Data.Status.Value)
//	case *edrv.ActionEvent:
//		if ev.Name.Status() == edrv.StatusRejected { ... }
//	}
//	w.WriteHeader(http.StatusOK) // eDRV wants 200 with an empty body
//
// eDRV does not publish which bytes its v1 signature covers; the default is
// the raw body, and [WithSignedContent] selects "<t>.<body>". A body with
// non-ASCII characters also verifies against its escaped-Unicode form
// (\uXXXX, lower- or upper-case hex, surrogate pairs above U+FFFF), which
// eDRV's older signing page describes. [NewSource] plugs the package into
// the dispatch router; [WithMaxAge] bounds the age of a delivery by its
// signed createdAt, the replay defence the unsigned t of the default mode
// lacks. Package edrvtest signs requests for tests and holds an example
// payload for every event name.
//
// # JSON
//
// One decode path: json v2 (github.com/go-json-experiment/json) over the
// typed structs. A field is declared in its struct. The objects of a
// session ([Session] and the reports, activity and cost in it), the hottest
// path, are read member by member from jsontext tokens instead of by
// reflection (json v2's tokenizer still checks syntax, duplicate names and
// UTF-8); their decoders name the members again, and a test holds each of
// them to its struct's tags, so a field one of them misses fails the tests.
//
// Lossless: for any body Parse accepts, json.Marshal of the event, from
// encoding/json or json v2, gives back the body as a JSON tree. Every struct
// that mirrors a JSON object has, as its last field, Extra, which holds the
// members this version of the package does not know, verbatim, and
// marshals them back. Numbers keep their text ([Decimal]), so
// 12345678901234567890 and 1.50 come back as sent. A modified event
// marshals its modification.
//
// Absent, null and a value: every member field is tagged omitzero, so an
// absent member stays absent. Members are [Opt] values (Valid: a value was
// sent; Null: null was sent; neither: absent) or one of the lenient types
// [Decimal], [Time], [Bool], [RateRef] and [Coordinates], which track the
// same three states themselves; free-form objects are jsontext.Value, which
// keeps null and absent apart. eDRV declares no member non-null and sends
// "" for some (user phone.home, chargestation bootInfo.iccid,
// load-management notes), so ids are Opt too; only the envelope's _id, type
// and object are plain strings, and the event remembers whether they came
// as null or "". No pointers in the common path.
//
// Lenient scalars: numbers as strings ("16.0"), 300.0 for an integer, times
// as RFC 3339 with any fraction, as epoch seconds or milliseconds, or
// malformed ("2023-08-16T13:30.00.00Z"), booleans as "true"/"false", a rate
// as an id or an object: each decodes to its typed value when it can, keeps
// its original text for the round trip, and never fails the event. The
// envelope's data may be an object or a JSON string holding one
// ([DataForm]); it is marshalled back in the form it came.
//
// Events, [Opt] and the lenient types also implement encoding/json's
// Unmarshaler; the data object structs decode with json v2 only
// (encoding/json would match member names ignoring case and not fill
// Extra). Member names are case-sensitive: "Status" is an unknown member,
// kept in Extra.
//
// Strict where the bytes are ambiguous: a body with duplicate member names,
// at any depth, or invalid UTF-8 inside a string is rejected by Parse with
// an error wrapping the *jsontext.SyntacticError, so that no other parser
// can read the same signed bytes differently and every accepted body
// round-trips exactly. For the same reason a null element in an array of
// objects or strings, which would come back as {} or "", is a [*DataError]. A member of the wrong JSON kind fails with a
// *json.SemanticError: in the envelope, the delivery; in the data of a
// known event, as a [*DataError] beside an [*Unknown] that keeps the body.
//
// Fuzz targets (FuzzRoundTrip, FuzzParse, FuzzVerify, FuzzScalars) make
// progress on a small machine when minimisation is off:
//
//	go test ./edrv -run '^$' -fuzz '^FuzzRoundTrip$' -fuzztime 60s -fuzzminimizetime 0
package edrv
