package volteras

import "github.com/evhooks/evhooks/verify"

// Verifier verifies Volteras deliveries: Volteras sends through Svix, so it
// is the Standard Webhooks verifier. Its Verify method checks an exact raw
// body against the svix-* (or webhook-*) headers.
type Verifier = verify.StandardWebhooks

// NewVerifier returns the verifier for a Volteras endpoint. secret is the
// endpoint's signing secret as the Volteras portal shows it for the event
// type ("whsec_…"). Options are the shared [verify.Option] values:
// [verify.WithAdditionalSecrets] for rotation, [verify.WithTolerance] and
// [verify.WithClock] for the timestamp window, [verify.WithPublicKey] for
// v1a signatures; another option is an error wrapping
// verify.ErrUnsupportedOption. Verify the exact raw body before calling
// [Parse] on it.
func NewVerifier(secret string, opts ...verify.Option) (*Verifier, error) {
	return verify.NewStandardWebhooks(secret, opts...)
}
