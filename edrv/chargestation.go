package edrv

import (
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// Chargestation is the data of the chargestation.* network and sync events
// and of chargestation.connector.* events, which carry the parent station.
type Chargestation struct {
	// ID is the station's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Location is the id of the station's [Location].
	Location Opt[string] `json:"location,omitzero"`
	// Protocol is the OCPP version the station speaks.
	Protocol Opt[Protocol] `json:"protocol,omitzero"`
	// Endpoint is the OCPP identity in the WebSocket URL.
	Endpoint Opt[string] `json:"endpoint,omitzero"`
	// StaticEndpoint is the station's fixed OCPP identity.
	StaticEndpoint Opt[string] `json:"static_endpoint,omitzero"`
	// Online reports a live WebSocket connection.
	Online Bool `json:"online,omitzero"`
	// Active reports that the operator enabled the station.
	Active Bool `json:"active,omitzero"`
	// Public reports that the station is visible to public drivers.
	Public Bool `json:"public,omitzero"`
	// OpenForBusiness reports that the station takes sessions.
	OpenForBusiness Bool `json:"open_for_business,omitzero"`
	// IsSimulator reports a simulated station.
	IsSimulator Bool `json:"is_simulator,omitzero"`
	// Model is the station model (older documentation only).
	Model Opt[string] `json:"model,omitzero"`
	// BootInfo holds the strings of the station's last BootNotification.
	BootInfo Opt[BootInfo] `json:"bootInfo,omitzero"`
	// Coordinates is the station's position, [longitude, latitude].
	Coordinates Coordinates `json:"coordinates,omitzero"`
	// Connectors are the station's connectors.
	Connectors Opt[[]Connector] `json:"connectors,omitzero"`
	// MetaData is free-form.
	MetaData jsontext.Value `json:"meta_data,omitzero"`
	// Configuration is free-form.
	Configuration jsontext.Value `json:"configuration,omitzero"`
	// ConnectionURL is the station's WebSocket URL, such as "ws://...".
	ConnectionURL Opt[string] `json:"connection_url,omitzero"`
	// Security is the station's connection security profile.
	Security Opt[Security] `json:"security,omitzero"`
	// LastConnectAt is when the station last connected.
	LastConnectAt Time `json:"lastConnectAt,omitzero"`
	// LastDisconnectAt is when the station last disconnected.
	LastDisconnectAt Time `json:"lastDisconnectAt,omitzero"`
	// LastMessageAt is when the station last sent a message.
	LastMessageAt Time `json:"lastMessageAt,omitzero"`
	// CreatedAt is when the station was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the station last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChargestationID returns the station's id, the key eDRV orders events by.
func (c *Chargestation) ChargestationID() string { return c.ID.Value }

// Connector returns the connector with the given id, or nil.
func (c *Chargestation) Connector(id string) *Connector {
	for i := range c.Connectors.Value {
		if k := &c.Connectors.Value[i]; k.ID.Valid && k.ID.Value == id {
			return k
		}
	}
	return nil
}

// BootInfo holds the strings of the station's last OCPP BootNotification.
type BootInfo struct {
	// ChargeBoxSerialNumber is the charge box serial number.
	ChargeBoxSerialNumber Opt[string] `json:"chargeBoxSerialNumber,omitzero"`
	// ChargePointModel is the model.
	ChargePointModel Opt[string] `json:"chargePointModel,omitzero"`
	// ChargePointSerialNumber is the charge point serial number.
	ChargePointSerialNumber Opt[string] `json:"chargePointSerialNumber,omitzero"`
	// ChargePointVendor is the vendor.
	ChargePointVendor Opt[string] `json:"chargePointVendor,omitzero"`
	// FirmwareVersion is the firmware version.
	FirmwareVersion Opt[string] `json:"firmwareVersion,omitzero"`
	// ICCID is the modem's SIM card id; it may be "".
	ICCID Opt[string] `json:"iccid,omitzero"`
	// IMSI is the modem's subscriber id.
	IMSI Opt[string] `json:"imsi,omitzero"`
	// MeterSerialNumber is the meter's serial number.
	MeterSerialNumber Opt[string] `json:"meterSerialNumber,omitzero"`
	// MeterType is the meter's type.
	MeterType Opt[string] `json:"meterType,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Security is a station's connection security profile.
type Security struct {
	// Type is "none"; other values are undocumented.
	Type Opt[string] `json:"type,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Connector is one connector of a [Chargestation].
type Connector struct {
	// ID is the connector's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Active reports that the operator enabled the connector.
	Active Bool `json:"active,omitzero"`
	// Status is the connector's live state.
	Status Opt[ConnectorStatus] `json:"status,omitzero"`
	// Type is the plug or socket standard.
	Type Opt[ConnectorType] `json:"type,omitzero"`
	// Format says whether the connector has a cable or a socket.
	Format Opt[Format] `json:"format,omitzero"`
	// PowerType is the kind of current delivered.
	PowerType Opt[PowerType] `json:"power_type,omitzero"`
	// Power is the rated power in kW.
	Power Decimal `json:"power,omitzero"`
	// Chargestation is the id of the parent station.
	Chargestation Opt[string] `json:"chargestation,omitzero"`
	// Rate is the connector's rate, embedded or by id.
	Rate RateRef `json:"rate,omitzero"`
	// EVSEID is the OCPP 2.0.1 EVSE number.
	EVSEID Decimal `json:"evseId,omitzero"`
	// RawMessage is the OCPP 2.0.1 StatusNotificationRequest as sent.
	RawMessage jsontext.Value `json:"raw_message,omitzero"`
	// CreatedAt is when the connector was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the connector last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ConnectorStatus is the live state of a connector, as reported by the
// station in OCPP casing. The set is open; unknown values pass through.
type ConnectorStatus string

// Connector statuses: the OCPP 1.6 ChargePointStatus values and OCPP 2.0.1's
// Occupied.
const (
	// ConnectorAvailable is "Available": free for a new session.
	ConnectorAvailable ConnectorStatus = "Available"
	// ConnectorPreparing is "Preparing": a cable is plugged in or a driver is authorised; charging has not started.
	ConnectorPreparing ConnectorStatus = "Preparing"
	// ConnectorCharging is "Charging": energy flows.
	ConnectorCharging ConnectorStatus = "Charging"
	// ConnectorSuspendedEVSE is "SuspendedEVSE": the station suspended charging.
	ConnectorSuspendedEVSE ConnectorStatus = "SuspendedEVSE"
	// ConnectorSuspendedEV is "SuspendedEV": the vehicle suspended charging.
	ConnectorSuspendedEV ConnectorStatus = "SuspendedEV"
	// ConnectorFinishing is "Finishing": the session stopped; the connector is not yet available.
	ConnectorFinishing ConnectorStatus = "Finishing"
	// ConnectorReserved is "Reserved": reserved for a driver.
	ConnectorReserved ConnectorStatus = "Reserved"
	// ConnectorUnavailable is "Unavailable": taken out of service.
	ConnectorUnavailable ConnectorStatus = "Unavailable"
	// ConnectorFaulted is "Faulted": in fault.
	ConnectorFaulted ConnectorStatus = "Faulted"
	// ConnectorOccupied is "Occupied": in use (OCPP 2.0.1).
	ConnectorOccupied ConnectorStatus = "Occupied"
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
	// ConnectorTypeCCS1 is "CCS1": the Combined Charging System type 1.
	ConnectorTypeCCS1 ConnectorType = "CCS1"
	// ConnectorTypeCCS2 is "CCS2": the Combined Charging System type 2.
	ConnectorTypeCCS2 ConnectorType = "CCS2"
	// ConnectorTypeCHAdeMO is "CHADEMO": CHAdeMO.
	ConnectorTypeCHAdeMO ConnectorType = "CHADEMO"
	// ConnectorTypeJ1772 is "J1772": SAE J1772 (type 1).
	ConnectorTypeJ1772 ConnectorType = "J1772"
	// ConnectorTypeType2 is "Type2": IEC 62196 type 2.
	ConnectorTypeType2 ConnectorType = "Type2"
	// ConnectorTypeG105 is "G105": older documentation.
	ConnectorTypeG105 ConnectorType = "G105"
	// ConnectorTypeTesla is "Tesla": older documentation.
	ConnectorTypeTesla ConnectorType = "Tesla"
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
	// FormatCable is "CABLE": a tethered cable.
	FormatCable Format = "CABLE"
	// FormatSocket is "SOCKET": a socket for the driver's cable.
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
	// PowerAC1Phase is "AC_1_PHASE": single-phase AC, normalized.
	PowerAC1Phase PowerType = "AC_1_PHASE"
	// PowerAC3Phase is "AC_3_PHASE": three-phase AC, normalized.
	PowerAC3Phase PowerType = "AC_3_PHASE"
	// PowerDC is "DC": direct current, normalized.
	PowerDC PowerType = "DC"

	// PowerACSinglePhase is "AC_SINGLE_PHASE": documented spelling of PowerAC1Phase.
	PowerACSinglePhase PowerType = "AC_SINGLE_PHASE"
	// PowerACSinglePhaseText is "AC Single Phase": documented spelling of PowerAC1Phase.
	PowerACSinglePhaseText PowerType = "AC Single Phase"
	// PowerACThreePhaseText is "AC Three Phase": documented spelling of PowerAC3Phase.
	PowerACThreePhaseText PowerType = "AC Three Phase"
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
	// ProtocolOCPP16 is "ocpp1.6": OCPP 1.6.
	ProtocolOCPP16 Protocol = "ocpp1.6"
	// ProtocolOCPP201 is "ocpp2.0.1": OCPP 2.0.1.
	ProtocolOCPP201 Protocol = "ocpp2.0.1"
)

// Known reports whether p is one of the protocols defined by this package.
func (p Protocol) Known() bool { return p == ProtocolOCPP16 || p == ProtocolOCPP201 }
