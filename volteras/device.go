package volteras

import "github.com/go-json-experiment/json/jsontext"

// DeviceConnected is a device.connected event: a device finished connecting
// to Volteras. Its body is identical in shape to [DeviceDisconnected].
type DeviceConnected struct {
	// DeviceID is the opaque device id, sent as id.
	DeviceID Opt[string] `json:"id,omitzero"`
	// DeviceType is the kind of device, VEHICLE in the examples.
	DeviceType Opt[DeviceType] `json:"deviceType,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`

	raw []byte
}

// DeviceDisconnected is a device.disconnected event: a device disconnected
// from Volteras. Its body is identical in shape to [DeviceConnected].
type DeviceDisconnected struct {
	// DeviceID is the opaque device id, sent as id.
	DeviceID Opt[string] `json:"id,omitzero"`
	// DeviceType is the kind of device, VEHICLE in the examples.
	DeviceType Opt[DeviceType] `json:"deviceType,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`

	raw []byte
}
