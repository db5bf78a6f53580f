package volteras

import (
	"reflect"
	"sync"

	"github.com/go-json-experiment/json"

	"github.com/go-json-experiment/json/jsontext"
)

// memberDecoder is a struct that decodes the members it declares itself,
// token by token, on the hot path of [Parse] (the entries of a data
// reading), where json v2's reflective struct decoding costs most. It must
// handle exactly the members its struct tags name: TestMemberDecoders checks
// every tagged field against it, so a field added to the struct and not to
// decodeMember fails the tests instead of landing in Extra.
type memberDecoder interface {
	// decodeMember decodes the value of the member called name (its
	// unescaped text) and reports true, or reports false without reading
	// anything when name is not one of its members.
	decodeMember(dec *jsontext.Decoder, name []byte) (bool, error)
}

// decodeObject reads a JSON object from dec into d, appending the members
// d does not know to *extra, as json v2's embed fallback would. Duplicate
// names and invalid UTF-8 are rejected by dec itself, as everywhere else.
// null is [errNullElement] (an [Opt] reads null before this is reached; json v2 wraps
// the error in a *json.SemanticError); any other kind is a
// *json.SemanticError naming the type.
func decodeObject(dec *jsontext.Decoder, d memberDecoder, extra *jsontext.Value) error {
	switch k := dec.PeekKind(); k {
	case '{':
	case 'n':
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		return errNullElement
	default:
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		return &json.SemanticError{ByteOffset: dec.InputOffset() - int64(len(v)), JSONPointer: dec.StackPointer(),
			JSONKind: k, GoType: reflect.TypeOf(d).Elem()}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*extra = nil
	for dec.PeekKind() != '}' {
		quoted, err := dec.ReadValue() // a name: the decoder allows nothing else here
		if err != nil {
			return err
		}
		name := quoted[1 : len(quoted)-1]
		if hasEscape(name) {
			if name, err = jsontext.AppendUnquote(nil, quoted); err != nil {
				return err
			}
		}
		known, err := d.decodeMember(dec, name)
		if err != nil {
			return err
		}
		if known {
			continue
		}
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		*extra = appendExtra(*extra, quoted, v)
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	if len(*extra) > 0 {
		*extra = append(*extra, '}')
	}
	return nil
}

// appendExtra appends the member quoted: v to the unterminated object extra
// ("" when it has no member yet).
func appendExtra(extra jsontext.Value, quoted, v []byte) jsontext.Value {
	if len(extra) == 0 {
		extra = make(jsontext.Value, 0, len(quoted)+len(v)+8)
		extra = append(extra, '{')
	} else {
		extra = append(extra, ',')
	}
	extra = append(extra, quoted...)
	extra = append(extra, ':')
	return append(extra, v...)
}

// hasEscape reports whether the JSON string content s holds an escape.
func hasEscape(s []byte) bool {
	for _, c := range s {
		if c == '\\' {
			return true
		}
	}
	return false
}

// decodeMember decodes the members of a DataEntry.
func (x *DataEntry) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "key":
		return true, x.Key.UnmarshalJSONFrom(dec)
	case "unit":
		return true, x.Unit.UnmarshalJSONFrom(dec)
	case "value":
		return true, x.Value.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a DataEntry, unknown members to Extra; null is
// an error.
func (x *DataEntry) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = DataEntry{}
	return decodeObject(dec, x, &x.Extra)
}

// entryScratch holds the entries of a data array while it is read, so that
// the result is allocated once at its final length.
var entryScratch = sync.Pool{New: func() any { s := make([]DataEntry, 0, 32); return &s }}

// decodeEntries reads a JSON array of [DataEntry] objects into *dst.
func decodeEntries(dec *jsontext.Decoder, dst *[]DataEntry) error {
	if k := dec.PeekKind(); k != '[' {
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		return &json.SemanticError{ByteOffset: dec.InputOffset() - int64(len(v)), JSONPointer: dec.StackPointer(),
			JSONKind: k, GoType: reflect.TypeFor[[]DataEntry]()}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	sp := entryScratch.Get().(*[]DataEntry)
	s := (*sp)[:0]
	defer func() {
		clear(s)
		if cap(s) <= 1024 {
			*sp = s[:0]
			entryScratch.Put(sp)
		}
	}()
	for dec.PeekKind() != ']' {
		s = append(s, DataEntry{})
		if err := s[len(s)-1].UnmarshalJSONFrom(dec); err != nil {
			return err
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*dst = append(make([]DataEntry, 0, len(s)), s...)
	return nil
}
