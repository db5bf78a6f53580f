package volteras

import (
	"bytes"
	"encoding/json"
	"sort"
	"time"
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

	// appendMembers appends the reading's top-level members, each preceded
	// by a comma, to b.
	appendMembers(b []byte) ([]byte, error)
}

// StateOfCharge is a STATE_OF_CHARGE reading: the battery charge, in percent.
type StateOfCharge Quantity

// EnergyRemaining is an ENERGY_REMAINING reading: the energy left in the
// battery, in kWh. It is sent as energyRemainingKwh.
type EnergyRemaining Quantity

// Odometer is an ODOMETER reading: the total distance travelled, in km.
type Odometer Quantity

// Range is a RANGE reading: the estimated remaining range, in km.
type Range Quantity

// Location is a LOCATION reading: the vehicle's WGS84 position.
type Location struct {
	// Unit is "degree".
	Unit Unit `json:"unit"`
	// Value holds the coordinates.
	Value Coordinates `json:"value"`
}

// Coordinates are a WGS84 position in degrees.
type Coordinates struct {
	// Longitude is the longitude in degrees.
	Longitude float64 `json:"longitude"`
	// Latitude is the latitude in degrees.
	Latitude float64 `json:"latitude"`
}

// Tires is a TIRES reading: the pressure of one tire. A full set probably
// takes four events. Its two members, pressure and position, are sent at the
// top level of the event; either may be absent.
type Tires struct {
	// Pressure is the tire pressure, in "KPA" in the examples.
	Pressure *Quantity `json:"pressure,omitempty"`
	// Position is the tire, such as [TireFrontLeft].
	Position TirePosition `json:"position,omitempty"`
}

// ChargingState is a CHARGING_STATE reading, sent as a bare top-level state
// string.
type ChargingState struct {
	// State is the charging status, such as [ChargeStateCharging].
	State ChargeState `json:"state"`
}

// DepartureTimes is a DEPARTURE_TIMES reading: the vehicle's scheduled
// departures. The list may be empty.
type DepartureTimes struct {
	// Times are the scheduled departures, sent as departureTimes.
	Times []DepartureTime `json:"departureTimes"`
}

// DepartureTime is one scheduled departure.
type DepartureTime struct {
	// Hour is the hour of the local departure time, 0 to 23.
	Hour int `json:"hour"`
	// Minute is the minute of the local departure time, 0 to 59.
	Minute int `json:"minute"`
	// DaysOfWeek are the days the departure applies to; empty means every
	// day.
	DaysOfWeek []Weekday `json:"daysOfWeek"`
	// LocalTimeOffset is the offset of local time from UTC in minutes (60
	// for UTC+1).
	LocalTimeOffset int `json:"localTimeOffset"`
}

// Zone returns a fixed time zone for d.LocalTimeOffset.
func (d DepartureTime) Zone() *time.Location {
	return time.FixedZone("", d.LocalTimeOffset*60)
}

// EveryDay reports whether the departure applies to every day, which an
// empty DaysOfWeek means.
func (d DepartureTime) EveryDay() bool { return len(d.DaysOfWeek) == 0 }

// OEMAlert is an OEM_ALERT reading: a diagnostic alert raised by the vehicle
// manufacturer. Volteras-defined alerts arrive as [AlertUpdated] instead.
type OEMAlert struct {
	// Status is ACTIVE, RESOLVED or UNKNOWN.
	Status OEMAlertStatus `json:"status"`
	// OEMCode is the manufacturer's code, such as "BMS_001".
	OEMCode string `json:"oemCode"`
	// Timestamp is required by the REST API but absent from the webhook
	// example; it is omitted when absent.
	Timestamp Time `json:"timestamp,omitzero"`
	// OEMMessage is the manufacturer's message.
	OEMMessage *string `json:"oemMessage"`
	// OEMMetadata is the manufacturer's arbitrary detail object, kept as
	// raw JSON.
	OEMMetadata json.RawMessage `json:"oemMetadata"`
	// MappedMessage is Volteras' normalised message.
	MappedMessage *string `json:"mappedMessage"`
	// Severity is LOW, MEDIUM, HIGH or CRITICAL.
	Severity *Severity `json:"severity"`
	// MappedCode is Volteras' normalised code.
	MappedCode *MappedCode `json:"mappedCode"`
	// AffectedComponent is the component concerned.
	AffectedComponent *AffectedComponent `json:"affectedComponent"`
	// RecommendedAction is what the driver should do.
	RecommendedAction *RecommendedAction `json:"recommendedAction"`
	// Type classifies the alert, such as [OEMAlertTypeFault].
	Type *OEMAlertType `json:"type"`
}

