package smartcar

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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
}

// Event names as Smartcar sends them.
const (
	// v3.0/v4.0 eventType values.
	EventVerify       = "VERIFY"
	EventVehicleState = "VEHICLE_STATE"
	EventVehicleError = "VEHICLE_ERROR"

	// v2.0 eventName values.
	EventLegacyVerify = "verify"
	EventSchedule     = "schedule"
	EventScheduled    = "scheduled" // the name some v2.0 documents give scheduled webhooks
	EventDynamic      = "dynamic"
	EventEventBased   = "eventBased"
)

// Parse decodes a webhook body of any generation. The generation is read
// from the bytes: a top-level "eventName" means v2.0 (verify, schedule,
// scheduled, dynamic, eventBased); otherwise a top-level "eventType" means
// v3.0/v4.0 (VERIFY, VEHICLE_STATE, VEHICLE_ERROR). A name the package does
// not know yields an *[Unknown] holding the raw bytes, not an error; a body
// with neither field wraps [ErrUnknownEnvelope].
//
// Decode errors wrap the encoding/json cause (*json.SyntaxError,
// *json.UnmarshalTypeError). A signal body that does not fit its type does
// not fail Parse: see [Signal.BodyErr]. Parse copies body; the returned
// event does not refer to it.
//
// Parse does not check signatures: call [VerifySignature] (or a [Verifier])
// on the same bytes first.
func Parse(body []byte) (Event, error) {
	if ev, ok := parseFast(body); ok {
		return ev, nil
	}
	return parseJSON(body)
}

// parseJSON is [Parse] with encoding/json: the one-pass union decode, then
// parseSlow when the union does not fit.
func parseJSON(body []byte) (Event, error) {
	var w wire
	err := json.Unmarshal(body, &w)
	if err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			return nil, fmt.Errorf("smartcar: %w", err)
		}
		return parseSlow(body, err)
	}
	raw := bytes.Clone(body)
	switch {
	case w.EventName != "":
		switch w.EventName {
		case EventLegacyVerify:
			return w.verify(raw), nil
		case EventSchedule, EventScheduled, EventDynamic:
			return w.schedule(raw), nil
		case EventEventBased:
			return w.eventBased(raw), nil
		}
		return &Unknown{Name: w.EventName, Raw: raw}, nil
	case w.EventType != "":
		switch w.EventType {
		case EventVerify:
			return w.verify(raw), nil
		case EventVehicleState:
			return w.vehicleState(raw), nil
		case EventVehicleError:
			return w.vehicleError(raw), nil
		}
		return &Unknown{Name: w.EventType, EventID: w.EventID, Raw: raw}, nil
	}
	return nil, fmt.Errorf("smartcar: %w: no eventName or eventType", ErrUnknownEnvelope)
}

// probe reads only the discriminators, and the event id when it is a
// string.
type probe struct {
	EventName string          `json:"eventName"`
	EventType string          `json:"eventType"`
	EventID   json.RawMessage `json:"eventId"`
}

// id returns the eventId when it is a string, else "".
func (p *probe) id() string {
	var s string
	if json.Unmarshal(p.EventID, &s) != nil {
		return ""
	}
	return s
}

// parseSlow handles a body that did not fit the all-variants structure:
// an unknown event may have any shape, and a known one is decoded again on
// its own type so that fields of other variants cannot fail it.
func parseSlow(body []byte, cause error) (Event, error) {
	var p probe
	if json.Unmarshal(body, &p) != nil {
		return nil, fmt.Errorf("smartcar: %w", cause)
	}
	raw := bytes.Clone(body)
	var ev Event
	var err error
	switch {
	case p.EventName != "":
		switch p.EventName {
		case EventLegacyVerify:
			ev, err = decodeAs(raw, &Verify{})
		case EventSchedule, EventScheduled, EventDynamic:
			ev, err = decodeAs(raw, &Schedule{})
		case EventEventBased:
			ev, err = decodeAs(raw, &EventBased{})
		default:
			return &Unknown{Name: p.EventName, Raw: raw}, nil
		}
	case p.EventType != "":
		switch p.EventType {
		case EventVerify:
			ev, err = decodeAs(raw, &Verify{})
		case EventVehicleState:
			ev, err = decodeAs(raw, &VehicleState{})
		case EventVehicleError:
			ev, err = decodeAs(raw, &VehicleError{})
		default:
			return &Unknown{Name: p.EventType, EventID: p.id(), Raw: raw}, nil
		}
	default:
		return nil, fmt.Errorf("smartcar: %w", cause)
	}
	if err != nil {
		name := p.EventName
		if name == "" {
			name = p.EventType
		}
		return nil, fmt.Errorf("smartcar: decode %s: %w", name, err)
	}
	return ev, nil
}

