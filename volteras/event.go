package volteras

import (
	"bytes"
	jsonv1 "encoding/json"
	"fmt"
	"reflect"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Event types as Volteras names them. They are the names Svix delivers under,
// the names [Parse] takes and patterns for dispatch.Handle; note the
// underscore in rate_limit.updated.
const (
	EventDeviceConnected    = "device.connected"    // [*DeviceConnected]
	EventDeviceDisconnected = "device.disconnected" // [*DeviceDisconnected]
	EventDeviceTelemetry    = "device.telemetry"    // [*Telemetry]
	EventCommandUpdated     = "command.updated"     // [*CommandUpdated]
	EventRateLimitUpdated   = "rate_limit.updated"  // [*RateLimitUpdated]
	EventAlertUpdated       = "alert.updated"       // [*AlertUpdated]
	EventJourneyUpdated     = "journey.updated"     // [*JourneyUpdated]
)

// Event is a decoded Volteras webhook: one of [*DeviceConnected],
// [*DeviceDisconnected], [*Telemetry], [*CommandUpdated],
// [*RateLimitUpdated], [*AlertUpdated], [*JourneyUpdated], or [*Unknown] for
// event types this package does not know. Every event returned by [Parse]
// keeps the body it was decoded from, and marshals back (with json v2 and
// with encoding/json) to JSON equal to that body as a JSON tree.
type Event interface {
	// Type returns the event type exactly as Volteras names it, such as
	// "device.telemetry".
	Type() string
	// ID returns "": Volteras bodies carry no idempotency key. The Svix
	// message id (svix-id header) is the key; [Source] puts it in
	// dispatch.Message.ID.
	ID() string
	// Raw returns the exact body the event was parsed from, or nil for an
	// event built in Go. It is the caller's slice, not a copy.
	Raw() jsonv1.RawMessage
}

// EventTypes maps every event type this package knows to a typed nil pointer of
// the Go type [Parse] decodes it into. Other names decode to [*Unknown].
func EventTypes() map[string]any {
	return map[string]any{
		EventDeviceConnected:    (*DeviceConnected)(nil),
		EventDeviceDisconnected: (*DeviceDisconnected)(nil),
		EventDeviceTelemetry:    (*Telemetry)(nil),
		EventCommandUpdated:     (*CommandUpdated)(nil),
		EventRateLimitUpdated:   (*RateLimitUpdated)(nil),
		EventAlertUpdated:       (*AlertUpdated)(nil),
		EventJourneyUpdated:     (*JourneyUpdated)(nil),
	}
}

// KnownEventType reports whether name is one of the event types this package
// decodes into a typed event.
func KnownEventType(name string) bool {
	switch name {
	case EventDeviceConnected, EventDeviceDisconnected, EventDeviceTelemetry,
		EventCommandUpdated, EventRateLimitUpdated, EventAlertUpdated, EventJourneyUpdated:
		return true
	}
	return false
}

// Parse decodes body, the exact bytes of a delivery, as an event of type
// eventType. The body does not carry its type, so the caller must supply it
// (see [Source] for resolving it from a route or header, and [DetectEventType]
// for the shape-detection fallback).
//
// A known eventType yields its typed event; a body that does not fit it is an
// error, never a silent reclassification. An eventType this package does not
// know yields an [*Unknown] holding the type and the raw body, and no error.
// The event keeps body itself (Raw returns it): the caller must not modify
// body afterwards.
//
// Parse fails on an empty eventType ([ErrNoEventType]); on an empty body,
// invalid JSON, duplicate member names or invalid UTF-8 (wrapping
// *jsontext.SyntacticError); on a top level that is not an object
// ([ErrNotObject], also wrapping *json.SemanticError); on a wrong JSON type
// for a known member that is not lenient, such as a number for a string or a
// null element inside an array (wrapping *json.SemanticError); and on a
// device.telemetry body without metricType ([ErrMissingMetricType]). Unknown
// members, unknown enum values, unknown metric types and odd numbers or
// times are not errors.
func Parse(eventType string, body []byte) (Event, error) {
	if eventType == "" {
		return nil, fmt.Errorf("volteras: parse: %w", ErrNoEventType)
	}
	if err := checkObject(body); err != nil {
		return nil, fmt.Errorf("volteras: parse %q: %w", eventType, err)
	}
	var (
		ev  Event
		err error
	)
	switch eventType {
	case EventDeviceConnected:
		e := &DeviceConnected{raw: body}
		ev, err = e, json.Unmarshal(body, e)
	case EventDeviceDisconnected:
		e := &DeviceDisconnected{raw: body}
		ev, err = e, json.Unmarshal(body, e)
	case EventDeviceTelemetry:
		e := &Telemetry{raw: body}
		ev, err = e, e.decode(body)
	case EventCommandUpdated:
		e := &CommandUpdated{raw: body}
		ev, err = e, json.Unmarshal(body, e)
	case EventRateLimitUpdated:
		e := &RateLimitUpdated{raw: body}
		ev, err = e, json.Unmarshal(body, e)
	case EventAlertUpdated:
		e := &AlertUpdated{raw: body}
		ev, err = e, json.Unmarshal(body, e)
	case EventJourneyUpdated:
		e := &JourneyUpdated{raw: body}
		ev, err = e, json.Unmarshal(body, e)
	default:
		var v struct{} // validates the whole body: syntax, duplicates, UTF-8
		if err := json.Unmarshal(body, &v); err != nil {
			return nil, fmt.Errorf("volteras: parse %q: %w", eventType, err)
		}
		return &Unknown{Name: eventType, raw: body}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("volteras: parse %q: %w", eventType, err)
	}
	return ev, nil
}

// checkObject rejects a body whose top level is not a JSON object, returning
// the *jsontext.SyntacticError of an empty or invalid body, or ErrNotObject
// joined with a *json.SemanticError for valid JSON of another kind
// (including null, which json v2 would otherwise accept as "no change").
func checkObject(body []byte) error {
	b := bytes.TrimLeft(body, " \t\r\n")
	if len(b) > 0 && b[0] == '{' {
		return nil
	}
	var v jsontext.Value
	if err := json.Unmarshal(body, &v); err != nil {
		return err // empty or invalid JSON
	}
	return fmt.Errorf("%w: %w", ErrNotObject, &json.SemanticError{JSONKind: v.Kind(), GoType: typeOfMap})
}

// typeOfMap is the Go type named in the error for a body that is not an
// object: any JSON object would do.
var typeOfMap = reflect.TypeFor[map[string]any]()

// Unknown is an event whose type this package does not know. It keeps the
// type name and the raw body, and marshals back to the raw body.
type Unknown struct {
	// Name is the event type as given to [Parse].
	Name string

	raw []byte
}

// NewUnknown returns an [*Unknown] of type name holding body, which must be
// a JSON object and is not copied.
func NewUnknown(name string, body []byte) *Unknown { return &Unknown{Name: name, raw: body} }

// Type returns [EventDeviceConnected].
func (*DeviceConnected) Type() string { return EventDeviceConnected }

// Type returns [EventDeviceDisconnected].
func (*DeviceDisconnected) Type() string { return EventDeviceDisconnected }

// Type returns [EventDeviceTelemetry].
func (*Telemetry) Type() string { return EventDeviceTelemetry }

// Type returns [EventCommandUpdated].
func (*CommandUpdated) Type() string { return EventCommandUpdated }

// Type returns [EventRateLimitUpdated].
func (*RateLimitUpdated) Type() string { return EventRateLimitUpdated }

// Type returns [EventAlertUpdated].
func (*AlertUpdated) Type() string { return EventAlertUpdated }

// Type returns [EventJourneyUpdated].
func (*JourneyUpdated) Type() string { return EventJourneyUpdated }

// Type returns u.Name.
func (u *Unknown) Type() string { return u.Name }

// ID returns "": the body carries no id (see [Event]).
func (*DeviceConnected) ID() string { return "" }

// ID returns "": the body carries no id (see [Event]).
func (*DeviceDisconnected) ID() string { return "" }

// ID returns "": the body carries no id (see [Event]).
func (*Telemetry) ID() string { return "" }

// ID returns "": the body carries no id (see [Event]).
func (*CommandUpdated) ID() string { return "" }

// ID returns "": the body carries no id (see [Event]).
func (*RateLimitUpdated) ID() string { return "" }

// ID returns "": the body carries no id (see [Event]).
func (*AlertUpdated) ID() string { return "" }

// ID returns "": the body carries no id (see [Event]).
func (*JourneyUpdated) ID() string { return "" }

// ID returns "": the body carries no id (see [Event]).
func (*Unknown) ID() string { return "" }

// Raw returns the body the event was parsed from.
func (e *DeviceConnected) Raw() jsonv1.RawMessage { return e.raw }

// Raw returns the body the event was parsed from.
func (e *DeviceDisconnected) Raw() jsonv1.RawMessage { return e.raw }

// Raw returns the body the event was parsed from.
func (e *Telemetry) Raw() jsonv1.RawMessage { return e.raw }

// Raw returns the body the event was parsed from.
func (e *CommandUpdated) Raw() jsonv1.RawMessage { return e.raw }

// Raw returns the body the event was parsed from.
func (e *RateLimitUpdated) Raw() jsonv1.RawMessage { return e.raw }

// Raw returns the body the event was parsed from.
func (e *AlertUpdated) Raw() jsonv1.RawMessage { return e.raw }

// Raw returns the body the event was parsed from.
func (e *JourneyUpdated) Raw() jsonv1.RawMessage { return e.raw }

// Raw returns the body the event was parsed from.
func (u *Unknown) Raw() jsonv1.RawMessage { return u.raw }

// MarshalJSONTo writes the raw body, or null when there is none.
func (u Unknown) MarshalJSONTo(enc *jsontext.Encoder) error {
	if len(u.raw) == 0 {
		return enc.WriteToken(jsontext.Null)
	}
	return enc.WriteValue(u.raw)
}

// MarshalJSON is [Unknown.MarshalJSONTo] for encoding/json.
func (u Unknown) MarshalJSON() ([]byte, error) {
	if len(u.raw) == 0 {
		return []byte("null"), nil
	}
	return u.raw, nil
}
