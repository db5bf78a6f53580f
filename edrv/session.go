package edrv

import (
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Session is the data of the session.* network, sync and charging
// intelligence events: one charging session on a connector.
type Session struct {
	// ID is the session's _id, shared by every event about the session.
	ID Opt[string] `json:"_id,omitzero"`
	// User is the id of the driver.
	User Opt[string] `json:"user,omitzero"`
	// Chargestation is the id of the station.
	Chargestation Opt[string] `json:"chargestation,omitzero"`
	// Connector is the id of the connector.
	Connector Opt[string] `json:"connector,omitzero"`
	// Status is the lifecycle state, in eDRV's varying casing.
	Status Opt[SessionStatus] `json:"status,omitzero"`
	// Rate is the rate applied, usually its id.
	Rate RateRef `json:"rate,omitzero"`
	// Configurations are the options the session was started with.
	Configurations Opt[SessionConfigurations] `json:"configurations,omitzero"`
	// Target is the stop condition set for the session.
	Target Opt[Target] `json:"target,omitzero"`
	// Metrics are the running totals.
	Metrics Opt[Metrics] `json:"metrics,omitzero"`
	// EnergyReport is the latest meter readings.
	EnergyReport Opt[EnergyReport] `json:"energy_report,omitzero"`
	// RawEnergyReport is the station's own meter values; it is sent when
	// Configurations.IncludeRawEnergyReport is set.
	RawEnergyReport Opt[RawEnergyReport] `json:"raw_energy_report,omitzero"`
	// ChargingActivity lists the periods of the session by charging state.
	ChargingActivity Opt[[]ChargingActivity] `json:"charging_activity,omitzero"`
	// Cost is the running cost.
	Cost Opt[Cost] `json:"cost,omitzero"`
	// MetaData is free-form, such as {"session_source": "Android_App"}.
	MetaData jsontext.Value `json:"meta_data,omitzero"`
	// RawTransctionEvent is the station's raw OCPP 2.0.1 TransactionEvent,
	// under the misspelled key eDRV documents ("raw_transction_event").
	// Use [Session.TransactionEvent] to read either spelling.
	RawTransctionEvent jsontext.Value `json:"raw_transction_event,omitzero"`
	// RawTransactionEvent receives the TransactionEvent should eDRV fix the
	// spelling of its key ("raw_transaction_event").
	RawTransactionEvent jsontext.Value `json:"raw_transaction_event,omitzero"`
	// Reservation is the id of a reservation (2021 documentation only).
	Reservation Opt[string] `json:"reservation,omitzero"`
	// PlannedCutoffEnergy is a planned stop by energy (2021 documentation
	// only).
	PlannedCutoffEnergy Decimal `json:"planned_cutoff_energy,omitzero"`
	// PlannedCutoffTime is a planned stop by time (2021 documentation
	// only).
	PlannedCutoffTime Decimal `json:"planned_cutoff_time,omitzero"`
	// PlannedCutoffCost is a planned stop by cost (2021 documentation
	// only).
	PlannedCutoffCost Decimal `json:"planned_cutoff_cost,omitzero"`
	// CreatedAt is when the session was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the session last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargestationID returns the id of the session's station, the key eDRV
// orders events by.
func (s *Session) ChargestationID() string { return s.Chargestation.Value }

// TransactionEvent returns the raw OCPP 2.0.1 TransactionEvent under either
// spelling of its key, or nil.
func (s *Session) TransactionEvent() jsontext.Value {
	if s.RawTransctionEvent != nil {
		return s.RawTransctionEvent
	}
	return s.RawTransactionEvent
}

// SessionStatus is the lifecycle state of a session. eDRV's casing varies
// ("Started", "started"); compare with [SessionStatus.Is].
type SessionStatus string

// Session statuses in the casing of eDRV's documentation.
const (
	// SessionStatusCreated means created through the API; the station has not
	// confirmed a start yet.
	SessionStatusCreated SessionStatus = "created"
	// SessionStatusStarted means the station reported the start of charging.
	SessionStatusStarted SessionStatus = "Started"
	// SessionStatusEnded means the station confirmed the stop.
	SessionStatusEnded SessionStatus = "Ended"
	// SessionStatusCancelled means no start was reported in time.
	SessionStatusCancelled SessionStatus = "cancelled"
)

// Is reports whether s and other are the same status, ignoring letter case.
func (s SessionStatus) Is(other SessionStatus) bool {
	return strings.EqualFold(string(s), string(other))
}

// Known reports whether s is a status defined by this package, in any
// letter case.
func (s SessionStatus) Known() bool {
	return s.Is(SessionStatusCreated) || s.Is(SessionStatusStarted) ||
		s.Is(SessionStatusEnded) || s.Is(SessionStatusCancelled)
}

// SessionConfigurations are the options a session was started with.
type SessionConfigurations struct {
	// IncludeRawEnergyReport asks for [RawEnergyReport] updates.
	IncludeRawEnergyReport Bool `json:"include_raw_energy_report,omitzero"`
	// IncludeIDTag asks for the driver's id tag in session events.
	IncludeIDTag Bool `json:"include_id_tag,omitzero"`
	// IncludeArtificialStatusNotificationFor201 asks eDRV to raise connector
	// status events when an OCPP 2.0.1 charging state changes.
	IncludeArtificialStatusNotificationFor201 Bool `json:"include_artificial_status_notification_for_201,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Target is a session's stop condition, evaluated by eDRV's charging
// intelligence.
type Target struct {
	// Time is the charging time in minutes.
	Time Decimal `json:"time,omitzero"`
	// Cost is the cost in the session's currency.
	Cost Decimal `json:"cost,omitzero"`
	// Energy is the energy in kWh.
	Energy Decimal `json:"energy,omitzero"`
	// EnergyStartTime is when the energy target starts to apply (UTC).
	EnergyStartTime Time `json:"energy_start_time,omitzero"`
	// EnergyStopTime is when the energy target stops applying (UTC).
	EnergyStopTime Time `json:"energy_stop_time,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Metrics are the running totals of a session.
type Metrics struct {
	// ChargingStart is when charging started.
	ChargingStart Time `json:"chargingStart,omitzero"`
	// ChargingStop is when charging stopped.
	ChargingStop Time `json:"chargingStop,omitzero"`
	// MeterStart is the meter reading at the start, in Wh.
	MeterStart Decimal `json:"meterStart,omitzero"`
	// Timezone is the station's IANA time zone name.
	Timezone Opt[string] `json:"timezone,omitzero"`
	// EnergyPeriod is the number of seconds the EV drew energy.
	EnergyPeriod Decimal `json:"energyPeriod,omitzero"`
	// EnergyConsumed is the energy delivered so far, in Wh.
	EnergyConsumed Decimal `json:"energyConsumed,omitzero"`
	// ChargingState is the OCPP 2.0.1 charging state.
	ChargingState Opt[ChargingState] `json:"chargingState,omitzero"`
	// ChargingStopReason is the OCPP 2.0.1 TriggerReason of the
	// TransactionEvent that ended the session.
	ChargingStopReason Opt[string] `json:"chargingStopReason,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargingState is the OCPP 2.0.1 charging state of a session. The set is
// open; unknown values pass through.
type ChargingState string

// OCPP 2.0.1 charging states.
const (
	// ChargingStateCharging is "Charging": energy flows.
	ChargingStateCharging ChargingState = "Charging"
	// ChargingStateEVConnected is "EVConnected": connected, not charging.
	ChargingStateEVConnected ChargingState = "EVConnected"
	// ChargingStateSuspendedEV is "SuspendedEV": the vehicle suspended charging.
	ChargingStateSuspendedEV ChargingState = "SuspendedEV"
	// ChargingStateSuspendedEVSE is "SuspendedEVSE": the station suspended charging.
	ChargingStateSuspendedEVSE ChargingState = "SuspendedEVSE"
	// ChargingStateIdle is "Idle": no vehicle, or the session is over.
	ChargingStateIdle ChargingState = "Idle"
)

// Known reports whether s is one of the states defined by this package.
func (s ChargingState) Known() bool {
	switch s {
	case ChargingStateCharging, ChargingStateEVConnected, ChargingStateSuspendedEV,
		ChargingStateSuspendedEVSE, ChargingStateIdle:
		return true
	}
	return false
}

// EnergyReport holds the latest meter readings of a session, each with the
// unit the station reported (never assume one: energy comes in Wh or kWh).
type EnergyReport struct {
	// Timestamp is when the readings were taken.
	Timestamp Time `json:"timestamp,omitzero"`
	// Current is the current drawn, usually in A.
	Current Opt[Quantity] `json:"current,omitzero"`
	// Power is the power drawn, usually in kW.
	Power Opt[Quantity] `json:"power,omitzero"`
	// EnergyMeter is the meter reading, in Wh or kWh.
	EnergyMeter Opt[Quantity] `json:"energy_meter,omitzero"`
	// StateOfCharge is the battery level, in percent; DC stations only.
	StateOfCharge Opt[Quantity] `json:"state_of_charge,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Quantity is a reading with its unit, such as {"value": "16.0", "unit":
// "A"}. eDRV sends a null unit for some readings (state of charge on AC
// stations); Unit.Null reports it.
type Quantity struct {
	// Value is the reading, sent as a number or a numeric string.
	Value Decimal `json:"value,omitzero"`
	// Unit is "A", "kW", "W", "Wh", "kWh", "V", "Percent", ... or null.
	Unit Opt[string] `json:"unit,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// WattHours returns an energy reading in Wh, converting from kWh, and false
// when the unit is neither "Wh" nor "kWh" (in any letter case) or the value
// is not valid.
func (q *Quantity) WattHours() (float64, bool) {
	if !q.Value.Valid() {
		return 0, false
	}
	switch {
	case strings.EqualFold(q.Unit.Value, "Wh"):
		return q.Value.Float64(), true
	case strings.EqualFold(q.Unit.Value, "kWh"):
		return q.Value.Float64() * 1000, true
	}
	return 0, false
}

// RawEnergyReport holds the station's own meter values, sent when a session
// is configured with include_raw_energy_report. Each measurand maps to its
// sampled values; the four eDRV documents have fields, others stay in Extra
// and [RawEnergyReport.Measurand] reads any of them.
type RawEnergyReport struct {
	// Timestamp is the time of the first meter value.
	Timestamp Time `json:"timestamp,omitzero"`
	// ServerTimestamp is when eDRV received the values.
	ServerTimestamp Time `json:"server_timestamp,omitzero"`
	// Current holds the sampled currents.
	Current Opt[[]SampledValue] `json:"current,omitzero"`
	// Voltage holds the sampled voltages.
	Voltage Opt[[]SampledValue] `json:"voltage,omitzero"`
	// Power holds the sampled powers.
	Power Opt[[]SampledValue] `json:"power,omitzero"`
	// EnergyMeter holds the sampled meter readings.
	EnergyMeter Opt[[]SampledValue] `json:"energy_meter,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Measurand returns the sampled values of the measurand name ("current",
// "voltage", "power", "energy_meter" or any other member of the report
// holding an array of sampled values) and whether the report has them.
func (r *RawEnergyReport) Measurand(name string) ([]SampledValue, bool) {
	switch name {
	case "current":
		return r.Current.Get()
	case "voltage":
		return r.Voltage.Get()
	case "power":
		return r.Power.Get()
	case "energy_meter":
		return r.EnergyMeter.Get()
	}
	var m map[string]jsontext.Value
	if len(r.Extra) == 0 || json.Unmarshal(r.Extra, &m) != nil {
		return nil, false
	}
	v, ok := m[name]
	if !ok {
		return nil, false
	}
	var vals []SampledValue
	if json.Unmarshal(v, &vals) != nil {
		return nil, false
	}
	return vals, true
}

// SampledValue is one meter value of a [RawEnergyReport].
type SampledValue struct {
	// Value is the reading, sent as a number or a numeric string.
	Value Decimal `json:"value,omitzero"`
	// Unit is the unit of Value, such as "A", "V", "W" or "Wh".
	Unit Opt[string] `json:"unit,omitzero"`
	// Phase is the phase measured, such as "L1" or "L1-N".
	Phase Opt[string] `json:"phase,omitzero"`
	// Timestamp is when the value was sampled.
	Timestamp Time `json:"timestamp,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargingActivity is a period of a session in one charging state.
type ChargingActivity struct {
	// StartTime is when the period started.
	StartTime Time `json:"startTime,omitzero"`
	// EndTime is when the period ended.
	EndTime Time `json:"endTime,omitzero"`
	// Status is the connector status during the period, such as
	// "Charging".
	Status Opt[ConnectorStatus] `json:"status,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Cost is the running cost of a session. eDRV has sent its breakdown under
// "breakdown" and, in 2022, "cost_breakdown"; each has its field, and
// [Cost.Items] reads whichever was sent.
type Cost struct {
	// Amount is the cost so far, in Currency.
	Amount Decimal `json:"amount,omitzero"`
	// Currency is an ISO 4217 code, lower case in eDRV's examples.
	Currency Opt[string] `json:"currency,omitzero"`
	// Breakdown has one item per price component applied.
	Breakdown Opt[[]CostItem] `json:"breakdown,omitzero"`
	// CostBreakdown is Breakdown under its 2022 name.
	CostBreakdown Opt[[]CostItem] `json:"cost_breakdown,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Items returns Breakdown, or CostBreakdown when Breakdown was not sent.
func (c *Cost) Items() []CostItem {
	if c.Breakdown.Valid {
		return c.Breakdown.Value
	}
	return c.CostBreakdown.Value
}

// CostItem is one line of a session's cost breakdown.
type CostItem struct {
	// Type is the price component applied.
	Type Opt[PriceComponentType] `json:"type,omitzero"`
	// Period is the time span billed.
	Period Opt[Period] `json:"period,omitzero"`
	// RateName is the name of the rate; eDRV sends "" for unnamed rates.
	RateName Opt[string] `json:"rateName,omitzero"`
	// Quantity is the amount billed, in Unit.
	Quantity Decimal `json:"quantity,omitzero"`
	// Unit is "kWh", or "" for a flat fee.
	Unit Opt[string] `json:"unit,omitzero"`
	// UnitPrice is the price per Unit.
	UnitPrice Decimal `json:"unitPrice,omitzero"`
	// BeforeTax is the cost before tax.
	BeforeTax Decimal `json:"beforeTax,omitzero"`
	// Tax is the tax rate in percent.
	Tax Decimal `json:"tax,omitzero"`
	// TotalTax is the tax amount.
	TotalTax Decimal `json:"totalTax,omitzero"`
	// TotalCost is the cost including tax.
	TotalCost Decimal `json:"totalCost,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Period is a span of time; EndTime is null while it is open.
type Period struct {
	// StartTime is when the period started.
	StartTime Time `json:"startTime,omitzero"`
	// EndTime is when the period ended; null while it is open.
	EndTime Time `json:"endTime,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}
