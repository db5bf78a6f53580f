package volteras

import "encoding/json"

// AlertUpdated is an alert.updated event: a Volteras-defined alert was
// created, resolved or muted, or its severity changed. Manufacturer alerts
// arrive as [Telemetry] with an [OEMAlert] metric instead.
type AlertUpdated struct {
	// ID is the alert id.
	ID string `json:"id"`
	// Status is ACTIVE or RESOLVED.
	Status AlertStatus `json:"status"`
	// AlertDefinitionID is the id of the alert's definition.
	AlertDefinitionID string `json:"alertDefinitionId"`
	// OEMDeviceID is the device the alert is about, as webhooks name it.
	// See [AlertUpdated.DeviceID].
	OEMDeviceID string `json:"oemDeviceId,omitempty"`
	// VehicleID is the REST API's name for the device id, decoded should
	// it appear in webhooks and omitted when absent.
	VehicleID string `json:"vehicleId,omitempty"`
	// VIN is the vehicle identification number; nullable in the REST API.
	VIN *string `json:"vin"`
	// Muted reports whether the alert is muted.
	Muted bool `json:"muted"`
	// CreatedAt is when the alert was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// CurrentSeverity is LOW, MEDIUM, HIGH or CRITICAL; nullable in the
	// REST API.
	CurrentSeverity *Severity `json:"currentSeverity"`
	// Resolutions are the ways to resolve the alert; may be empty.
	Resolutions []Resolution `json:"resolutions"`
	// Definition describes the kind of alert.
	Definition AlertDefinition `json:"definition"`
	// Metadata holds the alert's creation and update times. Deliveries are
	// not ordered: compare Metadata.UpdatedAt to detect stale updates.
	Metadata AlertMetadata `json:"metadata"`
	// TriggerName and TriggerDescription exist in the REST API and are
	// decoded should they appear in webhooks; they are omitted when absent.
	TriggerName *string `json:"triggerName,omitempty"`
	// TriggerDescription: see TriggerName.
	TriggerDescription *string `json:"triggerDescription,omitempty"`

	// Raw is the body the event was parsed from; [Parse] sets it.
	Raw json.RawMessage `json:"-"`
}

// Type returns [EventAlertUpdated].
func (*AlertUpdated) Type() string { return EventAlertUpdated }

// DeviceID returns the id of the device the alert is about: OEMDeviceID, or
// VehicleID when only the REST spelling was sent.
func (a *AlertUpdated) DeviceID() string {
	if a.OEMDeviceID != "" {
		return a.OEMDeviceID
	}
	return a.VehicleID
}

// Resolution is one way of resolving an alert, made of ordered steps.
type Resolution struct {
	// ID is the resolution id.
	ID string `json:"id"`
	// Definition describes the resolution.
	Definition ResolutionDefinition `json:"definition"`
	// Status is PENDING or COMPLETED.
	Status ResolutionStatus `json:"status"`
	// Steps are the steps of the resolution.
	Steps []Step `json:"steps"`
}

// ResolutionDefinition describes a [Resolution].
type ResolutionDefinition struct {
	// ID is the id of the resolution definition.
	ID string `json:"id"`
	// Name is a short title, such as "Battery Service Required".
	Name string `json:"name"`
	// Description says what to do.
	Description string `json:"description"`
}

// Step is one step of a [Resolution].
type Step struct {
	// ID is the step id.
	ID string `json:"id"`
	// Status is PENDING or COMPLETED.
	Status ResolutionStatus `json:"status"`
	// Definition describes the step.
	Definition StepDefinition `json:"definition"`
}

// StepDefinition describes a [Step].
type StepDefinition struct {
	// ID is the id of the step definition.
	ID string `json:"id"`
	// Description says what to do, such as "Contact service center".
	Description string `json:"description"`
	// Order is the position of the step in its resolution, from 1. A whole
	// number written as 1.0 is accepted.
	Order int `json:"order"`
}

// UnmarshalJSON decodes a step definition, accepting whole numbers written
// with a fraction in Order. null is no change.
func (d *StepDefinition) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var w struct {
		ID          string   `json:"id"`
		Description string   `json:"description"`
		Order       wholeInt `json:"order"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*d = StepDefinition{ID: w.ID, Description: w.Description, Order: int(w.Order)}
	return nil
}

// AlertDefinition describes the kind of an alert.
type AlertDefinition struct {
	// ID is the id of the definition (AlertUpdated.AlertDefinitionID).
	ID string `json:"id"`
	// Name is a short title, such as "Low Tire Pressure".
	Name string `json:"name"`
	// Description describes the condition.
	Description string `json:"description"`
	// Message is the text to show the driver or operator.
	Message string `json:"message"`
	// Category groups the definition.
	Category AlertCategory `json:"category"`
}

// AlertCategory groups alert definitions, such as "Battery".
type AlertCategory struct {
	// ID is the category id.
	ID string `json:"id"`
	// Name is the category name.
	Name string `json:"name"`
	// Description is nullable in the REST API.
	Description *string `json:"description"`
}

// AlertMetadata holds an alert's bookkeeping times.
type AlertMetadata struct {
	// CreatedAt is when the alert was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the alert last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
}
