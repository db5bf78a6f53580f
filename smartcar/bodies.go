package smartcar

import (
	"encoding/json"
	"strconv"
	"strings"
)

// The body types below cover every body shape of Smartcar's signal
// catalogue. All fields are optional and may be null ([Nullable]); units are
// free strings ("percent", "kilometers", "kWh", "km/h", …) and are never
// converted. Unknown fields are ignored here and remain in [Signal.RawBody].

// Quantity is a measured value: {"unit": "kilometers", "value": 42.5}. It is
// the body of most numeric signals; for counts the value is an integer.
type Quantity struct {
	// Unit is a free string such as "kilometers", "km" or "volts".
	Unit Nullable[string] `json:"unit,omitzero"`
	// Value is the measured value.
	Value Nullable[float64] `json:"value,omitzero"`
}

// Percent is the body of the percentage signals (state of charge, fuel
// level, oil life): {"unit": "percent", "value": 75}, 0–100. One documented
// example sends {"percentage": 75} instead; [Percent.Get] reads either.
type Percent struct {
	// Unit is normally "percent".
	Unit Nullable[string] `json:"unit,omitzero"`
	// Value is the percentage, 0–100.
	Value Nullable[float64] `json:"value,omitzero"`
	// Percentage is the percentage in the older documented form.
	Percentage Nullable[float64] `json:"percentage,omitzero"`
}

// Get returns the percentage from value, else percentage.
func (p *Percent) Get() (float64, bool) {
	if v, ok := p.Value.Get(); ok {
		return v, true
	}
	return p.Percentage.Get()
}

// Flag is the body of boolean signals: {"value": true}.
type Flag struct {
	// Value is the boolean; live traffic may send null.
	Value Nullable[bool] `json:"value,omitzero"`
}

// Text is the body of text and enumeration signals: {"value": "PARK"}. The
// enumerations have their own open string types ([GearState],
// [ChargingStatus], [PortColor], [BatteryStatus]); convert Value to them.
type Text struct {
	// Value is the text as sent.
	Value Nullable[string] `json:"value,omitzero"`
}

// List is the body of list signals: {"values": ["vehicle_cmds"]}
// (vehicleuseraccount-permissions, vehicleidentification-packages).
type List struct {
	// Values are the strings as sent.
	Values []string `json:"values,omitzero"`
}

// Location is the body of location-preciselocation. Live bodies often omit
// heading, direction and locationType.
type Location struct {
	// Latitude and Longitude are in decimal degrees.
	Latitude  Nullable[float64] `json:"latitude,omitzero"`
	Longitude Nullable[float64] `json:"longitude,omitzero"`
	// Heading is in degrees.
	Heading Nullable[float64] `json:"heading,omitzero"`
	// Direction is the compass direction of the heading.
	Direction Nullable[Direction] `json:"direction,omitzero"`
	// LocationType says whether this is the current or last parked position.
	LocationType Nullable[LocationType] `json:"locationType,omitzero"`
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
	Values []ChargeLimit `json:"values,omitzero"`
	// ActiveLimit is the limit in force, in percent; it may be null.
	ActiveLimit Nullable[float64] `json:"activeLimit,omitzero"`
	// Unit is normally "percent".
	Unit Nullable[string] `json:"unit,omitzero"`
}

// ChargeLimit is one configured charge limit.
type ChargeLimit struct {
	// Type is the limit's scope: global, location or connector.
	Type Nullable[LimitType] `json:"type,omitzero"`
	// Limit is in percent, 0–100.
	Limit Nullable[float64] `json:"limit,omitzero"`
	// Condition says where the limit applies; null for a global limit.
	Condition Nullable[ChargeCondition] `json:"condition,omitzero"`
}

// ChargeCondition is where a charge limit or timer applies.
type ChargeCondition struct {
	Name          Nullable[string]  `json:"name,omitzero"`
	Address       Nullable[string]  `json:"address,omitzero"`
	ConnectorType Nullable[string]  `json:"connectorType,omitzero"`
	Latitude      Nullable[float64] `json:"latitude,omitzero"`
	Longitude     Nullable[float64] `json:"longitude,omitzero"`
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
	Values []ChargeRecord `json:"values,omitzero"`
}

// ChargeRecord is one past charging session. Times are ISO strings; see
// [Timestamp.Time].
type ChargeRecord struct {
	ID                 Nullable[string]         `json:"id,omitzero"`
	StartTime          Timestamp                `json:"startTime,omitzero"`
	EndTime            Timestamp                `json:"endTime,omitzero"`
	ConnectorType      Nullable[string]         `json:"connectorType,omitzero"`
	Cost               Nullable[ChargeCost]     `json:"cost,omitzero"`
	Location           Nullable[ChargeLocation] `json:"location,omitzero"`
	EnergyAdded        Nullable[float64]        `json:"energyAdded,omitzero"`
	StartStateOfCharge Nullable[float64]        `json:"startStateOfCharge,omitzero"`
	EndStateOfCharge   Nullable[float64]        `json:"endStateOfCharge,omitzero"`
	IsPublicCharger    Nullable[bool]           `json:"isPublicCharger,omitzero"`
}