// decodeAs decodes raw into ev, whose UnmarshalJSON keeps raw.
func decodeAs[E interface {
	Event
	json.Unmarshaler
}](raw []byte, ev E) (E, error) {
	return ev, ev.UnmarshalJSON(raw)
}

// wire is the union of every generation's and event's fields, so that Parse
// decodes a body in one pass and then picks the event by its name.
type wire struct {
	// v3.0/v4.0
	EventID   string    `json:"eventId"`
	EventType string    `json:"eventType"`
	VehicleID string    `json:"vehicleId"`
	Data      *wireData `json:"data"`
	Triggers  []Trigger `json:"triggers"`
	Meta      *Meta     `json:"meta"`
	// v2.0
	Version   string       `json:"version"`
	WebhookID string       `json:"webhookId"`
	EventName string       `json:"eventName"`
	Mode      Mode         `json:"mode"`
	Payload   *wirePayload `json:"payload"`
}

type wireData struct {
	Challenge string        `json:"challenge"`
	User      User          `json:"user"`
	Vehicle   Vehicle       `json:"vehicle"`
	Signals   Signals       `json:"signals"`
	Triggers  []Trigger     `json:"triggers"`
	Meta      *Meta         `json:"meta"`
	Errors    []ErrorDetail `json:"errors"`
}

type wirePayload struct {
	Challenge string          `json:"challenge"`
	EventID   string          `json:"eventId"`
	VehicleID string          `json:"vehicleId"`
	EventType ChargingEvent   `json:"eventType"`
	EventTime Timestamp       `json:"eventTime"`
	Vehicles  []VehicleReport `json:"vehicles"`
}

func (w *wire) legacy() Legacy {
	return Legacy{Version: w.Version, WebhookID: w.WebhookID, EventName: w.EventName, Mode: w.Mode}
}

// verify builds a VERIFY of either generation. [Verify] has the fields of
// both, so all are kept, as decoding the body into a Verify would.
func (w *wire) verify(raw []byte) *Verify {
	v := &Verify{EventID: w.EventID, EventType: w.EventType, Meta: w.Meta,
		Version: w.Version, WebhookID: w.WebhookID, EventName: w.EventName, Mode: w.Mode, Raw: raw}
	if w.Data != nil {
		v.Data = &ChallengeData{Challenge: w.Data.Challenge}
	}
	if w.Payload != nil {
		v.Payload = &ChallengeData{Challenge: w.Payload.Challenge}
	}
	return v
}

func (w *wire) schedule(raw []byte) *Schedule {
	s := &Schedule{Legacy: w.legacy(), Raw: raw}
	if w.Payload != nil {
		s.Payload = &SchedulePayload{Vehicles: w.Payload.Vehicles}
	}
	return s
}

func (w *wire) eventBased(raw []byte) *EventBased {
	e := &EventBased{Legacy: w.legacy(), Raw: raw}
	if p := w.Payload; p != nil {
		e.Payload = &ChargingPayload{EventID: p.EventID, VehicleID: p.VehicleID, EventType: p.EventType, EventTime: p.EventTime}
	}
	return e
}

func (w *wire) vehicleState(raw []byte) *VehicleState {
	ev := &VehicleState{EventID: w.EventID, EventType: w.EventType, TopVehicleID: w.VehicleID,
		TopTriggers: w.Triggers, TopMeta: w.Meta, Raw: raw}
	if d := w.Data; d != nil {
		d.Signals.decodeBodies()
		ev.Data = StateData{User: d.User, Vehicle: d.Vehicle, Signals: d.Signals, Triggers: d.Triggers, Meta: d.Meta}
	}
	return ev
}

func (w *wire) vehicleError(raw []byte) *VehicleError {
	ev := &VehicleError{EventID: w.EventID, EventType: w.EventType, TopVehicleID: w.VehicleID,
		TopMeta: w.Meta, Raw: raw}
	if d := w.Data; d != nil {
		ev.Data = ErrorData{User: d.User, Vehicle: d.Vehicle, Errors: d.Errors, Meta: d.Meta}
	}
	return ev
}

// Unknown is an event whose name the package does not know, from any
// generation. It keeps the raw bytes and marshals them back unchanged.
type Unknown struct {
	// Name is the eventName (v2.0) or eventType (v3.0/v4.0) as sent.
	Name string
	// EventID is the v3.0/v4.0 eventId, when the body has one.
	EventID string
	// Raw is the whole body as received.
	Raw json.RawMessage
}

// Type returns the event name as sent.
func (u *Unknown) Type() string { return u.Name }

// ID returns the eventId, or "".
func (u *Unknown) ID() string { return u.EventID }

// MarshalJSON returns the raw bytes.
func (u *Unknown) MarshalJSON() ([]byte, error) {
	if len(u.Raw) == 0 {
		return []byte("null"), nil
	}
	return u.Raw, nil
}
