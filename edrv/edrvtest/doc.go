// Package edrvtest builds signed eDRV webhook requests for tests of code
// that receives them.
//
//	req := edrvtest.NewRequest(secret, body)
//	rec := httptest.NewRecorder()
//	handler.ServeHTTP(rec, req)
//
// The signature is made the way [edrv.Verifier] checks it, so a handler
// built with the same secret accepts the request; options sign at another
// time, over "<t>.<body>", in the legacy form, or with a wrong secret.
package edrvtest
