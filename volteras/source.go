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
//  1. the fixed type of the endpoint, [WithEventType];
//  2. a path value of the request, [WithPathValue], for a route such as
//     POST /webhooks/volteras/{event};
//  3. a header configured in the Volteras portal, [WithEventTypeHeader];
//  4. the shape of the body, only with [WithShapeDetection] and only for the
//     kinds that are unambiguous (see [DetectEventType]).
//
// A source that is absent or empty for a delivery (no path value in the pure
// form, no header) passes to the next one. When none gives a type, Decode
// fails with [ErrNoEventType], or with the error of shape detection
// ([ErrAmbiguousEventType], [ErrUnrecognizedShape]); a header naming a type
// that is not accepted fails with [ErrUnacceptedEventType]. The router
// answers 400 to each. Without any of the four options the source reads the
// path value "event", as if [WithPathValue]("event") were given.
//
// The message id (svix-id, else webhook-id) is the [dispatch.Message] ID, so
// the router's deduplication skips Svix's retries.
type Source struct {
	verifier  *verify.StandardWebhooks
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
// takes precedence over every other way of resolving the type.
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
// source, such as [verify.WithAdditionalSecrets] for rotation or
// [verify.WithTolerance].
func WithVerifyOptions(opts ...verify.Option) SourceOption {
	return func(c *sourceConfig) { c.verifyOpts = append(c.verifyOpts, opts...) }
}

// WithEventSecret verifies deliveries of one event type with its own secret,
// for one route serving several endpoints: the Volteras portal gives every
// event type's endpoint its own secret. The event type is resolved from the
// fixed type, path value or header (never from the unverified body) before
// verifying; other types use the secret given to [NewSource]. An empty event
// type is an error, and so is a source whose only way of resolving the type
// is [WithShapeDetection], which reads the unverified body.
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
// secret ("whsec_…"). A secret that cannot be used is an error wrapping
// [verify.ErrInvalidSecret]; an invalid option is an error too.
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
	v, err := NewVerifier(secret, c.verifyOpts...)
	if err != nil {
		return nil, fmt.Errorf("volteras: new source: %w", err)
	}
	s := &Source{
		verifier:  v,
		fixed:     c.fixed,
		pathValue: c.pathValue,
		header:    http.CanonicalHeaderKey(c.header),
		detect:    c.detect,
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
			v, err := NewVerifier(secret, c.verifyOpts...)
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

// Verify checks the Standard Webhooks signature of the delivery's raw body.
// With [WithEventSecret], the secret of the delivery's event type is used.
func (s *Source) Verify(d *dispatch.Delivery) error {
	v := s.verifier
	if s.perType != nil {
		if name, err := s.declaredType(d); err == nil && name != "" {
			if pv, ok := s.perType[name]; ok {
				v = pv
			}
		}
	}
	if err := v.Verify(d.Header, d.Body); err != nil {
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
	name, err := s.declaredType(d)
	if err != nil || name != "" {
		return name, err
	}
	if s.detect {
		return DetectEventType(d.Body)
	}
	return "", fmt.Errorf("volteras: %w: %s", ErrNoEventType, s.missingHint())
}

// declaredType returns the event type given by the endpoint, route or header,
// or "" when none gives one.
func (s *Source) declaredType(d *dispatch.Delivery) (string, error) {
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
