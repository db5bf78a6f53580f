package volteras

import (
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
)

// Source is the Volteras side of a [dispatch.Router]: it verifies deliveries
// with the endpoint's Standard Webhooks secret, resolves their event type
// and decodes them with [Parse]. Build it with [NewSource]; it is safe for
// concurrent use.
//
// Volteras bodies do not name their event type, so the source takes it, in
// this order of precedence, from:
//
//  1. the name a stored delivery was kept under ([dispatch.Delivery] Name,
//     set by dispatch.Router.DeliverStored);
//  2. the fixed type of the endpoint, [WithEventType];
//  3. a path value of the request, [WithPathValue], for a route such as
//     POST /webhooks/volteras/{event};
//  4. a header configured in the Volteras portal, [WithEventTypeHeader];
//  5. the shape of the body, only with [WithShapeDetection] and only for the
//     kinds that are unambiguous (see [DetectEventType]).
//
// A source that is absent or empty for a delivery (no path value, no
// header) passes to the next one. When none gives a type, Decode fails with
// [ErrNoEventType], or with the error of shape detection
// ([ErrAmbiguousEventType], [ErrUnrecognizedShape]); a header naming a type
// that is not accepted fails with [ErrUnacceptedEventType]. The router
// answers 400 to each. Without any of the options 2 to 5 the source reads
// the path value "event", as if [WithPathValue]("event") were given.
//
// # Replays to another event type
//
// The URL and custom headers are not signed (Svix signs the message id,
// timestamp and body), so with one secret for every type a captured
// device.connected could be re-posted as device.disconnected. The Volteras
// portal gives every event type's endpoint its own secret: configure them
// with [WithEventSecret] and each delivery is verified with the secret of
// the type it claims (stored name, fixed type, path value or header; never
// the body). A delivery re-posted under another type then fails
// verification (401). A claimed type without a secret of its own is
// verified with the shared secret given to NewSource; when that is "" (per-
// type secrets only), such a delivery, and one whose type cannot be
// resolved before verification, fails with [ErrNoSecret]. Deduplicate on the
// message id as well (dispatch.WithDeduplicator) to refuse exact replays.
//
// # Time window
//
// The svix-timestamp must lie within the verifier's tolerance (default 5
// minutes, [verify.WithTolerance] through [WithVerifyOptions]) of the
// delivery's ReceivedAt, or of the clock when ReceivedAt is zero.
//
// The message id (svix-id, else webhook-id) is the [dispatch.Message] ID, so
// the router's deduplication skips Svix's retries. [Event.ID] is "".
type Source struct {
	shared    *verify.StandardWebhooks // nil when NewSource got ""
	perType   map[string]*verify.StandardWebhooks
	fixed     string
	pathValue string
	header    string
	accepted  map[string]bool
	detect    bool
}

var _ dispatch.Source = (*Source)(nil)

// SourceOption configures a [Source].
type SourceOption func(*sourceConfig)

type sourceConfig struct {
	fixed      string
	pathValue  string
	header     string
	accepted   []string
	detect     bool
	verifyOpts []verify.Option
	secrets    map[string]string
	errs       []error
}

// WithEventType fixes the event type of every delivery to the source: use it
// for an endpoint registered for one event type in the Volteras portal. It
// takes precedence over the path value, header and shape.
func WithEventType(eventType string) SourceOption {
	return func(c *sourceConfig) {
		if eventType == "" {
			c.errs = append(c.errs, errors.New("WithEventType: empty event type"))
		}
		c.fixed = eventType
	}
}

// WithPathValue takes the event type from the request's path value of the
// given wildcard name (http.Request.PathValue), for one route serving every
// event type, such as POST /webhooks/volteras/{event} with name "event".
// Any non-empty value is used; names this package does not know decode to
// [*Unknown]. The URL is not signed: give each event type its own secret
// ([WithEventSecret]), as the Volteras portal does, to bind the route to the
// signature.
func WithPathValue(name string) SourceOption {
	return func(c *sourceConfig) {
		if name == "" {
			c.errs = append(c.errs, errors.New("WithPathValue: empty wildcard name"))
		}
		c.pathValue = name
	}
}

