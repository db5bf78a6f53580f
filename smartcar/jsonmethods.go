// JSON methods of the object types (see refuseNull); every struct with an
// Extra member has them, as TestObjectTypesHaveJSONMethods checks.

package smartcar

import (
	"bytes"
	"errors"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// refuseNull is the UnmarshalJSONFrom of the object types: null is an
// error (it could not marshal back), anything else is decoded by json v2's
// reflection over the type's members (errors.ErrUnsupported hands it back).
func refuseNull(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		return errNullObject
	}
	return errors.ErrUnsupported
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Quantity) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Quantity) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Quantity
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Quantity) MarshalJSON() ([]byte, error) {
	type plain Quantity
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Percent) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Percent) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Percent
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Percent) MarshalJSON() ([]byte, error) {
	type plain Percent
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Flag) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Flag) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Flag
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Flag) MarshalJSON() ([]byte, error) {
	type plain Flag
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Text) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Text) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Text
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Text) MarshalJSON() ([]byte, error) {
	type plain Text
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *List) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x List) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain List
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x List) MarshalJSON() ([]byte, error) {
	type plain List
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Location) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Location) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Location
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Location) MarshalJSON() ([]byte, error) {
	type plain Location
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeLimits) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeLimits) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeLimits
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeLimits) MarshalJSON() ([]byte, error) {
	type plain ChargeLimits
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeLimit) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeLimit) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeLimit
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeLimit) MarshalJSON() ([]byte, error) {
	type plain ChargeLimit
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeCondition) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeCondition) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeCondition
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeCondition) MarshalJSON() ([]byte, error) {
	type plain ChargeCondition
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeRecords) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeRecords) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeRecords
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeRecords) MarshalJSON() ([]byte, error) {
	type plain ChargeRecords
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeRecord) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeRecord) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeRecord
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeRecord) MarshalJSON() ([]byte, error) {
	type plain ChargeRecord
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeCost) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeCost) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeCost
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeCost) MarshalJSON() ([]byte, error) {
	type plain ChargeCost
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeLocation) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeLocation) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeLocation
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeLocation) MarshalJSON() ([]byte, error) {
	type plain ChargeLocation
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeTimers) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeTimers) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeTimers
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeTimers) MarshalJSON() ([]byte, error) {
	type plain ChargeTimers
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeTimer) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeTimer) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeTimer
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeTimer) MarshalJSON() ([]byte, error) {
	type plain ChargeTimer
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargeSchedule) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargeSchedule) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargeSchedule
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargeSchedule) MarshalJSON() ([]byte, error) {
	type plain ChargeSchedule
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *DepartureTimer) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x DepartureTimer) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain DepartureTimer
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x DepartureTimer) MarshalJSON() ([]byte, error) {
	type plain DepartureTimer
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Doors) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Doors) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Doors
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Doors) MarshalJSON() ([]byte, error) {
	type plain Doors
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Door) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Door) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Door
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Door) MarshalJSON() ([]byte, error) {
	type plain Door
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Windows) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Windows) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Windows
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Windows) MarshalJSON() ([]byte, error) {
	type plain Windows
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Window) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Window) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Window
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Window) MarshalJSON() ([]byte, error) {
	type plain Window
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Closure) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Closure) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Closure
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Closure) MarshalJSON() ([]byte, error) {
	type plain Closure
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Diagnostic) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Diagnostic) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Diagnostic
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Diagnostic) MarshalJSON() ([]byte, error) {
	type plain Diagnostic
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *DTCList) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x DTCList) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain DTCList
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x DTCList) MarshalJSON() ([]byte, error) {
	type plain DTCList
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *DTC) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x DTC) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain DTC
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x DTC) MarshalJSON() ([]byte, error) {
	type plain DTC
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *NominalCapacity) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x NominalCapacity) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain NominalCapacity
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x NominalCapacity) MarshalJSON() ([]byte, error) {
	type plain NominalCapacity
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *AvailableCapacity) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x AvailableCapacity) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain AvailableCapacity
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x AvailableCapacity) MarshalJSON() ([]byte, error) {
	type plain AvailableCapacity
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Range) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Range) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Range
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Range) MarshalJSON() ([]byte, error) {
	type plain Range
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *RangeValue) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x RangeValue) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain RangeValue
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x RangeValue) MarshalJSON() ([]byte, error) {
	type plain RangeValue
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ServiceRecords) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ServiceRecords) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ServiceRecords
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ServiceRecords) MarshalJSON() ([]byte, error) {
	type plain ServiceRecords
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ServiceRecord) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ServiceRecord) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ServiceRecord
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ServiceRecord) MarshalJSON() ([]byte, error) {
	type plain ServiceRecord
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ServiceCost) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ServiceCost) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ServiceCost
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ServiceCost) MarshalJSON() ([]byte, error) {
	type plain ServiceCost
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ServiceTask) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ServiceTask) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ServiceTask
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ServiceTask) MarshalJSON() ([]byte, error) {
	type plain ServiceTask
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *DriveMode) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x DriveMode) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain DriveMode
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x DriveMode) MarshalJSON() ([]byte, error) {
	type plain DriveMode
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Tires) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Tires) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Tires
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Tires) MarshalJSON() ([]byte, error) {
	type plain Tires
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Tire) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Tire) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Tire
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Tire) MarshalJSON() ([]byte, error) {
	type plain Tire
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member. It does not tell the event's name
// from the body as [Parse] does, nor set Raw.
func (x *Verify) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		return errNullObject
	}
	type plain Verify
	return json.UnmarshalDecode(dec, (*plain)(x))
}

