package volteras

import "github.com/go-json-experiment/json/jsontext"

// This file holds the open enumerations of the spec sheet (§4). Every type is
// a string type: unknown values decode without error and pass through
// unchanged, and Known reports whether a value is one of the constants.

// MetricType is the discriminator of a device.telemetry event, sent as
// metricType. It selects the reading member and the Go type of
// [Telemetry.Metric].
// Unknown values are kept as sent; [MetricType.Known] tells them apart.
type MetricType string

// Known values of [MetricType].
const (
	MetricStateOfCharge     MetricType = "STATE_OF_CHARGE"
	MetricEnergyRemaining   MetricType = "ENERGY_REMAINING"
	MetricLocation          MetricType = "LOCATION"
	MetricOdometer          MetricType = "ODOMETER"
	MetricRange             MetricType = "RANGE"
	MetricTires             MetricType = "TIRES"
	MetricOEMAlert          MetricType = "OEM_ALERT"
	MetricChargingState     MetricType = "CHARGING_STATE"
	MetricDepartureTimes    MetricType = "DEPARTURE_TIMES"
	MetricOtherChargingData MetricType = "OTHER_CHARGING_DATA"
	MetricOtherLocationData MetricType = "OTHER_LOCATION_DATA"
)

var metricTypes = newEnum(
	MetricStateOfCharge,
	MetricEnergyRemaining,
	MetricLocation,
	MetricOdometer,
	MetricRange,
	MetricTires,
	MetricOEMAlert,
	MetricChargingState,
	MetricDepartureTimes,
	MetricOtherChargingData,
	MetricOtherLocationData,
)

// Known reports whether m is one of the [MetricType] constants.
func (m MetricType) Known() bool { return metricTypes.has(m) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (m *MetricType) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return metricTypes.decode(dec, m)
}

// DeviceType is the kind of device an event is about, sent as deviceType.
// Only VEHICLE appears in the documented examples; the others come from the
// REST API.
// Unknown values are kept as sent; [DeviceType.Known] tells them apart.
type DeviceType string

// Known values of [DeviceType].
const (
	DeviceTypeVehicle  DeviceType = "VEHICLE"
	DeviceTypeBattery  DeviceType = "BATTERY"
	DeviceTypeCharger  DeviceType = "CHARGER"
	DeviceTypeInverter DeviceType = "INVERTER"
	DeviceTypeHeatPump DeviceType = "HEAT_PUMP"
)

var deviceTypes = newEnum(
	DeviceTypeVehicle,
	DeviceTypeBattery,
	DeviceTypeCharger,
	DeviceTypeInverter,
	DeviceTypeHeatPump,
)

// Known reports whether d is one of the [DeviceType] constants.
func (d DeviceType) Known() bool { return deviceTypes.has(d) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (d *DeviceType) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return deviceTypes.decode(dec, d)
}

// ChargeState is the charging status reported by a CHARGING_STATE reading
// (its top-level state member). The values come from the REST API; the
// examples show CHARGING.
// Unknown values are kept as sent; [ChargeState.Known] tells them apart.
type ChargeState string

// Known values of [ChargeState].
const (
	ChargeStateStarting     ChargeState = "STARTING"
	ChargeStateStopped      ChargeState = "STOPPED"
	ChargeStateCharging     ChargeState = "CHARGING"
	ChargeStateComplete     ChargeState = "COMPLETE"
	ChargeStateDisconnected ChargeState = "DISCONNECTED"
	ChargeStateNoPower      ChargeState = "NO_POWER"
	ChargeStateConnected    ChargeState = "CONNECTED"
	ChargeStateInvalid      ChargeState = "INVALID"
)

var chargeStates = newEnum(
	ChargeStateStarting,
	ChargeStateStopped,
	ChargeStateCharging,
	ChargeStateComplete,
	ChargeStateDisconnected,
	ChargeStateNoPower,
	ChargeStateConnected,
	ChargeStateInvalid,
)

// Known reports whether c is one of the [ChargeState] constants.
func (c ChargeState) Known() bool { return chargeStates.has(c) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (c *ChargeState) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return chargeStates.decode(dec, c)
}

// ChargePortLatch is the state of the charge-port latch, the value of the
// chargePortLatch entry of an OTHER_CHARGING_DATA reading.
// Unknown values are kept as sent; [ChargePortLatch.Known] tells them apart.
type ChargePortLatch string

// Known values of [ChargePortLatch].
const (
	ChargePortLatchEngaged    ChargePortLatch = "ENGAGED"
	ChargePortLatchDisengaged ChargePortLatch = "DISENGAGED"
	ChargePortLatchBlocking   ChargePortLatch = "BLOCKING"
	ChargePortLatchInvalid    ChargePortLatch = "INVALID"
)

var chargePortLatches = newEnum(
	ChargePortLatchEngaged,
	ChargePortLatchDisengaged,
	ChargePortLatchBlocking,
	ChargePortLatchInvalid,
)

// Known reports whether c is one of the [ChargePortLatch] constants.
func (c ChargePortLatch) Known() bool { return chargePortLatches.has(c) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (c *ChargePortLatch) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return chargePortLatches.decode(dec, c)
}

// TirePosition names the tire of a TIRES reading. FRONT_LEFT is documented;
// the other three are inferred from the REST API's four tire fields, and
// other positions (a spare) may appear.
// Unknown values are kept as sent; [TirePosition.Known] tells them apart.
type TirePosition string

// Known values of [TirePosition].
const (
	TireFrontLeft  TirePosition = "FRONT_LEFT"
	TireFrontRight TirePosition = "FRONT_RIGHT"
	TireRearLeft   TirePosition = "REAR_LEFT"
	TireRearRight  TirePosition = "REAR_RIGHT"
)

var tirePositions = newEnum(
	TireFrontLeft,
	TireFrontRight,
	TireRearLeft,
	TireRearRight,
)

// Known reports whether t is one of the [TirePosition] constants.
func (t TirePosition) Known() bool { return tirePositions.has(t) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (t *TirePosition) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return tirePositions.decode(dec, t)
}

// Command is the name of a vehicle command, sent as command in
// command.updated events.
// Unknown values are kept as sent; [Command.Known] tells them apart.
type Command string

// Known values of [Command].
const (
	CommandWakeUp                 Command = "WAKE_UP"
	CommandUnlockDoors            Command = "UNLOCK_DOORS"
	CommandLockDoors              Command = "LOCK_DOORS"
	CommandHonkHorn               Command = "HONK_HORN"
	CommandFlashLights            Command = "FLASH_LIGHTS"
	CommandStartHVACSystem        Command = "START_HVAC_SYSTEM"
	CommandClimateOn              Command = "CLIMATE_ON"
	CommandClimateOff             Command = "CLIMATE_OFF"
	CommandSetTemperature         Command = "SET_TEMPERATURE"
	CommandSetChargeLimit         Command = "SET_CHARGE_LIMIT"
	CommandActuateFrontTrunk      Command = "ACTUATE_FRONT_TRUNK"
	CommandActuateRearTrunk       Command = "ACTUATE_REAR_TRUNK"
	CommandOpenChargePort         Command = "OPEN_CHARGE_PORT"
	CommandCloseChargePort        Command = "CLOSE_CHARGE_PORT"
	CommandStartCharging          Command = "START_CHARGING"
	CommandStopCharging           Command = "STOP_CHARGING"
	CommandSetVehicleName         Command = "SET_VEHICLE_NAME"
	CommandScheduleSoftwareUpdate Command = "SCHEDULE_SOFTWARE_UPDATE"
	CommandCancelSoftwareUpdate   Command = "CANCEL_SOFTWARE_UPDATE"
	CommandWindowHeatingOn        Command = "WINDOW_HEATING_ON"
	CommandWindowHeatingOff       Command = "WINDOW_HEATING_OFF"
)

