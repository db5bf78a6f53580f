package edrv

import "github.com/go-json-experiment/json/jsontext"

// Organization is the data of organization.updated. eDRV publishes no
// schema for it, so only its id is typed; every other member is in Extra.
type Organization struct {
	// ID is the organization's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}
