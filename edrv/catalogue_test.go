package edrv_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
)

// catalogue is eDRV's "List Of Webhook Events" (seeds/edrv-webhook-events.txt),
// each name with how the grammar splits it.
var catalogue = []struct {
	typ        edrv.EventType
	name       string
	class      edrv.Class
	isAction   bool
	resource   string
	event      string
	action     string
	status     edrv.Status
	actionType string
}{
	{edrv.ChargestationOnline, "chargestation.online", edrv.ClassNetwork, false, "chargestation", "online", "", edrv.Status(""), ""},
	{edrv.ChargestationOffline, "chargestation.offline", edrv.ClassNetwork, false, "chargestation", "offline", "", edrv.Status(""), ""},
	{edrv.ChargestationConnectorStatusUpdated, "chargestation.connector_status.updated", edrv.ClassNetwork, false, "chargestation.connector_status", "updated", "", edrv.Status(""), ""},
	{edrv.SessionUpdated, "session.updated", edrv.ClassNetwork, false, "session", "updated", "", edrv.Status(""), ""},
	{edrv.SessionStarted, "session.started", edrv.ClassNetwork, false, "session", "started", "", edrv.Status(""), ""},
	{edrv.SessionEnded, "session.ended", edrv.ClassNetwork, false, "session", "ended", "", edrv.Status(""), ""},
	{edrv.SessionCancelled, "session.cancelled", edrv.ClassNetwork, false, "session", "cancelled", "", edrv.Status(""), ""},
	{edrv.SessionStartFailure, "session.start_failure", edrv.ClassNetwork, false, "session", "start_failure", "", edrv.Status(""), ""},
	{edrv.SessionStopFailure, "session.stop_failure", edrv.ClassNetwork, false, "session", "stop_failure", "", edrv.Status(""), ""},
	{edrv.SessionSetPowerLimitRequested, "session.set_power_limit.requested", edrv.ClassAction, true, "session", "", "set_power_limit", edrv.Status("requested"), "session.set_power_limit"},
	{edrv.SessionSetPowerLimitAccepted, "session.set_power_limit.accepted", edrv.ClassAction, true, "session", "", "set_power_limit", edrv.Status("accepted"), "session.set_power_limit"},
	{edrv.SessionSetPowerLimitRejected, "session.set_power_limit.rejected", edrv.ClassAction, true, "session", "", "set_power_limit", edrv.Status("rejected"), "session.set_power_limit"},
	{edrv.SessionClearPowerLimitRequested, "session.clear_power_limit.requested", edrv.ClassAction, true, "session", "", "clear_power_limit", edrv.Status("requested"), "session.clear_power_limit"},
	{edrv.SessionClearPowerLimitAccepted, "session.clear_power_limit.accepted", edrv.ClassAction, true, "session", "", "clear_power_limit", edrv.Status("accepted"), "session.clear_power_limit"},
	{edrv.SessionClearPowerLimitRejected, "session.clear_power_limit.rejected", edrv.ClassAction, true, "session", "", "clear_power_limit", edrv.Status("rejected"), "session.clear_power_limit"},
	{edrv.ConnectorSetPowerLimitRequested, "connector.set_power_limit.requested", edrv.ClassAction, true, "connector", "", "set_power_limit", edrv.Status("requested"), "connector.set_power_limit"},
	{edrv.ConnectorSetPowerLimitAccepted, "connector.set_power_limit.accepted", edrv.ClassAction, true, "connector", "", "set_power_limit", edrv.Status("accepted"), "connector.set_power_limit"},
	{edrv.ConnectorSetPowerLimitRejected, "connector.set_power_limit.rejected", edrv.ClassAction, true, "connector", "", "set_power_limit", edrv.Status("rejected"), "connector.set_power_limit"},
	{edrv.ConnectorClearPowerLimitRequested, "connector.clear_power_limit.requested", edrv.ClassAction, true, "connector", "", "clear_power_limit", edrv.Status("requested"), "connector.clear_power_limit"},
	{edrv.ConnectorClearPowerLimitAccepted, "connector.clear_power_limit.accepted", edrv.ClassAction, true, "connector", "", "clear_power_limit", edrv.Status("accepted"), "connector.clear_power_limit"},
	{edrv.ConnectorClearPowerLimitRejected, "connector.clear_power_limit.rejected", edrv.ClassAction, true, "connector", "", "clear_power_limit", edrv.Status("rejected"), "connector.clear_power_limit"},
	{edrv.ChargestationSetPowerLimitRequested, "chargestation.set_power_limit.requested", edrv.ClassAction, true, "chargestation", "", "set_power_limit", edrv.Status("requested"), "chargestation.set_power_limit"},
	{edrv.ChargestationSetPowerLimitAccepted, "chargestation.set_power_limit.accepted", edrv.ClassAction, true, "chargestation", "", "set_power_limit", edrv.Status("accepted"), "chargestation.set_power_limit"},
	{edrv.ChargestationSetPowerLimitRejected, "chargestation.set_power_limit.rejected", edrv.ClassAction, true, "chargestation", "", "set_power_limit", edrv.Status("rejected"), "chargestation.set_power_limit"},
	{edrv.ChargestationClearPowerLimitRequested, "chargestation.clear_power_limit.requested", edrv.ClassAction, true, "chargestation", "", "clear_power_limit", edrv.Status("requested"), "chargestation.clear_power_limit"},
	{edrv.ChargestationClearPowerLimitAccepted, "chargestation.clear_power_limit.accepted", edrv.ClassAction, true, "chargestation", "", "clear_power_limit", edrv.Status("accepted"), "chargestation.clear_power_limit"},
	{edrv.ChargestationClearPowerLimitRejected, "chargestation.clear_power_limit.rejected", edrv.ClassAction, true, "chargestation", "", "clear_power_limit", edrv.Status("rejected"), "chargestation.clear_power_limit"},
	{edrv.ChargestationGetConfigurationRequested, "chargestation.get_configuration.requested", edrv.ClassAction, true, "chargestation", "", "get_configuration", edrv.Status("requested"), "chargestation.get_configuration"},
	{edrv.ChargestationGetConfigurationAccepted, "chargestation.get_configuration.accepted", edrv.ClassAction, true, "chargestation", "", "get_configuration", edrv.Status("accepted"), "chargestation.get_configuration"},
	{edrv.ChargestationGetConfigurationRejected, "chargestation.get_configuration.rejected", edrv.ClassAction, true, "chargestation", "", "get_configuration", edrv.Status("rejected"), "chargestation.get_configuration"},
	{edrv.ChargestationUpdateConfigurationRequested, "chargestation.update_configuration.requested", edrv.ClassAction, true, "chargestation", "", "update_configuration", edrv.Status("requested"), "chargestation.update_configuration"},
	{edrv.ChargestationUpdateConfigurationAccepted, "chargestation.update_configuration.accepted", edrv.ClassAction, true, "chargestation", "", "update_configuration", edrv.Status("accepted"), "chargestation.update_configuration"},
	{edrv.ChargestationUpdateConfigurationRejected, "chargestation.update_configuration.rejected", edrv.ClassAction, true, "chargestation", "", "update_configuration", edrv.Status("rejected"), "chargestation.update_configuration"},
	{edrv.ChargestationTriggerMessageRequested, "chargestation.trigger_message.requested", edrv.ClassAction, true, "chargestation", "", "trigger_message", edrv.Status("requested"), "chargestation.trigger_message"},
	{edrv.ChargestationTriggerMessageAccepted, "chargestation.trigger_message.accepted", edrv.ClassAction, true, "chargestation", "", "trigger_message", edrv.Status("accepted"), "chargestation.trigger_message"},
	{edrv.ChargestationTriggerMessageRejected, "chargestation.trigger_message.rejected", edrv.ClassAction, true, "chargestation", "", "trigger_message", edrv.Status("rejected"), "chargestation.trigger_message"},
	{edrv.ChargestationGetLocalListVersionRequested, "chargestation.get_local_list_version.requested", edrv.ClassAction, true, "chargestation", "", "get_local_list_version", edrv.Status("requested"), "chargestation.get_local_list_version"},
	{edrv.ChargestationGetLocalListVersionAccepted, "chargestation.get_local_list_version.accepted", edrv.ClassAction, true, "chargestation", "", "get_local_list_version", edrv.Status("accepted"), "chargestation.get_local_list_version"},
	{edrv.ChargestationGetLocalListVersionRejected, "chargestation.get_local_list_version.rejected", edrv.ClassAction, true, "chargestation", "", "get_local_list_version", edrv.Status("rejected"), "chargestation.get_local_list_version"},
	{edrv.ChargestationSendLocalListRequested, "chargestation.send_local_list.requested", edrv.ClassAction, true, "chargestation", "", "send_local_list", edrv.Status("requested"), "chargestation.send_local_list"},
	{edrv.ChargestationSendLocalListAccepted, "chargestation.send_local_list.accepted", edrv.ClassAction, true, "chargestation", "", "send_local_list", edrv.Status("accepted"), "chargestation.send_local_list"},
	{edrv.ChargestationSendLocalListRejected, "chargestation.send_local_list.rejected", edrv.ClassAction, true, "chargestation", "", "send_local_list", edrv.Status("rejected"), "chargestation.send_local_list"},
	{edrv.ChargestationGetCompositeScheduleRequested, "chargestation.get_composite_schedule.requested", edrv.ClassAction, true, "chargestation", "", "get_composite_schedule", edrv.Status("requested"), "chargestation.get_composite_schedule"},
	{edrv.ChargestationGetCompositeScheduleAccepted, "chargestation.get_composite_schedule.accepted", edrv.ClassAction, true, "chargestation", "", "get_composite_schedule", edrv.Status("accepted"), "chargestation.get_composite_schedule"},
	{edrv.ChargestationGetCompositeScheduleRejected, "chargestation.get_composite_schedule.rejected", edrv.ClassAction, true, "chargestation", "", "get_composite_schedule", edrv.Status("rejected"), "chargestation.get_composite_schedule"},
	{edrv.ChargestationSetChargingProfileRequested, "chargestation.set_charging_profile.requested", edrv.ClassAction, true, "chargestation", "", "set_charging_profile", edrv.Status("requested"), "chargestation.set_charging_profile"},
	{edrv.ChargestationSetChargingProfileAccepted, "chargestation.set_charging_profile.accepted", edrv.ClassAction, true, "chargestation", "", "set_charging_profile", edrv.Status("accepted"), "chargestation.set_charging_profile"},
	{edrv.ChargestationSetChargingProfileRejected, "chargestation.set_charging_profile.rejected", edrv.ClassAction, true, "chargestation", "", "set_charging_profile", edrv.Status("rejected"), "chargestation.set_charging_profile"},
	{edrv.ChargestationClearChargingProfileRequested, "chargestation.clear_charging_profile.requested", edrv.ClassAction, true, "chargestation", "", "clear_charging_profile", edrv.Status("requested"), "chargestation.clear_charging_profile"},
	{edrv.ChargestationClearChargingProfileAccepted, "chargestation.clear_charging_profile.accepted", edrv.ClassAction, true, "chargestation", "", "clear_charging_profile", edrv.Status("accepted"), "chargestation.clear_charging_profile"},
	{edrv.ChargestationClearChargingProfileRejected, "chargestation.clear_charging_profile.rejected", edrv.ClassAction, true, "chargestation", "", "clear_charging_profile", edrv.Status("rejected"), "chargestation.clear_charging_profile"},
	{edrv.ChargestationGetDiagnosticsRequested, "chargestation.get_diagnostics.requested", edrv.ClassAction, true, "chargestation", "", "get_diagnostics", edrv.Status("requested"), "chargestation.get_diagnostics"},
	{edrv.ChargestationGetDiagnosticsAccepted, "chargestation.get_diagnostics.accepted", edrv.ClassAction, true, "chargestation", "", "get_diagnostics", edrv.Status("accepted"), "chargestation.get_diagnostics"},
	{edrv.ChargestationGetDiagnosticsRejected, "chargestation.get_diagnostics.rejected", edrv.ClassAction, true, "chargestation", "", "get_diagnostics", edrv.Status("rejected"), "chargestation.get_diagnostics"},
	{edrv.ChargestationUpdateFirmwareRequested, "chargestation.update_firmware.requested", edrv.ClassAction, true, "chargestation", "", "update_firmware", edrv.Status("requested"), "chargestation.update_firmware"},
	{edrv.ChargestationUpdateFirmwareAccepted, "chargestation.update_firmware.accepted", edrv.ClassAction, true, "chargestation", "", "update_firmware", edrv.Status("accepted"), "chargestation.update_firmware"},
	{edrv.ChargestationUpdateFirmwareRejected, "chargestation.update_firmware.rejected", edrv.ClassAction, true, "chargestation", "", "update_firmware", edrv.Status("rejected"), "chargestation.update_firmware"},
	{edrv.ChargestationAuthorizationRequested, "chargestation.authorization.requested", edrv.ClassAction, true, "chargestation", "", "authorization", edrv.Status("requested"), "chargestation.authorization"},
	{edrv.ChargestationAuthorizationAccepted, "chargestation.authorization.accepted", edrv.ClassAction, true, "chargestation", "", "authorization", edrv.Status("accepted"), "chargestation.authorization"},
	{edrv.ChargestationAuthorizationRejected, "chargestation.authorization.rejected", edrv.ClassAction, true, "chargestation", "", "authorization", edrv.Status("rejected"), "chargestation.authorization"},
	{edrv.OrganizationUpdated, "organization.updated", edrv.ClassSync, false, "organization", "updated", "", edrv.Status(""), ""},
	{edrv.LocationCreated, "location.created", edrv.ClassSync, false, "location", "created", "", edrv.Status(""), ""},
	{edrv.LocationUpdated, "location.updated", edrv.ClassSync, false, "location", "updated", "", edrv.Status(""), ""},
	{edrv.LocationDeleted, "location.deleted", edrv.ClassSync, false, "location", "deleted", "", edrv.Status(""), ""},
	{edrv.ChargestationCreated, "chargestation.created", edrv.ClassSync, false, "chargestation", "created", "", edrv.Status(""), ""},
	{edrv.ChargestationUpdated, "chargestation.updated", edrv.ClassSync, false, "chargestation", "updated", "", edrv.Status(""), ""},
	{edrv.ChargestationDeleted, "chargestation.deleted", edrv.ClassSync, false, "chargestation", "deleted", "", edrv.Status(""), ""},
	{edrv.ChargestationConnectorCreated, "chargestation.connector.created", edrv.ClassSync, false, "chargestation.connector", "created", "", edrv.Status(""), ""},
	{edrv.ChargestationConnectorUpdated, "chargestation.connector.updated", edrv.ClassSync, false, "chargestation.connector", "updated", "", edrv.Status(""), ""},
	{edrv.ChargestationConnectorDeleted, "chargestation.connector.deleted", edrv.ClassSync, false, "chargestation.connector", "deleted", "", edrv.Status(""), ""},
	{edrv.UserCreated, "user.created", edrv.ClassSync, false, "user", "created", "", edrv.Status(""), ""},
	{edrv.UserUpdated, "user.updated", edrv.ClassSync, false, "user", "updated", "", edrv.Status(""), ""},
	{edrv.UserDeleted, "user.deleted", edrv.ClassSync, false, "user", "deleted", "", edrv.Status(""), ""},
	{edrv.RateCreated, "rate.created", edrv.ClassSync, false, "rate", "created", "", edrv.Status(""), ""},
	{edrv.RateUpdated, "rate.updated", edrv.ClassSync, false, "rate", "updated", "", edrv.Status(""), ""},
	{edrv.RateDeleted, "rate.deleted", edrv.ClassSync, false, "rate", "deleted", "", edrv.Status(""), ""},
	{edrv.RateScheduleCreated, "rate_schedule.created", edrv.ClassSync, false, "rate_schedule", "created", "", edrv.Status(""), ""},
	{edrv.RateScheduleUpdated, "rate_schedule.updated", edrv.ClassSync, false, "rate_schedule", "updated", "", edrv.Status(""), ""},
	{edrv.RateScheduleDeleted, "rate_schedule.deleted", edrv.ClassSync, false, "rate_schedule", "deleted", "", edrv.Status(""), ""},
	{edrv.RFIDCreated, "rfid.created", edrv.ClassSync, false, "rfid", "created", "", edrv.Status(""), ""},
	{edrv.RFIDUpdated, "rfid.updated", edrv.ClassSync, false, "rfid", "updated", "", edrv.Status(""), ""},
	{edrv.RFIDDeleted, "rfid.deleted", edrv.ClassSync, false, "rfid", "deleted", "", edrv.Status(""), ""},
	{edrv.SessionCreated, "session.created", edrv.ClassSync, false, "session", "created", "", edrv.Status(""), ""},
	{edrv.LoadManagementGroupCreated, "load_management.group.created", edrv.ClassSync, false, "load_management.group", "created", "", edrv.Status(""), ""},
	{edrv.LoadManagementGroupUpdated, "load_management.group.updated", edrv.ClassSync, false, "load_management.group", "updated", "", edrv.Status(""), ""},
	{edrv.LoadManagementGroupDeleted, "load_management.group.deleted", edrv.ClassSync, false, "load_management.group", "deleted", "", edrv.Status(""), ""},
	{edrv.LoadManagementGroupChargestationAdded, "load_management.group.chargestation.added", edrv.ClassSync, false, "load_management.group.chargestation", "added", "", edrv.Status(""), ""},
	{edrv.LoadManagementGroupChargestationRemoved, "load_management.group.chargestation.removed", edrv.ClassSync, false, "load_management.group.chargestation", "removed", "", edrv.Status(""), ""},
	{edrv.SessionEVCharged, "session.ev_charged", edrv.ClassIntelligence, false, "session", "ev_charged", "", edrv.Status(""), ""},
	{edrv.SessionTargetCostReached, "session.target.cost.reached", edrv.ClassIntelligence, false, "session.target.cost", "reached", "", edrv.Status(""), ""},
	{edrv.SessionTargetTimeReached, "session.target.time.reached", edrv.ClassIntelligence, false, "session.target.time", "reached", "", edrv.Status(""), ""},
	{edrv.SessionTargetPowerReached, "session.target.power.reached", edrv.ClassIntelligence, false, "session.target.power", "reached", "", edrv.Status(""), ""},
	{edrv.SessionTargetSOCReached, "session.target.soc.reached", edrv.ClassIntelligence, false, "session.target.soc", "reached", "", edrv.Status(""), ""},
}

