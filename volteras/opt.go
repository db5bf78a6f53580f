package volteras

import (
	"errors"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Opt is a member that may be absent, null or a value; its zero value is absent.
//
// Fields of type Opt are tagged omitzero, so an absent member stays absent
// when the event is marshalled, an explicit null is written back as null,
// and a value (including "", 0 and false) is written back as that value.
type Opt[T any] struct {
	Value T    // the value; meaningful only when Valid
	Valid bool // a non-null value was sent
	Null  bool // the member was sent as JSON null
}

// Some returns a present value.
func Some[T any](v T) Opt[T] { return Opt[T]{Value: v, Valid: true} }

// NullOpt returns an explicit null.
func NullOpt[T any]() Opt[T] { return Opt[T]{Null: true} }

// Get returns o.Value and o.Valid.
func (o Opt[T]) Get() (T, bool) { return o.Value, o.Valid }

// IsZero reports whether o is absent, so that omitzero omits it.
func (o Opt[T]) IsZero() bool { return !o.Valid && !o.Null }

// errOptAbsent is returned when an absent Opt is marshalled on its own (in
// a slice, say), where it cannot be omitted.
var errOptAbsent = errors.New("absent value cannot be marshalled outside an omitzero member")

// MarshalJSONTo writes null, the value, or fails for an absent Opt (which
// an omitzero member never writes).
func (o Opt[T]) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch {
	case o.Valid:
		switch v := any(o.Value).(type) {
		case string:
			return enc.WriteToken(jsontext.String(v))
		case json.MarshalerTo:
			return v.MarshalJSONTo(enc)
		}
		return json.MarshalEncode(enc, o.Value)
	case o.Null:
		return enc.WriteToken(jsontext.Null)
	}
	return errOptAbsent
}

// MarshalJSON is [Opt.MarshalJSONTo] for encoding/json.
func (o Opt[T]) MarshalJSON() ([]byte, error) {
	switch {
	case o.Valid:
		return json.Marshal(o.Value)
	case o.Null:
		return []byte("null"), nil
	}
	return nil, errOptAbsent
}

// UnmarshalJSONFrom reads null as [NullOpt] and anything else as the value,
// with the rules of T.
func (o *Opt[T]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*o = Opt[T]{}
	if dec.PeekKind() == 'n' {
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		o.Null = true
		return nil
	}
	var err error
	switch p := any(&o.Value).(type) {
	case *string:
		*p, err = readString(dec)
	case *bool:
		var tok jsontext.Token
		if tok, err = dec.ReadToken(); err == nil {
			if k := tok.Kind(); k != 't' && k != 'f' {
				return errors.New("cannot unmarshal JSON " + k.String() + " into a Go bool")
			}
			*p = tok.Bool()
		}
	case json.UnmarshalerFrom:
		err = p.UnmarshalJSONFrom(dec)
	case *[]DataEntry:
		err = decodeEntries(dec, p)
	default:
		err = json.UnmarshalDecode(dec, &o.Value)
	}
	if err != nil {
		return err
	}
	o.Valid = true
	return nil
}
