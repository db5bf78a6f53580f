package smartcar

import (
	"strings"
	"time"

	"github.com/go-json-experiment/json/jsontext"
)

// Meta is the delivery metadata of a v3.0/v4.0 payload ("meta"), found at
// the top level or, in some documented payloads, inside "data". Every member
// is optional; see [VehicleState.Meta] for the normalised view.
type Meta struct {
	// Version is the payload version, "3.0" or "4.0"; informational only.
	Version Opt[string] `json:"version,omitzero"`
	// WebhookID identifies the webhook (UUID).
	WebhookID Opt[string] `json:"webhookId,omitzero"`
	// WebhookName is the webhook's name in the Smartcar Dashboard.
	WebhookName Opt[string] `json:"webhookName,omitzero"`
	// DeliveryID is new for every delivery attempt; it is not a
	// deduplication key (use the event id).
	DeliveryID Opt[string] `json:"deliveryId,omitzero"`
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
	SignalCount Number `json:"signalCount,omitzero"`
	// Mode is LIVE, TEST or SIMULATED; skip test traffic with [Mode.IsLive].
	Mode Opt[Mode] `json:"mode,omitzero"`
	// Sequence is an ordering tie-break seen in live traffic.
	Sequence Number `json:"sequence,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
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
	// ModeLive is real traffic.
	ModeLive Mode = "LIVE"
	// ModeTest is test traffic sent from the Dashboard.
	ModeTest Mode = "TEST"
	// ModeSimulated is traffic from a simulated vehicle.
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
	ID Opt[string] `json:"id,omitzero"`
	// ExternalID is the application's own id given to Smartcar Connect
	// (external_id); it may be absent or null.
	ExternalID Opt[string] `json:"externalId,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Vehicle is the vehicle an event is about ("data.vehicle").
type Vehicle struct {
	// ID is the Smartcar vehicle id, the reliable vehicle key.
	ID Opt[string] `json:"id,omitzero"`
	// Make is free form, for example "TESLA" or "Tesla".
	Make Opt[string] `json:"make,omitzero"`
	// Model is free form.
	Model Opt[string] `json:"model,omitzero"`
	// Year is the model year; it is read leniently (2020, 2020.0 or
	// "2020"), see [Number.Int64].
	Year Number `json:"year,omitzero"`
	// VIN is sent by some payloads only.
	VIN Opt[string] `json:"vin,omitzero"`
	// Mode is the vehicle's mode in lower case ("live"), when sent.
	Mode Opt[Mode] `json:"mode,omitzero"`
	// PowertrainType is for example "BEV", when sent.
	PowertrainType Opt[string] `json:"powertrainType,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}