func TestEventTypeCatalogue(t *testing.T) {
	assert.Len(t, catalogue, 93, "the seed catalogue lists 93 names")
	seen := map[edrv.EventType]bool{}
	for _, c := range catalogue {
		t.Run(c.name, func(t *testing.T) {
			assert.False(t, seen[c.typ], "duplicate constant")
			seen[c.typ] = true
			assert.Equal(t, c.name, string(c.typ))
			assert.Equal(t, c.name, c.typ.String())
			assert.True(t, c.typ.Known())
			assert.Equal(t, c.class, c.typ.Class())
			assert.True(t, c.typ.Class().Known())
			assert.Equal(t, c.isAction, c.typ.IsAction())
			assert.Equal(t, c.isAction, c.class == edrv.ClassAction, "only actions are in the action class")
			assert.Equal(t, c.resource, c.typ.Resource())
			assert.Equal(t, c.event, c.typ.Event())
			assert.Equal(t, c.action, c.typ.Action())
			assert.Equal(t, c.status, c.typ.Status())
			assert.Equal(t, c.actionType, c.typ.ActionType())
			path, last := c.typ.Split()
			assert.Equal(t, c.name, path+"."+last)
		})
	}
}

func TestEventTypeUnknownNames(t *testing.T) {
	tests := []struct {
		name       edrv.EventType
		class      edrv.Class
		isAction   bool
		resource   string
		event      string
		action     string
		status     edrv.Status
		actionType string
		path, last string
	}{
		{"session.target.energy.reached", "", false, "session.target.energy", "reached", "", "", "", "session.target.energy", "reached"},
		{"chargestation.reserve_now.accepted", edrv.ClassAction, true, "chargestation", "", "reserve_now", edrv.StatusAccepted, "chargestation.reserve_now", "chargestation.reserve_now", "accepted"},
		{"load_management.group.connector.set_limit.rejected", edrv.ClassAction, true, "load_management.group.connector", "", "set_limit", edrv.StatusRejected, "load_management.group.connector.set_limit", "load_management.group.connector.set_limit", "rejected"},
		{"payment.succeeded", "", false, "payment", "succeeded", "", "", "", "payment", "succeeded"},
		// Two segments ending in a status are not actions: the grammar needs a scope and an action.
		{"session.requested", "", false, "session", "requested", "", "", "", "session", "requested"},
		// Statuses are lower case; other casings are plain verbs.
		{"session.set_power_limit.Accepted", "", false, "session.set_power_limit", "Accepted", "", "", "", "session.set_power_limit", "Accepted"},
		{"ping", "", false, "", "ping", "", "", "", "", "ping"},
		{"", "", false, "", "", "", "", "", "", ""},
		{".accepted", "", false, "", "accepted", "", "", "", "", "accepted"},
		{"..accepted", "", false, ".", "accepted", "", "", "", ".", "accepted"},
		{"a..accepted", "", false, "a.", "accepted", "", "", "", "a.", "accepted"},
	}
	for _, tt := range tests {
		t.Run(string(tt.name), func(t *testing.T) {
			e := tt.name
			assert.False(t, e.Known())
			assert.Equal(t, tt.class, e.Class())
			assert.Equal(t, tt.isAction, e.IsAction())
			assert.Equal(t, tt.resource, e.Resource())
			assert.Equal(t, tt.event, e.Event())
			assert.Equal(t, tt.action, e.Action())
			assert.Equal(t, tt.status, e.Status())
			assert.Equal(t, tt.actionType, e.ActionType())
			path, last := e.Split()
			assert.Equal(t, tt.path, path)
			assert.Equal(t, tt.last, last)
		})
	}
}

