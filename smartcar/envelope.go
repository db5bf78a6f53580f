package smartcar

import (
	"strings"
	"time"
)

// Meta is the delivery metadata of a v3.0/v4.0 payload ("meta"), found at
// the top level or, in some documented payloads, inside "data". Every field
// is optional; see [VehicleState.Meta] for the normalised view.
type Meta struct {
	// Version is the payload version, "3.0" or "4.0"; informational only.
	Version string `json:"version,omitempty"`
	// WebhookID identifies the webhook (UUID).
	WebhookID string `json:"webhookId,omitempty"`
	// WebhookName is the webhook's name in the Smartcar Dashboard.
	WebhookName string `json:"webhookName,omitempty"`
	// DeliveryID is new for every delivery attempt; it is not a
	// deduplication key (use the event id).
	DeliveryID string `json:"deliveryId,omitempty"`
	// DeliveredAt is the delivery time, refreshed per attempt: epoch
	// milliseconds in most payloads, an ISO string in some.
	DeliveredAt Timestamp `json:"deliveredAt,omitzero"`
	// DeliveryTimestamp is the ISO delivery time that one documented payload
	// sends instead of DeliveredAt.
	DeliveryTimestamp Timestamp `json:"deliveryTimestamp,omitzero"`
	// DeliveryTime is an epoch-milliseconds delivery time seen only in
	// third-party fixtures.
	DeliveryTime Timestamp `json:"deliveryTime,omitzero"`
	// SignalCount is informational: it does not always equal the number of
	// signals in the payload.
	SignalCount Nullable[int] `json:"signalCount,omitzero"`
	// Mode is LIVE, TEST or SIMULATED; skip test traffic with [Mode.IsLive].
	Mode Mode `json:"mode,omitempty"`
	// Sequence is an ordering tie-break seen in live traffic.
	Sequence Nullable[int64] `json:"sequence,omitzero"`
}

// Delivered returns the delivery time from DeliveredAt, else
// DeliveryTimestamp, else DeliveryTime; the zero time when none is usable.
func (m Meta) Delivered() time.Time {
	for _, ts := range [...]Timestamp{m.DeliveredAt, m.DeliveryTimestamp, m.DeliveryTime} {
		if t := ts.Time(); !t.IsZero() {
			return t
		}
	}
	return time.Time{}
}

// Mode says whether a delivery carries real data. v3.0/v4.0 send it upper
// case in meta.mode, v2.0 and vehicle.mode lower case; the methods ignore
// case. It is an open set: unknown values pass through unchanged.
type Mode string

// Documented modes.
const (
	ModeLive      Mode = "LIVE"
	ModeTest      Mode = "TEST"
	ModeSimulated Mode = "SIMULATED"
)

// Known reports whether m is one of the documented modes, in any case.
func (m Mode) Known() bool {
	return strings.EqualFold(string(m), string(ModeLive)) ||
		strings.EqualFold(string(m), string(ModeTest)) ||
		strings.EqualFold(string(m), string(ModeSimulated))
}

// IsLive reports whether m is LIVE, in any case.
func (m Mode) IsLive() bool { return strings.EqualFold(string(m), string(ModeLive)) }

// User is the Smartcar user who connected the vehicle ("data.user").
type User struct {
	// ID is opaque: not always a UUID.
	ID string `json:"id"`
	// ExternalID is the application's own id given to Smartcar Connect
	// (external_id); it may be absent or null.
	ExternalID Nullable[string] `json:"externalId,omitzero"`
}

// Vehicle is the vehicle an event is about ("data.vehicle").
type Vehicle struct {
	// ID is the Smartcar vehicle id, the reliable vehicle key.
	ID string `json:"id"`
	// Make is free form, for example "TESLA" or "Tesla".
	Make string `json:"make"`
	// Model is free form.
	Model string `json:"model"`
	// Year is the model year.
	Year int `json:"year"`
	// VIN is sent by some payloads only.
	VIN string `json:"vin,omitempty"`
	// Mode is the vehicle's mode in lower case ("live"), when sent.
	Mode Mode `json:"mode,omitempty"`
	// PowertrainType is for example "BEV", when sent.
	PowertrainType string `json:"powertrainType,omitempty"`
}