var commands = newEnum(
	CommandWakeUp,
	CommandUnlockDoors,
	CommandLockDoors,
	CommandHonkHorn,
	CommandFlashLights,
	CommandStartHVACSystem,
	CommandClimateOn,
	CommandClimateOff,
	CommandSetTemperature,
	CommandSetChargeLimit,
	CommandActuateFrontTrunk,
	CommandActuateRearTrunk,
	CommandOpenChargePort,
	CommandCloseChargePort,
	CommandStartCharging,
	CommandStopCharging,
	CommandSetVehicleName,
	CommandScheduleSoftwareUpdate,
	CommandCancelSoftwareUpdate,
	CommandWindowHeatingOn,
	CommandWindowHeatingOff,
)

// Known reports whether c is one of the [Command] constants.
func (c Command) Known() bool { return commands.has(c) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (c *Command) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return commands.decode(dec, c)
}

// CommandStatus is the status of a command execution, sent as status in
// command.updated events.
// Unknown values are kept as sent; [CommandStatus.Known] tells them apart.
type CommandStatus string

// Known values of [CommandStatus].
const (
	CommandStatusPending  CommandStatus = "PENDING"
	CommandStatusExecuted CommandStatus = "EXECUTED"
	CommandStatusFailed   CommandStatus = "FAILED"
)

var commandStatuses = newEnum(
	CommandStatusPending,
	CommandStatusExecuted,
	CommandStatusFailed,
)

// Known reports whether c is one of the [CommandStatus] constants.
func (c CommandStatus) Known() bool { return commandStatuses.has(c) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (c *CommandStatus) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return commandStatuses.decode(dec, c)
}

// FailedReason explains why a command failed, sent as failedReason. The
// documented examples carry free text ("Vehicle not connected to network");
// the REST API lists the codes below, which may also appear. Known reports
// whether the value is one of those codes.
// Unknown values are kept as sent; [FailedReason.Known] tells them apart.
type FailedReason string

// Known values of [FailedReason].
const (
	FailedReasonOEMUnknownError                                          FailedReason = "OEM_UNKNOWN_ERROR"
	FailedReasonOEMTimeout                                               FailedReason = "OEM_TIMEOUT"
	FailedReasonOEMUnavailable                                           FailedReason = "OEM_UNAVAILABLE"
	FailedReasonOEMNetworkError                                          FailedReason = "OEM_NETWORK_ERROR"
	FailedReasonOEMIncorrectRegion                                       FailedReason = "OEM_INCORRECT_REGION"
	FailedReasonOEMAppRequiredUpdate                                     FailedReason = "OEM_APP_REQUIRED_UPDATE"
	FailedReasonOEMUserAccountLocked                                     FailedReason = "OEM_USER_ACCOUNT_LOCKED"
	FailedReasonOEMOAUTHTokenExpired                                     FailedReason = "OEM_OAUTH_TOKEN_EXPIRED"
	FailedReasonOEMVehicleOffline                                        FailedReason = "OEM_VEHICLE_OFFLINE"
	FailedReasonOEMVehicleRemoteAccessDisabled                           FailedReason = "OEM_VEHICLE_REMOTE_ACCESS_DISABLED"
	FailedReasonOEMVehicleLocationSharingDisabled                        FailedReason = "OEM_VEHICLE_LOCATION_SHARING_DISABLED"
	FailedReasonOEMAuthDriverIsNotPrimaryUser                            FailedReason = "OEM_AUTH_DRIVER_IS_NOT_PRIMARY_USER"
	FailedReasonOEMDeviceNotFound                                        FailedReason = "OEM_DEVICE_NOT_FOUND"
	FailedReasonOEMCommandTimeout                                        FailedReason = "OEM_COMMAND_TIMEOUT"
	FailedReasonOEMCommandFailed                                         FailedReason = "OEM_COMMAND_FAILED"
	FailedReasonOEMRateLimited                                           FailedReason = "OEM_RATE_LIMITED"
	FailedReasonOEMAccountRateLimited                                    FailedReason = "OEM_ACCOUNT_RATE_LIMITED"
	FailedReasonOEMDeviceRateLimited                                     FailedReason = "OEM_DEVICE_RATE_LIMITED"
	FailedReasonOEMStopChargeRateLimited                                 FailedReason = "OEM_STOP_CHARGE_RATE_LIMITED"
	FailedReasonOEMCommandsRateLimited                                   FailedReason = "OEM_COMMANDS_RATE_LIMITED"
	FailedReasonOEMVehicleLocationUnknown                                FailedReason = "OEM_VEHICLE_LOCATION_UNKNOWN"
	FailedReasonOEMVehicleNotInAuthorizedLocation                        FailedReason = "OEM_VEHICLE_NOT_IN_AUTHORIZED_LOCATION"
	FailedReasonOEMVehicleChargingNotFinished                            FailedReason = "OEM_VEHICLE_CHARGING_NOT_FINISHED"
	FailedReasonOEMVehicleChargingNotStopped                             FailedReason = "OEM_VEHICLE_CHARGING_NOT_STOPPED"
	FailedReasonOEMVehicleChargingNotStarted                             FailedReason = "OEM_VEHICLE_CHARGING_NOT_STARTED"
	FailedReasonOEMVehicleChargingNotPaused                              FailedReason = "OEM_VEHICLE_CHARGING_NOT_PAUSED"
	FailedReasonOEMVehicleChargingRefusedPlayProtection                  FailedReason = "OEM_VEHICLE_CHARGING_REFUSED_PLAY_PROTECTION"
	FailedReasonOEMCommandRefusedOtherServiceRunning                     FailedReason = "OEM_COMMAND_REFUSED_OTHER_SERVICE_RUNNING"
	FailedReasonOEMCommandRefusedVehicleAwakeInStandStillAndRestingState FailedReason = "OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_RESTING_STATE"
	FailedReasonOEMCommandRefusedVehicleAwakeInStandStillAndActiveState  FailedReason = "OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_STAND_STILL_AND_ACTIVE_STATE"
	FailedReasonOEMCommandRefusedVehicleAwakeInDrivingOrReadyToDrive     FailedReason = "OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DRIVING_OR_READY_TO_DRIVE"
	FailedReasonOEMCommandRefusedVehicleAwakeInDiagnosticsMode           FailedReason = "OEM_COMMAND_REFUSED_VEHICLE_AWAKE_IN_DIAGNOSTICS_MODE"
	FailedReasonServerError                                              FailedReason = "SERVER_ERROR"
	FailedReasonInternalRateLimited                                      FailedReason = "INTERNAL_RATE_LIMITED"
	FailedReasonAuthenticationError                                      FailedReason = "AUTHENTICATION_ERROR"
	FailedReasonNotPermitted                                             FailedReason = "NOT_PERMITTED"
)

