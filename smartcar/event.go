package smartcar

import (
	"bytes"
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
// from the bytes: a top-level "eventName" that is a non-empty string means
// v2.0 (verify, schedule, scheduled, dynamic, eventBased); otherwise a
// top-level "eventType" that is a non-empty string means v3.0/v4.0 (VERIFY,
// VEHICLE_STATE, VEHICLE_ERROR). A name the package does not know yields an
// *[Unknown] holding the raw bytes, not an error; a body with neither wraps
// [ErrUnknownEnvelope].
//
// Decoding is json v2 over the typed structs, in one pass in the common
// case: Parse picks the struct from a hint (which event names occur in the
// bytes), decodes, and confirms the choice from the decoded identity
// members; a wrong hint costs a second decode, never a wrong result. Decode
// errors wrap the json v2 cause: *jsontext.SyntacticError for malformed
// JSON, duplicate member names and invalid UTF-8 (all rejected),
// *json.SemanticError for a member of the wrong kind. A signal body that
// does not fit its type does not fail Parse: see [SignalBody].
//
// Parse keeps body: the event's Raw method returns it without a copy, so the
// caller must not modify body afterwards.
//
// Parse does not check signatures: call [VerifySignature] (or a [Verifier])
// on the same bytes first.
func Parse(body []byte) (Event, error) {
	k := hint(body)
	for range 2 {
		ev := newEvent(k, body)
		if err := json.Unmarshal(body, ev); err != nil {
			// The body does not fit the hinted struct: tell what it is.
			p, perr := probeOf(body)
			if perr != nil {
				return nil, perr
			}
			k2, name := p.kind()
			switch k2 {
			case kindNone:
				return nil, fmt.Errorf("smartcar: %w: no eventName or eventType", ErrUnknownEnvelope)
			case kindUnknown:
				return newUnknown(name, body, p.EventID)
			case k:
				return nil, fmt.Errorf("smartcar: decode %s: %w", name, err)
			}
			k = k2
			continue
		}
		k2, name, err := identify(ev)
		if err != nil {
			return nil, err
		}
		switch k2 {
		case k:
			return ev, nil
		case kindNone:
			return nil, fmt.Errorf("smartcar: %w: no eventName or eventType", ErrUnknownEnvelope)
		case kindUnknown:
			p, err := probeOf(body)
			if err != nil {
				return nil, err
			}
			return newUnknown(name, body, p.EventID)
		}
		k = k2
	}
	return nil, fmt.Errorf("smartcar: %w: the identity members changed between decodes", ErrUnknownEnvelope) // unreachable
}

// kind is the struct an event name decodes into.
type kind uint8

const (
	kindNone    kind = iota // neither discriminator
	kindUnknown             // a name the package does not know
	kindState
	kindError
	kindVerify
	kindSchedule
	kindEventBased
)

// hintWindow is how much of a body [hint] looks at: the identity members
// come first in every documented and observed payload, and a body whose
// names come later is still decoded right, with a second pass.
const hintWindow = 640

// hint guesses the kind of body from the event names in its first bytes;
// [Parse] confirms the guess from the decoded members.
func hint(body []byte) kind {
	if len(body) > hintWindow {
		body = body[:hintWindow]
	}
	// The patterns leave out the opening quote, a byte too common to search
	// for; a false match only costs a second decode.
	if bytes.Contains(body, []byte(`ventName"`)) {
		switch {
		case bytes.Contains(body, []byte(`ventBased"`)):
			return kindEventBased
		case bytes.Contains(body, []byte(`verify"`)):
			return kindVerify
		}
		return kindSchedule
	}
	switch {
	case bytes.Contains(body, []byte(`VEHICLE_ERROR"`)):
		return kindError
	case bytes.Contains(body, []byte(`VERIFY"`)):
		return kindVerify
	}
	return kindState
}

// newEvent returns a new event of kind k keeping body.
func newEvent(k kind, body []byte) Event {
	switch k {
	case kindError:
		return &VehicleError{raw: body}
	case kindVerify:
		return &Verify{raw: body}
	case kindSchedule:
		return &Schedule{raw: body}
	case kindEventBased:
		return &EventBased{raw: body}
	}
	return &VehicleState{raw: body}
}

// kindOf tells the kind from the two discriminators.
func kindOf(eventName, eventType string) (kind, string) {
	switch {
	case eventName != "":
		switch eventName {
		case EventLegacyVerify:
			return kindVerify, eventName
		case EventSchedule, EventScheduled, EventDynamic:
			return kindSchedule, eventName
		case EventEventBased:
			return kindEventBased, eventName
		}
		return kindUnknown, eventName
	case eventType != "":
		switch eventType {
		case EventVerify:
			return kindVerify, eventType
		case EventVehicleState:
			return kindState, eventType
		case EventVehicleError:
			return kindError, eventType
		}
		return kindUnknown, eventType
	}
	return kindNone, ""
}

// identify tells the kind of a decoded event from its identity members; a
// discriminator the struct has no field for is in its Extra.
func identify(ev Event) (kind, string, error) {
	var name, typ string
	var extra []byte
	switch ev := ev.(type) {
	case *VehicleState:
		typ, extra = ev.EventType.Value, ev.Extra
	case *VehicleError:
		typ, extra = ev.EventType.Value, ev.Extra
	case *Verify:
		name, typ = ev.EventName.Value, ev.EventType.Value
	case *Schedule:
		name, extra = ev.EventName.Value, ev.Extra
	case *EventBased:
		name, extra = ev.EventName.Value, ev.Extra
	}
	if len(extra) > 0 {
		var p probe
		p.EventID.skip = true
		if err := json.Unmarshal(extra, &p); err != nil {
			return kindNone, "", fmt.Errorf("smartcar: %w", err) // unreachable: Extra was decoded
		}
		if p.EventName.good {
			name = p.EventName.s
		}
		if p.EventType.good && typ == "" {
			typ = p.EventType.s
		}
	}
	k, n := kindOf(name, typ)
	return k, n, nil
}

// probe reads the top-level identity members that tell the generation and
// the event; it is used when the hinted struct does not fit the body.
type probe struct {
	EventName probeString `json:"eventName"`
	EventType probeString `json:"eventType"`
	EventID   probeString `json:"eventId"`
}

// probeString is a top-level identity member: whether it is a non-empty
// string, and that string.
type probeString struct {
	s    string
	good bool
	skip bool // check only; leave s empty
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom.
func (p *probeString) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
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
	if err := json.Unmarshal(body, &p); err != nil {
		return p, fmt.Errorf("smartcar: %w", err)
	}
	return p, nil
}

func (p *probe) kind() (kind, string) {
	var name, typ string
	if p.EventName.good {
		name = p.EventName.s
	}
	if p.EventType.good {
		typ = p.EventType.s
	}
	return kindOf(name, typ)
}

// Unknown is an event whose name the package does not know, from any
// generation: the name as sent, the top-level eventId when it is a string,
// and the raw bytes, which it marshals back unchanged.
type Unknown struct {
	name, id string
	raw      []byte
}

// newUnknown returns the [Unknown] event for body; id is its probed
// eventId.
func newUnknown(name string, body []byte, id probeString) (*Unknown, error) {
	return &Unknown{name: name, id: id.s, raw: body}, nil
}

// NewUnknown returns an [Unknown] event named name with the given eventId
// ("" for none) for body, which it keeps; for tests and tools, as [Parse]
// makes them for names it does not know.
func NewUnknown(name, eventID string, body []byte) *Unknown {
	return &Unknown{name: name, id: eventID, raw: body}
}

// Type returns the event name as sent: the eventName (v2.0) or eventType
// (v3.0/v4.0).
func (u *Unknown) Type() string { return u.name }

// ID returns the top-level eventId, or "".
func (u *Unknown) ID() string { return u.id }

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
