package verify

import "errors"

// Sentinel errors returned, always wrapped with %w, by every verifier of this
// module. Match them with [errors.Is]. Their text and the text of the errors
// that wrap them never contain a secret or a computed MAC.
var (
	// ErrMissingSignature reports that a required signature, id or timestamp
	// header is absent or empty.
	ErrMissingSignature = errors.New("missing signature")
	// ErrMalformedSignature reports a signature header, id or timestamp that
	// cannot be parsed.
	ErrMalformedSignature = errors.New("malformed signature")
	// ErrSignatureMismatch reports that no signature in the header matches
	// any configured key.
	ErrSignatureMismatch = errors.New("signature mismatch")
	// ErrTimestampTooOld reports an authentic signature whose timestamp lies
	// further in the past than the tolerance.
	ErrTimestampTooOld = errors.New("timestamp too old")
	// ErrTimestampTooNew reports an authentic signature whose timestamp lies
	// further in the future than the tolerance.
	ErrTimestampTooNew = errors.New("timestamp too new")
	// ErrInvalidSecret reports a secret or key that cannot be used: empty,
	// badly encoded, or of the wrong kind.
	ErrInvalidSecret = errors.New("invalid secret")
	// ErrUnsupportedOption reports an [Option] given to a verifier that has no
	// use for it (for example [WithPublicKey] for a scheme without public
	// keys); the constructor refuses it rather than ignore it.
	ErrUnsupportedOption = errors.New("option not supported by this verifier")
)
