package edrv

// LoadManagementGroup is the data of the load_management.group.* events: a
// set of stations sharing a grid connection. Only its create request is
// documented; members and other fields stay in the event's raw body.
type LoadManagementGroup struct {
	ID          string `json:"_id,omitzero"`
	Name        string `json:"name,omitzero"`
	Description string `json:"description,omitzero"`
	Notes       string `json:"notes,omitzero"`
	// MaximumCapacity is the grid limit in kW.
	MaximumCapacity Decimal `json:"maximum_capacity,omitzero"`
	// MinimumConnectorCapacity is the least power given to a connector, in kW.
	MinimumConnectorCapacity Decimal `json:"minimum_connector_capacity,omitzero"`
	// Buffer is the fraction (0 to 1) of MaximumCapacity kept in reserve.
	Buffer    Decimal `json:"buffer,omitzero"`
	Location  string  `json:"location,omitzero"` // id
	CreatedAt Time    `json:"createdAt,omitzero"`
	UpdatedAt Time    `json:"updatedAt,omitzero"`
}
