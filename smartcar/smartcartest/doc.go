// Package smartcartest builds signed Smartcar webhook requests, VERIFY
// challenges and example payloads for the tests of code that receives them.
//
//	body := smartcartest.Payload("VEHICLE_STATE")    // a documented example
//	req := smartcartest.NewRequest(token, body)      // POST /webhooks/smartcar, SC-Signature set
//	rec := httptest.NewRecorder()
//	handler.ServeHTTP(rec, req)
//
//	req = smartcartest.NewVerifyRequest("challenge-1")
//	// expect 200 and smartcar.ChallengeResponse(token, "challenge-1")
//
// # Payload catalogue
//
// [Payload] and [Payloads] serve realistic examples of every generation and
// event name Smartcar sends (v2.0 verify, schedule, scheduled, dynamic and
// eventBased with CHARGING_STARTED, CHARGING_STOPPED and CHARGING_COMPLETED;
// v3.0 and v4.0 VEHICLE_STATE in every documented layout and trigger shape;
// v4.0 VEHICLE_ERROR and VERIFY). The key of a primary example is the event
// name as sent ("VEHICLE_STATE"); variants are "<name>/<variant>"
// ("VEHICLE_STATE/trigger_strings"). The examples are embedded from the
// folders payloads/v2 (v2.0) and payloads/v4 (v3.0 and v4.0; two folders
// because "verify" and "VERIFY" may not share one), one file per key with
// "/" written as "#"; payloads/README.md
// says where each comes from, and which were derived because Smartcar
// documents no body for them.
//
// SC-Signature signs the body only (no time, no id), so there is no
// WithTime, WithID or header-form option; Smartcar sends one signature per
// delivery, so there is no option to sign with several tokens either.
package smartcartest