// OtherChargingData is an OTHER_CHARGING_DATA reading: a list of charging
// values of mixed types. The accessors find the documented keys; other keys
// are kept in Data.
type OtherChargingData struct {
	// Data are the entries in the order sent.
	Data []DataEntry `json:"data"`
}

// MaxStateOfCharge returns the maxStateOfCharge entry (percent).
func (d *OtherChargingData) MaxStateOfCharge() (Quantity, bool) {
	return quantity(d.Data, KeyMaxStateOfCharge)
}

// MinStateOfCharge returns the minStateOfCharge entry (percent), which the
// REST API has and webhooks may send.
func (d *OtherChargingData) MinStateOfCharge() (Quantity, bool) {
	return quantity(d.Data, KeyMinStateOfCharge)
}

// ChargeRemainingTime returns the chargeRemainingTime entry (minutes).
func (d *OtherChargingData) ChargeRemainingTime() (Quantity, bool) {
	return quantity(d.Data, KeyChargeRemainingTime)
}

// ChargePowerLevel returns the chargePowerLevel entry (kw).
func (d *OtherChargingData) ChargePowerLevel() (Quantity, bool) {
	return quantity(d.Data, KeyChargePowerLevel)
}

// ChargeCurrentLimit returns the chargeCurrentLimit entry (amps).
func (d *OtherChargingData) ChargeCurrentLimit() (Quantity, bool) {
	return quantity(d.Data, KeyChargeCurrentLimit)
}

// ChargePortDoorOpen returns the chargePortDoorOpen entry; ok is false when
// it is absent or not a boolean.
func (d *OtherChargingData) ChargePortDoorOpen() (open, ok bool) {
	if e, found := Lookup(d.Data, KeyChargePortDoorOpen); found {
		return e.Value.Bool()
	}
	return false, false
}

// ChargePortLatch returns the chargePortLatch entry; ok is false when it is
// absent or not a string.
func (d *OtherChargingData) ChargePortLatch() (ChargePortLatch, bool) {
	if e, found := Lookup(d.Data, KeyChargePortLatch); found {
		s, ok := e.Value.Text()
		return ChargePortLatch(s), ok
	}
	return "", false
}

// OtherLocationData is an OTHER_LOCATION_DATA reading: speed, heading and
// elevation. No example of it is published; the spec infers the data[]
// key/unit/value list of [OtherChargingData], and as a hedge also accepts
// top-level speed, heading and elevation members shaped like odometer. The
// accessors look in Data first, then in Members.
type OtherLocationData struct {
	// Data are the entries in the order sent; nil when the reading came as
	// top-level members only.
	Data []DataEntry `json:"data,omitempty"`
	// Members are readings sent as top-level {unit, value} members.
	Members LocationMembers `json:"members,omitzero"`
}

// LocationMembers are the hedged top-level form of [OtherLocationData].
type LocationMembers struct {
	// Speed is the speed member, in m/s by the REST API's default.
	Speed *Quantity `json:"speed,omitempty"`
	// Heading is the heading member, in degrees.
	Heading *Quantity `json:"heading,omitempty"`
	// Elevation is the elevation member, in metres.
	Elevation *Quantity `json:"elevation,omitempty"`
}

// Speed returns the speed, from Data or Members.
func (d *OtherLocationData) Speed() (Quantity, bool) {
	return d.lookup(KeySpeed, d.Members.Speed)
}

// Heading returns the heading, from Data or Members.
func (d *OtherLocationData) Heading() (Quantity, bool) {
	return d.lookup(KeyHeading, d.Members.Heading)
}

// Elevation returns the elevation, from Data or Members.
func (d *OtherLocationData) Elevation() (Quantity, bool) {
	return d.lookup(KeyElevation, d.Members.Elevation)
}