var failedReasons = newEnum(
	FailedReasonOEMUnknownError,
	FailedReasonOEMTimeout,
	FailedReasonOEMUnavailable,
	FailedReasonOEMNetworkError,
	FailedReasonOEMIncorrectRegion,
	FailedReasonOEMAppRequiredUpdate,
	FailedReasonOEMUserAccountLocked,
	FailedReasonOEMOAUTHTokenExpired,
	FailedReasonOEMVehicleOffline,
	FailedReasonOEMVehicleRemoteAccessDisabled,
	FailedReasonOEMVehicleLocationSharingDisabled,
	FailedReasonOEMAuthDriverIsNotPrimaryUser,
	FailedReasonOEMDeviceNotFound,
	FailedReasonOEMCommandTimeout,
	FailedReasonOEMCommandFailed,
	FailedReasonOEMRateLimited,
	FailedReasonOEMAccountRateLimited,
	FailedReasonOEMDeviceRateLimited,
	FailedReasonOEMStopChargeRateLimited,
	FailedReasonOEMCommandsRateLimited,
	FailedReasonOEMVehicleLocationUnknown,
	FailedReasonOEMVehicleNotInAuthorizedLocation,
	FailedReasonOEMVehicleChargingNotFinished,
	FailedReasonOEMVehicleChargingNotStopped,
	FailedReasonOEMVehicleChargingNotStarted,
	FailedReasonOEMVehicleChargingNotPaused,
	FailedReasonOEMVehicleChargingRefusedPlayProtection,
	FailedReasonOEMCommandRefusedOtherServiceRunning,
	FailedReasonOEMCommandRefusedVehicleAwakeInStandStillAndRestingState,
	FailedReasonOEMCommandRefusedVehicleAwakeInStandStillAndActiveState,
	FailedReasonOEMCommandRefusedVehicleAwakeInDrivingOrReadyToDrive,
	FailedReasonOEMCommandRefusedVehicleAwakeInDiagnosticsMode,
	FailedReasonServerError,
	FailedReasonInternalRateLimited,
	FailedReasonAuthenticationError,
	FailedReasonNotPermitted,
)

// Known reports whether f is one of the [FailedReason] constants.
func (f FailedReason) Known() bool { return failedReasons.has(f) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (f *FailedReason) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return failedReasons.decode(dec, f)
}

// AlertStatus is the status of an alert.updated alert.
// Unknown values are kept as sent; [AlertStatus.Known] tells them apart.
type AlertStatus string

// Known values of [AlertStatus].
const (
	AlertStatusActive   AlertStatus = "ACTIVE"
	AlertStatusResolved AlertStatus = "RESOLVED"
)

var alertStatuses = newEnum(
	AlertStatusActive,
	AlertStatusResolved,
)

// Known reports whether a is one of the [AlertStatus] constants.
func (a AlertStatus) Known() bool { return alertStatuses.has(a) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (a *AlertStatus) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return alertStatuses.decode(dec, a)
}

// Severity is the severity of an alert: currentSeverity of alert.updated and
// severity of an OEM_ALERT reading.
// Unknown values are kept as sent; [Severity.Known] tells them apart.
type Severity string

// Known values of [Severity].
const (
	SeverityLow      Severity = "LOW"
	SeverityMedium   Severity = "MEDIUM"
	SeverityHigh     Severity = "HIGH"
	SeverityCritical Severity = "CRITICAL"
)

var severities = newEnum(
	SeverityLow,
	SeverityMedium,
	SeverityHigh,
	SeverityCritical,
)

// Known reports whether s is one of the [Severity] constants.
func (s Severity) Known() bool { return severities.has(s) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (s *Severity) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return severities.decode(dec, s)
}

// ResolutionStatus is the status of an alert resolution and of each of its
// steps.
// Unknown values are kept as sent; [ResolutionStatus.Known] tells them
// apart.
type ResolutionStatus string

// Known values of [ResolutionStatus].
const (
	ResolutionStatusPending   ResolutionStatus = "PENDING"
	ResolutionStatusCompleted ResolutionStatus = "COMPLETED"
)

var resolutionStatuses = newEnum(
	ResolutionStatusPending,
	ResolutionStatusCompleted,
)

// Known reports whether r is one of the [ResolutionStatus] constants.
func (r ResolutionStatus) Known() bool { return resolutionStatuses.has(r) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (r *ResolutionStatus) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return resolutionStatuses.decode(dec, r)
}

// OEMAlertStatus is the status of a manufacturer alert (an OEM_ALERT
// reading).
// Unknown values are kept as sent; [OEMAlertStatus.Known] tells them apart.
type OEMAlertStatus string

// Known values of [OEMAlertStatus].
const (
	OEMAlertStatusActive   OEMAlertStatus = "ACTIVE"
	OEMAlertStatusResolved OEMAlertStatus = "RESOLVED"
	OEMAlertStatusUnknown  OEMAlertStatus = "UNKNOWN"
)

var oemAlertStatuses = newEnum(
	OEMAlertStatusActive,
	OEMAlertStatusResolved,
	OEMAlertStatusUnknown,
)

// Known reports whether o is one of the [OEMAlertStatus] constants.
func (o OEMAlertStatus) Known() bool { return oemAlertStatuses.has(o) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (o *OEMAlertStatus) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return oemAlertStatuses.decode(dec, o)
}

// OEMAlertType classifies a manufacturer alert (the type member of an
// OEM_ALERT reading). The REST API allows any string besides these.
// Unknown values are kept as sent; [OEMAlertType.Known] tells them apart.
type OEMAlertType string

// Known values of [OEMAlertType].
const (
	OEMAlertTypeFault              OEMAlertType = "FAULT"
	OEMAlertTypeWarning            OEMAlertType = "WARNING"
	OEMAlertTypeInfo               OEMAlertType = "INFO"
	OEMAlertTypeRoutineMaintenance OEMAlertType = "ROUTINE_MAINTENANCE"
	OEMAlertTypeTemporaryFault     OEMAlertType = "TEMPORARY_FAULT"
)

var oemAlertTypes = newEnum(
	OEMAlertTypeFault,
	OEMAlertTypeWarning,
	OEMAlertTypeInfo,
	OEMAlertTypeRoutineMaintenance,
	OEMAlertTypeTemporaryFault,
)

// Known reports whether o is one of the [OEMAlertType] constants.
func (o OEMAlertType) Known() bool { return oemAlertTypes.has(o) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (o *OEMAlertType) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return oemAlertTypes.decode(dec, o)
}

// RecommendedAction is what the driver should do about a manufacturer alert.
// The REST API allows any string besides these.
// Unknown values are kept as sent; [RecommendedAction.Known] tells them
// apart.
type RecommendedAction string

