package edrv

import "github.com/go-json-experiment/json/jsontext"

// LoadManagementGroup is the data of the load_management.group.* events: a
// set of stations sharing a grid connection. Only its create request is
// documented; members and other fields stay in Extra.
type LoadManagementGroup struct {
	// ID is the group's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Name is the group's name.
	Name Opt[string] `json:"name,omitzero"`
	// Description describes the group.
	Description Opt[string] `json:"description,omitzero"`
	// Notes are free text; they may be "".
	Notes Opt[string] `json:"notes,omitzero"`
	// MaximumCapacity is the grid limit in kW.
	MaximumCapacity Decimal `json:"maximum_capacity,omitzero"`
	// MinimumConnectorCapacity is the least power given to a connector, in kW.
	MinimumConnectorCapacity Decimal `json:"minimum_connector_capacity,omitzero"`
	// Buffer is the fraction (0 to 1) of MaximumCapacity kept in reserve.
	Buffer Decimal `json:"buffer,omitzero"`
	// Location is the id of the group's [Location].
	Location Opt[string] `json:"location,omitzero"`
	// CreatedAt is when the group was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the group last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}
