package edrv

import (
	"encoding/json"
	"strings"
)

// Session is the data of the session.* network, sync and charging
// intelligence events: one charging session on a connector.
type Session struct {
	ID             string                 `json:"_id,omitzero"`
	User           string                 `json:"user,omitzero"`          // id of the driver
	Chargestation  string                 `json:"chargestation,omitzero"` // id of the station
	Connector      string                 `json:"connector,omitzero"`     // id of the connector
	Status         SessionStatus          `json:"status,omitzero"`
	Rate           RateRef                `json:"rate,omitzero"`
	Configurations *SessionConfigurations `json:"configurations,omitzero"`
	Target         *Target                `json:"target,omitzero"`
	Metrics        *Metrics               `json:"metrics,omitzero"`
	EnergyReport   *EnergyReport          `json:"energy_report,omitzero"`
	// RawEnergyReport is sent when Configurations.IncludeRawEnergyReport
	// is set.
	RawEnergyReport  *RawEnergyReport   `json:"raw_energy_report,omitzero"`
	ChargingActivity []ChargingActivity `json:"charging_activity,omitzero"`
	Cost             *Cost              `json:"cost,omitzero"`
	MetaData         json.RawMessage    `json:"meta_data,omitzero"` // free-form, e.g. {"session_source": "Android_App"}

	// RawTransctionEvent is the station's raw OCPP 2.0.1 TransactionEvent,
	// under the misspelled key eDRV documents ("raw_transction_event").
	// RawTransactionEvent receives it should eDRV fix the spelling; use
	// [Session.TransactionEvent] to read whichever is set.
	RawTransctionEvent  json.RawMessage `json:"raw_transction_event,omitzero"`
	RawTransactionEvent json.RawMessage `json:"raw_transaction_event,omitzero"`

	// Fields of the 2021 documentation only.
	Reservation         string  `json:"reservation,omitzero"` // id of a reservation
	PlannedCutoffEnergy Decimal `json:"planned_cutoff_energy,omitzero"`
	PlannedCutoffTime   Decimal `json:"planned_cutoff_time,omitzero"`
	PlannedCutoffCost   Decimal `json:"planned_cutoff_cost,omitzero"`

	CreatedAt Time `json:"createdAt,omitzero"`
	UpdatedAt Time `json:"updatedAt,omitzero"`
}

// ChargestationID returns the id of the session's station, the key eDRV
// orders events by.
func (s *Session) ChargestationID() string { return s.Chargestation }

// TransactionEvent returns the raw OCPP 2.0.1 TransactionEvent under either
// spelling of its key, or nil.
func (s *Session) TransactionEvent() json.RawMessage {
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
	// SessionStatusCreated: created through the API; the station has not
	// confirmed a start yet.
	SessionStatusCreated SessionStatus = "created"
	// SessionStatusStarted: the station reported the start of charging.
	SessionStatusStarted SessionStatus = "Started"
	// SessionStatusEnded: the station confirmed the stop.
	SessionStatusEnded SessionStatus = "Ended"
	// SessionStatusCancelled: no start was reported in time.
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
	IncludeRawEnergyReport Bool `json:"include_raw_energy_report,omitzero"`
	IncludeIDTag           Bool `json:"include_id_tag,omitzero"`
	// IncludeArtificialStatusNotificationFor201 asks eDRV to raise connector
	// status events when an OCPP 2.0.1 charging state changes.
	IncludeArtificialStatusNotificationFor201 Bool `json:"include_artificial_status_notification_for_201,omitzero"`
}

// Target is a session's stop condition, evaluated by eDRV's charging
// intelligence.
type Target struct {
	Time            Decimal `json:"time,omitzero"`   // minutes of charging
	Cost            Decimal `json:"cost,omitzero"`   // in the session's currency
	Energy          Decimal `json:"energy,omitzero"` // kWh
	EnergyStartTime Time    `json:"energy_start_time,omitzero"`
	EnergyStopTime  Time    `json:"energy_stop_time,omitzero"`
}

// Metrics are the running totals of a session.
type Metrics struct {
	ChargingStart Time    `json:"chargingStart,omitzero"`
	ChargingStop  Time    `json:"chargingStop,omitzero"`
	MeterStart    Decimal `json:"meterStart,omitzero"` // meter reading at the start, Wh
	Timezone      string  `json:"timezone,omitzero"`   // IANA name
	// EnergyPeriod is the number of seconds the EV drew energy.
	EnergyPeriod Decimal `json:"energyPeriod,omitzero"`
	// EnergyConsumed is the energy delivered so far, in Wh.
	EnergyConsumed Decimal `json:"energyConsumed,omitzero"`
	// ChargingState is the OCPP 2.0.1 charging state.
	ChargingState ChargingState `json:"chargingState,omitzero"`
	// ChargingStopReason is the OCPP 2.0.1 TriggerReason of the TransactionEvent
	// that ended the session.
	ChargingStopReason string `json:"chargingStopReason,omitzero"`
}

// ChargingState is the OCPP 2.0.1 charging state of a session. The set is
// open; unknown values pass through.
type ChargingState string

