package edrv

import (
	"encoding/json"
	"strings"
)

// Chargestation is the data of the chargestation.* network and sync events
// and of chargestation.connector.* events, which carry the parent station.
type Chargestation struct {
	ID              string          `json:"_id,omitzero"`
	Location        string          `json:"location,omitzero"` // id of the Location
	Protocol        Protocol        `json:"protocol,omitzero"`
	Endpoint        string          `json:"endpoint,omitzero"`        // OCPP identity in the WebSocket URL
	StaticEndpoint  string          `json:"static_endpoint,omitzero"` // OCPP identity in the WebSocket URL
	Online          Bool            `json:"online,omitzero"`          // a live WebSocket is present
	Active          Bool            `json:"active,omitzero"`          // enabled by the operator
	Public          Bool            `json:"public,omitzero"`          // visible to public drivers
	OpenForBusiness Bool            `json:"open_for_business,omitzero"`
	IsSimulator     Bool            `json:"is_simulator,omitzero"`
	Model           string          `json:"model,omitzero"` // older documentation only
	BootInfo        *BootInfo       `json:"bootInfo,omitzero"`
	Coordinates     Coordinates     `json:"coordinates,omitzero"`
	Connectors      []Connector     `json:"connectors,omitzero"`
	MetaData        json.RawMessage `json:"meta_data,omitzero"`     // free-form
	Configuration   json.RawMessage `json:"configuration,omitzero"` // free-form
	ConnectionURL   string          `json:"connection_url,omitzero"`
	Security        *Security       `json:"security,omitzero"`

	LastConnectAt    Time `json:"lastConnectAt,omitzero"`
	LastDisconnectAt Time `json:"lastDisconnectAt,omitzero"`
	LastMessageAt    Time `json:"lastMessageAt,omitzero"`
	CreatedAt        Time `json:"createdAt,omitzero"`
	UpdatedAt        Time `json:"updatedAt,omitzero"`
}

// ChargestationID returns the station's id, the key eDRV orders events by.
func (c *Chargestation) ChargestationID() string { return c.ID }

// Connector returns the connector with the given id, or nil.
func (c *Chargestation) Connector(id string) *Connector {
	for i := range c.Connectors {
		if c.Connectors[i].ID == id {
			return &c.Connectors[i]
		}
	}
	return nil
}

// BootInfo holds the strings of the station's last OCPP BootNotification.
type BootInfo struct {
	ChargeBoxSerialNumber   string `json:"chargeBoxSerialNumber,omitzero"`
	ChargePointModel        string `json:"chargePointModel,omitzero"`
	ChargePointSerialNumber string `json:"chargePointSerialNumber,omitzero"`
	ChargePointVendor       string `json:"chargePointVendor,omitzero"`
	FirmwareVersion         string `json:"firmwareVersion,omitzero"`
	ICCID                   string `json:"iccid,omitzero"`
	IMSI                    string `json:"imsi,omitzero"`
	MeterSerialNumber       string `json:"meterSerialNumber,omitzero"`
	MeterType               string `json:"meterType,omitzero"`
}

// Security is a station's connection security profile.
type Security struct {
	Type string `json:"type,omitzero"` // "none"; other values are undocumented
}

// Connector is one connector of a [Chargestation].
type Connector struct {
	ID            string          `json:"_id,omitzero"`
	Active        Bool            `json:"active,omitzero"`
	Status        ConnectorStatus `json:"status,omitzero"` // live state
	Type          ConnectorType   `json:"type,omitzero"`
	Format        Format          `json:"format,omitzero"`
	PowerType     PowerType       `json:"power_type,omitzero"`
	Power         Decimal         `json:"power,omitzero"`         // rated power in kW
	Chargestation string          `json:"chargestation,omitzero"` // id of the parent station
	Rate          RateRef         `json:"rate,omitzero"`
	EVSEID        Decimal         `json:"evseId,omitzero"`      // OCPP 2.0.1
	RawMessage    json.RawMessage `json:"raw_message,omitzero"` // OCPP 2.0.1 StatusNotificationRequest
	CreatedAt     Time            `json:"createdAt,omitzero"`
	UpdatedAt     Time            `json:"updatedAt,omitzero"`
}

// ConnectorStatus is the live state of a connector, as reported by the
// station in OCPP casing. The set is open; unknown values pass through.
type ConnectorStatus string

// Connector statuses: the OCPP 1.6 ChargePointStatus values and OCPP 2.0.1's
// Occupied.
const (
	ConnectorAvailable     ConnectorStatus = "Available"
	ConnectorPreparing     ConnectorStatus = "Preparing"
	ConnectorCharging      ConnectorStatus = "Charging"
	ConnectorSuspendedEVSE ConnectorStatus = "SuspendedEVSE"
	ConnectorSuspendedEV   ConnectorStatus = "SuspendedEV"
	ConnectorFinishing     ConnectorStatus = "Finishing"
	ConnectorReserved      ConnectorStatus = "Reserved"
	ConnectorUnavailable   ConnectorStatus = "Unavailable"
	ConnectorFaulted       ConnectorStatus = "Faulted"
	ConnectorOccupied      ConnectorStatus = "Occupied"
)

