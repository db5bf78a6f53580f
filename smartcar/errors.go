package smartcar

import "errors"

// Sentinel errors of this package, always wrapped with %w; match them with
// [errors.Is]. Signature failures use the sentinels of package verify
// instead (verify.ErrMissingSignature and so on).
var (
	// ErrUnknownEnvelope reports a JSON object that has neither the v2.0
	// "eventName" nor the v3.0/v4.0 "eventType" discriminator, so no
	// generation can be told.
	ErrUnknownEnvelope = errors.New("unknown envelope")
	// ErrChallengeRefused reports a VERIFY challenge that [Source] will not
	// answer: empty, longer than the limit, or looking like JSON. Answering
	// such a challenge would sign attacker-chosen bytes.
	ErrChallengeRefused = errors.New("verify challenge refused")
	// ErrNoBody reports a signal without a body, from [Signal.As].
	ErrNoBody = errors.New("signal has no body")
)

// Errors of the JSON layer, returned by the lenient scalars and object
// types; json v2 wraps them in a *json.SemanticError that names the member.
var (
	errNotNumber    = errors.New("want a JSON number, string or null")
	errNotTimestamp = errors.New("want a JSON number, string or null for a timestamp")
	errNullObject   = errors.New("null is not a valid value here")
	errNotDay       = errors.New("want a JSON string, number or null for a day")
	errNotRef       = errors.New("want a JSON object, string or null for a signal reference")
	errNotTrigger   = errors.New("want a JSON object or string for a trigger")
)
