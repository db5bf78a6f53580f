package smartcar

import (
	"bytes"
	"reflect"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Opt is a member that may be absent, null or a value; its zero value is absent.
//
// Struct fields of type Opt carry the `omitzero` option, so an absent member
// stays absent when marshalled, a null one is written as null and a value as
// itself.
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

// IsZero reports whether the member is absent; `omitzero` leaves it out.
func (o Opt[T]) IsZero() bool { return !o.Valid && !o.Null }

// MarshalJSONTo implements json.MarshalerTo: null unless Valid.
func (o Opt[T]) MarshalJSONTo(enc *jsontext.Encoder) error {
	if !o.Valid {
		return enc.WriteToken(jsontext.Null)
	}
	switch v := any(o.Value).(type) {
	case string:
		return enc.WriteToken(jsontext.String(v))
	case bool:
		return enc.WriteToken(jsontext.Bool(v))
	}
	if s, ok := stringKind(&o.Value); ok {
		return enc.WriteToken(jsontext.String(s))
	}
	return json.MarshalEncode(enc, o.Value)
}

// MarshalJSON implements the encoding/json Marshaler with the same output as
// [Opt.MarshalJSONTo].
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	if !o.Valid {
		return []byte("null"), nil
	}
	return json.Marshal(o.Value)
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: null sets Null,
// anything else must decode into T and sets Valid.
func (o *Opt[T]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	var zero T
	switch dec.PeekKind() {
	case 'n':
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		*o = Opt[T]{Value: zero, Null: true}
		return nil
	case '"':
		if p, ok := any(&o.Value).(*string); ok {
			s, err := readString(dec)
			if err != nil {
				return err
			}
			*p, o.Valid, o.Null = s, true, false
			return nil
		}
		if rv := reflect.ValueOf(&o.Value).Elem(); rv.Kind() == reflect.String {
			s, err := readString(dec)
			if err != nil {
				return err
			}
			rv.SetString(s)
			o.Valid, o.Null = true, false
			return nil
		}
	case 't', 'f':
		if p, ok := any(&o.Value).(*bool); ok {
			tok, err := dec.ReadToken()
			if err != nil {
				return err
			}
			*p, o.Valid, o.Null = tok.Bool(), true, false
			return nil
		}
	}
	o.Value = zero
	if p, ok := any(&o.Value).(objectDecoder); ok {
		// One of the member decoders: called directly, not through json v2.
		if err := p.UnmarshalJSONFrom(dec); err != nil {
			return err
		}
		o.Valid, o.Null = true, false
		return nil
	}
	if p, ok := any(&o.Value).(*Signals); ok && dec.PeekKind() == '[' {
		if err := decodeSignals(dec, p); err != nil {
			return err
		}
		o.Valid, o.Null = true, false
		return nil
	}
	if err := json.UnmarshalDecode(dec, &o.Value); err != nil {
		return err
	}
	o.Valid, o.Null = true, false
	return nil
}

// stringKind returns the value of a string-kinded T (an open enum such as
// [Mode]) without reflection on the common types.
func stringKind[T any](p *T) (string, bool) {
	rv := reflect.ValueOf(p).Elem()
	if rv.Kind() == reflect.String {
		return rv.String(), true
	}
	return "", false
}

// readString reads a JSON string value, interning the documented names and
// enumeration values so that they cost no allocation.
func readString(dec *jsontext.Decoder) (string, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return "", err
	}
	return unquote(v), nil
}

// unquote returns the content of a valid JSON string literal v.
func unquote(v jsontext.Value) string {
	raw := v[1 : len(v)-1]
	if bytes.IndexByte(raw, '\\') >= 0 {
		b, err := jsontext.AppendUnquote(nil, v)
		if err != nil {
			return string(raw) // unreachable: v was validated by the decoder
		}
		return string(b)
	}
	if len(raw) <= maxInterned && (len(raw) <= 3 || !hasDigit(raw)) {
		// Ids and times hold digits; the interned strings do not, except
		// the short version numbers.
		if s, ok := interned[string(raw)]; ok {
			return s
		}
	}
	return string(raw)
}

// hasDigit reports whether b holds an ASCII digit.
func hasDigit(b []byte) bool {
	for _, c := range b {
		if '0' <= c && c <= '9' {
			return true
		}
	}
	return false
}

// objectDecoder is a type with a hand-written member decoder.
type objectDecoder interface {
	memberDecoder
	json.UnmarshalerFrom
}