// Known values of [RecommendedAction].
const (
	ActionDoNotDrive                 RecommendedAction = "DO_NOT_DRIVE"
	ActionServiceRequired            RecommendedAction = "SERVICE_REQUIRED"
	ActionCompleteRoutineMaintenance RecommendedAction = "COMPLETE_ROUTINE_MAINTENANCE"
	ActionServiceIfAlertPersists     RecommendedAction = "SERVICE_IF_ALERT_PERSISTS"
	ActionShutDoors                  RecommendedAction = "SHUT_DOORS"
	ActionShutTrunk                  RecommendedAction = "SHUT_TRUNK"
	ActionCheckVehicleSecure         RecommendedAction = "CHECK_VEHICLE_SECURE"
	ActionCoordinateRetrieval        RecommendedAction = "COORDINATE_RETRIEVAL"
	ActionChargeCar                  RecommendedAction = "CHARGE_CAR"
	ActionRefuel                     RecommendedAction = "REFUEL"
	ActionFastenSeatbelts            RecommendedAction = "FASTEN_SEATBELTS"
	ActionSetClock                   RecommendedAction = "SET_CLOCK"
	ActionSwitchIgnitionOn           RecommendedAction = "SWITCH_IGNITION_ON"
	ActionSwitchEngineOn             RecommendedAction = "SWITCH_ENGINE_ON"
	ActionDepressBrake               RecommendedAction = "DEPRESS_BRAKE"
	ActionDepressClutch              RecommendedAction = "DEPRESS_CLUTCH"
	ActionTurnSteeringWheel          RecommendedAction = "TURN_STEERING_WHEEL"
	ActionReplaceKeyBattery          RecommendedAction = "REPLACE_KEY_BATTERY"
	ActionReplaceBulb                RecommendedAction = "REPLACE_BULB"
	ActionCheckBatteryTerminals      RecommendedAction = "CHECK_BATTERY_TERMINALS"
	ActionCheckBatteryCondition      RecommendedAction = "CHECK_BATTERY_CONDITION"
)

var recommendedActions = newEnum(
	ActionDoNotDrive,
	ActionServiceRequired,
	ActionCompleteRoutineMaintenance,
	ActionServiceIfAlertPersists,
	ActionShutDoors,
	ActionShutTrunk,
	ActionCheckVehicleSecure,
	ActionCoordinateRetrieval,
	ActionChargeCar,
	ActionRefuel,
	ActionFastenSeatbelts,
	ActionSetClock,
	ActionSwitchIgnitionOn,
	ActionSwitchEngineOn,
	ActionDepressBrake,
	ActionDepressClutch,
	ActionTurnSteeringWheel,
	ActionReplaceKeyBattery,
	ActionReplaceBulb,
	ActionCheckBatteryTerminals,
	ActionCheckBatteryCondition,
)

// Known reports whether r is one of the [RecommendedAction] constants.
func (r RecommendedAction) Known() bool { return recommendedActions.has(r) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (r *RecommendedAction) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return recommendedActions.decode(dec, r)
}

// AffectedComponent is the vehicle component a manufacturer alert concerns.
// The REST API allows any string besides these.
// Unknown values are kept as sent; [AffectedComponent.Known] tells them
// apart.
type AffectedComponent string

// Known values of [AffectedComponent].
const (
	ComponentVehicle                      AffectedComponent = "VEHICLE"
	ComponentEngine                       AffectedComponent = "ENGINE"
	ComponentTransmission                 AffectedComponent = "TRANSMISSION"
	ComponentDriveTrain                   AffectedComponent = "DRIVE_TRAIN"
	ComponentMotor                        AffectedComponent = "MOTOR"
	ComponentBrakes                       AffectedComponent = "BRAKES"
	ComponentBrakeFront                   AffectedComponent = "BRAKE_FRONT"
	ComponentBrakeRear                    AffectedComponent = "BRAKE_REAR"
	ComponentBrakeFluid                   AffectedComponent = "BRAKE_FLUID"
	ComponentSteering                     AffectedComponent = "STEERING"
	ComponentSuspension                   AffectedComponent = "SUSPENSION"
	ComponentElectricPowerSteering        AffectedComponent = "ELECTRIC_POWER_STEERING"
	ComponentBattery                      AffectedComponent = "BATTERY"
	ComponentAuxiliaryBattery             AffectedComponent = "AUXILIARY_BATTERY"
	ComponentElectricalSystem             AffectedComponent = "ELECTRICAL_SYSTEM"
	ComponentHybridSystem                 AffectedComponent = "HYBRID_SYSTEM"
	ComponentEngineOil                    AffectedComponent = "ENGINE_OIL"
	ComponentCooling                      AffectedComponent = "COOLING"
	ComponentFuel                         AffectedComponent = "FUEL"
	ComponentExhaustSystem                AffectedComponent = "EXHAUST_SYSTEM"
	ComponentEmissionsSystem              AffectedComponent = "EMISSIONS_SYSTEM"
	ComponentTires                        AffectedComponent = "TIRES"
	ComponentTirePressureMonitoringSystem AffectedComponent = "TIRE_PRESSURE_MONITORING_SYSTEM"
	ComponentAirbags                      AffectedComponent = "AIRBAGS"
	ComponentAirbag                       AffectedComponent = "AIRBAG"
	ComponentSeatbelts                    AffectedComponent = "SEATBELTS"
	ComponentCrashDetectionSystem         AffectedComponent = "CRASH_DETECTION_SYSTEM"
	ComponentCrashSafetySystem            AffectedComponent = "CRASH_SAFETY_SYSTEM"
	ComponentAutomaticBrakingSystem       AffectedComponent = "AUTOMATIC_BRAKING_SYSTEM"
	ComponentEmergencyBrakingSystem       AffectedComponent = "EMERGENCY_BRAKING_SYSTEM"
	ComponentPedestrianProtectionSystem   AffectedComponent = "PEDESTRIAN_PROTECTION_SYSTEM"
	ComponentLaneDepartureWarningSystem   AffectedComponent = "LANE_DEPARTURE_WARNING_SYSTEM"
	ComponentHillStartSystem              AffectedComponent = "HILL_START_SYSTEM"
	ComponentAutopilot                    AffectedComponent = "AUTOPILOT"
	ComponentCruiseControl                AffectedComponent = "CRUISE_CONTROL"
	ComponentParkingSensors               AffectedComponent = "PARKING_SENSORS"
	ComponentCameras                      AffectedComponent = "CAMERAS"
	ComponentSensors                      AffectedComponent = "SENSORS"
	ComponentTractionSystem               AffectedComponent = "TRACTION_SYSTEM"
	ComponentElectronicStabilityControl   AffectedComponent = "ELECTRONIC_STABILITY_CONTROL"
	ComponentHeadlights                   AffectedComponent = "HEADLIGHTS"
	ComponentSideLights                   AffectedComponent = "SIDE_LIGHTS"
	ComponentBrakeLights                  AffectedComponent = "BRAKE_LIGHTS"
	ComponentRearLights                   AffectedComponent = "REAR_LIGHTS"
	ComponentReverseLights                AffectedComponent = "REVERSE_LIGHTS"
	ComponentSignalLights                 AffectedComponent = "SIGNAL_LIGHTS"
	ComponentNumberPlateLights            AffectedComponent = "NUMBER_PLATE_LIGHTS"
	ComponentTrailerLights                AffectedComponent = "TRAILER_LIGHTS"
	ComponentAdaptiveLightingSystem       AffectedComponent = "ADAPTIVE_LIGHTING_SYSTEM"
	ComponentLights                       AffectedComponent = "LIGHTS"
	ComponentBody                         AffectedComponent = "BODY"
	ComponentDoors                        AffectedComponent = "DOORS"
	ComponentTrunk                        AffectedComponent = "TRUNK"
	ComponentRoof                         AffectedComponent = "ROOF"
	ComponentWindows                      AffectedComponent = "WINDOWS"
	ComponentLocks                        AffectedComponent = "LOCKS"
	ComponentKeys                         AffectedComponent = "KEYS"
	ComponentSecuritySystem               AffectedComponent = "SECURITY_SYSTEM"
	ComponentWasherLiquid                 AffectedComponent = "WASHER_LIQUID"
	ComponentWipers                       AffectedComponent = "WIPERS"
	ComponentClock                        AffectedComponent = "CLOCK"
	ComponentOdometer                     AffectedComponent = "ODOMETER"
	ComponentExternalChargingEquipment    AffectedComponent = "EXTERNAL_CHARGING_EQUIPMENT"
	ComponentVehicleChargingPort          AffectedComponent = "VEHICLE_CHARGING_PORT"
	ComponentChargingCoupler              AffectedComponent = "CHARGING_COUPLER"
	ComponentTrailer                      AffectedComponent = "TRAILER"
)