// WithEventTypeHeader takes the event type from the named request header,
// a custom header configured per event type in the Volteras portal (for
// example X-Volteras-Event). Custom headers are not signed, so only known
// event types and those given to [WithAcceptedEventTypes] are accepted; any
// other value fails with [ErrUnacceptedEventType].
func WithEventTypeHeader(name string) SourceOption {
	return func(c *sourceConfig) {
		if name == "" || strings.ContainsAny(name, " \t\r\n:") {
			c.errs = append(c.errs, fmt.Errorf("WithEventTypeHeader: invalid header name %q", name))
		}
		c.header = name
	}
}

// WithAcceptedEventTypes accepts event types this package does not know yet
// from the [WithEventTypeHeader] header; they decode to [*Unknown].
func WithAcceptedEventTypes(eventTypes ...string) SourceOption {
	return func(c *sourceConfig) { c.accepted = append(c.accepted, eventTypes...) }
}

// WithShapeDetection lets the source fall back to [DetectEventType] when no
// other way gives an event type. device.connected and device.disconnected
// are never guessed: such deliveries fail with [ErrAmbiguousEventType].
func WithShapeDetection() SourceOption {
	return func(c *sourceConfig) { c.detect = true }
}

// WithVerifyOptions passes options to the Standard Webhooks verifiers of the
// source, such as [verify.WithAdditionalSecrets] for rotation (applied to
// every secret of the source) or [verify.WithTolerance]. An option the
// verifier does not support makes NewSource fail.
func WithVerifyOptions(opts ...verify.Option) SourceOption {
	return func(c *sourceConfig) { c.verifyOpts = append(c.verifyOpts, opts...) }
}

// WithEventSecret verifies deliveries that claim eventType with its own
// secret, the one the Volteras portal shows for that event type's endpoint,
// so that a delivery re-posted under another type fails verification (see
// [Source]). The claimed type comes from the stored name, fixed type, path
// value or header, never from the unverified body. An empty event type or
// an unusable secret is an error, and so is a source whose only way of
// resolving the type is [WithShapeDetection].
func WithEventSecret(eventType, secret string) SourceOption {
	return func(c *sourceConfig) {
		if eventType == "" {
			c.errs = append(c.errs, errors.New("WithEventSecret: empty event type"))
		}
		if c.secrets == nil {
			c.secrets = map[string]string{}
		}
		c.secrets[eventType] = secret
	}
}

// NewSource returns a [Source] verifying with secret, the endpoint's signing
// secret ("whsec_…"). secret may be "" when every event type the source
// serves has its own secret ([WithEventSecret]); otherwise a secret that
// cannot be used is an error wrapping [verify.ErrInvalidSecret]. An invalid
// or contradictory option is an error too.
func NewSource(secret string, opts ...SourceOption) (*Source, error) {
	var c sourceConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if err := errors.Join(c.errs...); err != nil {
		return nil, fmt.Errorf("volteras: new source: %w", err)
	}
	if c.fixed == "" && c.pathValue == "" && c.header == "" {
		if !c.detect {
			c.pathValue = "event"
		} else if len(c.secrets) > 0 {
			return nil, errors.New("volteras: new source: WithEventSecret needs WithEventType, WithPathValue or WithEventTypeHeader: shape detection reads the unverified body")
		}
	}
	vopts := c.verifyOpts
	s := &Source{
		fixed:     c.fixed,
		pathValue: c.pathValue,
		header:    http.CanonicalHeaderKey(c.header),
		detect:    c.detect,
	}
	if secret != "" || len(c.secrets) == 0 {
		v, err := NewVerifier(secret, vopts...)
		if err != nil {
			return nil, fmt.Errorf("volteras: new source: %w", err)
		}
		s.shared = v
	}
	if len(c.accepted) > 0 {
		s.accepted = make(map[string]bool, len(c.accepted))
		for _, name := range c.accepted {
			s.accepted[name] = true
		}
	}
	if len(c.secrets) > 0 {
		s.perType = make(map[string]*verify.StandardWebhooks, len(c.secrets))
		for name, secret := range c.secrets {
			v, err := NewVerifier(secret, vopts...)
			if err != nil {
				return nil, fmt.Errorf("volteras: new source: secret for %s: %w", name, err)
			}
			s.perType[name] = v
		}
	}
	return s, nil
}

