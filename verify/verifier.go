package verify

import "net/http"

// Verifier checks that a webhook body was signed by its sender. Verify
// returns nil only for a correct signature over exactly body, made inside the
// time window where the scheme has one; otherwise it returns an error
// wrapping one of the sentinels of this package.
type Verifier interface {
	Verify(header http.Header, body []byte) error
}
