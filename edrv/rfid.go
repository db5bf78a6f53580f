package edrv

// RFID is the data of the rfid.* events: a token that identifies a driver
// to a station (an RFID card or a virtual token), modelled on eDRV's Token
// object.
type RFID struct {
	ID           string    `json:"_id,omitzero"`
	Active       Bool      `json:"active,omitzero"`
	PhysicalID   string    `json:"physicalId,omitzero"` // OCPP idTag, unique
	Type         TokenType `json:"type,omitzero"`
	Organization string    `json:"organization,omitzero"` // id
	Driver       string    `json:"driver,omitzero"`       // id of the owning user
	Channel      string    `json:"channel,omitzero"`      // v1 API: "physical", "slack", "telegram", "sms"
	CreatedAt    Time      `json:"createdAt,omitzero"`
	UpdatedAt    Time      `json:"updatedAt,omitzero"`
}

// TokenType is the kind of an [RFID] token.
type TokenType string

// Token types.
const (
	TokenISO14443 TokenType = "ISO14443" // a physical RFID card
	TokenCentral  TokenType = "Central"  // a virtual token
)

// Known reports whether t is one of the types defined by this package.
func (t TokenType) Known() bool { return t == TokenISO14443 || t == TokenCentral }
