package smartcar

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
)

// DefaultMaxChallengeLength is the longest VERIFY challenge, in bytes, that
// [Source] answers unless [WithMaxChallengeLength] says otherwise.
// Smartcar's challenges are short UUID-like strings.
const DefaultMaxChallengeLength = 256

// Source is the Smartcar side of a dispatch.Router: it checks SC-Signature,
// decodes every generation with [Parse], and answers VERIFY challenges
// itself.
//
// VERIFY handling. The answer to a challenge is HMAC(token, challenge), the
// very function that signs deliveries, so a receiver that answers any
// unauthenticated VERIFY lets an attacker obtain a valid SC-Signature for a
// body of their choosing. Source therefore:
//
//   - checks SC-Signature on a VERIFY whenever one is present (and requires
//     it with [WithSignedVerify]); Smartcar does not document whether VERIFY
//     is signed, so by default an unsigned VERIFY is accepted;
//   - refuses (status 400, wrapping [ErrChallengeRefused]) an empty
//     challenge, one longer than the limit ([DefaultMaxChallengeLength]
//     bytes unless [WithMaxChallengeLength] sets another), and one that
//     looks like JSON (its first non-space character is '{' or '[');
//   - answers with status 200, Content-Type application/json and
//     {"challenge":"<hex>"} computed with the primary token.
//
// Every other delivery needs a valid SC-Signature. VERIFY and verify are
// answered, never routed: [Source.Catalog] lists them in Answered, not in
// Events, and dispatch refuses a handler for them.
type Source struct {
	verifier     *Verifier
	maxChallenge int
	signedVerify bool
}

var _ dispatch.Source = (*Source)(nil)

// SourceOption configures a [Source].
type SourceOption func(*sourceConfig)

// sourceConfig collects the options of [NewSource].
type sourceConfig struct {
	maxChallenge int
	signedVerify bool
	verifyOpts   []verify.Option
}

// WithVerifyOptions passes options of package verify to the signature
// check, typically verify.WithAdditionalSecrets for token rotation. Options
// SC-Signature has no use for make [NewSource] fail (see [NewVerifier]).
func WithVerifyOptions(opts ...verify.Option) SourceOption {
	return func(c *sourceConfig) { c.verifyOpts = append(c.verifyOpts, opts...) }
}

// WithMaxChallengeLength sets the longest VERIFY challenge, in bytes, that
// the source answers; n must be at least 1 ([NewSource] fails otherwise).
func WithMaxChallengeLength(n int) SourceOption {
	return func(c *sourceConfig) { c.maxChallenge = n }
}

// WithSignedVerify makes the source require a valid SC-Signature on VERIFY
// challenges too, closing the signing oracle completely. Use it once you
// have seen that Smartcar signs VERIFY for your application.
func WithSignedVerify() SourceOption {
	return func(c *sourceConfig) { c.signedVerify = true }
}

// NewSource returns a [Source] for the given Application Management Token.
// The error wraps verify.ErrInvalidSecret when a token is empty,
// verify.ErrUnsupportedOption for a verify option SC-Signature has no use
// for, and reports a challenge limit below 1.
func NewSource(managementToken string, opts ...SourceOption) (*Source, error) {
	c := sourceConfig{maxChallenge: DefaultMaxChallengeLength}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.maxChallenge < 1 {
		return nil, fmt.Errorf("smartcar: maximum challenge length %d is below 1", c.maxChallenge)
	}
	v, err := NewVerifier(managementToken, c.verifyOpts...)
	if err != nil {
		return nil, err
	}
	return &Source{verifier: v, maxChallenge: c.maxChallenge, signedVerify: c.signedVerify}, nil
}

// Provider returns "smartcar".
func (s *Source) Provider() string { return "smartcar" }

// Catalog lists the routed events: VEHICLE_STATE, VEHICLE_ERROR and the
// v2.0 schedule, scheduled, dynamic and eventBased; anything else is an
// *[Unknown]. VERIFY and verify are answered by the source (Answered).
func (s *Source) Catalog() dispatch.Catalog {
	return dispatch.Catalog{
		Events: map[string]any{
			EventVehicleState: (*VehicleState)(nil),
			EventVehicleError: (*VehicleError)(nil),
			EventSchedule:     (*Schedule)(nil),
			EventScheduled:    (*Schedule)(nil),
			EventDynamic:      (*Schedule)(nil),
			EventEventBased:   (*EventBased)(nil),
		},
		Unknown:  (*Unknown)(nil),
		Answered: []string{EventVerify, EventLegacyVerify},
	}
}

// Verify checks SC-Signature over the exact raw body. Without the header,
// only a VERIFY challenge passes, and only when [WithSignedVerify] is not
// set.
//
// SC-Signature covers no time, so d.ReceivedAt has nothing to be checked
// against: a replayed delivery verifies as long as the token is valid.
// Deduplicate on the event id (the Message ID) to refuse replays.
func (s *Source) Verify(d *dispatch.Delivery) error {
	sig := signatureOf(d.Header)
	if sig == "" && !s.signedVerify && isVerify(d.Body) {
		return nil
	}
	_, err := s.verifier.Check(sig, d.Body)
	return err
}

// isVerify reports whether body is a VERIFY challenge of either generation,
// deciding as [Parse] does.
func isVerify(body []byte) bool {
	p, err := probeOf(body)
	if err != nil {
		return false
	}
	k, _ := p.kind()
	return k == kindVerify
}

// Decode parses the body. A VERIFY becomes a Message whose Reply answers the
// challenge; other events carry their eventId (v2.0 eventBased: payload
// eventId) as the idempotency key.
func (s *Source) Decode(d *dispatch.Delivery) (dispatch.Message, error) {
	ev, err := Parse(d.Body)
	if err != nil {
		return dispatch.Message{}, err
	}
	msg := dispatch.Message{Name: ev.Type(), Event: ev, ID: ev.ID()}
	if v, ok := ev.(*Verify); ok {
		c := v.Challenge()
		if err := s.checkChallenge(c); err != nil {
			return dispatch.Message{}, err
		}
		msg.Reply = &dispatch.Reply{
			Status:      http.StatusOK,
			ContentType: "application/json",
			Body:        appendChallengeResponse(nil, s.verifier.hashChallenge(c)),
		}
	}
	return msg, nil
}

// checkChallenge applies the answering policy described on [Source].
func (s *Source) checkChallenge(c string) error {
	switch t := strings.TrimLeft(c, " \t\r\n"); {
	case c == "":
		return fmt.Errorf("smartcar: %w: empty challenge", ErrChallengeRefused)
	case len(c) > s.maxChallenge:
		return fmt.Errorf("smartcar: %w: challenge of %d bytes exceeds %d", ErrChallengeRefused, len(c), s.maxChallenge)
	case len(t) > 0 && (t[0] == '{' || t[0] == '['):
		return fmt.Errorf("smartcar: %w: challenge looks like JSON", ErrChallengeRefused)
	}
	return nil
}
