package volteras

import "github.com/go-json-experiment/json/jsontext"

// AlertUpdated is an alert.updated event: a Volteras-defined alert was
// created, resolved or muted, or its severity changed. Manufacturer alerts
// arrive as [Telemetry] with an [OEMAlert] metric instead.
type AlertUpdated struct {
	// AlertID is the alert id, sent as id.
	AlertID Opt[string] `json:"id,omitzero"`
	// Status is ACTIVE or RESOLVED.
	Status Opt[AlertStatus] `json:"status,omitzero"`
	// AlertDefinitionID is the id of the alert's definition.
	AlertDefinitionID Opt[string] `json:"alertDefinitionId,omitzero"`
	// OEMDeviceID is the device the alert is about, as webhooks name it.
	// See [AlertUpdated.DeviceID].
	OEMDeviceID Opt[string] `json:"oemDeviceId,omitzero"`
	// VehicleID is the REST API's name for the device id, decoded should
	// it appear in webhooks.
	VehicleID Opt[string] `json:"vehicleId,omitzero"`
	// VIN is the vehicle identification number; nullable in the REST API.
	VIN Opt[string] `json:"vin,omitzero"`
	// Muted reports whether the alert is muted.
	Muted Opt[bool] `json:"muted,omitzero"`
	// CreatedAt is when the alert was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// CurrentSeverity is LOW, MEDIUM, HIGH or CRITICAL; nullable in the
	// REST API.
	CurrentSeverity Opt[Severity] `json:"currentSeverity,omitzero"`
	// Resolutions are the ways to resolve the alert; may be empty.
	Resolutions Opt[[]Resolution] `json:"resolutions,omitzero"`
	// Definition describes the kind of alert.
	Definition Opt[AlertDefinition] `json:"definition,omitzero"`
	// Metadata holds the alert's creation and update times. Deliveries are
	// not ordered: compare Metadata.UpdatedAt to detect stale updates.
	Metadata Opt[AlertMetadata] `json:"metadata,omitzero"`
	// TriggerName is the name of what triggered the alert (REST API field).
	TriggerName Opt[string] `json:"triggerName,omitzero"`
	// TriggerDescription describes what triggered the alert (REST API
	// field).
	TriggerDescription Opt[string] `json:"triggerDescription,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`

	raw []byte
}

// DeviceID returns the id of the device the alert is about: OEMDeviceID, or
// VehicleID when only the REST spelling was sent.
func (a *AlertUpdated) DeviceID() string {
	if a.OEMDeviceID.Valid {
		return a.OEMDeviceID.Value
	}
	return a.VehicleID.Value
}

// Resolution is one way of resolving an alert, made of ordered steps.
type Resolution struct {
	// ID is the resolution id.
	ID Opt[string] `json:"id,omitzero"`
	// Definition describes the resolution.
	Definition Opt[ResolutionDefinition] `json:"definition,omitzero"`
	// Status is PENDING or COMPLETED.
	Status Opt[ResolutionStatus] `json:"status,omitzero"`
	// Steps are the steps of the resolution.
	Steps Opt[[]Step] `json:"steps,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ResolutionDefinition describes a [Resolution].
type ResolutionDefinition struct {
	// ID is the id of the resolution definition.
	ID Opt[string] `json:"id,omitzero"`
	// Name is a short title, such as "Battery Service Required".
	Name Opt[string] `json:"name,omitzero"`
	// Description says what to do.
	Description Opt[string] `json:"description,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Step is one step of a [Resolution].
type Step struct {
	// ID is the step id.
	ID Opt[string] `json:"id,omitzero"`
	// Status is PENDING or COMPLETED.
	Status Opt[ResolutionStatus] `json:"status,omitzero"`
	// Definition describes the step.
	Definition Opt[StepDefinition] `json:"definition,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// StepDefinition describes a [Step].
type StepDefinition struct {
	// ID is the id of the step definition.
	ID Opt[string] `json:"id,omitzero"`
	// Description says what to do, such as "Contact service center".
	Description Opt[string] `json:"description,omitzero"`
	// Order is the position of the step in its resolution, from 1; 1.0 is
	// read as 1 ([Number.Int64]) and written back as 1.0.
	Order Number `json:"order,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// AlertDefinition describes the kind of an alert.
type AlertDefinition struct {
	// ID is the id of the definition (AlertUpdated.AlertDefinitionID).
	ID Opt[string] `json:"id,omitzero"`
	// Name is a short title, such as "Low Tire Pressure".
	Name Opt[string] `json:"name,omitzero"`
	// Description describes the condition.
	Description Opt[string] `json:"description,omitzero"`
	// Message is the text to show the driver or operator.
	Message Opt[string] `json:"message,omitzero"`
	// Category groups the definition.
	Category Opt[AlertCategory] `json:"category,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// AlertCategory groups alert definitions, such as "Battery".
type AlertCategory struct {
	// ID is the category id.
	ID Opt[string] `json:"id,omitzero"`
	// Name is the category name.
	Name Opt[string] `json:"name,omitzero"`
	// Description describes the category; nullable in the REST API.
	Description Opt[string] `json:"description,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// AlertMetadata holds an alert's bookkeeping times.
type AlertMetadata struct {
	// CreatedAt is when the alert was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the alert last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}