var affectedComponents = newEnum(
	ComponentVehicle,
	ComponentEngine,
	ComponentTransmission,
	ComponentDriveTrain,
	ComponentMotor,
	ComponentBrakes,
	ComponentBrakeFront,
	ComponentBrakeRear,
	ComponentBrakeFluid,
	ComponentSteering,
	ComponentSuspension,
	ComponentElectricPowerSteering,
	ComponentBattery,
	ComponentAuxiliaryBattery,
	ComponentElectricalSystem,
	ComponentHybridSystem,
	ComponentEngineOil,
	ComponentCooling,
	ComponentFuel,
	ComponentExhaustSystem,
	ComponentEmissionsSystem,
	ComponentTires,
	ComponentTirePressureMonitoringSystem,
	ComponentAirbags,
	ComponentAirbag,
	ComponentSeatbelts,
	ComponentCrashDetectionSystem,
	ComponentCrashSafetySystem,
	ComponentAutomaticBrakingSystem,
	ComponentEmergencyBrakingSystem,
	ComponentPedestrianProtectionSystem,
	ComponentLaneDepartureWarningSystem,
	ComponentHillStartSystem,
	ComponentAutopilot,
	ComponentCruiseControl,
	ComponentParkingSensors,
	ComponentCameras,
	ComponentSensors,
	ComponentTractionSystem,
	ComponentElectronicStabilityControl,
	ComponentHeadlights,
	ComponentSideLights,
	ComponentBrakeLights,
	ComponentRearLights,
	ComponentReverseLights,
	ComponentSignalLights,
	ComponentNumberPlateLights,
	ComponentTrailerLights,
	ComponentAdaptiveLightingSystem,
	ComponentLights,
	ComponentBody,
	ComponentDoors,
	ComponentTrunk,
	ComponentRoof,
	ComponentWindows,
	ComponentLocks,
	ComponentKeys,
	ComponentSecuritySystem,
	ComponentWasherLiquid,
	ComponentWipers,
	ComponentClock,
	ComponentOdometer,
	ComponentExternalChargingEquipment,
	ComponentVehicleChargingPort,
	ComponentChargingCoupler,
	ComponentTrailer,
)

// Known reports whether a is one of the [AffectedComponent] constants.
func (a AffectedComponent) Known() bool { return affectedComponents.has(a) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (a *AffectedComponent) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return affectedComponents.decode(dec, a)
}

// MappedCode is Volteras' normalised code for a manufacturer alert
// (mappedCode of an OEM_ALERT reading). The REST API allows any string
// besides these.
// Unknown values are kept as sent; [MappedCode.Known] tells them apart.
type MappedCode string