// UnmarshalJSON implements the encoding/json Unmarshaler with json v2, so
// that encoding/json decodes what json v2 does; it keeps a copy of b as the
// event's Raw.
func (x *Verify) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, x); err != nil {
		return err
	}
	x.raw = bytes.Clone(b)
	return nil
}

// MarshalJSONTo implements json.MarshalerTo.
func (x Verify) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Verify
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Verify) MarshalJSON() ([]byte, error) {
	type plain Verify
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChallengeData) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChallengeData) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChallengeData
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChallengeData) MarshalJSON() ([]byte, error) {
	type plain ChallengeData
	return json.Marshal((*plain)(&x))
}

// MarshalJSONTo implements json.MarshalerTo.
func (x Meta) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Meta
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Meta) MarshalJSON() ([]byte, error) {
	type plain Meta
	return json.Marshal((*plain)(&x))
}

// MarshalJSONTo implements json.MarshalerTo.
func (x User) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain User
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x User) MarshalJSON() ([]byte, error) {
	type plain User
	return json.Marshal((*plain)(&x))
}

// MarshalJSONTo implements json.MarshalerTo.
func (x Vehicle) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Vehicle
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Vehicle) MarshalJSON() ([]byte, error) {
	type plain Vehicle
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member. It does not tell the event's name
// from the body as [Parse] does, nor set Raw.
func (x *Schedule) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		return errNullObject
	}
	type plain Schedule
	return json.UnmarshalDecode(dec, (*plain)(x))
}

// UnmarshalJSON implements the encoding/json Unmarshaler with json v2, so
// that encoding/json decodes what json v2 does; it keeps a copy of b as the
// event's Raw.
func (x *Schedule) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, x); err != nil {
		return err
	}
	x.raw = bytes.Clone(b)
	return nil
}

// MarshalJSONTo implements json.MarshalerTo.
func (x Schedule) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Schedule
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Schedule) MarshalJSON() ([]byte, error) {
	type plain Schedule
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *SchedulePayload) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x SchedulePayload) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain SchedulePayload
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x SchedulePayload) MarshalJSON() ([]byte, error) {
	type plain SchedulePayload
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *VehicleReport) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x VehicleReport) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain VehicleReport
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x VehicleReport) MarshalJSON() ([]byte, error) {
	type plain VehicleReport
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *SubResponse) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x SubResponse) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain SubResponse
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x SubResponse) MarshalJSON() ([]byte, error) {
	type plain SubResponse
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *APIError) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x APIError) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain APIError
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x APIError) MarshalJSON() ([]byte, error) {
	type plain APIError
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member. It does not tell the event's name
// from the body as [Parse] does, nor set Raw.
func (x *EventBased) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		return errNullObject
	}
	type plain EventBased
	return json.UnmarshalDecode(dec, (*plain)(x))
}

