package volteras

import "github.com/evhooks/evhooks/verify"

// NewVerifier returns the Standard Webhooks verifier for a Volteras endpoint.
// secret is the endpoint's signing secret as the Volteras portal shows it for
// the event type ("whsec_…"). Options are the shared [verify.Option] values:
// [verify.WithAdditionalSecrets] for rotation, [verify.WithTolerance] and
// [verify.WithClock] for the timestamp window. Verify the exact raw body
// before calling [Parse] on it.
func NewVerifier(secret string, opts ...verify.Option) (*verify.StandardWebhooks, error) {
	return verify.NewStandardWebhooks(secret, opts...)
}