// Known reports whether s is one of the statuses defined by this package.
func (s ConnectorStatus) Known() bool {
	switch s {
	case ConnectorAvailable, ConnectorPreparing, ConnectorCharging, ConnectorSuspendedEVSE,
		ConnectorSuspendedEV, ConnectorFinishing, ConnectorReserved, ConnectorUnavailable,
		ConnectorFaulted, ConnectorOccupied:
		return true
	}
	return false
}

// Is reports whether s and other are the same status, ignoring letter case.
func (s ConnectorStatus) Is(other ConnectorStatus) bool {
	return strings.EqualFold(string(s), string(other))
}

// ConnectorType is the plug or socket standard of a connector. The set is
// open; unknown values pass through.
type ConnectorType string

// Connector types named in eDRV's documentation.
const (
	ConnectorTypeCCS1    ConnectorType = "CCS1"
	ConnectorTypeCCS2    ConnectorType = "CCS2"
	ConnectorTypeCHAdeMO ConnectorType = "CHADEMO"
	ConnectorTypeJ1772   ConnectorType = "J1772"
	ConnectorTypeType2   ConnectorType = "Type2"
	ConnectorTypeG105    ConnectorType = "G105"  // older documentation
	ConnectorTypeTesla   ConnectorType = "Tesla" // older documentation
)

// Known reports whether t is one of the types defined by this package.
func (t ConnectorType) Known() bool {
	switch t {
	case ConnectorTypeCCS1, ConnectorTypeCCS2, ConnectorTypeCHAdeMO, ConnectorTypeJ1772,
		ConnectorTypeType2, ConnectorTypeG105, ConnectorTypeTesla:
		return true
	}
	return false
}

// Format says whether a connector has a tethered cable or a socket. eDRV's
// documentation writes "CABLE"/"SOCKET" and its examples "Socket"; compare
// with [Format.Is].
type Format string

// Connector formats.
const (
	FormatCable  Format = "CABLE"
	FormatSocket Format = "SOCKET"
)

// Known reports whether f is a format defined by this package, in any
// letter case.
func (f Format) Known() bool { return f.Is(FormatCable) || f.Is(FormatSocket) }

// Is reports whether f and other are the same format, ignoring letter case.
func (f Format) Is(other Format) bool { return strings.EqualFold(string(f), string(other)) }

// PowerType is the kind of current a connector delivers. eDRV spells it in
// several ways ("AC_1_PHASE", "AC_SINGLE_PHASE", "AC Single Phase", ...);
// [PowerType.Normalized] maps them to [PowerAC1Phase], [PowerAC3Phase] or
// [PowerDC].
type PowerType string

// Power types. The first three are the normalized forms.
const (
	PowerAC1Phase PowerType = "AC_1_PHASE"
	PowerAC3Phase PowerType = "AC_3_PHASE"
	PowerDC       PowerType = "DC"

	PowerACSinglePhase     PowerType = "AC_SINGLE_PHASE" // documented spelling of PowerAC1Phase
	PowerACSinglePhaseText PowerType = "AC Single Phase" // documented spelling of PowerAC1Phase
	PowerACThreePhaseText  PowerType = "AC Three Phase"  // documented spelling of PowerAC3Phase
)

// Normalized returns [PowerAC1Phase], [PowerAC3Phase] or [PowerDC] for any
// spelling of these, ignoring letter case, spaces and underscores; it
// returns p unchanged otherwise.
func (p PowerType) Normalized() PowerType {
	k := strings.ToUpper(strings.NewReplacer(" ", "", "_", "", "-", "").Replace(string(p)))
	switch k {
	case "AC1PHASE", "ACSINGLEPHASE":
		return PowerAC1Phase
	case "AC3PHASE", "ACTHREEPHASE":
		return PowerAC3Phase
	case "DC":
		return PowerDC
	}
	return p
}

// Known reports whether p is a spelling of a power type defined by this
// package.
func (p PowerType) Known() bool {
	switch p.Normalized() {
	case PowerAC1Phase, PowerAC3Phase, PowerDC:
		return true
	}
	return false
}

// Is reports whether p and other name the same power type once
// [PowerType.Normalized].
func (p PowerType) Is(other PowerType) bool { return p.Normalized() == other.Normalized() }

// Protocol is the OCPP version a station speaks.
type Protocol string

// Protocols supported by eDRV.
const (
	ProtocolOCPP16  Protocol = "ocpp1.6"
	ProtocolOCPP201 Protocol = "ocpp2.0.1"
)

// Known reports whether p is one of the protocols defined by this package.
func (p Protocol) Known() bool { return p == ProtocolOCPP16 || p == ProtocolOCPP201 }