// Provider returns "volteras".
func (s *Source) Provider() string { return "volteras" }

// Catalog lists the seven Volteras event types with their Go types, and
// [*Unknown] for the others.
func (s *Source) Catalog() dispatch.Catalog {
	return dispatch.Catalog{Events: EventTypes(), Unknown: (*Unknown)(nil)}
}

// Verify checks the Standard Webhooks signature of the delivery's raw body
// with the secret of the event type it claims (see [Source]), then the
// timestamp window against d.ReceivedAt (the clock when zero). It allocates
// nothing when the delivery verifies.
func (s *Source) Verify(d *dispatch.Delivery) error {
	v := s.shared
	if s.perType != nil {
		name, err := s.claimedType(d)
		if pv, ok := s.perType[name]; ok && err == nil && name != "" {
			v = pv
		} else if v == nil {
			if err != nil {
				return fmt.Errorf("volteras: %w: %w", ErrNoSecret, err)
			}
			return fmt.Errorf("volteras: %w: event type %q", ErrNoSecret, name)
		}
	}
	if err := v.VerifyAt(d.Header, d.Body, d.ReceivedAt); err != nil {
		return fmt.Errorf("volteras: %w", err)
	}
	return nil
}

// Decode resolves the delivery's event type and parses its body with
// [Parse]. The message id is the svix-id header, else webhook-id.
func (s *Source) Decode(d *dispatch.Delivery) (dispatch.Message, error) {
	name, err := s.eventType(d)
	if err != nil {
		return dispatch.Message{}, err
	}
	ev, err := Parse(name, d.Body)
	if err != nil {
		return dispatch.Message{}, err
	}
	return dispatch.Message{Name: name, Event: ev, ID: messageID(d.Header)}, nil
}

// eventType resolves the event type of d by the precedence documented on
// [Source].
func (s *Source) eventType(d *dispatch.Delivery) (string, error) {
	name, err := s.claimedType(d)
	if err != nil || name != "" {
		return name, err
	}
	if s.detect {
		return DetectEventType(d.Body)
	}
	return "", fmt.Errorf("volteras: %w: %s", ErrNoEventType, s.missingHint())
}

// claimedType returns the event type given by the stored name, endpoint,
// route or header, or "" when none gives one.
func (s *Source) claimedType(d *dispatch.Delivery) (string, error) {
	if d.Name != "" {
		return d.Name, nil
	}
	if s.fixed != "" {
		return s.fixed, nil
	}
	if s.pathValue != "" && d.Request != nil {
		if name := d.Request.PathValue(s.pathValue); name != "" {
			return name, nil
		}
	}
	if s.header != "" {
		if name := headerValue(d.Header, s.header); name != "" {
			if !KnownEventType(name) && !s.accepted[name] {
				return "", fmt.Errorf("volteras: %w: header %s names an event type that is neither known nor accepted", ErrUnacceptedEventType, s.header)
			}
			return name, nil
		}
	}
	return "", nil
}

func (s *Source) missingHint() string {
	var from []string
	if s.pathValue != "" {
		from = append(from, fmt.Sprintf("no path value %q", s.pathValue))
	}
	if s.header != "" {
		from = append(from, "no "+s.header+" header")
	}
	return strings.Join(from, ", ")
}

// messageID returns the Standard Webhooks message id of a delivery: svix-id,
// else webhook-id, each read on its own as the verifier does.
func messageID(h http.Header) string {
	if id := headerValue(h, "Svix-Id"); id != "" {
		return id
	}
	return headerValue(h, "Webhook-Id")
}

// headerValue returns the first value of the canonical header name, also
// when h was built without canonical keys.
func headerValue(h http.Header, canonical string) string {
	if vs := h[canonical]; len(vs) > 0 {
		return vs[0]
	}
	for k, vs := range h {
		if len(vs) > 0 && strings.EqualFold(k, canonical) {
			return vs[0]
		}
	}
	return ""
}