// ChargeCost is the cost of a charge record.
type ChargeCost struct {
	Currency     Nullable[string]  `json:"currency,omitzero"`
	EnergyAmount Nullable[float64] `json:"energyAmount,omitzero"`
	OtherAmount  Nullable[float64] `json:"otherAmount,omitzero"`
}

// ChargeLocation is where a charge record took place.
type ChargeLocation struct {
	Name      Nullable[string]  `json:"name,omitzero"`
	Address   Nullable[string]  `json:"address,omitzero"`
	Latitude  Nullable[float64] `json:"latitude,omitzero"`
	Longitude Nullable[float64] `json:"longitude,omitzero"`
}

// ChargeTimers is the body of charge-chargetimers.
type ChargeTimers struct {
	Values []ChargeTimer `json:"values,omitzero"`
}

// ChargeTimer is one charging schedule configuration.
type ChargeTimer struct {
	// Type is the timer's scope, as for charge limits.
	Type Nullable[LimitType] `json:"type,omitzero"`
	// Condition says where the timer applies.
	Condition Nullable[ChargeCondition] `json:"condition,omitzero"`
	// Schedules are charging windows.
	Schedules []ChargeSchedule `json:"schedules,omitzero"`
	// DepartureTimers are departure times.
	DepartureTimers []DepartureTimer `json:"departureTimers,omitzero"`
	// IsOEMOptimizationEnabled reports the manufacturer's own optimisation.
	IsOEMOptimizationEnabled Nullable[bool] `json:"isOEMOptimizationEnabled,omitzero"`
}

// ChargeSchedule is a charging window; Start and End are "HH:MM:SS".
type ChargeSchedule struct {
	Start Nullable[string] `json:"start,omitzero"`
	End   Nullable[string] `json:"end,omitzero"`
	Days  []Day            `json:"days,omitzero"`
}

// DepartureTimer is a departure time on some days.
type DepartureTimer struct {
	Days []Day            `json:"days,omitzero"`
	Time Nullable[string] `json:"time,omitzero"`
}

// Day is an element of a timer's "days". Smartcar does not document its
// type, so a Day accepts a string ("MONDAY") or a number and marshals back
// in the form it came.
type Day struct {
	text   string
	number bool
}

// DayName returns a [Day] sent as a string.
func DayName(s string) Day { return Day{text: s} }

// DayNumber returns a [Day] sent as a number.
func DayNumber(n int) Day { return Day{text: strconv.Itoa(n), number: true} }

// String returns the day as sent: the string, or the number in decimal.
func (d Day) String() string { return d.text }

// Number returns the day as an integer when it was sent as an integer.
func (d Day) Number() (int, bool) {
	if !d.number {
		return 0, false
	}
	n, err := strconv.Atoi(d.text)
	return n, err == nil
}

// MarshalJSON implements [json.Marshaler].
func (d Day) MarshalJSON() ([]byte, error) {
	if d.number {
		return []byte(d.text), nil
	}
	return json.Marshal(d.text)
}

