package edrv

import "github.com/go-json-experiment/json/jsontext"

// RFID is the data of the rfid.* events: a token that identifies a driver
// to a station (an RFID card or a virtual token), modelled on eDRV's Token
// object.
type RFID struct {
	// ID is the token's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Active reports that the token is enabled.
	Active Bool `json:"active,omitzero"`
	// PhysicalID is the OCPP idTag, unique.
	PhysicalID Opt[string] `json:"physicalId,omitzero"`
	// Type is the kind of token.
	Type Opt[TokenType] `json:"type,omitzero"`
	// Organization is the id of the owning organization.
	Organization Opt[string] `json:"organization,omitzero"`
	// Driver is the id of the owning user.
	Driver Opt[string] `json:"driver,omitzero"`
	// Channel is the v1 API's channel: "physical", "slack", "telegram" or
	// "sms".
	Channel Opt[string] `json:"channel,omitzero"`
	// CreatedAt is when the token was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the token last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// TokenType is the kind of an [RFID] token.
type TokenType string

// Token types.
const (
	// TokenISO14443 is "ISO14443": a physical RFID card.
	TokenISO14443 TokenType = "ISO14443"
	// TokenCentral is "Central": a virtual token.
	TokenCentral TokenType = "Central"
)

// Known reports whether t is one of the types defined by this package.
func (t TokenType) Known() bool { return t == TokenISO14443 || t == TokenCentral }
