package edrv

import "encoding/json"

// Action is the data of the action events ("<scope>.<action>.<status>"): a
// command sent to a station, or an RFID authorisation, and how far it has
// come.
type Action struct {
	ID string `json:"_id,omitzero"`
	// Type is the action without its status, such as
	// "chargestation.set_power_limit"; older payloads send bare names such
	// as "get_configuration".
	Type   string       `json:"type,omitzero"`
	Status ActionStatus `json:"status,omitzero"`
	// Chargestation is the id of the station; it may be absent on
	// connector-level actions.
	Chargestation string `json:"chargestation,omitzero"`
	Connector     string `json:"connector,omitzero"` // id of the connector, when relevant
	// Data is what was sent to the station, such as {"unit": "current",
	// "limit": 10}; its shape depends on Type.
	Data json.RawMessage `json:"data,omitzero"`
	// ResponseData is the station's OCPP answer in OCPP casing, such as
	// {"status": "Accepted", ...}; it may be {}.
	ResponseData json.RawMessage `json:"response_data,omitzero"`
	CreatedAt    Time            `json:"createdAt,omitzero"`
	UpdatedAt    Time            `json:"updatedAt,omitzero"`
}

// ChargestationID returns the id of the action's station, the key eDRV
// orders events by, or "" when the action names only a connector.
func (a *Action) ChargestationID() string { return a.Chargestation }

// ActionStatus is the status field of an [Action]. It differs from the
// status suffix of the event name: see [ActionStatus.Status].
type ActionStatus string

// Action statuses.
const (
	ActionRequested    ActionStatus = "requested"    // sent to the station
	ActionCompleted    ActionStatus = "completed"    // accepted; see the response data
	ActionFailed       ActionStatus = "failed"       // rejected; errors in the response data
	ActionAPIRequested ActionStatus = "APIRequested" // seen in REST responses
)

// Known reports whether s is one of the statuses defined by this package.
func (s ActionStatus) Known() bool {
	switch s {
	case ActionRequested, ActionCompleted, ActionFailed, ActionAPIRequested:
		return true
	}
	return false
}

// Status returns the event-name status that goes with s: [StatusRequested]
// for requested and APIRequested, [StatusAccepted] for completed,
// [StatusRejected] for failed, and "" otherwise.
func (s ActionStatus) Status() Status {
	switch s {
	case ActionRequested, ActionAPIRequested:
		return StatusRequested
	case ActionCompleted:
		return StatusAccepted
	case ActionFailed:
		return StatusRejected
	}
	return ""
}

// CompositeSchedule is the OCPP GetCompositeSchedule response of a
// chargestation.get_composite_schedule action, in OCPP casing.
type CompositeSchedule struct {
	Status           string            `json:"status,omitzero"` // "Accepted" or "Rejected"
	ConnectorID      Decimal           `json:"connectorId,omitzero"`
	ScheduleStart    Time              `json:"scheduleStart,omitzero"`
	ChargingSchedule *ChargingSchedule `json:"chargingSchedule,omitzero"`
}

// ChargingSchedule is an OCPP charging schedule.
type ChargingSchedule struct {
	Duration               Decimal                  `json:"duration,omitzero"` // seconds
	StartSchedule          Time                     `json:"startSchedule,omitzero"`
	ChargingRateUnit       string                   `json:"chargingRateUnit,omitzero"` // "A" or "W"
	ChargingSchedulePeriod []ChargingSchedulePeriod `json:"chargingSchedulePeriod,omitzero"`
	MinChargingRate        Decimal                  `json:"minChargingRate,omitzero"`
}

// ChargingSchedulePeriod is one period of a [ChargingSchedule].
type ChargingSchedulePeriod struct {
	StartPeriod  Decimal `json:"startPeriod,omitzero"` // seconds from the schedule start
	Limit        Decimal `json:"limit,omitzero"`       // in the schedule's rate unit
	NumberPhases Decimal `json:"numberPhases,omitzero"`
}

// CompositeSchedule decodes ResponseData as a [CompositeSchedule]. It
// returns nil and no error when there is no response data, and an error
// wrapping the JSON cause when it does not have that shape.
func (a *Action) CompositeSchedule() (*CompositeSchedule, error) {
	return decodeOptional[CompositeSchedule](a.ResponseData, "response_data")
}

// PowerLimit is the data of a set_power_limit action.
type PowerLimit struct {
	Unit  string  `json:"unit,omitzero"` // "power" (W) or "current" (A)
	Limit Decimal `json:"limit,omitzero"`
}

// PowerLimit decodes Data as a [PowerLimit]. It returns nil and no error
// when there is no data, and an error wrapping the JSON cause when it does
// not have that shape.
func (a *Action) PowerLimit() (*PowerLimit, error) {
	return decodeOptional[PowerLimit](a.Data, "data")
}
