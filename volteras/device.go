package volteras

import "encoding/json"

// DeviceConnected is a device.connected event: a device finished connecting
// to Volteras. Its body is identical in shape to [DeviceDisconnected].
type DeviceConnected struct {
	// ID is the opaque device id.
	ID string `json:"id"`
	// DeviceType is the kind of device, VEHICLE in the examples.
	DeviceType DeviceType `json:"deviceType"`
	// Raw is the body the event was parsed from; [Parse] sets it.
	Raw json.RawMessage `json:"-"`
}

// Type returns [EventDeviceConnected].
func (*DeviceConnected) Type() string { return EventDeviceConnected }

// DeviceDisconnected is a device.disconnected event: a device disconnected
// from Volteras. Its body is identical in shape to [DeviceConnected].
type DeviceDisconnected struct {
	// ID is the opaque device id.
	ID string `json:"id"`
	// DeviceType is the kind of device, VEHICLE in the examples.
	DeviceType DeviceType `json:"deviceType"`
	// Raw is the body the event was parsed from; [Parse] sets it.
	Raw json.RawMessage `json:"-"`
}

// Type returns [EventDeviceDisconnected].
func (*DeviceDisconnected) Type() string { return EventDeviceDisconnected }
