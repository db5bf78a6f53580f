package smartcar

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

// Legacy holds the top-level fields of every v2.0 payload.
type Legacy struct {
	// Version is "2.0".
	Version string `json:"version"`
	// WebhookID identifies the webhook.
	WebhookID string `json:"webhookId"`
	// EventName is the event name as sent, for example "schedule".
	EventName string `json:"eventName"`
	// Mode is "live", "test" or "simulated" (lower case); it may be absent.
	Mode Mode `json:"mode,omitempty"`
}

// Schedule is a v2.0 scheduled ("schedule" or "scheduled") or dynamic
// ("dynamic", deprecated) webhook: for each vehicle, the responses of the
// v2.0 REST endpoints the webhook is configured for. It has no event id.
type Schedule struct {
	Legacy
	// Payload holds the vehicles.
	Payload *SchedulePayload `json:"payload,omitempty"`

	// Raw is the body as received.
	Raw json.RawMessage `json:"-"`
}

// SchedulePayload is the payload of a [Schedule].
type SchedulePayload struct {
	Vehicles []VehicleReport `json:"vehicles"`
}

// VehicleReport is the data of one vehicle in a [Schedule].
type VehicleReport struct {
	// VehicleID is the vehicle's id; some documents send it in upper-case
	// hex, so compare it with strings.EqualFold.
	VehicleID string `json:"vehicleId"`
	// RequestID identifies the batch request.
	RequestID string `json:"requestId,omitempty"`
	// Data holds one response per endpoint.
	Data []SubResponse `json:"data"`
	// Timestamp is an ISO time, when sent.
	Timestamp Timestamp `json:"timestamp,omitzero"`
}

// SubResponse is the response of one v2.0 REST endpoint inside a
// [VehicleReport], as in the v2.0 Batch API.
type SubResponse struct {
	// Path is the v2.0 endpoint, for example "/fuel".
	Path string `json:"path"`
	// Code is the HTTP status of the sub-request.
	Code int `json:"code"`
	// Body is the v2.0 REST response body for Path (an error object when
	// Code is 400 or more). Its shape depends on the endpoint, so it is kept
	// raw and marshalled back unchanged; decode it with [SubResponse.As] or
	// [SubResponse.AsError].
	Body json.RawMessage `json:"body,omitempty"`
	// Headers has lower-case keys such as "sc-data-age" and
	// "sc-unit-system"; it may be empty. Read it with [SubResponse.Header].
	Headers map[string]string `json:"headers,omitzero"`
}

// OK reports whether the sub-request succeeded (status 2xx).
func (r *SubResponse) OK() bool { return r.Code >= 200 && r.Code < 300 }

// Header returns the header value for name, matched case-insensitively.
func (r *SubResponse) Header(name string) string {
	if v, ok := r.Headers[strings.ToLower(name)]; ok {
		return v
	}
	for k, v := range r.Headers {
		if strings.EqualFold(k, name) {
			return v
		}
	}
	return ""
}

// DataAge returns when the vehicle recorded the data (header sc-data-age);
// false when absent or not RFC 3339.
func (r *SubResponse) DataAge() (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, r.Header("sc-data-age"))
	return t, err == nil
}

// UnitSystem returns the header sc-unit-system: "metric" or "imperial".
func (r *SubResponse) UnitSystem() string { return r.Header("sc-unit-system") }

// As decodes Body into v.
func (r *SubResponse) As(v any) error {
	if err := json.Unmarshal(r.Body, v); err != nil {
		return fmt.Errorf("smartcar: %s body: %w", r.Path, err)
	}
	return nil
}

// AsError decodes Body as a v2.0 API error when Code is not 2xx.
func (r *SubResponse) AsError() (*APIError, bool) {
	if r.OK() || len(r.Body) == 0 {
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
	Type        ErrorType           `json:"type"`
	Code        Nullable[ErrorCode] `json:"code,omitzero"`
	Description string              `json:"description,omitempty"`
	DocURL      string              `json:"docURL,omitempty"`
	StatusCode  int                 `json:"statusCode,omitempty"`
	RequestID   string              `json:"requestId,omitempty"`
	Resolution  *Resolution         `json:"resolution,omitempty"`
}

// Error implements the error interface.
func (e *APIError) Error() string {
	s := "smartcar: api error " + string(e.Type)
	if c, ok := e.Code.Get(); ok {
		s += " " + string(c)
	}
	if e.StatusCode != 0 {
		s += " (" + http.StatusText(e.StatusCode) + ")"
	}
	return s
}

// Type returns the eventName as sent: "schedule", "scheduled" or "dynamic".
func (s *Schedule) Type() string { return s.EventName }

// ID returns "": scheduled and dynamic webhooks have no event id (each
// vehicle has a requestId).
func (s *Schedule) ID() string { return "" }

// UnmarshalJSON implements [json.Unmarshaler]; it keeps a copy of b in Raw.
func (s *Schedule) UnmarshalJSON(b []byte) error {
	type plain Schedule
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*s = Schedule(p)
	s.Raw = append(json.RawMessage(nil), b...)
	return nil
}

// EventBased is a v2.0 event-based webhook: a charging event reported by the
// vehicle.
type EventBased struct {
	Legacy
	// Payload describes the charging event.
	Payload *ChargingPayload `json:"payload,omitempty"`

	// Raw is the body as received.
	Raw json.RawMessage `json:"-"`
}

// ChargingPayload is the payload of an [EventBased] webhook.
type ChargingPayload struct {
	// EventID identifies the event: the deduplication key.
	EventID string `json:"eventId"`
	// VehicleID is the vehicle's id.
	VehicleID string `json:"vehicleId"`
	// EventType is CHARGING_STARTED, CHARGING_STOPPED or CHARGING_COMPLETED.
	EventType ChargingEvent `json:"eventType"`
	// EventTime is an ISO time, kept as sent; see [Timestamp.Time].
	EventTime Timestamp `json:"eventTime,omitzero"`
}

// ChargingEvent is the kind of a v2.0 event-based webhook. It is an open
// set.
type ChargingEvent string

// Documented charging events.
const (
	ChargingStarted   ChargingEvent = "CHARGING_STARTED"
	ChargingStopped   ChargingEvent = "CHARGING_STOPPED"
	ChargingCompleted ChargingEvent = "CHARGING_COMPLETED"
)

// Known reports whether c is a documented charging event.
func (c ChargingEvent) Known() bool {
	return c == ChargingStarted || c == ChargingStopped || c == ChargingCompleted
}

// Type returns the eventName as sent, "eventBased".
func (e *EventBased) Type() string { return e.EventName }

// ID returns payload.eventId.
func (e *EventBased) ID() string {
	if e.Payload == nil {
		return ""
	}
	return e.Payload.EventID
}

// UnmarshalJSON implements [json.Unmarshaler]; it keeps a copy of b in Raw.
func (e *EventBased) UnmarshalJSON(b []byte) error {
	type plain EventBased
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*e = EventBased(p)
	e.Raw = append(json.RawMessage(nil), b...)
	return nil
}
