package volteras

import "encoding/json"

// CommandUpdated is a command.updated event: a vehicle command changed
// status. Only one command of each kind can be pending per device, and a
// command times out after 5 minutes, so FAILED can follow PENDING minutes
// later.
type CommandUpdated struct {
	// ID is the id of the command execution.
	ID string `json:"id"`
	// DeviceType is the kind of device the command was sent to.
	DeviceType DeviceType `json:"deviceType"`
	// DeviceID is the device the command was sent to (the REST vehicleId).
	DeviceID string `json:"deviceId"`
	// Command is the command name, such as [CommandStartCharging].
	Command Command `json:"command"`
	// Status is PENDING, EXECUTED or FAILED.
	Status CommandStatus `json:"status"`
	// FailedReason is null unless Status is FAILED. It is free text in the
	// documented examples, or one of the [FailedReason] codes.
	FailedReason *FailedReason `json:"failedReason"`

	// CommandArguments, Timeout and ExecutedAt exist in the REST API's
	// command and are decoded should they appear in webhooks; they are
	// omitted when absent.

	// CommandArguments holds the command's arguments, whose shape depends on
	// the command: {"limit": 80} for SET_CHARGE_LIMIT,
	// {"driverTemperature": 21, "passengerTemperature": 21} for
	// SET_TEMPERATURE.
	CommandArguments json.RawMessage `json:"commandArguments,omitempty"`
	// Timeout is the command timeout, as the REST API reports it.
	Timeout *int `json:"timeout,omitempty"`
	// ExecutedAt is when the command was executed.
	ExecutedAt *Time `json:"executedAt,omitempty"`

	// Raw is the body the event was parsed from; [Parse] sets it.
	Raw json.RawMessage `json:"-"`
}

// Type returns [EventCommandUpdated].
func (*CommandUpdated) Type() string { return EventCommandUpdated }
