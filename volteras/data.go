package volteras

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
)

// DataEntry is one {key, unit, value} entry of an [OtherChargingData] or
// [OtherLocationData] reading.
type DataEntry struct {
	// Key names the value, such as [KeyMaxStateOfCharge]. Unknown keys are
	// normal and kept.
	Key DataKey `json:"key"`
	// Unit is the unit as sent; empty when absent (chargePortLatch has
	// none).
	Unit Unit `json:"unit,omitempty"`
	// Value is the value: a number, a boolean or a string.
	Value Value `json:"value,omitzero"`
}

// Quantity returns the entry as a [Quantity]; ok is false when its value is
// not a number.
func (e DataEntry) Quantity() (q Quantity, ok bool) {
	f, ok := e.Value.Number()
	return Quantity{Unit: e.Unit, Value: f}, ok
}

// Lookup returns the first entry of entries with the given key.
func Lookup(entries []DataEntry, key DataKey) (DataEntry, bool) {
	for _, e := range entries {
		if e.Key == key {
			return e, true
		}
	}
	return DataEntry{}, false
}

// quantity returns the numeric entry with the given key.
func quantity(entries []DataEntry, key DataKey) (Quantity, bool) {
	if e, ok := Lookup(entries, key); ok {
		return e.Quantity()
	}
	return Quantity{}, false
}

// DataKey is the key of a [DataEntry].
// Unknown values are kept as sent; [DataKey.Known] tells them apart.
type DataKey string

// Known keys of OTHER_CHARGING_DATA (the first seven) and
// OTHER_LOCATION_DATA entries. KeyMinStateOfCharge is inferred from the REST
// API, the location keys from the seed's description of the metric.
const (
	KeyMaxStateOfCharge    DataKey = "maxStateOfCharge"
	KeyMinStateOfCharge    DataKey = "minStateOfCharge"
	KeyChargeRemainingTime DataKey = "chargeRemainingTime"
	KeyChargePowerLevel    DataKey = "chargePowerLevel"
	KeyChargeCurrentLimit  DataKey = "chargeCurrentLimit"
	KeyChargePortDoorOpen  DataKey = "chargePortDoorOpen"
	KeyChargePortLatch     DataKey = "chargePortLatch"
	KeySpeed               DataKey = "speed"
	KeyHeading             DataKey = "heading"
	KeyElevation           DataKey = "elevation"
)

var dataKeys = newEnum(
	KeyMaxStateOfCharge, KeyMinStateOfCharge, KeyChargeRemainingTime, KeyChargePowerLevel,
	KeyChargeCurrentLimit, KeyChargePortDoorOpen, KeyChargePortLatch,
	KeySpeed, KeyHeading, KeyElevation,
)

// Known reports whether k is one of the [DataKey] constants.
func (k DataKey) Known() bool { return dataKeys.has(k) }

// UnmarshalJSON decodes a JSON string or null, sharing the storage of known
// values instead of allocating.
func (k *DataKey) UnmarshalJSON(b []byte) error { return dataKeys.decode(k, b) }

// ValueKind is the JSON type of a [Value].
type ValueKind uint8

// Kinds of [Value].
const (
	// KindAbsent is the zero Value: no value member was sent.
	KindAbsent ValueKind = iota
	// KindNull is a JSON null.
	KindNull
	// KindNumber is a JSON number.
	KindNumber
	// KindBool is a JSON boolean.
	KindBool
	// KindString is a JSON string.
	KindString
	// KindOther is a JSON object or array, kept raw.
	KindOther
)

// String returns the name of the kind, such as "number".
func (k ValueKind) String() string {
	switch k {
	case KindAbsent:
		return "absent"
	case KindNull:
		return "null"
	case KindNumber:
		return "number"
	case KindBool:
		return "bool"
	case KindString:
		return "string"
	case KindOther:
		return "other"
	}
	return "ValueKind(" + strconv.Itoa(int(k)) + ")"
}