func (d *OtherLocationData) lookup(key DataKey, member *Quantity) (Quantity, bool) {
	if q, ok := quantity(d.Data, key); ok {
		return q, true
	}
	if member != nil {
		return *member, true
	}
	return Quantity{}, false
}

// UnknownMetric is the reading of a metric type this package does not know,
// or of a known metric type whose reading is missing or malformed (see
// [Telemetry.MetricErr]). It keeps every top-level member of the event
// other than metricType, vehicle and timestamp, and marshals them back as
// they came.
type UnknownMetric struct {
	// Type is the metricType as sent.
	Type MetricType
	// Members are the event's other top-level members by name.
	Members map[string]json.RawMessage
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

func (m *StateOfCharge) appendMembers(b []byte) ([]byte, error) {
	return appendMember(b, "stateOfCharge", (*Quantity)(m))
}

func (m *EnergyRemaining) appendMembers(b []byte) ([]byte, error) {
	return appendMember(b, "energyRemainingKwh", (*Quantity)(m))
}

func (m *Location) appendMembers(b []byte) ([]byte, error) {
	return appendMember(b, "location", m)
}

func (m *Odometer) appendMembers(b []byte) ([]byte, error) {
	return appendMember(b, "odometer", (*Quantity)(m))
}

func (m *Range) appendMembers(b []byte) ([]byte, error) {
	return appendMember(b, "range", (*Quantity)(m))
}

func (m *Tires) appendMembers(b []byte) ([]byte, error) {
	var err error
	if m.Pressure != nil {
		if b, err = appendMember(b, "pressure", m.Pressure); err != nil {
			return nil, err
		}
	}
	if m.Position != "" {
		b, err = appendMember(b, "position", m.Position)
	}
	return b, err
}

func (m *OEMAlert) appendMembers(b []byte) ([]byte, error) {
	return appendMember(b, "oemAlert", m)
}

func (m *ChargingState) appendMembers(b []byte) ([]byte, error) {
	return appendMember(b, "state", m.State)
}

func (m *DepartureTimes) appendMembers(b []byte) ([]byte, error) {
	if m.Times == nil {
		return append(b, `,"departureTimes":[]`...), nil
	}
	return appendMember(b, "departureTimes", m.Times)
}

func (m *OtherChargingData) appendMembers(b []byte) ([]byte, error) {
	if m.Data == nil {
		return append(b, `,"data":[]`...), nil
	}
	return appendMember(b, "data", m.Data)
}

func (m *OtherLocationData) appendMembers(b []byte) ([]byte, error) {
	var err error
	for _, f := range [...]struct {
		name string
		q    *Quantity
	}{{"speed", m.Members.Speed}, {"heading", m.Members.Heading}, {"elevation", m.Members.Elevation}} {
		if f.q != nil {
			if b, err = appendMember(b, f.name, f.q); err != nil {
				return nil, err
			}
		}
	}
	if m.Data != nil || m.Members == (LocationMembers{}) {
		b, err = appendMember(b, "data", dataOrEmpty(m.Data))
	}
	return b, err
}

func dataOrEmpty(d []DataEntry) []DataEntry {
	if d == nil {
		return []DataEntry{}
	}
	return d
}

func (m *UnknownMetric) appendMembers(b []byte) ([]byte, error) {
	names := make([]string, 0, len(m.Members))
	for name := range m.Members {
		switch name {
		case "metricType", "vehicle", "timestamp": // written by Telemetry
			continue
		}
		names = append(names, name)
	}
	sort.Strings(names)
	var buf bytes.Buffer
	for _, name := range names {
		v := m.Members[name]
		if len(v) == 0 {
			v = json.RawMessage("null")
		}
		// Unlike the reading names, these come from the input: quote them.
		quoted, err := json.Marshal(name)
		if err != nil {
			return nil, err
		}
		b = append(b, ',')
		b = append(b, quoted...)
		b = append(b, ':')
		if err := json.Compact(&buf, v); err != nil {
			return nil, err
		}
		b = append(b, buf.Bytes()...)
		buf.Reset()
	}
	return b, nil
}

// appendMember appends ,"name":<v as JSON> to b; name must need no escaping.
func appendMember(b []byte, name string, v any) ([]byte, error) {
	j, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return append(b, j...), nil
}
