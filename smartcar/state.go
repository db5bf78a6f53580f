package smartcar

import "encoding/json"

// VehicleState is a VEHICLE_STATE event (v3.0 and v4.0): the current values
// of the signals the webhook subscribes to.
//
// Smartcar has sent this event in several layouts. The struct mirrors the
// wire (so that it marshals back in the layout it came in), and methods give
// one normalised view:
//
//   - [VehicleState.VehicleID]: the top-level vehicleId, else data.vehicle.id;
//   - [VehicleState.Triggers]: top-level triggers and data.triggers, in any
//     of the shapes [Trigger] accepts;
//   - [VehicleState.Meta]: the top-level meta, else data.meta;
//   - [VehicleState.Signal] and typed accessors such as
//     [VehicleState.StateOfCharge], which report absence.
type VehicleState struct {
	// EventID is the same across retries: the deduplication key.
	EventID string `json:"eventId"`
	// EventType is "VEHICLE_STATE".
	EventType string `json:"eventType"`
	// TopVehicleID is the top-level vehicleId that some payloads carry; use
	// [VehicleState.VehicleID].
	TopVehicleID string `json:"vehicleId,omitempty"`
	// Data holds the user, vehicle and signals.
	Data StateData `json:"data"`
	// TopTriggers are the triggers when sent at the top level; use
	// [VehicleState.Triggers].
	TopTriggers []Trigger `json:"triggers,omitzero"`
	// TopMeta is the meta when sent at the top level; use
	// [VehicleState.Meta].
	TopMeta *Meta `json:"meta,omitempty"`

	// Raw is the body as received.
	Raw json.RawMessage `json:"-"`
}

// StateData is the "data" object of a [VehicleState].
type StateData struct {
	User    User    `json:"user"`
	Vehicle Vehicle `json:"vehicle"`
	// Signals are all subscribed signals, not only those that triggered the
	// event.
	Signals Signals `json:"signals,omitzero"`
	// Triggers are the triggers when sent inside data.
	Triggers []Trigger `json:"triggers,omitzero"`
	// Meta is the meta when sent inside data.
	Meta *Meta `json:"meta,omitempty"`
}

// Type returns the eventType as sent, "VEHICLE_STATE".
func (e *VehicleState) Type() string { return e.EventType }

// ID returns the eventId.
func (e *VehicleState) ID() string { return e.EventID }

// VehicleID returns the top-level vehicleId when present, else
// data.vehicle.id.
func (e *VehicleState) VehicleID() string {
	if e.TopVehicleID != "" {
		return e.TopVehicleID
	}
	return e.Data.Vehicle.ID
}

// Triggers returns the triggers wherever they were sent: the top-level ones,
// then those inside data.
func (e *VehicleState) Triggers() []Trigger {
	switch {
	case len(e.Data.Triggers) == 0:
		return e.TopTriggers
	case len(e.TopTriggers) == 0:
		return e.Data.Triggers
	}
	return append(append(make([]Trigger, 0, len(e.TopTriggers)+len(e.Data.Triggers)), e.TopTriggers...), e.Data.Triggers...)
}

// IsFirstDelivery reports whether a trigger is FIRST_DELIVERY.
func (e *VehicleState) IsFirstDelivery() bool {
	for _, t := range e.Triggers() {
		if t.IsFirstDelivery() {
			return true
		}
	}
	return false
}

// Meta returns the top-level meta, else data.meta, else a zero Meta.
func (e *VehicleState) Meta() Meta { return pickMeta(e.TopMeta, e.Data.Meta) }

// Signal returns the signal with the given code, or nil.
func (e *VehicleState) Signal(code SignalCode) *Signal { return e.Data.Signals.Get(code) }

// UnmarshalJSON implements [json.Unmarshaler]; it decodes the typed signal
// bodies as [Parse] does and keeps a copy of b in Raw.
func (e *VehicleState) UnmarshalJSON(b []byte) error {
	type plain VehicleState
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*e = VehicleState(p)
	e.Raw = append(json.RawMessage(nil), b...)
	e.Data.Signals.decodeBodies()
	return nil
}

func pickMeta(top, nested *Meta) Meta {
	switch {
	case top != nil:
		return *top
	case nested != nil:
		return *nested
	}
	return Meta{}
}

