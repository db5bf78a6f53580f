package edrv

import (
	"fmt"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Action is the data of the action events ("<scope>.<action>.<status>"): a
// command sent to a station, or an RFID authorisation, and how far it has
// come. Data and ResponseData are kept as sent; the methods decode them into
// the type of the action's family, such as [Action.CompositeSchedule] or
// [Action.Response] for any family.
type Action struct {
	// ID is the action's _id, shared by the requested, accepted and
	// rejected events of one command.
	ID Opt[string] `json:"_id,omitzero"`
	// Type is the action without its status, such as
	// "chargestation.set_power_limit"; older payloads send bare names such
	// as "get_configuration".
	Type Opt[string] `json:"type,omitzero"`
	// Status is how far the command has come.
	Status Opt[ActionStatus] `json:"status,omitzero"`
	// Chargestation is the id of the station; it may be absent on
	// connector-level actions.
	Chargestation Opt[string] `json:"chargestation,omitzero"`
	// Connector is the id of the connector, when relevant.
	Connector Opt[string] `json:"connector,omitzero"`
	// Data is what was sent to the station, such as {"unit": "current",
	// "limit": 10}; its shape depends on Type.
	Data jsontext.Value `json:"data,omitzero"`
	// ResponseData is the station's OCPP answer in OCPP casing, such as
	// {"status": "Accepted", ...}; it may be {}. See [Action.Response].
	ResponseData jsontext.Value `json:"response_data,omitzero"`
	// CreatedAt is when the action was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the action last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargestationID returns the id of the action's station, the key eDRV
// orders events by, or "" when the action names only a connector.
func (a *Action) ChargestationID() string { return a.Chargestation.Value }

// Family returns the action's command without scope or status, such as
// "set_power_limit" for Type "session.set_power_limit" and
// "get_configuration" for the bare legacy Type "get_configuration".
func (a *Action) Family() string {
	t := a.Type.Value
	return t[strings.LastIndexByte(t, '.')+1:]
}

// ActionStatus is the status field of an [Action]. It differs from the
// status suffix of the event name: see [ActionStatus.Status].
type ActionStatus string

// Action statuses.
const (
	// ActionRequested is "requested": sent to the station.
	ActionRequested ActionStatus = "requested"
	// ActionCompleted is "completed": accepted; see the response data.
	ActionCompleted ActionStatus = "completed"
	// ActionFailed is "failed": rejected; errors in the response data.
	ActionFailed ActionStatus = "failed"
	// ActionAPIRequested is "APIRequested": seen in REST responses.
	ActionAPIRequested ActionStatus = "APIRequested"
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

// Action families: the command part of the action names of eDRV's
// catalogue, as [Action.Family] returns them.
const (
	// FamilySetPowerLimit is set_power_limit (session, connector or
	// chargestation scope); response: [StatusResponse].
	FamilySetPowerLimit = "set_power_limit"
	// FamilyClearPowerLimit is clear_power_limit; response: [StatusResponse].
	FamilyClearPowerLimit = "clear_power_limit"
	// FamilyGetConfiguration is get_configuration; response:
	// [ConfigurationResponse].
	FamilyGetConfiguration = "get_configuration"
	// FamilyUpdateConfiguration is update_configuration; response:
	// [StatusResponse].
	FamilyUpdateConfiguration = "update_configuration"
	// FamilyTriggerMessage is trigger_message; response: [StatusResponse].
	FamilyTriggerMessage = "trigger_message"
	// FamilyGetLocalListVersion is get_local_list_version; response:
	// [LocalListVersionResponse].
	FamilyGetLocalListVersion = "get_local_list_version"
	// FamilySendLocalList is send_local_list; response: [StatusResponse].
	FamilySendLocalList = "send_local_list"
	// FamilyGetCompositeSchedule is get_composite_schedule; response:
	// [CompositeSchedule].
	FamilyGetCompositeSchedule = "get_composite_schedule"
	// FamilySetChargingProfile is set_charging_profile; response:
	// [StatusResponse].
	FamilySetChargingProfile = "set_charging_profile"
	// FamilyClearChargingProfile is clear_charging_profile; response:
	// [StatusResponse].
	FamilyClearChargingProfile = "clear_charging_profile"
	// FamilyGetDiagnostics is get_diagnostics; response:
	// [DiagnosticsResponse].
	FamilyGetDiagnostics = "get_diagnostics"
	// FamilyUpdateFirmware is update_firmware; response: [StatusResponse]
	// (OCPP's UpdateFirmware answer is empty).
	FamilyUpdateFirmware = "update_firmware"
	// FamilyAuthorization is authorization, an RFID authorisation by a
	// station; response: [AuthorizationResponse].
	FamilyAuthorization = "authorization"
)

// Response decodes ResponseData into the type of the action's
// [Action.Family]: a *[CompositeSchedule], *[ConfigurationResponse],
// *[LocalListVersionResponse], *[DiagnosticsResponse],
// *[AuthorizationResponse], or *[StatusResponse] for the families whose
// answer is a status (and for families this package does not know). It
// returns nil and no error when there is no response data (absent, null),
// and an error wrapping the JSON cause when it does not have that shape.
func (a *Action) Response() (any, error) {
	if len(a.ResponseData) == 0 || string(a.ResponseData) == "null" {
		return nil, nil
	}
	switch a.Family() {
	case FamilyGetCompositeSchedule:
		return a.CompositeSchedule()
	case FamilyGetConfiguration:
		return a.ConfigurationResponse()
	case FamilyGetLocalListVersion:
		return a.LocalListVersionResponse()
	case FamilyGetDiagnostics:
		return a.DiagnosticsResponse()
	case FamilyAuthorization:
		return a.AuthorizationResponse()
	}
	return a.StatusResponse()
}

// StatusResponse is the OCPP answer of the actions that answer with a
// status: set and clear power limit and charging profile
// (SetChargingProfile, ClearChargingProfile), update_configuration
// (ChangeConfiguration), trigger_message, send_local_list, and
// update_firmware (whose answer is empty, {}).
type StatusResponse struct {
	// Status is the station's answer in OCPP casing: "Accepted",
	// "Rejected", "RebootRequired", "NotSupported", "NotImplemented",
	// "Failed", "VersionMismatch", "Unknown", ...
	Status Opt[string] `json:"status,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// StatusResponse decodes ResponseData as a [StatusResponse]; see
// [Action.Response] for the results.
func (a *Action) StatusResponse() (*StatusResponse, error) {
	return decodeOptional[StatusResponse](a.ResponseData, "response_data")
}

// CompositeSchedule is the OCPP GetCompositeSchedule response of a
// chargestation.get_composite_schedule action, in OCPP casing.
type CompositeSchedule struct {
	// Status is "Accepted" or "Rejected".
	Status Opt[string] `json:"status,omitzero"`
	// ConnectorID is the connector the schedule is for; 0 is the station.
	ConnectorID Decimal `json:"connectorId,omitzero"`
	// ScheduleStart is when the schedule starts.
	ScheduleStart Time `json:"scheduleStart,omitzero"`
	// ChargingSchedule is the schedule.
	ChargingSchedule Opt[ChargingSchedule] `json:"chargingSchedule,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargingSchedule is an OCPP charging schedule.
type ChargingSchedule struct {
	// Duration is the schedule's length in seconds.
	Duration Decimal `json:"duration,omitzero"`
	// StartSchedule is when the schedule starts.
	StartSchedule Time `json:"startSchedule,omitzero"`
	// ChargingRateUnit is "A" or "W".
	ChargingRateUnit Opt[string] `json:"chargingRateUnit,omitzero"`
	// ChargingSchedulePeriod lists the schedule's periods.
	ChargingSchedulePeriod Opt[[]ChargingSchedulePeriod] `json:"chargingSchedulePeriod,omitzero"`
	// MinChargingRate is the least rate the EV accepts, in the rate unit.
	MinChargingRate Decimal `json:"minChargingRate,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargingSchedulePeriod is one period of a [ChargingSchedule].
type ChargingSchedulePeriod struct {
	// StartPeriod is the period's start in seconds from the schedule start.
	StartPeriod Decimal `json:"startPeriod,omitzero"`
	// Limit is the rate limit in the schedule's rate unit.
	Limit Decimal `json:"limit,omitzero"`
	// NumberPhases is the number of phases that may be used.
	NumberPhases Decimal `json:"numberPhases,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// CompositeSchedule decodes ResponseData as a [CompositeSchedule]. It
// returns nil and no error when there is no response data, and an error
// wrapping the JSON cause when it does not have that shape.
func (a *Action) CompositeSchedule() (*CompositeSchedule, error) {
	return decodeOptional[CompositeSchedule](a.ResponseData, "response_data")
}

// ConfigurationResponse is the OCPP GetConfiguration answer of a
// chargestation.get_configuration action; eDRV notes it may be partial.
type ConfigurationResponse struct {
	// ConfigurationKey lists the keys the station reported.
	ConfigurationKey Opt[[]ConfigurationKey] `json:"configurationKey,omitzero"`
	// UnknownKey lists the requested keys the station does not know.
	UnknownKey Opt[[]string] `json:"unknownKey,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ConfigurationKey is one key of a [ConfigurationResponse].
type ConfigurationKey struct {
	// Key is the key's name, such as "HeartbeatInterval".
	Key Opt[string] `json:"key,omitzero"`
	// Readonly reports a key that cannot be changed.
	Readonly Bool `json:"readonly,omitzero"`
	// Value is the key's value, as text.
	Value Opt[string] `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ConfigurationResponse decodes ResponseData as a
// [ConfigurationResponse]; see [Action.Response] for the results.
func (a *Action) ConfigurationResponse() (*ConfigurationResponse, error) {
	return decodeOptional[ConfigurationResponse](a.ResponseData, "response_data")
}

// LocalListVersionResponse is the OCPP GetLocalListVersion answer of a
// chargestation.get_local_list_version action.
type LocalListVersionResponse struct {
	// ListVersion is the version of the station's local authorisation
	// list; 0 means empty, -1 not supported.
	ListVersion Decimal `json:"listVersion,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// LocalListVersionResponse decodes ResponseData as a
// [LocalListVersionResponse]; see [Action.Response] for the results.
func (a *Action) LocalListVersionResponse() (*LocalListVersionResponse, error) {
	return decodeOptional[LocalListVersionResponse](a.ResponseData, "response_data")
}

// DiagnosticsResponse is the OCPP GetDiagnostics answer of a
// chargestation.get_diagnostics action.
type DiagnosticsResponse struct {
	// FileName is the name of the diagnostics file the station uploads;
	// absent when it has none.
	FileName Opt[string] `json:"fileName,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// DiagnosticsResponse decodes ResponseData as a [DiagnosticsResponse]; see
// [Action.Response] for the results.
func (a *Action) DiagnosticsResponse() (*DiagnosticsResponse, error) {
	return decodeOptional[DiagnosticsResponse](a.ResponseData, "response_data")
}

// AuthorizationResponse is the OCPP Authorize answer of a
// chargestation.authorization action.
type AuthorizationResponse struct {
	// IDTagInfo is the authorisation's outcome.
	IDTagInfo Opt[IDTagInfo] `json:"idTagInfo,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// IDTagInfo is the outcome of an OCPP authorisation.
type IDTagInfo struct {
	// Status is "Accepted", "Blocked", "Expired", "Invalid" or
	// "ConcurrentTx".
	Status Opt[string] `json:"status,omitzero"`
	// ExpiryDate is when the id tag expires.
	ExpiryDate Time `json:"expiryDate,omitzero"`
	// ParentIDTag is the id tag's parent (group) tag.
	ParentIDTag Opt[string] `json:"parentIdTag,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// AuthorizationResponse decodes ResponseData as an
// [AuthorizationResponse]; see [Action.Response] for the results.
func (a *Action) AuthorizationResponse() (*AuthorizationResponse, error) {
	return decodeOptional[AuthorizationResponse](a.ResponseData, "response_data")
}

// PowerLimit is the data of a set_power_limit action.
type PowerLimit struct {
	// Unit is "power" (Limit in W) or "current" (Limit in A).
	Unit Opt[string] `json:"unit,omitzero"`
	// Limit is the limit in Unit.
	Limit Decimal `json:"limit,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// PowerLimit decodes Data as a [PowerLimit]. It returns nil and no error
// when there is no data, and an error wrapping the JSON cause when it does
// not have that shape.
func (a *Action) PowerLimit() (*PowerLimit, error) {
	return decodeOptional[PowerLimit](a.Data, "data")
}

// ConfigurationChange is the data of an update_configuration (and of a
// legacy set_configuration) action, such as {"key": "HeartbeatInterval",
// "value": "900"}.
type ConfigurationChange struct {
	// Key is the configuration key.
	Key Opt[string] `json:"key,omitzero"`
	// Value is the new value, as text.
	Value Opt[string] `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ConfigurationChange decodes Data as a [ConfigurationChange]; it returns
// nil and no error when there is no data.
func (a *Action) ConfigurationChange() (*ConfigurationChange, error) {
	return decodeOptional[ConfigurationChange](a.Data, "data")
}

// decodeOptional decodes raw into a new T; nil raw or null gives nil.
func decodeOptional[T any](raw jsontext.Value, what string) (*T, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	v := new(T)
	if err := json.Unmarshal(raw, v); err != nil {
		return nil, fmt.Errorf("edrv: decode %s: %w", what, err)
	}
	return v, nil
}
