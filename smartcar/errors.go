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
)
