// Package smartcartest builds signed Smartcar webhook requests and VERIFY
// challenges for the tests of code that receives them.
//
//	body := []byte(`{"eventId":"e1","eventType":"VEHICLE_STATE",…}`)
//	req := smartcartest.NewRequest(token, body) // SC-Signature set
//	rec := httptest.NewRecorder()
//	handler.ServeHTTP(rec, req)
//
//	req = smartcartest.NewVerifyRequest("challenge-1")
//	// expect 200 and smartcar.ChallengeResponse(token, "challenge-1")
package smartcartest
