package smartcar

import (
	"encoding/json"
	"reflect"
	"strconv"
)

// Nullable is an optional JSON value that remembers whether it was absent,
// null or set, so that a decoded body marshals back exactly as it came.
// Smartcar documents every signal body field as optional and live traffic
// sends nulls (for example "isLocked": null).
//
// The zero value is absent. Struct fields of type Nullable carry the
// `omitzero` option, so an absent value is left out of the JSON output, a null
// value is written as null and a set value as itself.
type Nullable[T any] struct {
	v     T
	state uint8
}

const (
	stateAbsent uint8 = iota
	stateNull
	stateSet
)

// Some returns a [Nullable] set to v.
func Some[T any](v T) Nullable[T] { return Nullable[T]{v: v, state: stateSet} }

// Null returns a [Nullable] that is present in the JSON as null.
func Null[T any]() Nullable[T] { return Nullable[T]{state: stateNull} }

// Get returns the value and true when it is set, or the zero value and false
// when it is absent or null.
func (n Nullable[T]) Get() (T, bool) { return n.v, n.state == stateSet }

// Value returns the value when it is set, or the zero value of T.
func (n Nullable[T]) Value() T { return n.v }

// Valid reports whether the value is set (present and not null).
func (n Nullable[T]) Valid() bool { return n.state == stateSet }

// IsNull reports whether the value was present as JSON null.
func (n Nullable[T]) IsNull() bool { return n.state == stateNull }

// IsZero reports whether the value is absent. It makes `omitzero` leave
// absent values out of the output.
func (n Nullable[T]) IsZero() bool { return n.state == stateAbsent }

// Ptr returns a pointer to a copy of the value when it is set, or nil.
func (n Nullable[T]) Ptr() *T {
	if n.state != stateSet {
		return nil
	}
	v := n.v
	return &v
}

// MarshalJSON implements [json.Marshaler]. An absent value marshals as null;
// use `omitzero` to leave it out.
func (n Nullable[T]) MarshalJSON() ([]byte, error) {
	if n.state != stateSet {
		return []byte("null"), nil
	}
	switch v := any(n.v).(type) {
	case bool:
		return strconv.AppendBool(nil, v), nil
	case int:
		return strconv.AppendInt(nil, int64(v), 10), nil
	case int64:
		return strconv.AppendInt(nil, v, 10), nil
	}
	return json.Marshal(n.v)
}

// UnmarshalJSON implements [json.Unmarshaler]. JSON null makes the value
// null; anything else must decode into T.
func (n *Nullable[T]) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		var zero T
		n.v, n.state = zero, stateNull
		return nil
	}
	switch p := any(&n.v).(type) {
	case *bool:
		switch string(b) {
		case "true":
			*p, n.state = true, stateSet
			return nil
		case "false":
			*p, n.state = false, stateSet
			return nil
		}
	case *string:
		if s, ok := simpleString(b); ok {
			*p, n.state = s, stateSet
			return nil
		}
	case *int:
		if i, ok := parseInt(b); ok && int64(int(i)) == i {
			*p, n.state = int(i), stateSet
			return nil
		}
	case *int64:
		if i, ok := parseInt(b); ok {
			*p, n.state = i, stateSet
			return nil
		}
	case *float64:
		if f, ok := parseNumber(b); ok {
			*p, n.state = f, stateSet
			return nil
		}
	}
	if s, ok := simpleString(b); ok {
		// Open string types such as Direction or ErrorCode.
		if rv := reflect.ValueOf(&n.v).Elem(); rv.Kind() == reflect.String {
			rv.SetString(s)
			n.state = stateSet
			return nil
		}
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	n.v, n.state = v, stateSet
	return nil
}

// simpleString returns the content of a JSON string literal that holds no
// escape sequence. Anything else is left to encoding/json.
func simpleString(b []byte) (string, bool) {
	if !plainASCII(b) {
		return "", false
	}
	return string(b[1 : len(b)-1]), true
}

// plainASCII reports whether v is a string literal of printable ASCII
// without escape sequences: the strings whose bytes are their value.
// Control characters and UTF-8 validation are left to encoding/json.
func plainASCII(v []byte) bool {
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return false
	}
	for _, c := range v[1 : len(v)-1] {
		if c < 0x20 || c >= 0x80 || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// parseNumber parses a JSON number. It returns false for anything that is
// not a valid JSON number, leaving the error to encoding/json.
func parseNumber(b []byte) (float64, bool) {
	if len(b) == 0 || len(b) > 64 || !validNumber(b) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

// validNumber reports whether b is exactly one JSON number, following the
// grammar of RFC 8259: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
func validNumber(b []byte) bool {
	i := 0
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < len(b) && b[i] == '.' {
		i++
		j := i
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		if i == j {
			return false
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		j := i
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		if i == j {
			return false
		}
	}
	return i == len(b)
}
