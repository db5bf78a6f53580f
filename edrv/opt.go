package edrv

import (
	"errors"
	"reflect"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Opt is a member that may be absent, null or a value; its zero value is absent.
type Opt[T any] struct {
	Value T    // the value; meaningful only when Valid
	Valid bool // a non-null value was sent
	Null  bool // the member was sent as JSON null
}

// Some returns a present value.
func Some[T any](v T) Opt[T] { return Opt[T]{Value: v, Valid: true} }

// NullOpt returns an explicit null.
func NullOpt[T any]() Opt[T] { return Opt[T]{Null: true} }

// Get returns Value and Valid.
func (o Opt[T]) Get() (T, bool) { return o.Value, o.Valid }

// IsZero reports whether the member is absent, so that `omitzero` omits
// it.
func (o Opt[T]) IsZero() bool { return !o.Valid && !o.Null }

// Or returns Value when Valid, and def otherwise.
func (o Opt[T]) Or(def T) T {
	if o.Valid {
		return o.Value
	}
	return def
}

// MarshalJSONTo implements [json.MarshalerTo]: the value when Valid, null
// otherwise (an absent member is omitted by `omitzero` before this is
// called).
func (o Opt[T]) MarshalJSONTo(enc *jsontext.Encoder) error {
	if !o.Valid {
		return enc.WriteToken(jsontext.Null)
	}
	switch p := any(&o.Value).(type) {
	case *string:
		return enc.WriteToken(jsontext.String(*p))
	case textValue:
		return enc.WriteToken(jsontext.String(p.text()))
	}
	return json.MarshalEncode(enc, o.Value)
}

// MarshalJSON implements the encoding/json Marshaler with the same output as
// [Opt.MarshalJSONTo].
func (o Opt[T]) MarshalJSON() ([]byte, error) { return json.Marshal(o) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]: null sets Null, any
// other value is decoded into Value and sets Valid.
func (o *Opt[T]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	if dec.PeekKind() == 'n' {
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		*o = Opt[T]{Null: true}
		return nil
	}
	var zero T
	*o = Opt[T]{Value: zero}
	// Decode in place: a local T would escape to the heap.
	switch p := any(&o.Value).(type) {
	case *string:
		s, err := readString(dec)
		if err != nil {
			return err
		}
		*p = s
	case textValue:
		s, err := readString(dec)
		if err != nil {
			return err
		}
		p.setText(s)
	case objectDecoder:
		// One of the member decoders: called directly, not through json v2.
		if err := p.UnmarshalJSONFrom(dec); err != nil {
			return err
		}
	default:
		if dec.PeekKind() == '[' && reflect.TypeFor[T]().Kind() == reflect.Slice {
			if err := decodeList(dec, reflect.ValueOf(&o.Value).Elem()); err != nil {
				return err
			}
			break
		}
		if err := json.UnmarshalDecode(dec, &o.Value); err != nil {
			return err
		}
	}
	o.Valid = true
	return nil
}

// errNullElement reports null inside an array of objects or strings, which
// would decode to a zero element and marshal back as something else.
var errNullElement = errors.New("null element in an array")

// decodeList decodes a JSON array into the slice v element by element,
// refusing null elements.
func decodeList(dec *jsontext.Decoder, v reflect.Value) error {
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	v.SetLen(0)
	for {
		switch dec.PeekKind() {
		case ']':
			_, err := dec.ReadToken()
			if v.IsNil() {
				v.Set(reflect.MakeSlice(v.Type(), 0, 0)) // [] is not absent
			}
			return err
		case 'n':
			return errNullElement
		case 0:
			_, err := dec.ReadToken()
			return err
		}
		n := v.Len()
		if n == v.Cap() {
			v.Grow(max(n, 1))
		}
		v.SetLen(n + 1)
		e := v.Index(n).Addr().Interface()
		if d, ok := e.(objectDecoder); ok {
			// A member decoder: called directly, not through json v2.
			if err := d.UnmarshalJSONFrom(dec); err != nil {
				return err
			}
			continue
		}
		if err := json.UnmarshalDecode(dec, e); err != nil {
			return err
		}
	}
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [Opt.UnmarshalJSONFrom].
func (o *Opt[T]) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, o) }

// readString reads a JSON string, without the general decoder's detour when
// it holds no escapes. Any other kind of value is a *json.SemanticError.
func readString(dec *jsontext.Decoder) (string, error) {
	if k := dec.PeekKind(); k != '"' {
		if k == 0 {
			_, err := dec.ReadToken()
			return "", err
		}
		var s string
		return "", json.UnmarshalDecode(dec, &s) // reports the kind mismatch
	}
	v, err := dec.ReadValue()
	if err != nil {
		return "", err
	}
	return unquote(v), nil
}

// unquote returns the text of the valid JSON string literal v.
func unquote(v jsontext.Value) string {
	inner := v[1 : len(v)-1]
	for _, c := range inner {
		if c == '\\' {
			b, _ := jsontext.AppendUnquote(nil, v) // v is valid
			return string(b)
		}
	}
	return internString(inner)
}

// internString returns common short values (units, statuses, enum values)
// without allocating, and a new string otherwise.
func internString(b []byte) string {
	switch string(b) {
	case "A":
		return "A"
	case "V":
		return "V"
	case "W":
		return "W"
	case "kW":
		return "kW"
	case "Wh":
		return "Wh"
	case "kWh":
		return "kWh"
	case "Percent":
		return "Percent"
	case "":
		return ""
	case "usd":
		return "usd"
	case "USD":
		return "USD"
	case "EUR":
		return "EUR"
	case "Charging":
		return "Charging"
	case "Available":
		return "Available"
	case "Preparing":
		return "Preparing"
	case "Accepted":
		return "Accepted"
	case "Rejected":
		return "Rejected"
	case "FLAT":
		return "FLAT"
	case "ENERGY":
		return "ENERGY"
	case "TIME":
		return "TIME"
	case "Started":
		return "Started"
	case "Ended":
		return "Ended"
	case "requested":
		return "requested"
	case "completed":
		return "completed"
	case "failed":
		return "failed"
	}
	return string(b)
}
