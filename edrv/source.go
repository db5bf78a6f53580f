package edrv

import (
	"errors"
	"fmt"
	"time"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
)

// DefaultMaxAge is the maximum age of an event, by its envelope createdAt,
// that a [Source] built with WithMaxAge(DefaultMaxAge) accepts: 72 hours.
//
// eDRV publishes that it retries failed deliveries and disables an endpoint
// that keeps failing, but not its attempts, back-off or time span. 72 hours
// covers the longest retry spans common among webhook senders (three days)
// with room for a delivery queued behind an outage, and stays below
// dispatch.DefaultDedupTTL (96 hours), so that with deduplication on a
// replayed delivery is either older than the maximum age or still
// remembered.
const DefaultMaxAge = 72 * time.Hour

// AgeError reports a delivery refused by [WithMaxAge]: its envelope
// createdAt is older than the maximum age, or missing or unreadable. It
// wraps [ErrTooOld] and [verify.ErrTimestampTooOld], so that the router
// answers 401 like a stale signature.
type AgeError struct {
	// CreatedAt is the envelope's createdAt; not Valid when it was missing
	// or unreadable.
	CreatedAt Time
	// Age is how long before the reference time the event was created; 0
	// when CreatedAt is not Valid.
	Age time.Duration
	// MaxAge is the configured maximum age.
	MaxAge time.Duration
}

// Error describes the refusal.
func (e *AgeError) Error() string {
	if !e.CreatedAt.Valid() {
		return fmt.Sprintf("edrv: %v: no readable createdAt, maximum age %s", ErrTooOld, e.MaxAge)
	}
	return fmt.Sprintf("edrv: %v: created %s ago, maximum age %s", ErrTooOld, e.Age.Round(time.Second), e.MaxAge)
}

// Unwrap returns [ErrTooOld] and [verify.ErrTimestampTooOld].
func (e *AgeError) Unwrap() []error { return []error{ErrTooOld, verify.ErrTimestampTooOld} }

// Source is eDRV's [dispatch.Source]: it verifies the edrv-signature header
// (and, with [WithMaxAge], the age of the event) and decodes the body with
// [Parse]. Message.Name is the envelope's type and Message.ID its _id, the
// key to deduplicate redeliveries on.
type Source struct {
	v      *Verifier
	strict bool
	maxAge time.Duration
}

var _ dispatch.Source = (*Source)(nil)

// SourceOption configures a [Source].
type SourceOption func(*sourceConfig)

type sourceConfig struct {
	verify    []verify.Option
	strict    bool
	maxAge    time.Duration
	maxAgeSet bool
}

// WithVerifyOptions passes options to the source's [Verifier], such as
// [verify.WithTolerance], [verify.WithAdditionalSecrets] or
// [WithSignedContent].
func WithVerifyOptions(opts ...verify.Option) SourceOption {
	return func(c *sourceConfig) { c.verify = append(c.verify, opts...) }
}

// WithStrictData makes Decode fail, so that the router answers 400, when a
// known event's data cannot be decoded. By default such a delivery is
// routed as an [*Unknown] whose Err holds the [*DataError], because eDRV
// disables endpoints that keep failing.
func WithStrictData() SourceOption {
	return func(c *sourceConfig) { c.strict = true }
}

// WithMaxAge makes Verify refuse, after checking the signature, a delivery
// whose envelope createdAt is more than d before the delivery's ReceivedAt
// (or the verifier's clock when it is zero), with an [*AgeError]: the
// router answers 401. The signature covers createdAt but, in eDRV's default
// raw-body mode, not the header's t, so this bounds how long a captured
// delivery can be replayed; deduplication on the envelope _id for at least
// d closes the rest. A delivery without a readable createdAt is refused
// too: it cannot prove its age. See [DefaultMaxAge]; d must be positive.
func WithMaxAge(d time.Duration) SourceOption {
	return func(c *sourceConfig) { c.maxAge, c.maxAgeSet = d, true }
}

// NewSource returns a [Source] for the endpoint secret. It fails with
// [verify.ErrInvalidSecret] when a secret is empty, with an error wrapping
// [verify.ErrUnsupportedOption] for a verifier option eDRV's verifier does
// not support, and when [WithMaxAge] is given a duration that is not
// positive.
func NewSource(secret string, opts ...SourceOption) (*Source, error) {
	var c sourceConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.maxAgeSet && c.maxAge <= 0 {
		return nil, fmt.Errorf("edrv: WithMaxAge(%s): the maximum age must be positive", c.maxAge)
	}
	v, err := NewVerifier(secret, c.verify...)
	if err != nil {
		return nil, err
	}
	return &Source{v: v, strict: c.strict, maxAge: c.maxAge}, nil
}

// Provider returns "edrv".
func (s *Source) Provider() string { return "edrv" }

// Verifier returns the source's verifier, for instance to [Verifier.Sign]
// test deliveries.
func (s *Source) Verifier() *Verifier { return s.v }

// Catalog maps every name of eDRV's catalogue to the types Decode delivers
// for it: the name's event type, such as [*SessionEvent], and [*Unknown],
// which a known event whose data cannot be decoded arrives as (see
// [WithStrictData]); with WithStrictData only the event type. Unknown names
// are delivered as [*Unknown].
func (s *Source) Catalog() dispatch.Catalog {
	events := make(map[string]any, len(catalogue))
	for name, en := range catalogue {
		if s.strict {
			events[name] = typedNil(en.kind)
		} else {
			events[name] = []any{typedNil(en.kind), (*Unknown)(nil)}
		}
	}
	return dispatch.Catalog{Events: events, Unknown: (*Unknown)(nil)}
}

// Verify checks the delivery's signature (see [Verifier.Verify]) with the
// delivery's ReceivedAt, when set, as the current time for the timestamp
// window, and then the maximum age of [WithMaxAge].
func (s *Source) Verify(d *dispatch.Delivery) error {
	now := d.ReceivedAt
	if now.IsZero() {
		now = s.v.cfg.Now()
	}
	if err := s.v.verifyAt(d.Header, d.Body, now); err != nil {
		return err
	}
	if s.maxAge > 0 {
		return s.checkAge(d.Body, now)
	}
	return nil
}

// checkAge applies the maximum age to the envelope createdAt of body.
func (s *Source) checkAge(body []byte, now time.Time) error {
	created, _ := topMember(body, "createdAt", readTime)
	if !created.Valid() {
		return &AgeError{CreatedAt: created, MaxAge: s.maxAge}
	}
	if age := now.Sub(created.Time()); age > s.maxAge {
		return &AgeError{CreatedAt: created, Age: age, MaxAge: s.maxAge}
	}
	return nil
}

// readTime decodes the JSON value v, or nil, as a [Time].
func readTime(v jsontext.Value) Time {
	var t Time
	if len(v) > 0 {
		t.set(v)
	}
	return t
}

// Decode parses the delivery's body with [Parse].
func (s *Source) Decode(d *dispatch.Delivery) (dispatch.Message, error) {
	ev, err := Parse(d.Body)
	if err != nil {
		var de *DataError
		if s.strict || !errors.As(err, &de) || ev == nil {
			return dispatch.Message{}, err
		}
	}
	return dispatch.Message{Name: ev.Type(), Event: ev, ID: ev.ID()}, nil
}
