package volteras

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
)

// Event types as Volteras names them. They are the names Svix delivers under
// and the names [Parse] takes; note the underscore in rate_limit.updated.
const (
	EventDeviceConnected    = "device.connected"
	EventDeviceDisconnected = "device.disconnected"
	EventDeviceTelemetry    = "device.telemetry"
	EventCommandUpdated     = "command.updated"
	EventRateLimitUpdated   = "rate_limit.updated"
	EventAlertUpdated       = "alert.updated"
	EventJourneyUpdated     = "journey.updated"
)

// Event is a decoded Volteras webhook: one of [*DeviceConnected],
// [*DeviceDisconnected], [*Telemetry], [*CommandUpdated],
// [*RateLimitUpdated], [*AlertUpdated], [*JourneyUpdated], or [*Unknown] for
// event types this package does not know. Every event returned by [Parse]
// keeps the body it was decoded from in its Raw field, and marshals back to
// JSON equal to that body (as a JSON tree) for every documented field.
type Event interface {
	// Type returns the event type exactly as Volteras names it, such as
	// "device.telemetry".
	Type() string
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
// The event's Raw field holds a copy of body.
//
// Parse fails on an empty eventType ([ErrNoEventType]), an empty body or
// invalid JSON (wrapping *json.SyntaxError), a top level that is not an
// object ([ErrNotObject], also wrapping *json.UnmarshalTypeError), a wrong
// JSON type for a known field (wrapping *json.UnmarshalTypeError) and a
// device.telemetry body without metricType ([ErrMissingMetricType]). Unknown
// fields, unknown enum values and unknown metric types are not errors.
func Parse(eventType string, body []byte) (Event, error) {
	if eventType == "" {
		return nil, fmt.Errorf("volteras: parse: %w", ErrNoEventType)
	}
	if ev, ok := parseFast(eventType, body); ok {
		return ev, nil
	}
	return parseSlow(eventType, body)
}

// parseSlow is Parse with encoding/json: the reference for parseFast, and
// the path for every body parseFast gives up on, errors included.
func parseSlow(eventType string, body []byte) (Event, error) {
	if err := checkObject(body); err != nil {
		return nil, fmt.Errorf("volteras: parse %q: %w", eventType, err)
	}
	raw := json.RawMessage(bytes.Clone(body))
	var (
		ev  Event
		err error
	)
	switch eventType {
	case EventDeviceConnected:
		e := &DeviceConnected{Raw: raw}
		ev, err = e, json.Unmarshal(body, e)
	case EventDeviceDisconnected:
		e := &DeviceDisconnected{Raw: raw}
		ev, err = e, json.Unmarshal(body, e)
	case EventDeviceTelemetry:
		e := &Telemetry{Raw: raw}
		ev, err = e, e.decode(body)
	case EventCommandUpdated:
		e := &CommandUpdated{Raw: raw}
		ev, err = e, json.Unmarshal(body, e)
	case EventRateLimitUpdated:
		e := &RateLimitUpdated{Raw: raw}
		ev, err = e, e.decode(body)
	case EventAlertUpdated:
		e := &AlertUpdated{Raw: raw}
		ev, err = e, json.Unmarshal(body, e)
	case EventJourneyUpdated:
		e := &JourneyUpdated{Raw: raw}
		ev, err = e, json.Unmarshal(body, e)
	default:
		// checkObject only looked at the first byte.
		if err := json.Unmarshal(body, &struct{}{}); err != nil {
			return nil, fmt.Errorf("volteras: parse %q: %w", eventType, err)
		}
		return &Unknown{Name: eventType, Raw: raw}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("volteras: parse %q: %w", eventType, err)
	}
	return ev, nil
}

// checkObject rejects a body whose top level is not a JSON object, returning
// the *json.SyntaxError of an empty or invalid body, or ErrNotObject joined
// with a *json.UnmarshalTypeError for valid JSON of another type (including
// null, which encoding/json would otherwise accept as "no change").
func checkObject(body []byte) error {
	b := bytes.TrimLeft(body, " \t\r\n")
	if len(b) > 0 && b[0] == '{' {
		return nil
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return err // empty or invalid JSON
	}
	return fmt.Errorf("%w: %w", ErrNotObject,
		&json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[map[string]any]()})
}

// Unknown is an event whose type this package does not know. It keeps the
// type name and the raw body, and marshals back to the raw body.
type Unknown struct {
	// Name is the event type as given to [Parse].
	Name string
	// Raw is the body as received.
	Raw json.RawMessage
}

// Type returns u.Name.
func (u *Unknown) Type() string { return u.Name }

// MarshalJSON returns u.Raw, or null when it is empty.
func (u Unknown) MarshalJSON() ([]byte, error) {
	if len(u.Raw) == 0 {
		return []byte("null"), nil
	}
	return u.Raw, nil
}