func TestEnumsKnown(t *testing.T) {
	tests := []struct {
		name  string
		known func() bool
		want  bool
	}{
		{"status requested", edrv.StatusRequested.Known, true},
		{"status completed is not a name status", edrv.Status("completed").Known, false},
		{"class sync", edrv.ClassSync.Known, true},
		{"class other", edrv.Class("other").Known, false},
		{"connector Reserved", edrv.ConnectorReserved.Known, true},
		{"connector Occupied", edrv.ConnectorOccupied.Known, true},
		{"connector new", edrv.ConnectorStatus("Maintenance").Known, false},
		{"connector type CHADEMO", edrv.ConnectorTypeCHAdeMO.Known, true},
		{"connector type NACS", edrv.ConnectorType("NACS").Known, false},
		{"format Socket", edrv.Format("Socket").Known, true},
		{"format cable", edrv.Format("cable").Known, true},
		{"format other", edrv.Format("WIRELESS").Known, false},
		{"power AC Single Phase", edrv.PowerACSinglePhaseText.Known, true},
		{"power ac_3_phase", edrv.PowerType("ac_3_phase").Known, true},
		{"power other", edrv.PowerType("AC_2_PHASE").Known, false},
		{"protocol 2.0.1", edrv.ProtocolOCPP201.Known, true},
		{"protocol 2.1", edrv.Protocol("ocpp2.1").Known, false},
		{"session ended", edrv.SessionStatus("ended").Known, true},
		{"session CANCELLED", edrv.SessionStatus("CANCELLED").Known, true},
		{"session failed", edrv.SessionStatus("failed").Known, false},
		{"action APIRequested", edrv.ActionAPIRequested.Known, true},
		{"action accepted is a name status", edrv.ActionStatus("accepted").Known, false},
		{"price PARKING TIME", edrv.PriceComponentType("PARKING TIME").Known, true},
		{"price parking_time", edrv.PriceComponentType("parking_time").Known, true},
		{"price SESSION", edrv.PriceComponentType("SESSION").Known, false},
		{"charging state Idle", edrv.ChargingStateIdle.Known, true},
		{"charging state other", edrv.ChargingState("Paused").Known, false},
		{"token Central", edrv.TokenCentral.Known, true},
		{"token other", edrv.TokenType("NFC").Known, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.known())
		})
	}
}