// Value is the mixed-type value of a [DataEntry]: a number, a boolean or a
// string, and tolerated null, object or array. It keeps its JSON kind and
// marshals back as it came (numbers as float64, objects and arrays as their
// raw text). Read it with the accessor for the kind you expect; each reports
// whether the value has that kind.
type Value struct {
	kind ValueKind
	num  float64
	str  string          // KindString
	raw  json.RawMessage // KindOther, and numbers float64 cannot hold
}

// NumberValue returns a number [Value].
func NumberValue(f float64) Value { return Value{kind: KindNumber, num: f} }

// BoolValue returns a boolean [Value].
func BoolValue(b bool) Value {
	if b {
		return Value{kind: KindBool, num: 1}
	}
	return Value{kind: KindBool}
}

// TextValue returns a string [Value].
func TextValue(s string) Value { return Value{kind: KindString, str: s} }

// NullValue returns a null [Value].
func NullValue() Value { return Value{kind: KindNull} }

// Kind returns the JSON type of v.
func (v Value) Kind() ValueKind { return v.kind }

// Number returns the value of a number; ok is false for other kinds and for
// a number outside the range of float64, which is kept (and marshalled) as
// its text.
func (v Value) Number() (f float64, ok bool) {
	return v.num, v.kind == KindNumber && v.raw == nil
}

// Bool returns the value of a boolean.
func (v Value) Bool() (value, ok bool) { return v.num != 0, v.kind == KindBool }

// Text returns the value of a string.
func (v Value) Text() (s string, ok bool) { return v.str, v.kind == KindString }

// IsZero reports whether v is absent (the zero Value).
func (v Value) IsZero() bool { return v.kind == KindAbsent }

// Equal reports whether v and u hold the same JSON value. It makes [Value]
// comparable with go-cmp.
func (v Value) Equal(u Value) bool {
	return v.kind == u.kind && v.num == u.num && v.str == u.str && bytes.Equal(v.raw, u.raw)
}

// String returns v as JSON text.
func (v Value) String() string {
	b, err := v.MarshalJSON()
	if err != nil {
		return "<invalid>"
	}
	return string(b)
}

// MarshalJSON writes the value; the zero Value writes null.
func (v Value) MarshalJSON() ([]byte, error) {
	switch {
	case v.raw != nil:
		return v.raw, nil
	case v.kind == KindNumber:
		return json.Marshal(v.num)
	case v.kind == KindBool:
		return strconv.AppendBool(nil, v.num != 0), nil
	case v.kind == KindString:
		return json.Marshal(v.str)
	}
	return []byte("null"), nil
}

// UnmarshalJSON decodes any JSON value. b must be exactly one JSON value,
// as encoding/json passes it; anything else is the *json.SyntaxError
// encoding/json reports for it.
func (v *Value) UnmarshalJSON(b []byte) error {
	r := reader{b: b}
	var val Value
	if c := r.peek(); c == '{' || c == '[' {
		// Validated by encoding/json, whose nesting limit is above the
		// reader's.
		if json.Valid(b) {
			val, r.i = Value{kind: KindOther, raw: bytes.Clone(b)}, len(b)
		} else {
			r.fail()
		}
	} else {
		r.readValue(&val)
	}
	if !r.end() {
		return json.Unmarshal(b, new(any))
	}
	*v = val
	return nil
}

// stringValue returns the string [Value] of the content of a JSON string
// token; plain reports that it holds no escapes and is valid UTF-8.
func stringValue(content []byte, plain bool) Value {
	if !plain {
		return Value{kind: KindString, str: string(unquote(content))}
	}
	if l, ok := chargePortLatches.known[string(content)]; ok {
		return Value{kind: KindString, str: string(l)} // no allocation
	}
	return Value{kind: KindString, str: string(content)}
}

// numberValue returns the number [Value] of a JSON number token; a number
// outside the range of float64 keeps its text.
func numberValue(token []byte) Value {
	f, err := strconv.ParseFloat(string(token), 64)
	if err != nil || math.IsInf(f, 0) {
		return Value{kind: KindNumber, num: f, raw: bytes.Clone(token)}
	}
	return Value{kind: KindNumber, num: f}
}