// UnmarshalJSON implements the encoding/json Unmarshaler with json v2, so
// that encoding/json decodes what json v2 does; it keeps a copy of b as the
// event's Raw.
func (x *EventBased) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, x); err != nil {
		return err
	}
	x.raw = bytes.Clone(b)
	return nil
}

// MarshalJSONTo implements json.MarshalerTo.
func (x EventBased) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain EventBased
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x EventBased) MarshalJSON() ([]byte, error) {
	type plain EventBased
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ChargingPayload) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ChargingPayload) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ChargingPayload
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ChargingPayload) MarshalJSON() ([]byte, error) {
	type plain ChargingPayload
	return json.Marshal((*plain)(&x))
}

// MarshalJSONTo implements json.MarshalerTo.
func (x SignalStatus) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain SignalStatus
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x SignalStatus) MarshalJSON() ([]byte, error) {
	type plain SignalStatus
	return json.Marshal((*plain)(&x))
}

// MarshalJSONTo implements json.MarshalerTo.
func (x SignalError) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain SignalError
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x SignalError) MarshalJSON() ([]byte, error) {
	type plain SignalError
	return json.Marshal((*plain)(&x))
}

// MarshalJSONTo implements json.MarshalerTo.
func (x SignalMeta) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain SignalMeta
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x SignalMeta) MarshalJSON() ([]byte, error) {
	type plain SignalMeta
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSON implements the encoding/json Unmarshaler with json v2, so
// that encoding/json decodes what json v2 does; it keeps a copy of b as the
// event's Raw.
func (x *VehicleState) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, x); err != nil {
		return err
	}
	x.raw = bytes.Clone(b)
	return nil
}

// MarshalJSONTo implements json.MarshalerTo.
func (x VehicleState) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain VehicleState
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x VehicleState) MarshalJSON() ([]byte, error) {
	type plain VehicleState
	return json.Marshal((*plain)(&x))
}

// MarshalJSONTo implements json.MarshalerTo.
func (x StateData) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain StateData
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x StateData) MarshalJSON() ([]byte, error) {
	type plain StateData
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member. It does not tell the event's name
// from the body as [Parse] does, nor set Raw.
func (x *VehicleError) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		return errNullObject
	}
	type plain VehicleError
	return json.UnmarshalDecode(dec, (*plain)(x))
}

// UnmarshalJSON implements the encoding/json Unmarshaler with json v2, so
// that encoding/json decodes what json v2 does; it keeps a copy of b as the
// event's Raw.
func (x *VehicleError) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, x); err != nil {
		return err
	}
	x.raw = bytes.Clone(b)
	return nil
}

// MarshalJSONTo implements json.MarshalerTo.
func (x VehicleError) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain VehicleError
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x VehicleError) MarshalJSON() ([]byte, error) {
	type plain VehicleError
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ErrorData) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ErrorData) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ErrorData
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ErrorData) MarshalJSON() ([]byte, error) {
	type plain ErrorData
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *ErrorDetail) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x ErrorDetail) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain ErrorDetail
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x ErrorDetail) MarshalJSON() ([]byte, error) {
	type plain ErrorDetail
	return json.Marshal((*plain)(&x))
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member.
func (x *Resolution) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return refuseNull(dec) }

// MarshalJSONTo implements json.MarshalerTo.
func (x Resolution) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Resolution
	return json.MarshalEncode(enc, (*plain)(&x))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2, so that both packages marshal the same JSON.
func (x Resolution) MarshalJSON() ([]byte, error) {
	type plain Resolution
	return json.Marshal((*plain)(&x))
}
