package volteras

import "github.com/go-json-experiment/json/jsontext"

// CommandUpdated is a command.updated event: a vehicle command changed
// status. Only one command of each kind can be pending per device, and a
// command times out after 5 minutes, so FAILED can follow PENDING minutes
// later.
type CommandUpdated struct {
	// CommandID is the id of the command execution, sent as id.
	CommandID Opt[string] `json:"id,omitzero"`
	// DeviceType is the kind of device the command was sent to.
	DeviceType Opt[DeviceType] `json:"deviceType,omitzero"`
	// DeviceID is the device the command was sent to (the REST vehicleId).
	DeviceID Opt[string] `json:"deviceId,omitzero"`
	// Command is the command name, such as [CommandStartCharging].
	Command Opt[Command] `json:"command,omitzero"`
	// Status is PENDING, EXECUTED or FAILED.
	Status Opt[CommandStatus] `json:"status,omitzero"`
	// FailedReason is null unless Status is FAILED. It is free text in the
	// documented examples, or one of the [FailedReason] codes.
	FailedReason Opt[FailedReason] `json:"failedReason,omitzero"`
	// CommandArguments holds the command's arguments verbatim, whose shape
	// depends on the command: {"limit": 80} for SET_CHARGE_LIMIT,
	// {"driverTemperature": 21, "passengerTemperature": 21} for
	// SET_TEMPERATURE. It exists in the REST API's command; absent in the
	// documented webhooks.
	CommandArguments jsontext.Value `json:"commandArguments,omitzero"`
	// Timeout is the command timeout in seconds, as the REST API reports it;
	// 300.0 and "300" are read as 300 and written back as sent.
	Timeout Number `json:"timeout,omitzero"`
	// ExecutedAt is when the command was executed (REST API field).
	ExecutedAt Time `json:"executedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`

	raw []byte
}
