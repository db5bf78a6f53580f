package edrv

// Event names of eDRV's catalogue, grouped by class. Each action is listed
// with its three statuses. They are untyped string constants, so they serve
// as dispatch patterns and compare with [Event.Type] as they are; convert
// one to [EventType] for its grammar methods.
const (
	// Network events: asynchronous station and driver activity.

	// ChargestationOnline is "chargestation.online"; its data is a [Chargestation].
	ChargestationOnline = "chargestation.online"
	// ChargestationOffline is "chargestation.offline"; its data is a [Chargestation].
	ChargestationOffline = "chargestation.offline"
	// ChargestationConnectorStatusUpdated is "chargestation.connector_status.updated"; its data is a [Chargestation].
	ChargestationConnectorStatusUpdated = "chargestation.connector_status.updated"
	// SessionUpdated is "session.updated"; its data is a [Session].
	SessionUpdated = "session.updated"
	// SessionStarted is "session.started"; its data is a [Session].
	SessionStarted = "session.started"
	// SessionEnded is "session.ended"; its data is a [Session].
	SessionEnded = "session.ended"
	// SessionCancelled is "session.cancelled"; its data is a [Session].
	SessionCancelled = "session.cancelled"
	// SessionStartFailure is "session.start_failure"; its data is a [Session].
	SessionStartFailure = "session.start_failure"
	// SessionStopFailure is "session.stop_failure"; its data is a [Session].
	SessionStopFailure = "session.stop_failure"

	// Action events: progress of a command sent to a station, and RFID
	// authorisations.

	// SessionSetPowerLimitRequested is "session.set_power_limit.requested"; its data is an [Action].
	SessionSetPowerLimitRequested = "session.set_power_limit.requested"
	// SessionSetPowerLimitAccepted is "session.set_power_limit.accepted"; its data is an [Action].
	SessionSetPowerLimitAccepted = "session.set_power_limit.accepted"
	// SessionSetPowerLimitRejected is "session.set_power_limit.rejected"; its data is an [Action].
	SessionSetPowerLimitRejected = "session.set_power_limit.rejected"
	// SessionClearPowerLimitRequested is "session.clear_power_limit.requested"; its data is an [Action].
	SessionClearPowerLimitRequested = "session.clear_power_limit.requested"
	// SessionClearPowerLimitAccepted is "session.clear_power_limit.accepted"; its data is an [Action].
	SessionClearPowerLimitAccepted = "session.clear_power_limit.accepted"
	// SessionClearPowerLimitRejected is "session.clear_power_limit.rejected"; its data is an [Action].
	SessionClearPowerLimitRejected = "session.clear_power_limit.rejected"
	// ConnectorSetPowerLimitRequested is "connector.set_power_limit.requested"; its data is an [Action].
	ConnectorSetPowerLimitRequested = "connector.set_power_limit.requested"
	// ConnectorSetPowerLimitAccepted is "connector.set_power_limit.accepted"; its data is an [Action].
	ConnectorSetPowerLimitAccepted = "connector.set_power_limit.accepted"
	// ConnectorSetPowerLimitRejected is "connector.set_power_limit.rejected"; its data is an [Action].
	ConnectorSetPowerLimitRejected = "connector.set_power_limit.rejected"
	// ConnectorClearPowerLimitRequested is "connector.clear_power_limit.requested"; its data is an [Action].
	ConnectorClearPowerLimitRequested = "connector.clear_power_limit.requested"
	// ConnectorClearPowerLimitAccepted is "connector.clear_power_limit.accepted"; its data is an [Action].
	ConnectorClearPowerLimitAccepted = "connector.clear_power_limit.accepted"
	// ConnectorClearPowerLimitRejected is "connector.clear_power_limit.rejected"; its data is an [Action].
	ConnectorClearPowerLimitRejected = "connector.clear_power_limit.rejected"
	// ChargestationSetPowerLimitRequested is "chargestation.set_power_limit.requested"; its data is an [Action].
	ChargestationSetPowerLimitRequested = "chargestation.set_power_limit.requested"
	// ChargestationSetPowerLimitAccepted is "chargestation.set_power_limit.accepted"; its data is an [Action].
	ChargestationSetPowerLimitAccepted = "chargestation.set_power_limit.accepted"
	// ChargestationSetPowerLimitRejected is "chargestation.set_power_limit.rejected"; its data is an [Action].
	ChargestationSetPowerLimitRejected = "chargestation.set_power_limit.rejected"
	// ChargestationClearPowerLimitRequested is "chargestation.clear_power_limit.requested"; its data is an [Action].
	ChargestationClearPowerLimitRequested = "chargestation.clear_power_limit.requested"
	// ChargestationClearPowerLimitAccepted is "chargestation.clear_power_limit.accepted"; its data is an [Action].
	ChargestationClearPowerLimitAccepted = "chargestation.clear_power_limit.accepted"
	// ChargestationClearPowerLimitRejected is "chargestation.clear_power_limit.rejected"; its data is an [Action].
	ChargestationClearPowerLimitRejected = "chargestation.clear_power_limit.rejected"
	// ChargestationGetConfigurationRequested is "chargestation.get_configuration.requested"; its data is an [Action].
	ChargestationGetConfigurationRequested = "chargestation.get_configuration.requested"
	// ChargestationGetConfigurationAccepted is "chargestation.get_configuration.accepted"; its data is an [Action].
	ChargestationGetConfigurationAccepted = "chargestation.get_configuration.accepted"
	// ChargestationGetConfigurationRejected is "chargestation.get_configuration.rejected"; its data is an [Action].
	ChargestationGetConfigurationRejected = "chargestation.get_configuration.rejected"
	// ChargestationUpdateConfigurationRequested is "chargestation.update_configuration.requested"; its data is an [Action].
	ChargestationUpdateConfigurationRequested = "chargestation.update_configuration.requested"
	// ChargestationUpdateConfigurationAccepted is "chargestation.update_configuration.accepted"; its data is an [Action].
	ChargestationUpdateConfigurationAccepted = "chargestation.update_configuration.accepted"
	// ChargestationUpdateConfigurationRejected is "chargestation.update_configuration.rejected"; its data is an [Action].
	ChargestationUpdateConfigurationRejected = "chargestation.update_configuration.rejected"
	// ChargestationTriggerMessageRequested is "chargestation.trigger_message.requested"; its data is an [Action].
	ChargestationTriggerMessageRequested = "chargestation.trigger_message.requested"
	// ChargestationTriggerMessageAccepted is "chargestation.trigger_message.accepted"; its data is an [Action].
	ChargestationTriggerMessageAccepted = "chargestation.trigger_message.accepted"
	// ChargestationTriggerMessageRejected is "chargestation.trigger_message.rejected"; its data is an [Action].
	ChargestationTriggerMessageRejected = "chargestation.trigger_message.rejected"
	// ChargestationGetLocalListVersionRequested is "chargestation.get_local_list_version.requested"; its data is an [Action].
	ChargestationGetLocalListVersionRequested = "chargestation.get_local_list_version.requested"
	// ChargestationGetLocalListVersionAccepted is "chargestation.get_local_list_version.accepted"; its data is an [Action].
	ChargestationGetLocalListVersionAccepted = "chargestation.get_local_list_version.accepted"
	// ChargestationGetLocalListVersionRejected is "chargestation.get_local_list_version.rejected"; its data is an [Action].
	ChargestationGetLocalListVersionRejected = "chargestation.get_local_list_version.rejected"
	// ChargestationSendLocalListRequested is "chargestation.send_local_list.requested"; its data is an [Action].
	ChargestationSendLocalListRequested = "chargestation.send_local_list.requested"
	// ChargestationSendLocalListAccepted is "chargestation.send_local_list.accepted"; its data is an [Action].
	ChargestationSendLocalListAccepted = "chargestation.send_local_list.accepted"
	// ChargestationSendLocalListRejected is "chargestation.send_local_list.rejected"; its data is an [Action].
	ChargestationSendLocalListRejected = "chargestation.send_local_list.rejected"
	// ChargestationGetCompositeScheduleRequested is "chargestation.get_composite_schedule.requested"; its data is an [Action].
	ChargestationGetCompositeScheduleRequested = "chargestation.get_composite_schedule.requested"
	// ChargestationGetCompositeScheduleAccepted is "chargestation.get_composite_schedule.accepted"; its data is an [Action].
	ChargestationGetCompositeScheduleAccepted = "chargestation.get_composite_schedule.accepted"
	// ChargestationGetCompositeScheduleRejected is "chargestation.get_composite_schedule.rejected"; its data is an [Action].
	ChargestationGetCompositeScheduleRejected = "chargestation.get_composite_schedule.rejected"
	// ChargestationSetChargingProfileRequested is "chargestation.set_charging_profile.requested"; its data is an [Action].
	ChargestationSetChargingProfileRequested = "chargestation.set_charging_profile.requested"
	// ChargestationSetChargingProfileAccepted is "chargestation.set_charging_profile.accepted"; its data is an [Action].
	ChargestationSetChargingProfileAccepted = "chargestation.set_charging_profile.accepted"
	// ChargestationSetChargingProfileRejected is "chargestation.set_charging_profile.rejected"; its data is an [Action].
	ChargestationSetChargingProfileRejected = "chargestation.set_charging_profile.rejected"
	// ChargestationClearChargingProfileRequested is "chargestation.clear_charging_profile.requested"; its data is an [Action].
	ChargestationClearChargingProfileRequested = "chargestation.clear_charging_profile.requested"
	// ChargestationClearChargingProfileAccepted is "chargestation.clear_charging_profile.accepted"; its data is an [Action].
	ChargestationClearChargingProfileAccepted = "chargestation.clear_charging_profile.accepted"
	// ChargestationClearChargingProfileRejected is "chargestation.clear_charging_profile.rejected"; its data is an [Action].
	ChargestationClearChargingProfileRejected = "chargestation.clear_charging_profile.rejected"
	// ChargestationGetDiagnosticsRequested is "chargestation.get_diagnostics.requested"; its data is an [Action].
	ChargestationGetDiagnosticsRequested = "chargestation.get_diagnostics.requested"
	// ChargestationGetDiagnosticsAccepted is "chargestation.get_diagnostics.accepted"; its data is an [Action].
	ChargestationGetDiagnosticsAccepted = "chargestation.get_diagnostics.accepted"
	// ChargestationGetDiagnosticsRejected is "chargestation.get_diagnostics.rejected"; its data is an [Action].
	ChargestationGetDiagnosticsRejected = "chargestation.get_diagnostics.rejected"
	// ChargestationUpdateFirmwareRequested is "chargestation.update_firmware.requested"; its data is an [Action].
	ChargestationUpdateFirmwareRequested = "chargestation.update_firmware.requested"
	// ChargestationUpdateFirmwareAccepted is "chargestation.update_firmware.accepted"; its data is an [Action].
	ChargestationUpdateFirmwareAccepted = "chargestation.update_firmware.accepted"
	// ChargestationUpdateFirmwareRejected is "chargestation.update_firmware.rejected"; its data is an [Action].
	ChargestationUpdateFirmwareRejected = "chargestation.update_firmware.rejected"
	// ChargestationAuthorizationRequested is "chargestation.authorization.requested"; its data is an [Action].
	ChargestationAuthorizationRequested = "chargestation.authorization.requested"
	// ChargestationAuthorizationAccepted is "chargestation.authorization.accepted"; its data is an [Action].
	ChargestationAuthorizationAccepted = "chargestation.authorization.accepted"
	// ChargestationAuthorizationRejected is "chargestation.authorization.rejected"; its data is an [Action].
	ChargestationAuthorizationRejected = "chargestation.authorization.rejected"

	// Synchronous events: data created, edited or deleted through the API or
	// dashboard.

	// OrganizationUpdated is "organization.updated"; its data is an [Organization].
	OrganizationUpdated = "organization.updated"
	// LocationCreated is "location.created"; its data is a [Location].
	LocationCreated = "location.created"
	// LocationUpdated is "location.updated"; its data is a [Location].
	LocationUpdated = "location.updated"
	// LocationDeleted is "location.deleted"; its data is a [Location].
	LocationDeleted = "location.deleted"
	// ChargestationCreated is "chargestation.created"; its data is a [Chargestation].
	ChargestationCreated = "chargestation.created"
	// ChargestationUpdated is "chargestation.updated"; its data is a [Chargestation].
	ChargestationUpdated = "chargestation.updated"
	// ChargestationDeleted is "chargestation.deleted"; its data is a [Chargestation].
	ChargestationDeleted = "chargestation.deleted"
	// ChargestationConnectorCreated is "chargestation.connector.created"; its data is a [Chargestation].
	ChargestationConnectorCreated = "chargestation.connector.created"
	// ChargestationConnectorUpdated is "chargestation.connector.updated"; its data is a [Chargestation].
	ChargestationConnectorUpdated = "chargestation.connector.updated"
	// ChargestationConnectorDeleted is "chargestation.connector.deleted"; its data is a [Chargestation].
	ChargestationConnectorDeleted = "chargestation.connector.deleted"
	// UserCreated is "user.created"; its data is an [User].
	UserCreated = "user.created"
	// UserUpdated is "user.updated"; its data is an [User].
	UserUpdated = "user.updated"
	// UserDeleted is "user.deleted"; its data is an [User].
	UserDeleted = "user.deleted"
	// RateCreated is "rate.created"; its data is a [Rate].
	RateCreated = "rate.created"
	// RateUpdated is "rate.updated"; its data is a [Rate].
	RateUpdated = "rate.updated"
	// RateDeleted is "rate.deleted"; its data is a [Rate].
	RateDeleted = "rate.deleted"
	// RateScheduleCreated is "rate_schedule.created"; its data is a [RateSchedule].
	RateScheduleCreated = "rate_schedule.created"
	// RateScheduleUpdated is "rate_schedule.updated"; its data is a [RateSchedule].
	RateScheduleUpdated = "rate_schedule.updated"
	// RateScheduleDeleted is "rate_schedule.deleted"; its data is a [RateSchedule].
	RateScheduleDeleted = "rate_schedule.deleted"
	// RFIDCreated is "rfid.created"; its data is an [RFID].
	RFIDCreated = "rfid.created"
	// RFIDUpdated is "rfid.updated"; its data is an [RFID].
	RFIDUpdated = "rfid.updated"
	// RFIDDeleted is "rfid.deleted"; its data is an [RFID].
	RFIDDeleted = "rfid.deleted"
	// SessionCreated is "session.created"; its data is a [Session].
	SessionCreated = "session.created"
	// LoadManagementGroupCreated is "load_management.group.created"; its data is a [LoadManagementGroup].
	LoadManagementGroupCreated = "load_management.group.created"
	// LoadManagementGroupUpdated is "load_management.group.updated"; its data is a [LoadManagementGroup].
	LoadManagementGroupUpdated = "load_management.group.updated"
	// LoadManagementGroupDeleted is "load_management.group.deleted"; its data is a [LoadManagementGroup].
	LoadManagementGroupDeleted = "load_management.group.deleted"
	// LoadManagementGroupChargestationAdded is "load_management.group.chargestation.added"; its data is a [LoadManagementGroup].
	LoadManagementGroupChargestationAdded = "load_management.group.chargestation.added"
	// LoadManagementGroupChargestationRemoved is "load_management.group.chargestation.removed"; its data is a [LoadManagementGroup].
	LoadManagementGroupChargestationRemoved = "load_management.group.chargestation.removed"

	// Charging intelligence events: full-charge detection and session targets.

	// SessionEVCharged is "session.ev_charged"; its data is a [Session].
	SessionEVCharged = "session.ev_charged"
	// SessionTargetCostReached is "session.target.cost.reached"; its data is a [Session].
	SessionTargetCostReached = "session.target.cost.reached"
	// SessionTargetTimeReached is "session.target.time.reached"; its data is a [Session].
	SessionTargetTimeReached = "session.target.time.reached"
	// SessionTargetPowerReached is "session.target.power.reached"; its data is a [Session].
	SessionTargetPowerReached = "session.target.power.reached"
	// SessionTargetSOCReached is "session.target.soc.reached"; its data is a [Session].
	SessionTargetSOCReached = "session.target.soc.reached"
)

