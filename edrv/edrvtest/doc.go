// Package edrvtest builds signed eDRV webhook requests for tests of code
// that receives them.
//
//	req := edrvtest.NewRequest(secret, body)
//	rec := httptest.NewRecorder()
//	handler.ServeHTTP(rec, req)
//
// The signature is made the way [edrv.Verifier] checks it, so a handler
// built with the same secret accepts the request. Options sign at another
// time (a stale delivery), over "<t>.<body>", or in the legacy form; [Body]
// builds an envelope to sign.
package edrvtest
