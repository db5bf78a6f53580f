package volteras

import (
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Metric is the reading of a [Telemetry] event. Its dynamic type is chosen by
// the event's metricType:
//
//	STATE_OF_CHARGE      *StateOfCharge
//	ENERGY_REMAINING     *EnergyRemaining
//	LOCATION             *Location
//	ODOMETER             *Odometer
//	RANGE                *Range
//	TIRES                *Tires
//	OEM_ALERT            *OEMAlert
//	CHARGING_STATE       *ChargingState
//	DEPARTURE_TIMES      *DepartureTimes
//	OTHER_CHARGING_DATA  *OtherChargingData
//	OTHER_LOCATION_DATA  *OtherLocationData
//	anything else        *UnknownMetric
//
// A known metric type whose reading is missing or malformed also yields an
// *UnknownMetric, with the reason in [Telemetry.MetricErr]. The set is
// closed: only this package's types implement Metric.
type Metric interface {
	// MetricType returns the metricType the reading is sent under.
	MetricType() MetricType

	// marshalMembers writes the reading's top-level members.
	marshalMembers(enc *jsontext.Encoder) error
}

// StateOfCharge is a STATE_OF_CHARGE reading, sent as stateOfCharge: the
// battery charge, in percent.
type StateOfCharge Quantity

// EnergyRemaining is an ENERGY_REMAINING reading, sent as
// energyRemainingKwh: the energy left in the battery, in kWh.
type EnergyRemaining Quantity

// Odometer is an ODOMETER reading, sent as odometer: the total distance
// travelled, in km.
type Odometer Quantity

// Range is a RANGE reading, sent as range: the estimated remaining range, in
// km.
type Range Quantity

// Location is a LOCATION reading, sent as location: the vehicle's WGS84
// position.
type Location struct {
	// Unit is "degree".
	Unit Opt[Unit] `json:"unit,omitzero"`
	// Value holds the coordinates.
	Value Opt[Coordinates] `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Coordinates are a WGS84 position in degrees.
type Coordinates struct {
	// Longitude is the longitude in degrees.
	Longitude Number `json:"longitude,omitzero"`
	// Latitude is the latitude in degrees.
	Latitude Number `json:"latitude,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Tires is a TIRES reading: the pressure of one tire. A full set probably
// takes four events. Its two members, pressure and position, are sent at the
// top level of the event; either may be absent.
type Tires struct {
	// Pressure is the tire pressure, in "KPA" in the examples.
	Pressure Opt[Quantity] `json:"pressure,omitzero"`
	// Position is the tire, such as [TireFrontLeft].
	Position Opt[TirePosition] `json:"position,omitzero"`
}

// ChargingState is a CHARGING_STATE reading, sent as a bare top-level state
// string.
type ChargingState struct {
	// State is the charging status, such as [ChargeStateCharging].
	State Opt[ChargeState] `json:"state,omitzero"`
}

// DepartureTimes is a DEPARTURE_TIMES reading: the vehicle's scheduled
// departures. The list may be empty.
type DepartureTimes struct {
	// Times are the scheduled departures, sent as departureTimes.
	Times Opt[[]DepartureTime] `json:"departureTimes,omitzero"`
}

// DepartureTime is one scheduled departure. A null element of the
// departureTimes array is an error.
type DepartureTime struct {
	// Hour is the hour of the local departure time, 0 to 23.
	Hour Number `json:"hour,omitzero"`
	// Minute is the minute of the local departure time, 0 to 59.
	Minute Number `json:"minute,omitzero"`
	// DaysOfWeek are the days the departure applies to; empty means every
	// day.
	DaysOfWeek Opt[[]Weekday] `json:"daysOfWeek,omitzero"`
	// LocalTimeOffset is the offset of local time from UTC in minutes (60
	// for UTC+1).
	LocalTimeOffset Number `json:"localTimeOffset,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Zone returns a fixed time zone for d.LocalTimeOffset (UTC when it is not
// a whole number).
func (d DepartureTime) Zone() *time.Location {
	off, _ := d.LocalTimeOffset.Int64()
	return time.FixedZone("", int(off)*60)
}

// EveryDay reports whether the departure applies to every day, which an
// empty or absent DaysOfWeek means.
func (d DepartureTime) EveryDay() bool { return len(d.DaysOfWeek.Value) == 0 }

// OEMAlert is an OEM_ALERT reading, sent as oemAlert: a diagnostic alert
// raised by the vehicle manufacturer. Volteras-defined alerts arrive as
// [AlertUpdated] instead.
type OEMAlert struct {
	// Status is ACTIVE, RESOLVED or UNKNOWN.
	Status Opt[OEMAlertStatus] `json:"status,omitzero"`
	// OEMCode is the manufacturer's code, such as "BMS_001".
	OEMCode Opt[string] `json:"oemCode,omitzero"`
	// Timestamp is required by the REST API but absent from the webhook
	// example.
	Timestamp Time `json:"timestamp,omitzero"`
	// OEMMessage is the manufacturer's message.
	OEMMessage Opt[string] `json:"oemMessage,omitzero"`
	// OEMMetadata is the manufacturer's arbitrary detail object, kept
	// verbatim.
	OEMMetadata jsontext.Value `json:"oemMetadata,omitzero"`
	// MappedMessage is Volteras' normalised message.
	MappedMessage Opt[string] `json:"mappedMessage,omitzero"`
	// Severity is LOW, MEDIUM, HIGH or CRITICAL.
	Severity Opt[Severity] `json:"severity,omitzero"`
	// MappedCode is Volteras' normalised code.
	MappedCode Opt[MappedCode] `json:"mappedCode,omitzero"`
	// AffectedComponent is the component concerned.
	AffectedComponent Opt[AffectedComponent] `json:"affectedComponent,omitzero"`
	// RecommendedAction is what the driver should do.
	RecommendedAction Opt[RecommendedAction] `json:"recommendedAction,omitzero"`
	// Type classifies the alert, such as [OEMAlertTypeFault].
	Type Opt[OEMAlertType] `json:"type,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// OtherChargingData is an OTHER_CHARGING_DATA reading: a list of charging
// values of mixed types. The accessors find the documented keys; other keys
// are kept in Data.
type OtherChargingData struct {
	// Data are the entries in the order sent, sent as data.
	Data Opt[[]DataEntry] `json:"data,omitzero"`
}

// MaxStateOfCharge returns the maxStateOfCharge entry (percent).
func (d *OtherChargingData) MaxStateOfCharge() (Quantity, bool) {
	return quantity(d.Data.Value, KeyMaxStateOfCharge)
}

// MinStateOfCharge returns the minStateOfCharge entry (percent), which the
// REST API has and webhooks may send.
func (d *OtherChargingData) MinStateOfCharge() (Quantity, bool) {
	return quantity(d.Data.Value, KeyMinStateOfCharge)
}

// ChargeRemainingTime returns the chargeRemainingTime entry (minutes).
func (d *OtherChargingData) ChargeRemainingTime() (Quantity, bool) {
	return quantity(d.Data.Value, KeyChargeRemainingTime)
}

// ChargePowerLevel returns the chargePowerLevel entry (kw).
func (d *OtherChargingData) ChargePowerLevel() (Quantity, bool) {
	return quantity(d.Data.Value, KeyChargePowerLevel)
}

// ChargeCurrentLimit returns the chargeCurrentLimit entry (amps).
func (d *OtherChargingData) ChargeCurrentLimit() (Quantity, bool) {
	return quantity(d.Data.Value, KeyChargeCurrentLimit)
}

// ChargePortDoorOpen returns the chargePortDoorOpen entry; ok is false when
// it is absent or not a boolean.
func (d *OtherChargingData) ChargePortDoorOpen() (open, ok bool) {
	if e, found := Lookup(d.Data.Value, KeyChargePortDoorOpen); found {
		return e.Value.Bool()
	}
	return false, false
}

// ChargePortLatch returns the chargePortLatch entry; ok is false when it is
// absent or not a string.
func (d *OtherChargingData) ChargePortLatch() (ChargePortLatch, bool) {
	if e, found := Lookup(d.Data.Value, KeyChargePortLatch); found {
		s, ok := e.Value.Text()
		return ChargePortLatch(s), ok
	}
	return "", false
}

// OtherLocationData is an OTHER_LOCATION_DATA reading: speed, heading and
// elevation. No example of it is published; the spec infers the data[]
// key/unit/value list of [OtherChargingData], and as a hedge also accepts
// top-level speed, heading and elevation members shaped like odometer. The
// accessors look in Data first, then in the members.
type OtherLocationData struct {
	// Data are the entries in the order sent, sent as data.
	Data Opt[[]DataEntry] `json:"data,omitzero"`
	// Speed is a top-level speed member, in m/s by the REST API's default.
	Speed Opt[Quantity] `json:"speed,omitzero"`
	// Heading is a top-level heading member, in degrees.
	Heading Opt[Quantity] `json:"heading,omitzero"`
	// Elevation is a top-level elevation member, in metres.
	Elevation Opt[Quantity] `json:"elevation,omitzero"`
}

// SpeedValue returns the speed, from Data or the speed member.
func (d *OtherLocationData) SpeedValue() (Quantity, bool) {
	return d.lookup(KeySpeed, d.Speed)
}

// HeadingValue returns the heading, from Data or the heading member.
func (d *OtherLocationData) HeadingValue() (Quantity, bool) {
	return d.lookup(KeyHeading, d.Heading)
}

// ElevationValue returns the elevation, from Data or the elevation member.
func (d *OtherLocationData) ElevationValue() (Quantity, bool) {
	return d.lookup(KeyElevation, d.Elevation)
}

func (d *OtherLocationData) lookup(key DataKey, member Opt[Quantity]) (Quantity, bool) {
	if q, ok := quantity(d.Data.Value, key); ok {
		return q, true
	}
	return member.Get()
}

// UnknownMetric is the reading of a metric type this package does not know,
// or of a known metric type whose reading is missing or malformed (see
// [Telemetry.MetricErr]). The event's members other than metricType,
// vehicle and timestamp are in [Telemetry.Extra].
type UnknownMetric struct {
	// Type is the metricType as sent.
	Type MetricType
}

// MetricType implements [Metric].
func (m *StateOfCharge) MetricType() MetricType { return MetricStateOfCharge }

// MetricType implements [Metric].
func (m *EnergyRemaining) MetricType() MetricType { return MetricEnergyRemaining }

// MetricType implements [Metric].
func (m *Location) MetricType() MetricType { return MetricLocation }

// MetricType implements [Metric].
func (m *Odometer) MetricType() MetricType { return MetricOdometer }

// MetricType implements [Metric].
func (m *Range) MetricType() MetricType { return MetricRange }

// MetricType implements [Metric].
func (m *Tires) MetricType() MetricType { return MetricTires }

// MetricType implements [Metric].
func (m *OEMAlert) MetricType() MetricType { return MetricOEMAlert }

// MetricType implements [Metric].
func (m *ChargingState) MetricType() MetricType { return MetricChargingState }

// MetricType implements [Metric].
func (m *DepartureTimes) MetricType() MetricType { return MetricDepartureTimes }

// MetricType implements [Metric].
func (m *OtherChargingData) MetricType() MetricType { return MetricOtherChargingData }

// MetricType implements [Metric].
func (m *OtherLocationData) MetricType() MetricType { return MetricOtherLocationData }

// MetricType returns m.Type.
func (m *UnknownMetric) MetricType() MetricType { return m.Type }

func (m *StateOfCharge) marshalMembers(enc *jsontext.Encoder) error {
	return encodeMember(enc, "stateOfCharge", (*Quantity)(m))
}

func (m *EnergyRemaining) marshalMembers(enc *jsontext.Encoder) error {
	return encodeMember(enc, "energyRemainingKwh", (*Quantity)(m))
}

func (m *Location) marshalMembers(enc *jsontext.Encoder) error {
	return encodeMember(enc, "location", m)
}

func (m *Odometer) marshalMembers(enc *jsontext.Encoder) error {
	return encodeMember(enc, "odometer", (*Quantity)(m))
}

func (m *Range) marshalMembers(enc *jsontext.Encoder) error {
	return encodeMember(enc, "range", (*Quantity)(m))
}

func (m *Tires) marshalMembers(enc *jsontext.Encoder) error {
	return encodeOpts(enc, optMember{"pressure", m.Pressure}, optMember{"position", m.Position})
}

func (m *OEMAlert) marshalMembers(enc *jsontext.Encoder) error {
	return encodeMember(enc, "oemAlert", m)
}

func (m *ChargingState) marshalMembers(enc *jsontext.Encoder) error {
	return encodeOpts(enc, optMember{"state", m.State})
}

func (m *DepartureTimes) marshalMembers(enc *jsontext.Encoder) error {
	return encodeOpts(enc, optMember{"departureTimes", m.Times})
}

func (m *OtherChargingData) marshalMembers(enc *jsontext.Encoder) error {
	return encodeOpts(enc, optMember{"data", m.Data})
}

func (m *OtherLocationData) marshalMembers(enc *jsontext.Encoder) error {
	return encodeOpts(enc, optMember{"data", m.Data}, optMember{"speed", m.Speed},
		optMember{"heading", m.Heading}, optMember{"elevation", m.Elevation})
}

func (m *UnknownMetric) marshalMembers(*jsontext.Encoder) error { return nil }

// encodeMember writes the member name with the value v.
func encodeMember(enc *jsontext.Encoder, name string, v any) error {
	if err := enc.WriteToken(jsontext.String(name)); err != nil {
		return err
	}
	return json.MarshalEncode(enc, v)
}

// optMember is a member whose value is an Opt (or another type that is
// omitted when zero).
type optMember struct {
	name string
	v    interface {
		IsZero() bool
		MarshalJSONTo(*jsontext.Encoder) error
	}
}

// encodeOpts writes the members that are not absent.
func encodeOpts(enc *jsontext.Encoder, members ...optMember) error {
	for _, m := range members {
		if m.v.IsZero() {
			continue
		}
		if err := enc.WriteToken(jsontext.String(m.name)); err != nil {
			return err
		}
		if err := m.v.MarshalJSONTo(enc); err != nil {
			return err
		}
	}
	return nil
}
