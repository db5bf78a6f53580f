package smartcar

import "encoding/json"

// VehicleError is a VEHICLE_ERROR event (v4.0): Smartcar could not obtain
// some signals, or such a condition has cleared (state RESOLVED). As with
// [VehicleState], the struct mirrors the wire and methods give the
// normalised view.
type VehicleError struct {
	// EventID is the same across retries: the deduplication key.
	EventID string `json:"eventId"`
	// EventType is "VEHICLE_ERROR".
	EventType string `json:"eventType"`
	// TopVehicleID is the top-level vehicleId that some payloads carry; use
	// [VehicleError.VehicleID].
	TopVehicleID string `json:"vehicleId,omitempty"`
	// Data holds the user, vehicle and errors.
	Data ErrorData `json:"data"`
	// TopMeta is the meta when sent at the top level; use
	// [VehicleError.Meta].
	TopMeta *Meta `json:"meta,omitempty"`

	// Raw is the body as received.
	Raw json.RawMessage `json:"-"`
}

// ErrorData is the "data" object of a [VehicleError].
type ErrorData struct {
	User    User          `json:"user"`
	Vehicle Vehicle       `json:"vehicle"`
	Errors  []ErrorDetail `json:"errors,omitzero"`
	// Meta is the meta when sent inside data.
	Meta *Meta `json:"meta,omitempty"`
}

// ErrorDetail is one entry of a VEHICLE_ERROR's "data.errors".
type ErrorDetail struct {
	// Type is the error category, for example COMPATIBILITY.
	Type ErrorType `json:"type"`
	// Code is the precise error, for example VEHICLE_NOT_CAPABLE; null for
	// PERMISSION.
	Code Nullable[ErrorCode] `json:"code,omitzero"`
	// State is ERROR or RESOLVED.
	State ErrorState `json:"state"`
	// Description is text for developers.
	Description string `json:"description,omitempty"`
	// SuggestedUserMessage is text for the vehicle owner; absent when
	// resolved.
	SuggestedUserMessage string `json:"suggestedUserMessage,omitempty"`
	// DocURL links to the error's documentation; absent when resolved.
	DocURL string `json:"docURL,omitempty"`
	// Resolution says how to resolve the error; absent when resolved.
	Resolution *Resolution `json:"resolution,omitempty"`
	// Signals are the affected signals, sent as objects or "Group.Name"
	// strings.
	Signals []SignalRef `json:"signals,omitzero"`
}

// Resolution says how an error can be resolved.
type Resolution struct {
	// Type is for example RETRY_LATER; it may be null.
	Type Nullable[ResolutionType] `json:"type,omitzero"`
}

// Type returns the eventType as sent, "VEHICLE_ERROR".
func (e *VehicleError) Type() string { return e.EventType }

// ID returns the eventId.
func (e *VehicleError) ID() string { return e.EventID }

// VehicleID returns the top-level vehicleId when present, else
// data.vehicle.id.
func (e *VehicleError) VehicleID() string {
	if e.TopVehicleID != "" {
		return e.TopVehicleID
	}
	return e.Data.Vehicle.ID
}

// Meta returns the top-level meta, else data.meta, else a zero Meta.
func (e *VehicleError) Meta() Meta { return pickMeta(e.TopMeta, e.Data.Meta) }

// Resolved reports whether every error of the event is RESOLVED.
func (e *VehicleError) Resolved() bool {
	for _, d := range e.Data.Errors {
		if d.State != ErrorStateResolved {
			return false
		}
	}
	return len(e.Data.Errors) > 0
}

// UnmarshalJSON implements [json.Unmarshaler]; it keeps a copy of b in Raw.
func (e *VehicleError) UnmarshalJSON(b []byte) error {
	type plain VehicleError
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*e = VehicleError(p)
	e.Raw = append(json.RawMessage(nil), b...)
	return nil
}
