package volteras

// This file gives every struct with an Extra field the JSON methods that
// make encoding/json (v1) write the same JSON as json v2: MarshalJSON
// delegates to json v2 on a method-less copy of the type, and MarshalJSONTo
// does the same so that json v2 never detours through MarshalJSON. Array
// element types also get an UnmarshalJSONFrom that rejects a null element
// (which a struct could not marshal back) and otherwise decodes by
// reflection.

import (
	"errors"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// errNullElement is the cause of a null element in an array of objects.
var errNullElement = errors.New("null is not an element of this array")

// MarshalJSON writes x as json v2 does, Extra members included.
func (x DeviceConnected) MarshalJSON() ([]byte, error) {
	type plain DeviceConnected
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x DeviceConnected) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain DeviceConnected
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x DeviceDisconnected) MarshalJSON() ([]byte, error) {
	type plain DeviceDisconnected
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x DeviceDisconnected) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain DeviceDisconnected
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x CommandUpdated) MarshalJSON() ([]byte, error) {
	type plain CommandUpdated
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x CommandUpdated) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain CommandUpdated
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x RateLimitUpdated) MarshalJSON() ([]byte, error) {
	type plain RateLimitUpdated
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x RateLimitUpdated) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain RateLimitUpdated
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x AlertUpdated) MarshalJSON() ([]byte, error) {
	type plain AlertUpdated
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x AlertUpdated) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain AlertUpdated
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x JourneyUpdated) MarshalJSON() ([]byte, error) {
	type plain JourneyUpdated
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x JourneyUpdated) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain JourneyUpdated
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x Vehicle) MarshalJSON() ([]byte, error) {
	type plain Vehicle
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x Vehicle) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Vehicle
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x Quantity) MarshalJSON() ([]byte, error) {
	type plain Quantity
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x Quantity) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Quantity
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x StateOfCharge) MarshalJSON() ([]byte, error) {
	type plain StateOfCharge
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x StateOfCharge) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain StateOfCharge
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x EnergyRemaining) MarshalJSON() ([]byte, error) {
	type plain EnergyRemaining
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x EnergyRemaining) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain EnergyRemaining
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x Odometer) MarshalJSON() ([]byte, error) {
	type plain Odometer
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x Odometer) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Odometer
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x Range) MarshalJSON() ([]byte, error) {
	type plain Range
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x Range) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Range
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x Location) MarshalJSON() ([]byte, error) {
	type plain Location
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x Location) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Location
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x Coordinates) MarshalJSON() ([]byte, error) {
	type plain Coordinates
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x Coordinates) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Coordinates
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x DepartureTime) MarshalJSON() ([]byte, error) {
	type plain DepartureTime
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x DepartureTime) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain DepartureTime
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x OEMAlert) MarshalJSON() ([]byte, error) {
	type plain OEMAlert
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x OEMAlert) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain OEMAlert
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x DataEntry) MarshalJSON() ([]byte, error) {
	type plain DataEntry
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x DataEntry) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain DataEntry
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x Resolution) MarshalJSON() ([]byte, error) {
	type plain Resolution
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x Resolution) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Resolution
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x ResolutionDefinition) MarshalJSON() ([]byte, error) {
	type plain ResolutionDefinition
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x ResolutionDefinition) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ResolutionDefinition
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x Step) MarshalJSON() ([]byte, error) {
	type plain Step
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x Step) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Step
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x StepDefinition) MarshalJSON() ([]byte, error) {
	type plain StepDefinition
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x StepDefinition) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain StepDefinition
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x AlertDefinition) MarshalJSON() ([]byte, error) {
	type plain AlertDefinition
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x AlertDefinition) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain AlertDefinition
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x AlertCategory) MarshalJSON() ([]byte, error) {
	type plain AlertCategory
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x AlertCategory) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain AlertCategory
	return json.MarshalEncode(enc, plain(x))
}

// MarshalJSON writes x as json v2 does, Extra members included.
func (x AlertMetadata) MarshalJSON() ([]byte, error) {
	type plain AlertMetadata
	return json.Marshal(plain(x))
}

// MarshalJSONTo writes x with its Extra members.
func (x AlertMetadata) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain AlertMetadata
	return json.MarshalEncode(enc, plain(x))
}

// UnmarshalJSONFrom decodes a DepartureTime by reflection; null is an error.
func (x *DepartureTime) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		_, _ = dec.ReadToken()
		return errNullElement
	}
	type plain DepartureTime
	return json.UnmarshalDecode(dec, (*plain)(x))
}

// UnmarshalJSONFrom decodes a Resolution by reflection; null is an error.
func (x *Resolution) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		_, _ = dec.ReadToken()
		return errNullElement
	}
	type plain Resolution
	return json.UnmarshalDecode(dec, (*plain)(x))
}

// UnmarshalJSONFrom decodes a Step by reflection; null is an error.
func (x *Step) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		_, _ = dec.ReadToken()
		return errNullElement
	}
	type plain Step
	return json.UnmarshalDecode(dec, (*plain)(x))
}
