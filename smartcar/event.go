package smartcar

import (
	jsonv1 "encoding/json"
	"fmt"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Event is a decoded Smartcar webhook payload: *[Verify], *[VehicleState],
// *[VehicleError], *[Schedule], *[EventBased] or *[Unknown].
type Event interface {
	// Type returns the event name exactly as sent: "VEHICLE_STATE",
	// "VEHICLE_ERROR", "VERIFY" (v4.0), or the v2.0 eventName "verify",
	// "schedule", "scheduled", "dynamic", "eventBased"; or any other name
	// for an [Unknown] event.
	Type() string
	// ID returns the event's idempotency key: eventId in v3.0/v4.0,
	// payload.eventId for v2.0 eventBased, "" when the payload has none
	// (v2.0 verify, schedule and dynamic).
	ID() string
	// Raw returns the exact body the event was decoded from.
	Raw() jsonv1.RawMessage
}

// Event names as Smartcar sends them: untyped string constants, usable as
// dispatch patterns as they are.
const (
	// EventVerify is the v4.0 VERIFY challenge; [Source] answers it.
	EventVerify = "VERIFY"
	// EventVehicleState is the v3.0/v4.0 VEHICLE_STATE event.
	EventVehicleState = "VEHICLE_STATE"
	// EventVehicleError is the v4.0 VEHICLE_ERROR event.
	EventVehicleError = "VEHICLE_ERROR"
	// EventLegacyVerify is the v2.0 verify challenge; [Source] answers it.
	EventLegacyVerify = "verify"
	// EventSchedule is the v2.0 scheduled webhook as the v2.0 guide's
	// example names it.
	EventSchedule = "schedule"
	// EventScheduled is the name some v2.0 documents give scheduled
	// webhooks.
	EventScheduled = "scheduled"
	// EventDynamic is the deprecated v2.0 dynamic webhook.
	EventDynamic = "dynamic"
	// EventEventBased is the v2.0 event-based (charging) webhook.
	EventEventBased = "eventBased"
)

// Parse decodes a webhook body of any generation. The generation is read
// from the bytes: a top-level "eventName" means v2.0 (verify, schedule,
// scheduled, dynamic, eventBased); otherwise a top-level "eventType" means
// v3.0/v4.0 (VERIFY, VEHICLE_STATE, VEHICLE_ERROR). A name the package does
// not know yields an *[Unknown] holding the raw bytes, not an error; a body
// with neither member wraps [ErrUnknownEnvelope], and an eventId, eventType
// or eventName that is present but not a non-empty string wraps
// [ErrMalformedEnvelope].
//
// Decoding is json v2 over the typed structs. Decode errors wrap the json v2
// cause: *jsontext.SyntacticError for malformed JSON, duplicate member names
// and invalid UTF-8 (all rejected), *json.SemanticError for a member of the
// wrong kind. A signal body that does not fit its type does not fail Parse:
// see [SignalBody].
//
// Parse keeps body: the event's Raw method returns it without a copy, so the
// caller must not modify body afterwards.
//
// Parse does not check signatures: call [VerifySignature] (or a [Verifier])
// on the same bytes first.
func Parse(body []byte) (Event, error) {
	p, err := probeOf(body)
	if err != nil {
		return nil, err
	}
	var ev Event
	switch p.generation() {
	case 2:
		switch p.name {
		case EventLegacyVerify:
			ev = &Verify{raw: body}
		case EventSchedule, EventScheduled, EventDynamic:
			ev = &Schedule{raw: body}
		case EventEventBased:
			ev = &EventBased{raw: body}
		}
	case 4:
		switch p.name {
		case EventVerify:
			ev = &Verify{raw: body}
		case EventVehicleState:
			ev = &VehicleState{raw: body}
		case EventVehicleError:
			ev = &VehicleError{raw: body}
		}
	default:
		return nil, fmt.Errorf("smartcar: %w: no eventName or eventType", ErrUnknownEnvelope)
	}
	if ev == nil {
		return newUnknown(p.name, body)
	}
	if err := json.Unmarshal(body, ev); err != nil {
		return nil, fmt.Errorf("smartcar: decode %s: %w", p.name, err)
	}
	return ev, nil
}

// probe reads the top-level identity members that tell the generation and
// the event, checking each present one is a non-empty string.
type probe struct {
	EventName probeString `json:"eventName"`
	EventType probeString `json:"eventType"`
	EventID   probeString `json:"eventId"` // checked only: never stored

	name string // the event name, once checked
}

// probeString is a top-level identity member: its presence, whether it is a
// non-empty string, and for the discriminators the string.
type probeString struct {
	s             string
	present, good bool
	skip          bool // check only; leave s empty
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom.
func (p *probeString) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	p.present = true
	if v.Kind() == '"' && len(v) > 2 {
		p.good = true
		if !p.skip {
			p.s = unquote(v)
		}
	}
	return nil
}

func probeOf(body []byte) (probe, error) {
	var p probe
	p.EventID.skip = true
	if err := json.Unmarshal(body, &p); err != nil {
		return p, fmt.Errorf("smartcar: %w", err)
	}
	for _, m := range [...]struct {
		name string
		v    *probeString
	}{{"eventName", &p.EventName}, {"eventType", &p.EventType}, {"eventId", &p.EventID}} {
		if m.v.present && !m.v.good {
			return p, fmt.Errorf("smartcar: %w: %s is not a non-empty string", ErrMalformedEnvelope, m.name)
		}
	}
	switch {
	case p.EventName.good:
		p.name = p.EventName.s
	case p.EventType.good:
		p.name = p.EventType.s
	}
	return p, nil
}

// generation returns 2 for v2.0, 4 for v3.0/v4.0, 0 when neither
// discriminator is present.
func (p *probe) generation() int {
	switch {
	case p.EventName.good:
		return 2
	case p.EventType.good:
		return 4
	}
	return 0
}

// Unknown is an event whose name the package does not know, from any
// generation. It keeps the raw bytes and marshals them back unchanged.
type Unknown struct {
	// Name is the eventName (v2.0) or eventType (v3.0/v4.0) as sent.
	Name string
	// EventID is the top-level eventId when the body has one, else "".
	EventID string

	raw []byte
}

// newUnknown returns the [Unknown] event for body.
func newUnknown(name string, body []byte) (*Unknown, error) {
	var id struct {
		EventID string `json:"eventId"`
	}
	if err := json.Unmarshal(body, &id); err != nil {
		return nil, fmt.Errorf("smartcar: decode %s: %w", name, err)
	}
	return &Unknown{Name: name, EventID: id.EventID, raw: body}, nil
}

// NewUnknown returns an [Unknown] event named name for body, which it keeps
// (for tests and tools; [Parse] makes them for names it does not know).
func NewUnknown(name, eventID string, body []byte) *Unknown {
	return &Unknown{Name: name, EventID: eventID, raw: body}
}

// Type returns the event name as sent.
func (u *Unknown) Type() string { return u.Name }

// ID returns the eventId, or "".
func (u *Unknown) ID() string { return u.EventID }

// Raw returns the body as received.
func (u *Unknown) Raw() jsonv1.RawMessage { return u.raw }

// MarshalJSONTo implements json.MarshalerTo: the raw bytes.
func (u *Unknown) MarshalJSONTo(enc *jsontext.Encoder) error {
	if len(u.raw) == 0 {
		return enc.WriteToken(jsontext.Null)
	}
	return enc.WriteValue(u.raw)
}

// MarshalJSON implements the encoding/json Marshaler: the raw bytes.
func (u *Unknown) MarshalJSON() ([]byte, error) {
	if len(u.raw) == 0 {
		return []byte("null"), nil
	}
	return u.raw, nil
}