// OCPP 2.0.1 charging states.
const (
	ChargingStateCharging      ChargingState = "Charging"
	ChargingStateEVConnected   ChargingState = "EVConnected"
	ChargingStateSuspendedEV   ChargingState = "SuspendedEV"
	ChargingStateSuspendedEVSE ChargingState = "SuspendedEVSE"
	ChargingStateIdle          ChargingState = "Idle"
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
	Timestamp     Time      `json:"timestamp,omitzero"`
	Current       *Quantity `json:"current,omitzero"`
	Power         *Quantity `json:"power,omitzero"`
	EnergyMeter   *Quantity `json:"energy_meter,omitzero"`
	StateOfCharge *Quantity `json:"state_of_charge,omitzero"`
}

// Quantity is a reading with its unit, such as {"value": "16.0", "unit":
// "A"}. eDRV sends a null unit for some readings (state of charge on AC
// stations); Unit is then "" and UnitNull reports it.
type Quantity struct {
	Value Decimal
	Unit  string // "A", "kW", "W", "Wh", "kWh", "V", "Percent", ...

	unit form // formAbsent, formNull or formString
}

// UnitNull reports whether the unit was sent as JSON null.
func (q *Quantity) UnitNull() bool { return q.unit == formNull }

// WattHours returns an energy reading in Wh, converting from kWh, and false
// when the unit is neither "Wh" nor "kWh" (in any letter case) or the value
// is not valid.
func (q *Quantity) WattHours() (float64, bool) {
	if !q.Value.Valid() {
		return 0, false
	}
	switch {
	case strings.EqualFold(q.Unit, "Wh"):
		return q.Value.Float64(), true
	case strings.EqualFold(q.Unit, "kWh"):
		return q.Value.Float64() * 1000, true
	}
	return 0, false
}

// quantityJSON is the wire form of a Quantity.
type quantityJSON struct {
	Value *Decimal `json:"value,omitzero"`
	Unit  nullText `json:"unit,omitzero"`
}

// knownUnit returns, without allocating, the units eDRV commonly sends.
func knownUnit(b []byte) (string, bool) {
	switch string(b) {
	case `"A"`:
		return "A", true
	case `"V"`:
		return "V", true
	case `"W"`:
		return "W", true
	case `"kW"`:
		return "kW", true
	case `"Wh"`:
		return "Wh", true
	case `"kWh"`:
		return "kWh", true
	case `"Percent"`:
		return "Percent", true
	}
	return "", false
}

// nullText is a JSON string that remembers whether it was null.
type nullText struct {
	s    string
	form form
}

func (t *nullText) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*t = nullText{form: formNull}
		return nil
	}
	s, ok := knownUnit(b)
	if !ok {
		s, ok = unquote(b)
	}
	if !ok {
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
	}
	t.s, t.form = s, formString
	return nil
}

func (t nullText) MarshalJSON() ([]byte, error) {
	if t.form == formNull {
		return []byte("null"), nil
	}
	return json.Marshal(t.s)
}

// UnmarshalJSON implements [json.Unmarshaler].
func (q *Quantity) UnmarshalJSON(b []byte) error {
	*q = Quantity{}
	var err error
	ok := members(b, func(key, value []byte) {
		switch {
		case keyIs(key, "value"):
			_ = q.Value.UnmarshalJSON(value) // never fails
		case keyIs(key, "unit") && err == nil:
			var u nullText
			err = u.UnmarshalJSON(value)
			q.Unit, q.unit = u.s, u.form
		}
	})
	if ok {
		return err
	}
	// Not an object, or a key with escapes: let encoding/json decide.
	*q = Quantity{}
	w := quantityJSON{Value: &q.Value}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	q.Unit, q.unit = w.Unit.s, w.Unit.form
	return nil
}

// MarshalJSON implements [json.Marshaler].
func (q Quantity) MarshalJSON() ([]byte, error) {
	w := quantityJSON{}
	if q.Value != (Decimal{}) {
		w.Value = &q.Value
	}
	switch {
	case q.unit == formNull:
		w.Unit = nullText{form: formNull}
	case q.Unit != "" || q.unit == formString:
		w.Unit = nullText{s: q.Unit, form: formString}
	}
	return json.Marshal(w)
}

// RawEnergyReport holds the station's own meter values, sent when a session
// is configured with include_raw_energy_report. Each measurand ("current",
// "voltage", "power", "energy_meter", ...) maps to its sampled values.
type RawEnergyReport struct {
	Timestamp       Time // time of the first meter value
	ServerTimestamp Time
	Measurands      map[string][]SampledValue
	// Other holds members that are neither timestamps nor arrays of
	// sampled values, as sent.
	Other map[string]json.RawMessage
}

// SampledValue is one meter value of a [RawEnergyReport].
type SampledValue struct {
	Value     Decimal `json:"value,omitzero"`
	Unit      string  `json:"unit,omitzero"`
	Phase     string  `json:"phase,omitzero"` // e.g. "L1", "L1-N"
	Timestamp Time    `json:"timestamp,omitzero"`
}