func TestEnumHelpers(t *testing.T) {
	for _, p := range []edrv.PowerType{"AC_1_PHASE", "AC_SINGLE_PHASE", "AC Single Phase", "ac single phase"} {
		assert.Equal(t, edrv.PowerAC1Phase, p.Normalized(), p)
		assert.True(t, p.Is(edrv.PowerAC1Phase), p)
	}
	for _, p := range []edrv.PowerType{"AC_3_PHASE", "AC Three Phase", "AC_THREE_PHASE"} {
		assert.Equal(t, edrv.PowerAC3Phase, p.Normalized(), p)
	}
	assert.Equal(t, edrv.PowerDC, edrv.PowerType("dc").Normalized())
	assert.Equal(t, edrv.PowerType("AC_2_PHASE"), edrv.PowerType("AC_2_PHASE").Normalized(), "unknown values pass through")
	assert.False(t, edrv.PowerDC.Is(edrv.PowerAC1Phase))

	assert.True(t, edrv.Format("Socket").Is(edrv.FormatSocket))
	assert.False(t, edrv.FormatCable.Is(edrv.FormatSocket))
	assert.True(t, edrv.SessionStatus("STARTED").Is(edrv.SessionStatusStarted))
	assert.False(t, edrv.SessionStatusEnded.Is(edrv.SessionStatusStarted))
	assert.True(t, edrv.ConnectorStatus("charging").Is(edrv.ConnectorCharging))
	assert.Equal(t, edrv.PriceParkingTime, edrv.PriceComponentType("Parking Time").Normalized())
	assert.True(t, edrv.PriceComponentType("PARKING TIME").Is(edrv.PriceParkingTime))

	tests := []struct {
		in   edrv.ActionStatus
		want edrv.Status
	}{
		{edrv.ActionRequested, edrv.StatusRequested},
		{edrv.ActionAPIRequested, edrv.StatusRequested},
		{edrv.ActionCompleted, edrv.StatusAccepted},
		{edrv.ActionFailed, edrv.StatusRejected},
		{"timeout", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.in.Status(), tt.in)
	}
}