// Known values of [MappedCode].
const (
	CodeTireDeflatingAlert                  MappedCode = "TIRE_DEFLATING_ALERT"
	CodeTirePressureAlert                   MappedCode = "TIRE_PRESSURE_ALERT"
	CodeTirePuncture                        MappedCode = "TIRE_PUNCTURE"
	CodeTirePressureMismatch                MappedCode = "TIRE_PRESSURE_MISMATCH"
	CodeTirePressureSystemFault             MappedCode = "TIRE_PRESSURE_SYSTEM_FAULT"
	CodeTirePressureMonitoringDeactivated   MappedCode = "TIRE_PRESSURE_MONITORING_DEACTIVATED"
	CodeAuxiliaryBatteryFault               MappedCode = "AUXILIARY_BATTERY_FAULT"
	CodeAuxiliaryBatteryLowVoltage          MappedCode = "AUXILIARY_BATTERY_LOW_VOLTAGE"
	CodeElectricalChargingFault             MappedCode = "ELECTRICAL_CHARGING_FAULT"
	CodeBatteryOverheating                  MappedCode = "BATTERY_OVERHEATING"
	CodeBatteryInsulationFault              MappedCode = "BATTERY_INSULATION_FAULT"
	CodeBatteryCellFault                    MappedCode = "BATTERY_CELL_FAULT"
	CodeBatteryStorageFault                 MappedCode = "BATTERY_STORAGE_FAULT"
	CodeBatteryChargeHigh                   MappedCode = "BATTERY_CHARGE_HIGH"
	CodeBatteryChargeLow                    MappedCode = "BATTERY_CHARGE_LOW"
	CodeBatteryCellOvervoltage              MappedCode = "BATTERY_CELL_OVERVOLTAGE"
	CodeBatteryCellUndervoltage             MappedCode = "BATTERY_CELL_UNDERVOLTAGE"
	CodeBatteryChargeFluctuation            MappedCode = "BATTERY_CHARGE_FLUCTUATION"
	CodeBatteryTempImbalance                MappedCode = "BATTERY_TEMP_IMBALANCE"
	CodeBatteryOvercharge                   MappedCode = "BATTERY_OVERCHARGE"
	CodeBatteryDischargeRateHigh            MappedCode = "BATTERY_DISCHARGE_RATE_HIGH"
	CodeBatteryMonitoringFailed             MappedCode = "BATTERY_MONITORING_FAILED"
	CodeBatteryCharging                     MappedCode = "BATTERY_CHARGING"
	CodeChargingAborted                     MappedCode = "CHARGING_ABORTED"
	CodeBatteryOutputRestricted             MappedCode = "BATTERY_OUTPUT_RESTRICTED"
	CodeBatteryRegenerationRequired         MappedCode = "BATTERY_REGENERATION_REQUIRED"
	CodeChargingCouplerFault                MappedCode = "CHARGING_COUPLER_FAULT"
	CodeInverterFault                       MappedCode = "INVERTER_FAULT"
	CodeEngineOverheating                   MappedCode = "ENGINE_OVERHEATING"
	CodeEngineFault                         MappedCode = "ENGINE_FAULT"
	CodeEngineIncreasedEmissions            MappedCode = "ENGINE_INCREASED_EMISSIONS"
	CodeEngineReduceLoad                    MappedCode = "ENGINE_REDUCE_LOAD"
	CodeOilPressureLow                      MappedCode = "OIL_PRESSURE_LOW"
	CodeOilLevelSensorMalfunction           MappedCode = "OIL_LEVEL_SENSOR_MALFUNCTION"
	CodeEngineOilLevelAlert                 MappedCode = "ENGINE_OIL_LEVEL_ALERT"
	CodePowertrainFault                     MappedCode = "POWERTRAIN_FAULT"
	CodeCheckEngine                         MappedCode = "CHECK_ENGINE"
	CodeTransmissionMalfunction             MappedCode = "TRANSMISSION_MALFUNCTION"
	CodeTransmissionRestrictedPosition      MappedCode = "TRANSMISSION_RESTRICTED_POSITION"
	CodeTransmissionPositionN               MappedCode = "TRANSMISSION_POSITION_N"
	CodeTransmissionPositionDOnly           MappedCode = "TRANSMISSION_POSITION_D_ONLY"
	CodeTransmissionPositionPOnly           MappedCode = "TRANSMISSION_POSITION_P_ONLY"
	CodeTransmissionFailsafeActive          MappedCode = "TRANSMISSION_FAILSAFE_ACTIVE"
	CodeTransmissionNeutralParkingBrake     MappedCode = "TRANSMISSION_NEUTRAL_PARKING_BRAKE"
	CodeGearboxOverheating                  MappedCode = "GEARBOX_OVERHEATING"
	CodeGearboxOverheated                   MappedCode = "GEARBOX_OVERHEATED"
	CodeGearIndicatorFailed                 MappedCode = "GEAR_INDICATOR_FAILED"
	CodeBrakeSystemFault                    MappedCode = "BRAKE_SYSTEM_FAULT"
	CodeABSFault                            MappedCode = "ABS_FAULT"
	CodeBrakePadWear                        MappedCode = "BRAKE_PAD_WEAR"
	CodeBrakeFluidLow                       MappedCode = "BRAKE_FLUID_LOW"
	CodeBrakeDrivingControlFailure          MappedCode = "BRAKE_DRIVING_CONTROL_FAILURE"
	CodeDBCBrakeAssistFailed                MappedCode = "DBC_BRAKE_ASSIST_FAILED"
	CodeParkingBrakeActive                  MappedCode = "PARKING_BRAKE_ACTIVE"
	CodeParkingBrakeOverheated              MappedCode = "PARKING_BRAKE_OVERHEATED"
	CodeParkingBrakeMalfunction             MappedCode = "PARKING_BRAKE_MALFUNCTION"
	CodeParkingBrakeRelease                 MappedCode = "PARKING_BRAKE_RELEASE"
	CodeAutomaticHoldMalfunction            MappedCode = "AUTOMATIC_HOLD_MALFUNCTION"
	CodePressBrakeToStart                   MappedCode = "PRESS_BRAKE_TO_START"
	CodePowerSteeringFault                  MappedCode = "POWER_STEERING_FAULT"
	CodePowerSteeringServiceRequired        MappedCode = "POWER_STEERING_SERVICE_REQUIRED"
	CodeSuspensionFault                     MappedCode = "SUSPENSION_FAULT"
	CodeDynamicDamperControlFailed          MappedCode = "DYNAMIC_DAMPER_CONTROL_FAILED"
	CodeLevelControlSystemFailure           MappedCode = "LEVEL_CONTROL_SYSTEM_FAILURE"
	CodeServotronicFailed                   MappedCode = "SERVOTRONIC_FAILED"
	CodeEPSInoperative                      MappedCode = "EPS_INOPERATIVE"
	CodeELVSteeringLockFault                MappedCode = "ELV_STEERING_LOCK_FAULT"
	CodeELVSteeringLockActive               MappedCode = "ELV_STEERING_LOCK_ACTIVE"
	CodeCrashDetected                       MappedCode = "CRASH_DETECTED"
	CodeCrashSafetyModule                   MappedCode = "CRASH_SAFETY_MODULE"
	CodeSeatbeltUnfastened                  MappedCode = "SEATBELT_UNFASTENED"
	CodeSeatbeltFault                       MappedCode = "SEATBELT_FAULT"
	CodeSeatbeltPretensionerFault           MappedCode = "SEATBELT_PRETENSIONER_FAULT"
	CodeMultipleRestraintSystemFault        MappedCode = "MULTIPLE_RESTRAINT_SYSTEM_FAULT"
	CodeAirbagSystemFault                   MappedCode = "AIRBAG_SYSTEM_FAULT"
	CodeDriversAirbagFault                  MappedCode = "DRIVERS_AIRBAG_FAULT"
	CodePassengerAirbagFault                MappedCode = "PASSENGER_AIRBAG_FAULT"
	CodeSideAirbagFault                     MappedCode = "SIDE_AIRBAG_FAULT"
	CodeForwardCollisionAlert               MappedCode = "FORWARD_COLLISION_ALERT"
	CodeForwardCollisionSystemFault         MappedCode = "FORWARD_COLLISION_SYSTEM_FAULT"
	CodeLowSpeedCollisionAlert              MappedCode = "LOW_SPEED_COLLISION_ALERT"
	CodeLowSpeedCollisionSystemFault        MappedCode = "LOW_SPEED_COLLISION_SYSTEM_FAULT"
	CodeAntiTheftAlert                      MappedCode = "ANTI_THEFT_ALERT"
	CodeSecuritySystemFault                 MappedCode = "SECURITY_SYSTEM_FAULT"
	CodeCruiseControlFault                  MappedCode = "CRUISE_CONTROL_FAULT"
	CodeCruiseControlDeactivatedSensorError MappedCode = "CRUISE_CONTROL_DEACTIVATED_SENSOR_ERROR"
	CodeActiveCruiseControlDisabled         MappedCode = "ACTIVE_CRUISE_CONTROL_DISABLED"
	CodeLaneAssistFault                     MappedCode = "LANE_ASSIST_FAULT"
	CodeBlindSpotSystemFault                MappedCode = "BLIND_SPOT_SYSTEM_FAULT"
	CodeParkAssistFault                     MappedCode = "PARK_ASSIST_FAULT"
	CodeRearCrossTrafficFault               MappedCode = "REAR_CROSS_TRAFFIC_FAULT"
	CodeHillDescentFault                    MappedCode = "HILL_DESCENT_FAULT"
	CodeHillStartFault                      MappedCode = "HILL_START_FAULT"
	CodeESCFault                            MappedCode = "ESC_FAULT"
	CodeDSCFailed                           MappedCode = "DSC_FAILED"
	CodeDSCDeactivated                      MappedCode = "DSC_DEACTIVATED"
	CodeTractionControlOff                  MappedCode = "TRACTION_CONTROL_OFF"
	CodeTractionControlActive               MappedCode = "TRACTION_CONTROL_ACTIVE"
	CodeDynamicTractionControlActive        MappedCode = "DYNAMIC_TRACTION_CONTROL_ACTIVE"
	CodeAWDDisabled                         MappedCode = "AWD_DISABLED"
	CodeLightingSystemFault                 MappedCode = "LIGHTING_SYSTEM_FAULT"
	CodeHeadlightFault                      MappedCode = "HEADLIGHT_FAULT"
	CodeLightFault                          MappedCode = "LIGHT_FAULT"
	CodeIndicatorLightFault                 MappedCode = "INDICATOR_LIGHT_FAULT"
	CodeBrakeLightFault                     MappedCode = "BRAKE_LIGHT_FAULT"
	CodeReverseLightFault                   MappedCode = "REVERSE_LIGHT_FAULT"
	CodeFogLightFault                       MappedCode = "FOG_LIGHT_FAULT"
	CodeSideLightFault                      MappedCode = "SIDE_LIGHT_FAULT"
	CodeNumberPlateLightFault               MappedCode = "NUMBER_PLATE_LIGHT_FAULT"
	CodeAdaptiveLightingFault               MappedCode = "ADAPTIVE_LIGHTING_FAULT"
	CodeSidelightsOn                        MappedCode = "SIDELIGHTS_ON"
	CodeParkingLightsOn                     MappedCode = "PARKING_LIGHTS_ON"
	CodeTrailerLightFault                   MappedCode = "TRAILER_LIGHT_FAULT"
	CodeFuelLevelLow                        MappedCode = "FUEL_LEVEL_LOW"
	CodeFuelCapIssue                        MappedCode = "FUEL_CAP_ISSUE"
	CodeFuelInletIssue                      MappedCode = "FUEL_INLET_ISSUE"
	CodeFuelDoorOpen                        MappedCode = "FUEL_DOOR_OPEN"
	CodeFuelFilterMaintenance               MappedCode = "FUEL_FILTER_MAINTENANCE"
	CodeWaterInFuel                         MappedCode = "WATER_IN_FUEL"
	CodeDieselIdleShutdown                  MappedCode = "DIESEL_IDLE_SHUTDOWN"
	CodeDieselEngineFault                   MappedCode = "DIESEL_ENGINE_FAULT"
	CodeDieselPreheat                       MappedCode = "DIESEL_PREHEAT"
	CodeDEFLow                              MappedCode = "DEF_LOW"
	CodeDEFSystemFault                      MappedCode = "DEF_SYSTEM_FAULT"
	CodeDEFWarning                          MappedCode = "DEF_WARNING"
	CodeDEFQualityIssue                     MappedCode = "DEF_QUALITY_ISSUE"
	CodeExhaustOvertemp                     MappedCode = "EXHAUST_OVERTEMP"
	CodeDPFMaintenance                      MappedCode = "DPF_MAINTENANCE"
	CodeDPFRegenerationActive               MappedCode = "DPF_REGENERATION_ACTIVE"
	CodeParticulateFilterMalfunction        MappedCode = "PARTICULATE_FILTER_MALFUNCTION"
	CodeAntiPollutionSystemFault            MappedCode = "ANTI_POLLUTION_SYSTEM_FAULT"
	CodeHybridSystemFault                   MappedCode = "HYBRID_SYSTEM_FAULT"
	CodeHVInterlockFault                    MappedCode = "HV_INTERLOCK_FAULT"
	CodeDCConverterOverheating              MappedCode = "DC_CONVERTER_OVERHEATING"
	CodeDCConverterFault                    MappedCode = "DC_CONVERTER_FAULT"
	CodeMotorControllerOverheating          MappedCode = "MOTOR_CONTROLLER_OVERHEATING"
	CodeTractionMotorOverheating            MappedCode = "TRACTION_MOTOR_OVERHEATING"
	CodeKeylessEntryFault                   MappedCode = "KEYLESS_ENTRY_FAULT"
	CodeWrongRemoteKey                      MappedCode = "WRONG_REMOTE_KEY"
	CodeKeyBatteryLow                       MappedCode = "KEY_BATTERY_LOW"
	CodeRemoteControlKeyFault               MappedCode = "REMOTE_CONTROL_KEY_FAULT"
	CodeRemoteKeyBatteryDischarged          MappedCode = "REMOTE_KEY_BATTERY_DISCHARGED"
	CodeRemoteKeyStationaryBatteryLow       MappedCode = "REMOTE_KEY_STATIONARY_BATTERY_LOW"
	CodeDoorOpen                            MappedCode = "DOOR_OPEN"
	CodeBonnetOpen                          MappedCode = "BONNET_OPEN"
	CodeBootOpen                            MappedCode = "BOOT_OPEN"
	CodeServiceDue                          MappedCode = "SERVICE_DUE"
	CodeAirFilterMaintenance                MappedCode = "AIR_FILTER_MAINTENANCE"
	CodeAutoStartStopFault                  MappedCode = "AUTO_START_STOP_FAULT"
	CodeWasherFluidLow                      MappedCode = "WASHER_FLUID_LOW"
	CodeWindshieldWasherFluidLow            MappedCode = "WINDSHIELD_WASHER_FLUID_LOW"
	CodeWindshieldWiperMalfunction          MappedCode = "WINDSHIELD_WIPER_MALFUNCTION"
	CodeEngineCoolantLevelLow               MappedCode = "ENGINE_COOLANT_LEVEL_LOW"
	CodeLowExternalTemperature              MappedCode = "LOW_EXTERNAL_TEMPERATURE"
	CodeResetClock                          MappedCode = "RESET_CLOCK"
	CodeSystemCheckFailed                   MappedCode = "SYSTEM_CHECK_FAILED"
	CodeTrailerBrakeConnectionIssue         MappedCode = "TRAILER_BRAKE_CONNECTION_ISSUE"
	CodeTrailerElectricsFailed              MappedCode = "TRAILER_ELECTRICS_FAILED"
	CodeIgnitionProblem                     MappedCode = "IGNITION_PROBLEM"
	CodeStarterProblem                      MappedCode = "STARTER_PROBLEM"
	CodePreheatingActive                    MappedCode = "PREHEATING_ACTIVE"
	CodeVehicleSpeedLimitExceeded           MappedCode = "VEHICLE_SPEED_LIMIT_EXCEEDED"
	CodeOdometerFailure                     MappedCode = "ODOMETER_FAILURE"
	CodeGeneralMalfunction                  MappedCode = "GENERAL_MALFUNCTION"
)

