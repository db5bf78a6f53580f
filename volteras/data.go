package volteras

import (
	"strconv"

	"github.com/go-json-experiment/json/jsontext"
)

// DataEntry is one {key, unit, value} entry of an [OtherChargingData] or
// [OtherLocationData] reading.
type DataEntry struct {
	// Key names the value, such as [KeyMaxStateOfCharge]. Unknown keys are
	// normal and kept.
	Key Opt[DataKey] `json:"key,omitzero"`
	// Unit is the unit as sent; absent for chargePortLatch.
	Unit Opt[Unit] `json:"unit,omitzero"`
	// Value is the value: a number, a boolean or a string.
	Value Value `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Quantity returns the entry as a [Quantity]; ok is false when its value is
// not a number.
func (e DataEntry) Quantity() (q Quantity, ok bool) {
	if e.Value.Kind() != KindNumber {
		return Quantity{}, false
	}
	return Quantity{Unit: e.Unit, Value: e.Value.num}, true
}

// Lookup returns the first entry of entries with the given key.
func Lookup(entries []DataEntry, key DataKey) (DataEntry, bool) {
	for _, e := range entries {
		if e.Key.Valid && e.Key.Value == key {
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

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (k *DataKey) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return dataKeys.decode(dec, k) }

// ValueKind is the JSON type of a [Value].
type ValueKind uint8

// Kinds of [Value].
const (
	// KindAbsent is the zero Value: no value member was sent.
	KindAbsent ValueKind = iota
	// KindNull is a JSON null.
	KindNull
	// KindNumber is a JSON number; a string holding a number is a
	// KindString.
	KindNumber
	// KindBool is a JSON boolean.
	KindBool
	// KindString is a JSON string.
	KindString
	// KindOther is a JSON object or array, kept verbatim.
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
// marshals back exactly as it came (numbers in their exact form, objects
// and arrays verbatim). Read it with the accessor for the kind you expect;
// each reports whether the value has that kind.
type Value struct {
	kind ValueKind
	num  Number // KindNumber
	b    bool   // KindBool
	str  string // KindString; KindOther: the JSON text
}

// NumberValue returns a number [Value].
func NumberValue(n Number) Value { return Value{kind: KindNumber, num: n} }

// BoolValue returns a boolean [Value].
func BoolValue(b bool) Value { return Value{kind: KindBool, b: b} }

// TextValue returns a string [Value].
func TextValue(s string) Value { return Value{kind: KindString, str: s} }

// NullValue returns a null [Value].
func NullValue() Value { return Value{kind: KindNull} }

// Kind returns the JSON type of v.
func (v Value) Kind() ValueKind { return v.kind }

// Number returns the value of a number as a float64; ok is false for other
// kinds and for a number outside the range of float64 (which is still kept
// and marshalled exactly; see [Value.Exact]).
func (v Value) Number() (f float64, ok bool) {
	if v.kind != KindNumber {
		return 0, false
	}
	return v.num.Float64()
}

// Exact returns the number of a number value with its exact text.
func (v Value) Exact() (n Number, ok bool) { return v.num, v.kind == KindNumber }

// Bool returns the value of a boolean.
func (v Value) Bool() (value, ok bool) { return v.b, v.kind == KindBool }

// Text returns the value of a string.
func (v Value) Text() (s string, ok bool) {
	if v.kind != KindString {
		return "", false
	}
	return v.str, true
}

// IsZero reports whether v is absent (the zero Value).
func (v Value) IsZero() bool { return v.kind == KindAbsent }

// Equal reports whether v and u hold the same JSON value (objects and
// arrays compared in canonical form, numbers by their text). It makes
// [Value] comparable with go-cmp.
func (v Value) Equal(u Value) bool {
	if v.kind == KindOther && u.kind == KindOther {
		a, b := jsontext.Value(v.str), jsontext.Value(u.str)
		a, b = a.Clone(), b.Clone()
		return a.Canonicalize() == nil && b.Canonicalize() == nil && string(a) == string(b)
	}
	return v.kind == u.kind && v.num.Equal(u.num) && v.b == u.b && v.str == u.str
}

// String returns v as JSON text.
func (v Value) String() string {
	b, err := v.MarshalJSON()
	if err != nil {
		return "<invalid>"
	}
	return string(b)
}

// MarshalJSONTo writes the value; the zero Value writes null.
func (v Value) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch v.kind {
	case KindNumber:
		return v.num.MarshalJSONTo(enc)
	case KindBool:
		return enc.WriteToken(jsontext.Bool(v.b))
	case KindString:
		return enc.WriteToken(jsontext.String(v.str))
	case KindOther:
		return enc.WriteValue(jsontext.Value(v.str))
	}
	return enc.WriteToken(jsontext.Null)
}

// MarshalJSON is [Value.MarshalJSONTo] for encoding/json.
func (v Value) MarshalJSON() ([]byte, error) {
	switch v.kind {
	case KindNumber:
		return v.num.MarshalJSON()
	case KindBool:
		return strconv.AppendBool(nil, v.b), nil
	case KindString:
		return jsontext.AppendQuote(nil, v.str)
	case KindOther:
		return []byte(v.str), nil
	}
	return []byte("null"), nil
}

// UnmarshalJSONFrom reads any JSON value; it never fails on a well-formed
// value.
func (v *Value) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	raw, err := dec.ReadValue()
	if err != nil {
		return err
	}
	switch raw.Kind() {
	case 'n':
		*v = Value{kind: KindNull}
	case 't', 'f':
		*v = Value{kind: KindBool, b: raw.Kind() == 't'}
	case '0':
		*v = Value{kind: KindNumber, num: parseNumber(raw)}
	case '"':
		s := raw[1 : len(raw)-1]
		if l, ok := chargePortLatches.known[string(s)]; ok {
			*v = Value{kind: KindString, str: string(l)} // no allocation
			return nil
		}
		str, err := unquote(raw)
		if err != nil {
			return err
		}
		*v = Value{kind: KindString, str: str}
	default:
		*v = Value{kind: KindOther, str: string(raw)}
	}
	return nil
}
