package smartcar

import (
	jsonv1 "encoding/json"

	"github.com/go-json-experiment/json/jsontext"
)

// VehicleError is a VEHICLE_ERROR event (v4.0): Smartcar could not obtain
// some signals, or such a condition has cleared (state RESOLVED). As with
// [VehicleState], the struct mirrors the wire and methods give the
// normalised view.
type VehicleError struct {
	raw []byte

	// EventID is the same across retries: the deduplication key.
	EventID Opt[string] `json:"eventId,omitzero"`
	// EventType is "VEHICLE_ERROR".
	EventType Opt[string] `json:"eventType,omitzero"`
	// TopVehicleID is the top-level vehicleId that some payloads carry; use
	// [VehicleError.VehicleID].
	TopVehicleID Opt[string] `json:"vehicleId,omitzero"`
	// Data holds the user, vehicle and errors.
	Data Opt[ErrorData] `json:"data,omitzero"`
	// TopMeta is the meta when sent at the top level; use
	// [VehicleError.Meta].
	TopMeta Opt[Meta] `json:"meta,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ErrorData is the "data" object of a [VehicleError].
type ErrorData struct {
	// User is the user who connected the vehicle.
	User Opt[User] `json:"user,omitzero"`
	// Vehicle is the vehicle the errors are about.
	Vehicle Opt[Vehicle] `json:"vehicle,omitzero"`
	// Errors are the error conditions, active or resolved.
	Errors Opt[[]ErrorDetail] `json:"errors,omitzero"`
	// Meta is the meta when sent inside data.
	Meta Opt[Meta] `json:"meta,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ErrorDetail is one entry of a VEHICLE_ERROR's "data.errors".
type ErrorDetail struct {
	// Type is the error category, for example COMPATIBILITY.
	Type Opt[ErrorType] `json:"type,omitzero"`
	// Code is the precise error, for example VEHICLE_NOT_CAPABLE; null for
	// PERMISSION.
	Code Opt[ErrorCode] `json:"code,omitzero"`
	// State is ERROR or RESOLVED.
	State Opt[ErrorState] `json:"state,omitzero"`
	// Description is text for developers.
	Description Opt[string] `json:"description,omitzero"`
	// SuggestedUserMessage is text for the vehicle owner; absent when
	// resolved.
	SuggestedUserMessage Opt[string] `json:"suggestedUserMessage,omitzero"`
	// DocURL links to the error's documentation; absent when resolved.
	DocURL Opt[string] `json:"docURL,omitzero"`
	// Resolution says how to resolve the error; absent when resolved.
	Resolution Opt[Resolution] `json:"resolution,omitzero"`
	// Signals are the affected signals, sent as objects or "Group.Name"
	// strings.
	Signals Opt[[]SignalRef] `json:"signals,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Resolution says how an error can be resolved.
type Resolution struct {
	// Type is for example RETRY_LATER; it may be null.
	Type Opt[ResolutionType] `json:"type,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Type returns the eventType as sent, "VEHICLE_ERROR".
func (e *VehicleError) Type() string { return e.EventType.Value }

// ID returns the eventId.
func (e *VehicleError) ID() string { return e.EventID.Value }

// Raw returns the body the event was decoded from, or nil for an event not
// made by [Parse].
func (e *VehicleError) Raw() jsonv1.RawMessage { return e.raw }

// VehicleID returns the top-level vehicleId when present, else
// data.vehicle.id.
func (e *VehicleError) VehicleID() string {
	if e.TopVehicleID.Value != "" {
		return e.TopVehicleID.Value
	}
	return e.Data.Value.Vehicle.Value.ID.Value
}

// Errors returns data.errors.
func (e *VehicleError) Errors() []ErrorDetail { return e.Data.Value.Errors.Value }

// Meta returns the top-level meta, else data.meta, else a zero Meta.
func (e *VehicleError) Meta() Meta { return pickMeta(e.TopMeta, e.Data.Value.Meta) }

// Resolved reports whether every error of the event is RESOLVED.
func (e *VehicleError) Resolved() bool {
	errs := e.Errors()
	for _, d := range errs {
		if d.State.Value != ErrorStateResolved {
			return false
		}
	}
	return len(errs) > 0
}