// catalogue maps every known event name to its class and data kind.
var catalogue = map[string]entry{
	ChargestationOnline:                        {ClassNetwork, kindChargestation},
	ChargestationOffline:                       {ClassNetwork, kindChargestation},
	ChargestationConnectorStatusUpdated:        {ClassNetwork, kindChargestation},
	SessionUpdated:                             {ClassNetwork, kindSession},
	SessionStarted:                             {ClassNetwork, kindSession},
	SessionEnded:                               {ClassNetwork, kindSession},
	SessionCancelled:                           {ClassNetwork, kindSession},
	SessionStartFailure:                        {ClassNetwork, kindSession},
	SessionStopFailure:                         {ClassNetwork, kindSession},
	SessionSetPowerLimitRequested:              {ClassAction, kindAction},
	SessionSetPowerLimitAccepted:               {ClassAction, kindAction},
	SessionSetPowerLimitRejected:               {ClassAction, kindAction},
	SessionClearPowerLimitRequested:            {ClassAction, kindAction},
	SessionClearPowerLimitAccepted:             {ClassAction, kindAction},
	SessionClearPowerLimitRejected:             {ClassAction, kindAction},
	ConnectorSetPowerLimitRequested:            {ClassAction, kindAction},
	ConnectorSetPowerLimitAccepted:             {ClassAction, kindAction},
	ConnectorSetPowerLimitRejected:             {ClassAction, kindAction},
	ConnectorClearPowerLimitRequested:          {ClassAction, kindAction},
	ConnectorClearPowerLimitAccepted:           {ClassAction, kindAction},
	ConnectorClearPowerLimitRejected:           {ClassAction, kindAction},
	ChargestationSetPowerLimitRequested:        {ClassAction, kindAction},
	ChargestationSetPowerLimitAccepted:         {ClassAction, kindAction},
	ChargestationSetPowerLimitRejected:         {ClassAction, kindAction},
	ChargestationClearPowerLimitRequested:      {ClassAction, kindAction},
	ChargestationClearPowerLimitAccepted:       {ClassAction, kindAction},
	ChargestationClearPowerLimitRejected:       {ClassAction, kindAction},
	ChargestationGetConfigurationRequested:     {ClassAction, kindAction},
	ChargestationGetConfigurationAccepted:      {ClassAction, kindAction},
	ChargestationGetConfigurationRejected:      {ClassAction, kindAction},
	ChargestationUpdateConfigurationRequested:  {ClassAction, kindAction},
	ChargestationUpdateConfigurationAccepted:   {ClassAction, kindAction},
	ChargestationUpdateConfigurationRejected:   {ClassAction, kindAction},
	ChargestationTriggerMessageRequested:       {ClassAction, kindAction},
	ChargestationTriggerMessageAccepted:        {ClassAction, kindAction},
	ChargestationTriggerMessageRejected:        {ClassAction, kindAction},
	ChargestationGetLocalListVersionRequested:  {ClassAction, kindAction},
	ChargestationGetLocalListVersionAccepted:   {ClassAction, kindAction},
	ChargestationGetLocalListVersionRejected:   {ClassAction, kindAction},
	ChargestationSendLocalListRequested:        {ClassAction, kindAction},
	ChargestationSendLocalListAccepted:         {ClassAction, kindAction},
	ChargestationSendLocalListRejected:         {ClassAction, kindAction},
	ChargestationGetCompositeScheduleRequested: {ClassAction, kindAction},
	ChargestationGetCompositeScheduleAccepted:  {ClassAction, kindAction},
	ChargestationGetCompositeScheduleRejected:  {ClassAction, kindAction},
	ChargestationSetChargingProfileRequested:   {ClassAction, kindAction},
	ChargestationSetChargingProfileAccepted:    {ClassAction, kindAction},
	ChargestationSetChargingProfileRejected:    {ClassAction, kindAction},
	ChargestationClearChargingProfileRequested: {ClassAction, kindAction},
	ChargestationClearChargingProfileAccepted:  {ClassAction, kindAction},
	ChargestationClearChargingProfileRejected:  {ClassAction, kindAction},
	ChargestationGetDiagnosticsRequested:       {ClassAction, kindAction},
	ChargestationGetDiagnosticsAccepted:        {ClassAction, kindAction},
	ChargestationGetDiagnosticsRejected:        {ClassAction, kindAction},
	ChargestationUpdateFirmwareRequested:       {ClassAction, kindAction},
	ChargestationUpdateFirmwareAccepted:        {ClassAction, kindAction},
	ChargestationUpdateFirmwareRejected:        {ClassAction, kindAction},
	ChargestationAuthorizationRequested:        {ClassAction, kindAction},
	ChargestationAuthorizationAccepted:         {ClassAction, kindAction},
	ChargestationAuthorizationRejected:         {ClassAction, kindAction},
	OrganizationUpdated:                        {ClassSync, kindOrganization},
	LocationCreated:                            {ClassSync, kindLocation},
	LocationUpdated:                            {ClassSync, kindLocation},
	LocationDeleted:                            {ClassSync, kindLocation},
	ChargestationCreated:                       {ClassSync, kindChargestation},
	ChargestationUpdated:                       {ClassSync, kindChargestation},
	ChargestationDeleted:                       {ClassSync, kindChargestation},
	ChargestationConnectorCreated:              {ClassSync, kindChargestation},
	ChargestationConnectorUpdated:              {ClassSync, kindChargestation},
	ChargestationConnectorDeleted:              {ClassSync, kindChargestation},
	UserCreated:                                {ClassSync, kindUser},
	UserUpdated:                                {ClassSync, kindUser},
	UserDeleted:                                {ClassSync, kindUser},
	RateCreated:                                {ClassSync, kindRate},
	RateUpdated:                                {ClassSync, kindRate},
	RateDeleted:                                {ClassSync, kindRate},
	RateScheduleCreated:                        {ClassSync, kindRateSchedule},
	RateScheduleUpdated:                        {ClassSync, kindRateSchedule},
	RateScheduleDeleted:                        {ClassSync, kindRateSchedule},
	RFIDCreated:                                {ClassSync, kindRFID},
	RFIDUpdated:                                {ClassSync, kindRFID},
	RFIDDeleted:                                {ClassSync, kindRFID},
	SessionCreated:                             {ClassSync, kindSession},
	LoadManagementGroupCreated:                 {ClassSync, kindLoadManagementGroup},
	LoadManagementGroupUpdated:                 {ClassSync, kindLoadManagementGroup},
	LoadManagementGroupDeleted:                 {ClassSync, kindLoadManagementGroup},
	LoadManagementGroupChargestationAdded:      {ClassSync, kindLoadManagementGroup},
	LoadManagementGroupChargestationRemoved:    {ClassSync, kindLoadManagementGroup},
	SessionEVCharged:                           {ClassIntelligence, kindSession},
	SessionTargetCostReached:                   {ClassIntelligence, kindSession},
	SessionTargetTimeReached:                   {ClassIntelligence, kindSession},
	SessionTargetPowerReached:                  {ClassIntelligence, kindSession},
	SessionTargetSOCReached:                    {ClassIntelligence, kindSession},
}