// UnmarshalJSON implements [json.Unmarshaler]: a string or a number.
func (d *Day) UnmarshalJSON(b []byte) error {
	if validNumber(b) {
		*d = Day{text: string(b), number: true}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = Day{text: s}
	return nil
}

// Doors is the body of closure-doors: a grid of doors.
type Doors struct {
	Values      []Door        `json:"values,omitzero"`
	RowCount    Nullable[int] `json:"rowCount,omitzero"`
	ColumnCount Nullable[int] `json:"columnCount,omitzero"`
}

// Door is one door of a [Doors] grid.
type Door struct {
	Row      Nullable[int]  `json:"row,omitzero"`
	Column   Nullable[int]  `json:"column,omitzero"`
	IsOpen   Nullable[bool] `json:"isOpen,omitzero"`
	IsLocked Nullable[bool] `json:"isLocked,omitzero"`
}

// Windows is the body of closure-windows: a grid of windows.
type Windows struct {
	Values      []Window      `json:"values,omitzero"`
	RowCount    Nullable[int] `json:"rowCount,omitzero"`
	ColumnCount Nullable[int] `json:"columnCount,omitzero"`
}

// Window is one window of a [Windows] grid.
type Window struct {
	Row    Nullable[int]  `json:"row,omitzero"`
	Column Nullable[int]  `json:"column,omitzero"`
	IsOpen Nullable[bool] `json:"isOpen,omitzero"`
}

// Closure is the body of the single closures: engine cover, front and rear
// trunk, sunroof. Live traffic sends null for unknown states.
type Closure struct {
	IsOpen   Nullable[bool] `json:"isOpen,omitzero"`
	IsLocked Nullable[bool] `json:"isLocked,omitzero"`
}

// Diagnostic is the body of the diagnostics status signals
// (diagnostics-abs, diagnostics-airbag, …):
// {"status": "OK", "description": "ABS system functioning normally"}.
type Diagnostic struct {
	Status      Nullable[DiagnosticStatus] `json:"status,omitzero"`
	Description Nullable[string]           `json:"description,omitzero"`
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
	Values []DTC `json:"values,omitzero"`
}

// DTC is one diagnostic trouble code; Timestamp is an ISO string, see
// [Timestamp.Time].
type DTC struct {
	Code      Nullable[string] `json:"code,omitzero"`
	Timestamp Timestamp        `json:"timestamp,omitzero"`
}

// NominalCapacity is the body of tractionbattery-nominalcapacity.
type NominalCapacity struct {
	// Source says who chose Capacity.
	Source Nullable[CapacitySource] `json:"source,omitzero"`
	// Capacity is the nominal capacity, in kWh.
	Capacity Nullable[float64] `json:"capacity,omitzero"`
	// AvailableCapacities are the capacities the vehicle may have.
	AvailableCapacities []AvailableCapacity `json:"availableCapacities,omitzero"`
	// Unit is a free string such as "kWhr".
	Unit Nullable[string] `json:"unit,omitzero"`
}

// AvailableCapacity is a battery capacity the vehicle may have; Description
// is "{ENGINE_TYPE}:{TRIM}" or null.
type AvailableCapacity struct {
	Capacity    Nullable[float64] `json:"capacity,omitzero"`
	Description Nullable[string]  `json:"description,omitzero"`
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
	Value Nullable[float64] `json:"value,omitzero"`
	// Unit is a free string such as "kilometers" or "km".
	Unit Nullable[string] `json:"unit,omitzero"`
	// Type is the kind of the main estimate, sent by live traffic only.
	Type Nullable[RangeType] `json:"type,omitzero"`
	// AdditionalValues are other estimates; it may be empty.
	AdditionalValues []RangeValue `json:"additionalValues,omitzero"`
}

// RangeValue is an alternative range estimate.
type RangeValue struct {
	Type  Nullable[RangeType] `json:"type,omitzero"`
	Value Nullable[float64]   `json:"value,omitzero"`
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
	Values []ServiceRecord `json:"values,omitzero"`
}

// ServiceRecord is one service visit. Time is an ISO string; see
// [Timestamp.Time].
type ServiceRecord struct {
	ID       Nullable[string]      `json:"id,omitzero"`
	Time     Timestamp             `json:"time,omitzero"`
	Cost     Nullable[ServiceCost] `json:"cost,omitzero"`
	Tasks    []ServiceTask         `json:"tasks,omitzero"`
	Details  []ServiceTask         `json:"details,omitzero"`
	Odometer Nullable[float64]     `json:"odometer,omitzero"`
}

// ServiceCost is the cost of a service record.
type ServiceCost struct {
	Amount   Nullable[float64] `json:"amount,omitzero"`
	Currency Nullable[string]  `json:"currency,omitzero"`
}

// ServiceTask is one task (or detail) of a service record.
type ServiceTask struct {
	ID          Nullable[string] `json:"id,omitzero"`
	Description Nullable[string] `json:"description,omitzero"`
}

// DriveMode is the body of transmission-drivemode:
// {"canonical": "NORMAL", "oemDisplayName": "everyday"}.
type DriveMode struct {
	Canonical      Nullable[string] `json:"canonical,omitzero"`
	OEMDisplayName Nullable[string] `json:"oemDisplayName,omitzero"`
}

// Tires is the body of wheel-tires: a grid of tire pressures. Live bodies
// add a unit such as "bar".
type Tires struct {
	Values      []Tire           `json:"values,omitzero"`
	RowCount    Nullable[int]    `json:"rowCount,omitzero"`
	ColumnCount Nullable[int]    `json:"columnCount,omitzero"`
	Unit        Nullable[string] `json:"unit,omitzero"`
}

// Tire is one tire of a [Tires] grid.
type Tire struct {
	Row          Nullable[int]     `json:"row,omitzero"`
	Column       Nullable[int]     `json:"column,omitzero"`
	TirePressure Nullable[float64] `json:"tirePressure,omitzero"`
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