// TestCatalogueMatchesSeed reads the names from eDRV's "List Of Webhook
// Events" page, kept verbatim in testdata, and checks that the package knows
// exactly those.
func TestCatalogueMatchesSeed(t *testing.T) {
	text, err := os.ReadFile(filepath.Join("..", "testdata", "edrv", "list-of-webhook-events.txt"))
	require.NoError(t, err)
	action := regexp.MustCompile(`^([a-z_]+(?:\.[a-z_]+)+)\.requested / accepted / rejected ?data$`)
	event := regexp.MustCompile(`^([a-z_]+(?:\.[a-z_]+)+) data$`)
	seed := map[string]bool{}
	for _, line := range strings.Split(string(text), "\n") {
		line = strings.TrimSpace(line)
		if m := action.FindStringSubmatch(line); m != nil {
			for _, s := range []string{"requested", "accepted", "rejected"} {
				seed[m[1]+"."+s] = true
			}
		} else if m := event.FindStringSubmatch(line); m != nil {
			seed[m[1]] = true
		}
	}
	require.Len(t, seed, 93)

	src, err := edrv.NewSource("s")
	require.NoError(t, err)
	known := map[string]bool{}
	for name := range src.Catalog().Events {
		known[name] = true
		assert.True(t, edrv.EventType(name).Known())
	}
	assert.Equal(t, seed, known)
	for _, c := range catalogue {
		assert.True(t, seed[c.name], c.name)
	}
}

// The event-name constants are untyped: they are strings, dispatch
// patterns and EventTypes without conversion.
func TestConstantsAreUntyped(t *testing.T) {
	var s string = edrv.SessionUpdated
	var e edrv.EventType = edrv.SessionUpdated
	assert.Equal(t, "session.updated", s)
	assert.Equal(t, edrv.StatusAccepted, edrv.EventType(edrv.SessionSetPowerLimitAccepted).Status())
	assert.Equal(t, s, string(e))
}