var mappedCodes = newEnum(
	CodeTireDeflatingAlert,
	CodeTirePressureAlert,
	CodeTirePuncture,
	CodeTirePressureMismatch,
	CodeTirePressureSystemFault,
	CodeTirePressureMonitoringDeactivated,
	CodeAuxiliaryBatteryFault,
	CodeAuxiliaryBatteryLowVoltage,
	CodeElectricalChargingFault,
	CodeBatteryOverheating,
	CodeBatteryInsulationFault,
	CodeBatteryCellFault,
	CodeBatteryStorageFault,
	CodeBatteryChargeHigh,
	CodeBatteryChargeLow,
	CodeBatteryCellOvervoltage,
	CodeBatteryCellUndervoltage,
	CodeBatteryChargeFluctuation,
	CodeBatteryTempImbalance,
	CodeBatteryOvercharge,
	CodeBatteryDischargeRateHigh,
	CodeBatteryMonitoringFailed,
	CodeBatteryCharging,
	CodeChargingAborted,
	CodeBatteryOutputRestricted,
	CodeBatteryRegenerationRequired,
	CodeChargingCouplerFault,
	CodeInverterFault,
	CodeEngineOverheating,
	CodeEngineFault,
	CodeEngineIncreasedEmissions,
	CodeEngineReduceLoad,
	CodeOilPressureLow,
	CodeOilLevelSensorMalfunction,
	CodeEngineOilLevelAlert,
	CodePowertrainFault,
	CodeCheckEngine,
	CodeTransmissionMalfunction,
	CodeTransmissionRestrictedPosition,
	CodeTransmissionPositionN,
	CodeTransmissionPositionDOnly,
	CodeTransmissionPositionPOnly,
	CodeTransmissionFailsafeActive,
	CodeTransmissionNeutralParkingBrake,
	CodeGearboxOverheating,
	CodeGearboxOverheated,
	CodeGearIndicatorFailed,
	CodeBrakeSystemFault,
	CodeABSFault,
	CodeBrakePadWear,
	CodeBrakeFluidLow,
	CodeBrakeDrivingControlFailure,
	CodeDBCBrakeAssistFailed,
	CodeParkingBrakeActive,
	CodeParkingBrakeOverheated,
	CodeParkingBrakeMalfunction,
	CodeParkingBrakeRelease,
	CodeAutomaticHoldMalfunction,
	CodePressBrakeToStart,
	CodePowerSteeringFault,
	CodePowerSteeringServiceRequired,
	CodeSuspensionFault,
	CodeDynamicDamperControlFailed,
	CodeLevelControlSystemFailure,
	CodeServotronicFailed,
	CodeEPSInoperative,
	CodeELVSteeringLockFault,
	CodeELVSteeringLockActive,
	CodeCrashDetected,
	CodeCrashSafetyModule,
	CodeSeatbeltUnfastened,
	CodeSeatbeltFault,
	CodeSeatbeltPretensionerFault,
	CodeMultipleRestraintSystemFault,
	CodeAirbagSystemFault,
	CodeDriversAirbagFault,
	CodePassengerAirbagFault,
	CodeSideAirbagFault,
	CodeForwardCollisionAlert,
	CodeForwardCollisionSystemFault,
	CodeLowSpeedCollisionAlert,
	CodeLowSpeedCollisionSystemFault,
	CodeAntiTheftAlert,
	CodeSecuritySystemFault,
	CodeCruiseControlFault,
	CodeCruiseControlDeactivatedSensorError,
	CodeActiveCruiseControlDisabled,
	CodeLaneAssistFault,
	CodeBlindSpotSystemFault,
	CodeParkAssistFault,
	CodeRearCrossTrafficFault,
	CodeHillDescentFault,
	CodeHillStartFault,
	CodeESCFault,
	CodeDSCFailed,
	CodeDSCDeactivated,
	CodeTractionControlOff,
	CodeTractionControlActive,
	CodeDynamicTractionControlActive,
	CodeAWDDisabled,
	CodeLightingSystemFault,
	CodeHeadlightFault,
	CodeLightFault,
	CodeIndicatorLightFault,
	CodeBrakeLightFault,
	CodeReverseLightFault,
	CodeFogLightFault,
	CodeSideLightFault,
	CodeNumberPlateLightFault,
	CodeAdaptiveLightingFault,
	CodeSidelightsOn,
	CodeParkingLightsOn,
	CodeTrailerLightFault,
	CodeFuelLevelLow,
	CodeFuelCapIssue,
	CodeFuelInletIssue,
	CodeFuelDoorOpen,
	CodeFuelFilterMaintenance,
	CodeWaterInFuel,
	CodeDieselIdleShutdown,
	CodeDieselEngineFault,
	CodeDieselPreheat,
	CodeDEFLow,
	CodeDEFSystemFault,
	CodeDEFWarning,
	CodeDEFQualityIssue,
	CodeExhaustOvertemp,
	CodeDPFMaintenance,
	CodeDPFRegenerationActive,
	CodeParticulateFilterMalfunction,
	CodeAntiPollutionSystemFault,
	CodeHybridSystemFault,
	CodeHVInterlockFault,
	CodeDCConverterOverheating,
	CodeDCConverterFault,
	CodeMotorControllerOverheating,
	CodeTractionMotorOverheating,
	CodeKeylessEntryFault,
	CodeWrongRemoteKey,
	CodeKeyBatteryLow,
	CodeRemoteControlKeyFault,
	CodeRemoteKeyBatteryDischarged,
	CodeRemoteKeyStationaryBatteryLow,
	CodeDoorOpen,
	CodeBonnetOpen,
	CodeBootOpen,
	CodeServiceDue,
	CodeAirFilterMaintenance,
	CodeAutoStartStopFault,
	CodeWasherFluidLow,
	CodeWindshieldWasherFluidLow,
	CodeWindshieldWiperMalfunction,
	CodeEngineCoolantLevelLow,
	CodeLowExternalTemperature,
	CodeResetClock,
	CodeSystemCheckFailed,
	CodeTrailerBrakeConnectionIssue,
	CodeTrailerElectricsFailed,
	CodeIgnitionProblem,
	CodeStarterProblem,
	CodePreheatingActive,
	CodeVehicleSpeedLimitExceeded,
	CodeOdometerFailure,
	CodeGeneralMalfunction,
)

