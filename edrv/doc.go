// Package edrv decodes and verifies webhooks of the eDRV EV-charging
// platform (API v1.1).
//
// An eDRV delivery is an envelope {_id, type, object, data, createdAt} whose
// data is a [Chargestation], [Session], [Action], [Location], [User],
// [Rate], [RateSchedule], [RFID], [LoadManagementGroup] or [Organization],
// chosen by the event name. [Parse] returns the matching event type, such
// as [*SessionEvent] (an [Envelope] of [Session]), and [*Unknown] for names
// eDRV adds later ([Unknown.Infer] decodes those by the naming grammar when
// asked). [EventType] splits names into resource, event, action and status,
// and the package has a constant for every name of eDRV's catalogue.
//
// eDRV's values come in several forms: numbers as strings, times as RFC 3339
// text, epoch milliseconds or malformed text, booleans as strings, a rate as
// an object or an id. [Decimal], [Time], [Bool] and [RateRef] accept them
// all, never fail an event over one odd value, and marshal back in the form
// they arrived in, so json.Marshal of an event reproduces its input.
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
//		log.Println(ev.Data.ID, ev.Data.Status)
//	case *edrv.ActionEvent:
//		if ev.Name.Status() == edrv.StatusRejected { ... }
//	}
//	w.WriteHeader(http.StatusOK) // eDRV wants 200 with an empty body
//
// eDRV does not publish which bytes its v1 signature covers; the default is
// the raw body, and [WithSignedContent] selects "<t>.<body>". [NewSource]
// plugs the package into the dispatch router; package edrvtest signs
// requests for tests.
package edrv