// bodyOf returns the typed body of the signal with the given code when the
// signal is present, succeeded and has a body of type *T.
func bodyOf[T any](ss Signals, code SignalCode) (*T, bool) {
	s := ss.Get(code)
	if s == nil || (s.Status != nil && s.Status.Value != StatusSuccess) {
		return nil, false
	}
	b, ok := s.Body.(*T)
	return b, ok && b != nil
}

func flag(ss Signals, code SignalCode) (bool, bool) {
	if b, ok := bodyOf[Flag](ss, code); ok {
		return b.Value.Get()
	}
	return false, false
}

func text(ss Signals, code SignalCode) (string, bool) {
	if b, ok := bodyOf[Text](ss, code); ok {
		return b.Value.Get()
	}
	return "", false
}

// StateOfCharge returns the traction battery's state of charge in percent
// (0–100) from tractionbattery-stateofcharge; false when the signal is
// absent, failed or has no value.
func (e *VehicleState) StateOfCharge() (float64, bool) {
	if b, ok := bodyOf[Percent](e.Data.Signals, CodeTractionBatteryStateOfCharge); ok {
		return b.Get()
	}
	return 0, false
}

// IsCharging reports charge-ischarging; the second result is false when the
// value is unknown.
func (e *VehicleState) IsCharging() (charging, ok bool) {
	return flag(e.Data.Signals, CodeChargeIsCharging)
}

// IsPluggedIn reports charge-ischargingcableconnected; the second result is
// false when the value is unknown.
func (e *VehicleState) IsPluggedIn() (plugged, ok bool) {
	return flag(e.Data.Signals, CodeChargeIsChargingCableConnected)
}

// ChargingStatus returns charge-detailedchargingstatus.
func (e *VehicleState) ChargingStatus() (ChargingStatus, bool) {
	s, ok := text(e.Data.Signals, CodeChargeDetailedChargingStatus)
	return ChargingStatus(s), ok
}

// ChargeLimit returns the active charge limit in percent from
// charge-chargelimits.
func (e *VehicleState) ChargeLimit() (float64, bool) {
	if b, ok := bodyOf[ChargeLimits](e.Data.Signals, CodeChargeChargeLimits); ok {
		return b.ActiveLimit.Get()
	}
	return 0, false
}

// Location returns location-preciselocation; false unless both latitude and
// longitude are set.
func (e *VehicleState) Location() (Location, bool) {
	if b, ok := bodyOf[Location](e.Data.Signals, CodeLocationPreciseLocation); ok && b.Latitude.Valid() && b.Longitude.Valid() {
		return *b, true
	}
	return Location{}, false
}

// Odometer returns odometer-traveleddistance (value and free-form unit);
// false unless the value is set.
func (e *VehicleState) Odometer() (Quantity, bool) {
	return e.quantity(CodeOdometerTraveledDistance)
}

// Range returns tractionbattery-range; false unless the value is set.
func (e *VehicleState) Range() (Range, bool) {
	if b, ok := bodyOf[Range](e.Data.Signals, CodeTractionBatteryRange); ok && b.Value.Valid() {
		return *b, true
	}
	return Range{}, false
}

// FuelLevel returns internalcombustionengine-fuellevel in percent.
func (e *VehicleState) FuelLevel() (float64, bool) {
	if b, ok := bodyOf[Percent](e.Data.Signals, CodeInternalCombustionEngineFuelLevel); ok {
		return b.Get()
	}
	return 0, false
}

// IsLocked reports closure-islocked.
func (e *VehicleState) IsLocked() (locked, ok bool) { return flag(e.Data.Signals, CodeClosureIsLocked) }

// IsOnline reports connectivitystatus-isonline.
func (e *VehicleState) IsOnline() (online, ok bool) {
	return flag(e.Data.Signals, CodeConnectivityStatusIsOnline)
}

// GearState returns transmission-gearstate.
func (e *VehicleState) GearState() (GearState, bool) {
	s, ok := text(e.Data.Signals, CodeTransmissionGearState)
	return GearState(s), ok
}

// Speed returns motion-currentspeed; false unless the value is set.
func (e *VehicleState) Speed() (Quantity, bool) { return e.quantity(CodeMotionCurrentSpeed) }

func (e *VehicleState) quantity(code SignalCode) (Quantity, bool) {
	if b, ok := bodyOf[Quantity](e.Data.Signals, code); ok && b.Value.Valid() {
		return *b, true
	}
	return Quantity{}, false
}
