package smartcar

import (
	jsonv1 "encoding/json"

	"github.com/go-json-experiment/json/jsontext"
)

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
//   - [VehicleState.Signals], [VehicleState.Signal] and typed accessors such
//     as [VehicleState.StateOfCharge], which report absence.
type VehicleState struct {
	raw []byte

	// EventID is the same across retries: the deduplication key.
	EventID Opt[string] `json:"eventId,omitzero"`
	// EventType is "VEHICLE_STATE".
	EventType Opt[string] `json:"eventType,omitzero"`
	// TopVehicleID is the top-level vehicleId that some payloads carry; use
	// [VehicleState.VehicleID].
	TopVehicleID Opt[string] `json:"vehicleId,omitzero"`
	// Data holds the user, vehicle and signals.
	Data Opt[StateData] `json:"data,omitzero"`
	// TopTriggers are the triggers when sent at the top level; use
	// [VehicleState.Triggers].
	TopTriggers Opt[[]Trigger] `json:"triggers,omitzero"`
	// TopMeta is the meta when sent at the top level; use
	// [VehicleState.Meta].
	TopMeta Opt[Meta] `json:"meta,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// StateData is the "data" object of a [VehicleState].
type StateData struct {
	// User is the user who connected the vehicle.
	User Opt[User] `json:"user,omitzero"`
	// Vehicle is the vehicle the event is about.
	Vehicle Opt[Vehicle] `json:"vehicle,omitzero"`
	// Signals are all subscribed signals, not only those that triggered the
	// event.
	Signals Opt[Signals] `json:"signals,omitzero"`
	// Triggers are the triggers when sent inside data.
	Triggers Opt[[]Trigger] `json:"triggers,omitzero"`
	// Meta is the meta when sent inside data.
	Meta Opt[Meta] `json:"meta,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Type returns the eventType as sent, "VEHICLE_STATE".
func (e *VehicleState) Type() string { return e.EventType.Value }

// ID returns the eventId.
func (e *VehicleState) ID() string { return e.EventID.Value }

// Raw returns the body the event was decoded from, or nil for an event not
// made by [Parse].
func (e *VehicleState) Raw() jsonv1.RawMessage { return e.raw }

// VehicleID returns the top-level vehicleId when present, else
// data.vehicle.id.
func (e *VehicleState) VehicleID() string {
	if e.TopVehicleID.Value != "" {
		return e.TopVehicleID.Value
	}
	return e.Data.Value.Vehicle.Value.ID.Value
}

// User returns data.user (zero when absent).
func (e *VehicleState) User() User { return e.Data.Value.User.Value }

// Vehicle returns data.vehicle (zero when absent).
func (e *VehicleState) Vehicle() Vehicle { return e.Data.Value.Vehicle.Value }

// Signals returns data.signals.
func (e *VehicleState) Signals() Signals { return e.Data.Value.Signals.Value }

// Triggers returns the triggers wherever they were sent: the top-level ones,
// then those inside data.
func (e *VehicleState) Triggers() []Trigger {
	top, nested := e.TopTriggers.Value, e.Data.Value.Triggers.Value
	switch {
	case len(nested) == 0:
		return top
	case len(top) == 0:
		return nested
	}
	return append(append(make([]Trigger, 0, len(top)+len(nested)), top...), nested...)
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
func (e *VehicleState) Meta() Meta { return pickMeta(e.TopMeta, e.Data.Value.Meta) }

// Signal returns the signal with the given code, or nil.
func (e *VehicleState) Signal(code SignalCode) *Signal { return e.Signals().Get(code) }

func pickMeta(top, nested Opt[Meta]) Meta {
	if top.Valid {
		return top.Value
	}
	return nested.Value
}

// bodyOf returns the typed body of the signal with the given code when the
// signal is present, succeeded and has a body of type *T.
func bodyOf[T any](ss Signals, code SignalCode) (*T, bool) {
	s := ss.Get(code)
	if s == nil || (s.Status.Valid && s.Status.Value.Value.Value != StatusSuccess) {
		return nil, false
	}
	b, ok := s.Body.Value.(*T)
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
	if b, ok := bodyOf[Percent](e.Signals(), CodeTractionBatteryStateOfCharge); ok {
		return b.Get()
	}
	return 0, false
}

// IsCharging reports charge-ischarging; the second result is false when the
// value is unknown.
func (e *VehicleState) IsCharging() (charging, ok bool) {
	return flag(e.Signals(), CodeChargeIsCharging)
}

// IsPluggedIn reports charge-ischargingcableconnected; the second result is
// false when the value is unknown.
func (e *VehicleState) IsPluggedIn() (plugged, ok bool) {
	return flag(e.Signals(), CodeChargeIsChargingCableConnected)
}

// ChargingStatus returns charge-detailedchargingstatus.
func (e *VehicleState) ChargingStatus() (ChargingStatus, bool) {
	s, ok := text(e.Signals(), CodeChargeDetailedChargingStatus)
	return ChargingStatus(s), ok
}

// ChargeLimit returns the active charge limit in percent from
// charge-chargelimits.
func (e *VehicleState) ChargeLimit() (float64, bool) {
	if b, ok := bodyOf[ChargeLimits](e.Signals(), CodeChargeChargeLimits); ok {
		return b.ActiveLimit.Float64()
	}
	return 0, false
}

// Location returns location-preciselocation; false unless both latitude and
// longitude are numbers.
func (e *VehicleState) Location() (Location, bool) {
	if b, ok := bodyOf[Location](e.Signals(), CodeLocationPreciseLocation); ok {
		_, latOK := b.Latitude.Float64()
		_, lonOK := b.Longitude.Float64()
		if latOK && lonOK {
			return *b, true
		}
	}
	return Location{}, false
}

// Odometer returns odometer-traveleddistance (value and free-form unit);
// false unless the value is a number.
func (e *VehicleState) Odometer() (Quantity, bool) {
	return e.quantity(CodeOdometerTraveledDistance)
}

// Range returns tractionbattery-range; false unless the value is a number.
func (e *VehicleState) Range() (Range, bool) {
	if b, ok := bodyOf[Range](e.Signals(), CodeTractionBatteryRange); ok {
		if _, ok := b.Value.Float64(); ok {
			return *b, true
		}
	}
	return Range{}, false
}

// FuelLevel returns internalcombustionengine-fuellevel in percent.
func (e *VehicleState) FuelLevel() (float64, bool) {
	if b, ok := bodyOf[Percent](e.Signals(), CodeInternalCombustionEngineFuelLevel); ok {
		return b.Get()
	}
	return 0, false
}

// IsLocked reports closure-islocked.
func (e *VehicleState) IsLocked() (locked, ok bool) { return flag(e.Signals(), CodeClosureIsLocked) }

// IsOnline reports connectivitystatus-isonline.
func (e *VehicleState) IsOnline() (online, ok bool) {
	return flag(e.Signals(), CodeConnectivityStatusIsOnline)
}

// GearState returns transmission-gearstate.
func (e *VehicleState) GearState() (GearState, bool) {
	s, ok := text(e.Signals(), CodeTransmissionGearState)
	return GearState(s), ok
}

// Speed returns motion-currentspeed; false unless the value is a number.
func (e *VehicleState) Speed() (Quantity, bool) { return e.quantity(CodeMotionCurrentSpeed) }

func (e *VehicleState) quantity(code SignalCode) (Quantity, bool) {
	if b, ok := bodyOf[Quantity](e.Signals(), code); ok {
		if _, ok := b.Value.Float64(); ok {
			return *b, true
		}
	}
	return Quantity{}, false
}