// UnmarshalJSON implements [json.Unmarshaler].
func (r *RawEnergyReport) UnmarshalJSON(b []byte) error {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*r = RawEnergyReport{}
	for k, v := range m {
		switch k {
		case "timestamp":
			_ = r.Timestamp.UnmarshalJSON(v) // never fails
			continue
		case "server_timestamp":
			_ = r.ServerTimestamp.UnmarshalJSON(v)
			continue
		}
		var vals []SampledValue
		if len(v) > 0 && v[0] == '[' && json.Unmarshal(v, &vals) == nil {
			if r.Measurands == nil {
				r.Measurands = make(map[string][]SampledValue, len(m))
			}
			r.Measurands[k] = vals
			continue
		}
		if r.Other == nil {
			r.Other = make(map[string]json.RawMessage)
		}
		r.Other[k] = v
	}
	return nil
}

// MarshalJSON implements [json.Marshaler].
func (r RawEnergyReport) MarshalJSON() ([]byte, error) {
	m := make(map[string]any, len(r.Measurands)+len(r.Other)+2)
	for k, v := range r.Other {
		m[k] = v
	}
	for k, v := range r.Measurands {
		m[k] = v
	}
	if r.Timestamp != (Time{}) {
		m["timestamp"] = r.Timestamp
	}
	if r.ServerTimestamp != (Time{}) {
		m["server_timestamp"] = r.ServerTimestamp
	}
	return json.Marshal(m)
}

// ChargingActivity is a period of a session in one charging state.
type ChargingActivity struct {
	StartTime Time            `json:"startTime,omitzero"`
	EndTime   Time            `json:"endTime,omitzero"`
	Status    ConnectorStatus `json:"status,omitzero"` // e.g. "Charging"
}

// Cost is the running cost of a session. eDRV has sent its breakdown under
// "breakdown" and, in 2022, "cost_breakdown"; both decode into Breakdown,
// and the key it came under is kept for marshaling.
type Cost struct {
	Amount    Decimal    // in Currency
	Currency  string     // ISO 4217, lower case in eDRV's examples
	Breakdown []CostItem // one item per price component applied

	legacyKey bool // breakdown arrived as "cost_breakdown"
}

// costJSON is the wire form of a Cost.
type costJSON struct {
	Amount        *Decimal    `json:"amount,omitzero"`
	Currency      string      `json:"currency,omitzero"`
	Breakdown     *[]CostItem `json:"breakdown,omitzero"`
	CostBreakdown *[]CostItem `json:"cost_breakdown,omitzero"`
}

// UnmarshalJSON implements [json.Unmarshaler].
func (c *Cost) UnmarshalJSON(b []byte) error {
	*c = Cost{}
	var legacy []CostItem
	var err error
	ok := members(b, func(key, value []byte) {
		if err != nil {
			return
		}
		switch {
		case keyIs(key, "amount"):
			_ = c.Amount.UnmarshalJSON(value) // never fails
		case keyIs(key, "currency"):
			if s, ok := unquote(value); ok {
				c.Currency = s
			} else {
				err = json.Unmarshal(value, &c.Currency)
			}
		case keyIs(key, "breakdown"):
			c.Breakdown = nil
			err = json.Unmarshal(value, &c.Breakdown)
		case keyIs(key, "cost_breakdown"):
			legacy = nil
			err = json.Unmarshal(value, &legacy)
		}
	})
	if !ok {
		// Not an object, or a key with escapes: let encoding/json decide.
		*c = Cost{}
		legacy = nil
		w := costJSON{Amount: &c.Amount, Breakdown: &c.Breakdown, CostBreakdown: &legacy}
		err = json.Unmarshal(b, &w)
		c.Currency = w.Currency
	}
	if err != nil {
		return err
	}
	if c.Breakdown == nil && legacy != nil {
		c.Breakdown, c.legacyKey = legacy, true
	}
	return nil
}

// MarshalJSON implements [json.Marshaler].
func (c Cost) MarshalJSON() ([]byte, error) {
	w := costJSON{Currency: c.Currency}
	if c.Amount != (Decimal{}) {
		w.Amount = &c.Amount
	}
	if c.Breakdown != nil {
		if c.legacyKey {
			w.CostBreakdown = &c.Breakdown
		} else {
			w.Breakdown = &c.Breakdown
		}
	}
	return json.Marshal(w)
}

// CostItem is one line of a session's cost breakdown.
type CostItem struct {
	Type      PriceComponentType `json:"type,omitzero"`
	Period    *Period            `json:"period,omitzero"`
	RateName  string             `json:"rateName"`
	Quantity  Decimal            `json:"quantity,omitzero"`
	Unit      string             `json:"unit"` // "kWh", or "" for a flat fee
	UnitPrice Decimal            `json:"unitPrice,omitzero"`
	BeforeTax Decimal            `json:"beforeTax,omitzero"`
	Tax       Decimal            `json:"tax,omitzero"` // percent
	TotalTax  Decimal            `json:"totalTax,omitzero"`
	TotalCost Decimal            `json:"totalCost,omitzero"`
}

// Period is a span of time; EndTime is null while it is open.
type Period struct {
	StartTime Time `json:"startTime,omitzero"`
	EndTime   Time `json:"endTime,omitzero"`
}