// Known reports whether m is one of the [MappedCode] constants.
func (m MappedCode) Known() bool { return mappedCodes.has(m) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (m *MappedCode) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return mappedCodes.decode(dec, m)
}

// RateLimitDomain is the kind of object a rate limit applies to, sent as
// domain in rate_limit.updated events.
// Unknown values are kept as sent; [RateLimitDomain.Known] tells them apart.
type RateLimitDomain string

// Known values of [RateLimitDomain].
const (
	RateLimitDomainVehicle RateLimitDomain = "VEHICLE"
)

var rateLimitDomains = newEnum(
	RateLimitDomainVehicle,
)

// Known reports whether r is one of the [RateLimitDomain] constants.
func (r RateLimitDomain) Known() bool { return rateLimitDomains.has(r) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (r *RateLimitDomain) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return rateLimitDomains.decode(dec, r)
}

// RateLimitKey names the limit of a rate_limit.updated event, sent as key.
// More OEMs will probably add keys.
// Unknown values are kept as sent; [RateLimitKey.Known] tells them apart.
type RateLimitKey string

// Known values of [RateLimitKey].
const (
	RateLimitKeyBMWEnergyAPICommands              RateLimitKey = "BMW_ENERGY_API_COMMANDS"
	RateLimitKeyBMWEnergyAPIStopCommands          RateLimitKey = "BMW_ENERGY_API_STOP_COMMANDS"
	RateLimitKeyBMWEnergyAPICommandsAndFetchState RateLimitKey = "BMW_ENERGY_API_COMMANDS_AND_FETCH_STATE"
)

var rateLimitKeys = newEnum(
	RateLimitKeyBMWEnergyAPICommands,
	RateLimitKeyBMWEnergyAPIStopCommands,
	RateLimitKeyBMWEnergyAPICommandsAndFetchState,
)

// Known reports whether r is one of the [RateLimitKey] constants.
func (r RateLimitKey) Known() bool { return rateLimitKeys.has(r) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (r *RateLimitKey) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return rateLimitKeys.decode(dec, r)
}

// Weekday is a day of the week in a DEPARTURE_TIMES reading (daysOfWeek).
// Unknown values are kept as sent; [Weekday.Known] tells them apart.
type Weekday string

// Known values of [Weekday].
const (
	Monday    Weekday = "MONDAY"
	Tuesday   Weekday = "TUESDAY"
	Wednesday Weekday = "WEDNESDAY"
	Thursday  Weekday = "THURSDAY"
	Friday    Weekday = "FRIDAY"
	Saturday  Weekday = "SATURDAY"
	Sunday    Weekday = "SUNDAY"
)

var weekdays = newEnum(
	Monday,
	Tuesday,
	Wednesday,
	Thursday,
	Friday,
	Saturday,
	Sunday,
)

// Known reports whether w is one of the [Weekday] constants.
func (w Weekday) Known() bool { return weekdays.has(w) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (w *Weekday) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return weekdays.decode(dec, w)
}
