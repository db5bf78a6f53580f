package smartcar

import (
	jsonv1 "encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Schedule is a v2.0 scheduled ("schedule" or "scheduled") or dynamic
// ("dynamic", deprecated) webhook: for each vehicle, the responses of the
// v2.0 REST endpoints the webhook is configured for. It has no event id.
type Schedule struct {
	raw []byte

	// Version is "2.0".
	Version Opt[string] `json:"version,omitzero"`
	// WebhookID identifies the webhook.
	WebhookID Opt[string] `json:"webhookId,omitzero"`
	// EventName is the event name as sent: "schedule", "scheduled" or
	// "dynamic".
	EventName Opt[string] `json:"eventName,omitzero"`
	// Mode is "live", "test" or "simulated" (lower case); it may be absent.
	Mode Opt[Mode] `json:"mode,omitzero"`
	// Payload holds the vehicles.
	Payload Opt[SchedulePayload] `json:"payload,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// SchedulePayload is the payload of a [Schedule].
type SchedulePayload struct {
	// Vehicles holds one report per vehicle.
	Vehicles Opt[[]VehicleReport] `json:"vehicles,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// VehicleReport is the data of one vehicle in a [Schedule].
type VehicleReport struct {
	// VehicleID is the vehicle's id; some documents send it in upper-case
	// hex, so compare it with strings.EqualFold.
	VehicleID Opt[string] `json:"vehicleId,omitzero"`
	// RequestID identifies the batch request.
	RequestID Opt[string] `json:"requestId,omitzero"`
	// Data holds one response per endpoint.
	Data Opt[[]SubResponse] `json:"data,omitzero"`
	// Timestamp is an ISO time, when sent.
	Timestamp Timestamp `json:"timestamp,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// SubResponse is the response of one v2.0 REST endpoint inside a
// [VehicleReport], as in the v2.0 Batch API.
type SubResponse struct {
	// Path is the v2.0 endpoint, for example "/fuel".
	Path Opt[string] `json:"path,omitzero"`
	// Code is the HTTP status of the sub-request, read leniently (200,
	// 200.0 or "200"); see [SubResponse.Status].
	Code Number `json:"code,omitzero"`
	// Body is the v2.0 REST response body for Path (an error object when
	// Code is 400 or more). Its shape depends on the endpoint, so it is kept
	// raw and marshalled back unchanged; decode it with [SubResponse.As] or
	// [SubResponse.AsError].
	Body jsontext.Value `json:"body,omitzero"`
	// Headers has lower-case keys such as "sc-data-age" and
	// "sc-unit-system"; it may be empty. Values are kept as sent (a string,
	// or whatever else was sent); read them with [SubResponse.Header].
	Headers Opt[map[string]jsontext.Value] `json:"headers,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Status returns Code as an int; false when it is not a whole number.
func (r *SubResponse) Status() (int, bool) {
	c, ok := r.Code.Int64()
	return int(c), ok && c == int64(int(c))
}

// OK reports whether the sub-request succeeded (status 2xx).
func (r *SubResponse) OK() bool {
	c, ok := r.Status()
	return ok && c >= 200 && c < 300
}

// Header returns the header value for name, matched case-insensitively: a
// string's content, or the JSON text of any other value (a number sent as
// 42 gives "42"); "" when absent or null.
func (r *SubResponse) Header(name string) string {
	v, ok := r.Headers.Value[strings.ToLower(name)]
	if !ok {
		for k, kv := range r.Headers.Value {
			if strings.EqualFold(k, name) {
				v, ok = kv, true
				break
			}
		}
	}
	switch {
	case !ok || v.Kind() == 'n':
		return ""
	case v.Kind() == '"':
		return unquote(v)
	}
	return string(v)
}

// DataAge returns when the vehicle recorded the data (header sc-data-age);
// false when absent or not RFC 3339.
func (r *SubResponse) DataAge() (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, r.Header("sc-data-age"))
	return t, err == nil
}

// UnitSystem returns the header sc-unit-system: "metric" or "imperial".
func (r *SubResponse) UnitSystem() string { return r.Header("sc-unit-system") }

// As decodes Body into v with json v2.
func (r *SubResponse) As(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("smartcar: %s body: %w", r.Path.Value, err)
	}
	return nil
}

// AsError decodes Body as a v2.0 API error when Code is not 2xx.
func (r *SubResponse) AsError() (*APIError, bool) {
	if r.OK() || len(r.Body) == 0 || r.Body.Kind() != '{' {
		return nil, false
	}
	var e APIError
	if json.Unmarshal(r.Body, &e) != nil {
		return nil, false
	}
	return &e, true
}

// APIError is the v2.0 REST API error body that a failed sub-response is
// expected to carry.
type APIError struct {
	// Type is the error category, for example VEHICLE_STATE.
	Type Opt[ErrorType] `json:"type,omitzero"`
	// Code is the precise error, for example ASLEEP; it may be null.
	Code Opt[ErrorCode] `json:"code,omitzero"`
	// Description is text for developers.
	Description Opt[string] `json:"description,omitzero"`
	// DocURL links to the error's documentation.
	DocURL Opt[string] `json:"docURL,omitzero"`
	// StatusCode is the HTTP status of the error.
	StatusCode Number `json:"statusCode,omitzero"`
	// RequestID identifies the request.
	RequestID Opt[string] `json:"requestId,omitzero"`
	// Resolution says how to resolve the error.
	Resolution Opt[Resolution] `json:"resolution,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Error implements the error interface.
func (e *APIError) Error() string {
	s := "smartcar: api error " + string(e.Type.Value)
	if c, ok := e.Code.Get(); ok {
		s += " " + string(c)
	}
	if c, ok := e.StatusCode.Int64(); ok && http.StatusText(int(c)) != "" {
		s += " (" + http.StatusText(int(c)) + ")"
	}
	return s
}

// Type returns the eventName as sent: "schedule", "scheduled" or "dynamic".
func (s *Schedule) Type() string { return s.EventName.Value }

// ID returns "": scheduled and dynamic webhooks have no event id (each
// vehicle has a requestId).
func (s *Schedule) ID() string { return "" }

// Raw returns the body the event was decoded from, or nil for an event not
// made by [Parse].
func (s *Schedule) Raw() jsonv1.RawMessage { return s.raw }

// Vehicles returns payload.vehicles.
func (s *Schedule) Vehicles() []VehicleReport { return s.Payload.Value.Vehicles.Value }

// EventBased is a v2.0 event-based webhook: a charging event reported by the
// vehicle (CHARGING_STARTED, CHARGING_STOPPED or CHARGING_COMPLETED, in
// payload.eventType).
type EventBased struct {
	raw []byte

	// Version is "2.0".
	Version Opt[string] `json:"version,omitzero"`
	// WebhookID identifies the webhook.
	WebhookID Opt[string] `json:"webhookId,omitzero"`
	// EventName is "eventBased".
	EventName Opt[string] `json:"eventName,omitzero"`
	// Mode is "live", "test" or "simulated" (lower case); it may be absent.
	Mode Opt[Mode] `json:"mode,omitzero"`
	// Payload describes the charging event.
	Payload Opt[ChargingPayload] `json:"payload,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargingPayload is the payload of an [EventBased] webhook.
type ChargingPayload struct {
	// EventID identifies the event: the deduplication key.
	EventID Opt[string] `json:"eventId,omitzero"`
	// VehicleID is the vehicle's id.
	VehicleID Opt[string] `json:"vehicleId,omitzero"`
	// EventType is CHARGING_STARTED, CHARGING_STOPPED or CHARGING_COMPLETED.
	EventType Opt[ChargingEvent] `json:"eventType,omitzero"`
	// EventTime is an ISO time, kept as sent; see [Timestamp.Time].
	EventTime Timestamp `json:"eventTime,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargingEvent is the kind of a v2.0 event-based webhook. It is an open
// set.
type ChargingEvent string

// Documented charging events.
const (
	// ChargingStarted means that the vehicle started charging.
	ChargingStarted ChargingEvent = "CHARGING_STARTED"
	// ChargingStopped means that the vehicle stopped charging before completion.
	ChargingStopped ChargingEvent = "CHARGING_STOPPED"
	// ChargingCompleted means that the vehicle finished charging.
	ChargingCompleted ChargingEvent = "CHARGING_COMPLETED"
)

// Known reports whether c is a documented charging event.
func (c ChargingEvent) Known() bool {
	return c == ChargingStarted || c == ChargingStopped || c == ChargingCompleted
}

// Type returns the eventName as sent, "eventBased".
func (e *EventBased) Type() string { return e.EventName.Value }

// ID returns payload.eventId, or "".
func (e *EventBased) ID() string { return e.Payload.Value.EventID.Value }

// Raw returns the body the event was decoded from, or nil for an event not
// made by [Parse].
func (e *EventBased) Raw() jsonv1.RawMessage { return e.raw }

// Charging returns payload.eventType, the kind of charging event.
func (e *EventBased) Charging() ChargingEvent { return e.Payload.Value.EventType.Value }
