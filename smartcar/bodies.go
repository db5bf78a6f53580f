package smartcar

import (
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The body types below cover every body shape of Smartcar's signal
// catalogue. Every member is optional and may be null ([Opt], [Number],
// [Timestamp]); numbers keep their exact literal; units are free strings
// ("percent", "kilometers", "kWh", "km/h", …) and are never converted.
// Members the package does not know are kept in each type's Extra.

// Quantity is a measured value: {"unit": "kilometers", "value": 42.5}. It is
// the body of most numeric signals; for counts the value is an integer.
type Quantity struct {
	// Unit is a free string such as "kilometers", "km" or "volts".
	Unit Opt[string] `json:"unit,omitzero"`
	// Value is the measured value.
	Value Number `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Percent is the body of the percentage signals (state of charge, fuel
// level, oil life): {"unit": "percent", "value": 75}, 0–100. One documented
// example sends {"percentage": 75} instead; [Percent.Get] reads either.
type Percent struct {
	// Unit is normally "percent".
	Unit Opt[string] `json:"unit,omitzero"`
	// Value is the percentage, 0–100.
	Value Number `json:"value,omitzero"`
	// Percentage is the percentage in the older documented form.
	Percentage Number `json:"percentage,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Get returns the percentage from value, else percentage.
func (p *Percent) Get() (float64, bool) {
	if v, ok := p.Value.Float64(); ok {
		return v, true
	}
	return p.Percentage.Float64()
}

// Flag is the body of boolean signals: {"value": true}.
type Flag struct {
	// Value is the boolean; live traffic may send null.
	Value Opt[bool] `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Text is the body of text and enumeration signals: {"value": "PARK"}. The
// enumerations have their own open string types ([GearState],
// [ChargingStatus], [PortColor], [BatteryStatus]); convert Value to them.
type Text struct {
	// Value is the text as sent.
	Value Opt[string] `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// List is the body of list signals: {"values": ["vehicle_cmds"]}
// (vehicleuseraccount-permissions, vehicleidentification-packages).
type List struct {
	// Values are the strings as sent.
	Values Opt[[]Opt[string]] `json:"values,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Location is the body of location-preciselocation. Live bodies often omit
// heading, direction and locationType.
type Location struct {
	// Latitude is in decimal degrees.
	Latitude Number `json:"latitude,omitzero"`
	// Longitude is in decimal degrees.
	Longitude Number `json:"longitude,omitzero"`
	// Heading is in degrees.
	Heading Number `json:"heading,omitzero"`
	// Direction is the compass direction of the heading.
	Direction Opt[Direction] `json:"direction,omitzero"`
	// LocationType says whether this is the current or last parked position.
	LocationType Opt[LocationType] `json:"locationType,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Direction is a compass direction: N, NE, E, SE, S, SW, W or NW. It is an
// open set.
type Direction string

// Documented directions.
const (
	DirectionN  Direction = "N"
	DirectionNE Direction = "NE"
	DirectionE  Direction = "E"
	DirectionSE Direction = "SE"
	DirectionS  Direction = "S"
	DirectionSW Direction = "SW"
	DirectionW  Direction = "W"
	DirectionNW Direction = "NW"
)

// Known reports whether d is one of the eight documented directions.
func (d Direction) Known() bool {
	switch d {
	case DirectionN, DirectionNE, DirectionE, DirectionSE, DirectionS, DirectionSW, DirectionW, DirectionNW:
		return true
	}
	return false
}

// LocationType says what a location is. It is an open set.
type LocationType string

// Documented location types.
const (
	LocationCurrent    LocationType = "CURRENT"
	LocationLastParked LocationType = "LAST_PARKED"
)

// Known reports whether t is a documented location type.
func (t LocationType) Known() bool { return t == LocationCurrent || t == LocationLastParked }

// ChargeLimits is the body of charge-chargelimits.
type ChargeLimits struct {
	// Values are the configured limits; it may be empty.
	Values Opt[[]ChargeLimit] `json:"values,omitzero"`
	// ActiveLimit is the limit in force, in percent; it may be null.
	ActiveLimit Number `json:"activeLimit,omitzero"`
	// Unit is normally "percent".
	Unit Opt[string] `json:"unit,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargeLimit is one configured charge limit.
type ChargeLimit struct {
	// Type is the limit's scope: global, location or connector.
	Type Opt[LimitType] `json:"type,omitzero"`
	// Limit is in percent, 0–100.
	Limit Number `json:"limit,omitzero"`
	// Condition says where the limit applies; null for a global limit.
	Condition Opt[ChargeCondition] `json:"condition,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargeCondition is where a charge limit or timer applies.
type ChargeCondition struct {
	// Name is the name of the place.
	Name Opt[string] `json:"name,omitzero"`
	// Address is the address of the place.
	Address Opt[string] `json:"address,omitzero"`
	// ConnectorType is the connector the condition applies to.
	ConnectorType Opt[string] `json:"connectorType,omitzero"`
	// Latitude is in decimal degrees.
	Latitude Number `json:"latitude,omitzero"`
	// Longitude is in decimal degrees.
	Longitude Number `json:"longitude,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// LimitType is the scope of a charge limit or timer. Smartcar documents
// upper case and sends lower case in its example; [LimitType.Known] ignores
// case and the value is kept as sent.
type LimitType string

// Documented limit types.
const (
	LimitGlobal    LimitType = "GLOBAL"
	LimitLocation  LimitType = "LOCATION"
	LimitConnector LimitType = "CONNECTOR"
)

// Known reports whether t is a documented limit type, in any case.
func (t LimitType) Known() bool {
	return strings.EqualFold(string(t), string(LimitGlobal)) ||
		strings.EqualFold(string(t), string(LimitLocation)) ||
		strings.EqualFold(string(t), string(LimitConnector))
}

// Is reports whether t equals u, ignoring case.
func (t LimitType) Is(u LimitType) bool { return strings.EqualFold(string(t), string(u)) }

// ChargeRecords is the body of charge-chargerecords.
type ChargeRecords struct {
	// Values are the charging sessions.
	Values Opt[[]ChargeRecord] `json:"values,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargeRecord is one past charging session. Times are ISO strings; see
// [Timestamp.Time].
type ChargeRecord struct {
	// ID identifies the record.
	ID Opt[string] `json:"id,omitzero"`
	// StartTime is when the session started (ISO).
	StartTime Timestamp `json:"startTime,omitzero"`
	// EndTime is when the session ended (ISO).
	EndTime Timestamp `json:"endTime,omitzero"`
	// ConnectorType is the connector used.
	ConnectorType Opt[string] `json:"connectorType,omitzero"`
	// Cost is the cost of the session.
	Cost Opt[ChargeCost] `json:"cost,omitzero"`
	// Location is where the session took place.
	Location Opt[ChargeLocation] `json:"location,omitzero"`
	// EnergyAdded is in kWh.
	EnergyAdded Number `json:"energyAdded,omitzero"`
	// StartStateOfCharge is the state of charge at the start, in percent.
	StartStateOfCharge Number `json:"startStateOfCharge,omitzero"`
	// EndStateOfCharge is the state of charge at the end, in percent.
	EndStateOfCharge Number `json:"endStateOfCharge,omitzero"`
	// IsPublicCharger reports a public charger.
	IsPublicCharger Opt[bool] `json:"isPublicCharger,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargeCost is the cost of a charge record.
type ChargeCost struct {
	// Currency is the currency of the amounts.
	Currency Opt[string] `json:"currency,omitzero"`
	// EnergyAmount is the cost of the energy.
	EnergyAmount Number `json:"energyAmount,omitzero"`
	// OtherAmount is any other cost.
	OtherAmount Number `json:"otherAmount,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargeLocation is where a charge record took place.
type ChargeLocation struct {
	// Name is the name of the place.
	Name Opt[string] `json:"name,omitzero"`
	// Address is the address of the place.
	Address Opt[string] `json:"address,omitzero"`
	// Latitude is in decimal degrees.
	Latitude Number `json:"latitude,omitzero"`
	// Longitude is in decimal degrees.
	Longitude Number `json:"longitude,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargeTimers is the body of charge-chargetimers.
type ChargeTimers struct {
	// Values are the timers.
	Values Opt[[]ChargeTimer] `json:"values,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargeTimer is one charging schedule configuration.
type ChargeTimer struct {
	// Type is the timer's scope, as for charge limits.
	Type Opt[LimitType] `json:"type,omitzero"`
	// Condition says where the timer applies.
	Condition Opt[ChargeCondition] `json:"condition,omitzero"`
	// Schedules are charging windows.
	Schedules Opt[[]ChargeSchedule] `json:"schedules,omitzero"`
	// DepartureTimers are departure times.
	DepartureTimers Opt[[]DepartureTimer] `json:"departureTimers,omitzero"`
	// IsOEMOptimizationEnabled reports the manufacturer's own optimisation.
	IsOEMOptimizationEnabled Opt[bool] `json:"isOEMOptimizationEnabled,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargeSchedule is a charging window; Start and End are "HH:MM:SS".
type ChargeSchedule struct {
	// Start is the window's start, "HH:MM:SS".
	Start Opt[string] `json:"start,omitzero"`
	// End is the window's end, "HH:MM:SS".
	End Opt[string] `json:"end,omitzero"`
	// Days are the days the window applies to.
	Days Opt[[]Day] `json:"days,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// DepartureTimer is a departure time on some days.
type DepartureTimer struct {
	// Days are the days the timer applies to.
	Days Opt[[]Day] `json:"days,omitzero"`
	// Time is the departure time, "HH:MM".
	Time Opt[string] `json:"time,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Day is an element of a timer's "days". Smartcar does not document its
// type, so a Day accepts a string ("MONDAY"), a number or null and marshals
// back in the form it came.
type Day struct {
	text string
	form uint8 // dayString, dayNumber or dayNull
}

const (
	dayString uint8 = iota
	dayNumber
	dayNull
)

// DayName returns a [Day] sent as a string.
func DayName(s string) Day { return Day{text: s} }

// DayNumber returns a [Day] sent as a number.
func DayNumber(n int) Day { return Day{text: strconv.Itoa(n), form: dayNumber} }

// String returns the day as sent: the string, the number in decimal, or
// "null".
func (d Day) String() string {
	if d.form == dayNull {
		return "null"
	}
	return d.text
}

// Number returns the day as an integer when it was sent as an integer.
func (d Day) Number() (int, bool) {
	if d.form != dayNumber {
		return 0, false
	}
	n, err := strconv.Atoi(d.text)
	return n, err == nil
}

// MarshalJSONTo implements json.MarshalerTo.
func (d Day) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch d.form {
	case dayNumber:
		return enc.WriteValue(jsontext.Value(d.text))
	case dayNull:
		return enc.WriteToken(jsontext.Null)
	}
	return enc.WriteToken(jsontext.String(d.text))
}

// MarshalJSON implements the encoding/json Marshaler.
func (d Day) MarshalJSON() ([]byte, error) { return json.Marshal(d) }

// UnmarshalJSONFrom implements json.UnmarshalerFrom: a string, a number or
// null.
func (d *Day) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	switch dec.PeekKind() {
	case '"':
		s, err := readString(dec)
		*d = Day{text: s}
		return err
	case '0':
		v, err := dec.ReadValue()
		*d = Day{text: string(v), form: dayNumber}
		return err
	case 'n':
		_, err := dec.ReadToken()
		*d = Day{form: dayNull}
		return err
	}
	return errNotDay
}

// Doors is the body of closure-doors: a grid of doors.
type Doors struct {
	// Values are the doors.
	Values Opt[[]Door] `json:"values,omitzero"`
	// RowCount is the number of rows of the grid.
	RowCount Number `json:"rowCount,omitzero"`
	// ColumnCount is the number of columns of the grid.
	ColumnCount Number `json:"columnCount,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Door is one door of a [Doors] grid.
type Door struct {
	// Row is the door's row in the grid.
	Row Number `json:"row,omitzero"`
	// Column is the door's column in the grid.
	Column Number `json:"column,omitzero"`
	// IsOpen reports an open door.
	IsOpen Opt[bool] `json:"isOpen,omitzero"`
	// IsLocked reports a locked door.
	IsLocked Opt[bool] `json:"isLocked,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Windows is the body of closure-windows: a grid of windows.
type Windows struct {
	// Values are the windows.
	Values Opt[[]Window] `json:"values,omitzero"`
	// RowCount is the number of rows of the grid.
	RowCount Number `json:"rowCount,omitzero"`
	// ColumnCount is the number of columns of the grid.
	ColumnCount Number `json:"columnCount,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Window is one window of a [Windows] grid.
type Window struct {
	// Row is the window's row in the grid.
	Row Number `json:"row,omitzero"`
	// Column is the window's column in the grid.
	Column Number `json:"column,omitzero"`
	// IsOpen reports an open window.
	IsOpen Opt[bool] `json:"isOpen,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Closure is the body of the single closures: engine cover, front and rear
// trunk, sunroof. Live traffic sends null for unknown states.
type Closure struct {
	// IsOpen reports an open closure; null when unknown.
	IsOpen Opt[bool] `json:"isOpen,omitzero"`
	// IsLocked reports a locked closure; null when unknown.
	IsLocked Opt[bool] `json:"isLocked,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Diagnostic is the body of the diagnostics status signals
// (diagnostics-abs, diagnostics-airbag, …):
// {"status": "OK", "description": "ABS system functioning normally"}.
type Diagnostic struct {
	// Status is OK or ALERT.
	Status Opt[DiagnosticStatus] `json:"status,omitzero"`
	// Description is text for developers.
	Description Opt[string] `json:"description,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// DiagnosticStatus is the state of a diagnostic system. It is an open set.
type DiagnosticStatus string

// Documented diagnostic statuses.
const (
	DiagnosticOK    DiagnosticStatus = "OK"
	DiagnosticAlert DiagnosticStatus = "ALERT"
)

// Known reports whether s is a documented diagnostic status.
func (s DiagnosticStatus) Known() bool { return s == DiagnosticOK || s == DiagnosticAlert }

// DTCList is the body of diagnostics-dtclist: diagnostic trouble codes.
type DTCList struct {
	// Values are the trouble codes.
	Values Opt[[]DTC] `json:"values,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// DTC is one diagnostic trouble code; Timestamp is an ISO string, see
// [Timestamp.Time].
type DTC struct {
	// Code is the trouble code, for example "P0300".
	Code Opt[string] `json:"code,omitzero"`
	// Timestamp is when the code was set (ISO).
	Timestamp Timestamp `json:"timestamp,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// NominalCapacity is the body of tractionbattery-nominalcapacity.
type NominalCapacity struct {
	// Source says who chose Capacity.
	Source Opt[CapacitySource] `json:"source,omitzero"`
	// Capacity is the nominal capacity, in kWh.
	Capacity Number `json:"capacity,omitzero"`
	// AvailableCapacities are the capacities the vehicle may have.
	AvailableCapacities Opt[[]AvailableCapacity] `json:"availableCapacities,omitzero"`
	// Unit is a free string such as "kWhr".
	Unit Opt[string] `json:"unit,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// AvailableCapacity is a battery capacity the vehicle may have; Description
// is "{ENGINE_TYPE}:{TRIM}" or null.
type AvailableCapacity struct {
	// Capacity is the capacity in kWh.
	Capacity Number `json:"capacity,omitzero"`
	// Description is "{ENGINE_TYPE}:{TRIM}" or null.
	Description Opt[string] `json:"description,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// CapacitySource says who chose a nominal capacity. It is an open set.
type CapacitySource string

// Documented capacity sources.
const (
	CapacitySmartcar     CapacitySource = "SMARTCAR"
	CapacityUserSelected CapacitySource = "USER_SELECTED"
)

// Known reports whether s is a documented capacity source.
func (s CapacitySource) Known() bool { return s == CapacitySmartcar || s == CapacityUserSelected }

// Range is the body of tractionbattery-range: a range estimate with
// alternative estimates. Live bodies add a "type" and may send an empty
// additionalValues.
type Range struct {
	// Value is the main range estimate.
	Value Number `json:"value,omitzero"`
	// Unit is a free string such as "kilometers" or "km".
	Unit Opt[string] `json:"unit,omitzero"`
	// Type is the kind of the main estimate, sent by live traffic only.
	Type Opt[RangeType] `json:"type,omitzero"`
	// AdditionalValues are other estimates; it may be empty.
	AdditionalValues Opt[[]RangeValue] `json:"additionalValues,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// RangeValue is an alternative range estimate.
type RangeValue struct {
	// Type is the kind of estimate.
	Type Opt[RangeType] `json:"type,omitzero"`
	// Value is the estimate.
	Value Number `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// RangeType names a kind of range estimate. It is an open set.
type RangeType string

// Documented range types; RangeDefault is seen in live traffic.
const (
	RangeIdealConditions RangeType = "IDEAL_CONDITIONS"
	RangeEstimated       RangeType = "ESTIMATED"
	RangeRated           RangeType = "RATED"
	RangeDefault         RangeType = "DEFAULT"
)

// Known reports whether t is a documented range type.
func (t RangeType) Known() bool {
	switch t {
	case RangeIdealConditions, RangeEstimated, RangeRated, RangeDefault:
		return true
	}
	return false
}

// ServiceRecords is the body of service-records.
type ServiceRecords struct {
	// Values are the service visits.
	Values Opt[[]ServiceRecord] `json:"values,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ServiceRecord is one service visit. Time is an ISO string; see
// [Timestamp.Time].
type ServiceRecord struct {
	// ID identifies the record.
	ID Opt[string] `json:"id,omitzero"`
	// Time is when the service took place (ISO).
	Time Timestamp `json:"time,omitzero"`
	// Cost is the cost of the service.
	Cost Opt[ServiceCost] `json:"cost,omitzero"`
	// Tasks are the tasks performed.
	Tasks Opt[[]ServiceTask] `json:"tasks,omitzero"`
	// Details are the details of the service, in the shape of Tasks.
	Details Opt[[]ServiceTask] `json:"details,omitzero"`
	// Odometer is the odometer reading at the service.
	Odometer Number `json:"odometer,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ServiceCost is the cost of a service record.
type ServiceCost struct {
	// Amount is the cost.
	Amount Number `json:"amount,omitzero"`
	// Currency is the currency of Amount.
	Currency Opt[string] `json:"currency,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ServiceTask is one task (or detail) of a service record.
type ServiceTask struct {
	// ID identifies the task.
	ID Opt[string] `json:"id,omitzero"`
	// Description describes the task.
	Description Opt[string] `json:"description,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// DriveMode is the body of transmission-drivemode:
// {"canonical": "NORMAL", "oemDisplayName": "everyday"}.
type DriveMode struct {
	// Canonical is Smartcar's name of the mode, for example "NORMAL".
	Canonical Opt[string] `json:"canonical,omitzero"`
	// OEMDisplayName is the manufacturer's name of the mode.
	OEMDisplayName Opt[string] `json:"oemDisplayName,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Tires is the body of wheel-tires: a grid of tire pressures. Live bodies
// add a unit such as "bar".
type Tires struct {
	// Values are the tires.
	Values Opt[[]Tire] `json:"values,omitzero"`
	// RowCount is the number of rows of the grid.
	RowCount Number `json:"rowCount,omitzero"`
	// ColumnCount is the number of columns of the grid.
	ColumnCount Number `json:"columnCount,omitzero"`
	// Unit is the pressure unit, for example "bar", sent by live traffic.
	Unit Opt[string] `json:"unit,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Tire is one tire of a [Tires] grid.
type Tire struct {
	// Row is the tire's row in the grid.
	Row Number `json:"row,omitzero"`
	// Column is the tire's column in the grid.
	Column Number `json:"column,omitzero"`
	// TirePressure is the pressure, in Unit of the grid.
	TirePressure Number `json:"tirePressure,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargingStatus is the value of charge-detailedchargingstatus. It is an
// open set.
type ChargingStatus string

// Documented charging statuses.
const (
	ChargingStatusCharging     ChargingStatus = "CHARGING"
	ChargingStatusNotCharging  ChargingStatus = "NOT_CHARGING"
	ChargingStatusFullyCharged ChargingStatus = "FULLY_CHARGED"
)

// Known reports whether s is a documented charging status.
func (s ChargingStatus) Known() bool {
	return s == ChargingStatusCharging || s == ChargingStatusNotCharging || s == ChargingStatusFullyCharged
}

// GearState is the value of transmission-gearstate. It is an open set.
type GearState string

// Documented gear states.
const (
	GearPark    GearState = "PARK"
	GearDrive   GearState = "DRIVE"
	GearReverse GearState = "REVERSE"
	GearNeutral GearState = "NEUTRAL"
)

// Known reports whether g is a documented gear state.
func (g GearState) Known() bool {
	return g == GearPark || g == GearDrive || g == GearReverse || g == GearNeutral
}

// PortColor is the value of charge-chargeportstatuscolor. It is an open
// set.
type PortColor string

// Documented charge port colours.
const (
	PortGreen  PortColor = "GREEN"
	PortBlue   PortColor = "BLUE"
	PortOrange PortColor = "ORANGE"
	PortEtc    PortColor = "ETC"
)

// Known reports whether c is a documented charge port colour.
func (c PortColor) Known() bool {
	return c == PortGreen || c == PortBlue || c == PortOrange || c == PortEtc
}

// BatteryStatus is the value of lowvoltagebattery-status. It is an open
// set.
type BatteryStatus string

// Documented low-voltage battery statuses.
const (
	BatteryGood BatteryStatus = "GOOD"
	BatteryWarn BatteryStatus = "WARN"
	BatteryBad  BatteryStatus = "BAD"
)

// Known reports whether s is a documented low-voltage battery status.
func (s BatteryStatus) Known() bool { return s == BatteryGood || s == BatteryWarn || s == BatteryBad }

// Strings returns the values as strings; a null element gives "".
func (l *List) Strings() []string {
	out := make([]string, len(l.Values.Value))
	for i, v := range l.Values.Value {
		out[i] = v.Value
	}
	return out
}
