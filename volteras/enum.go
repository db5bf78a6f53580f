package volteras

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// enum is the set of known values of one open string enumeration. It backs
// the Known methods and lets UnmarshalJSON reuse the constants' storage for
// known values, so that decoding them does not allocate.
type enum[T ~string] struct {
	known map[string]T
	fold  bool // compare case-insensitively (units)
}

func newEnum[T ~string](values ...T) enum[T] {
	m := make(map[string]T, len(values))
	for _, v := range values {
		m[string(v)] = v
	}
	return enum[T]{known: m}
}

// has reports whether v is a known value.
func (e enum[T]) has(v T) bool {
	if _, ok := e.known[string(v)]; ok {
		return true
	}
	if e.fold {
		for k := range e.known {
			if strings.EqualFold(k, string(v)) {
				return true
			}
		}
	}
	return false
}

// decode stores the JSON string b in *dst. null leaves *dst unchanged, as
// encoding/json does for strings. Any other JSON type is an
// *json.UnmarshalTypeError.
func (e enum[T]) decode(dst *T, b []byte) error {
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' {
		s := b[1 : len(b)-1]
		if bytes.IndexByte(s, '\\') < 0 && utf8.Valid(s) {
			if v, ok := e.known[string(s)]; ok { // no allocation
				*dst = v
				return nil
			}
			*dst = T(s)
			return nil
		}
	}
	if string(b) == "null" {
		return nil
	}
	return decodeString(dst, b)
}

// decodeString stores the JSON string b in *dst, without the cost of a
// nested json.Unmarshal unless b holds escapes, is not valid UTF-8 or is not
// a string: encoding/json then decodes it or reports the usual
// *json.UnmarshalTypeError.
func decodeString[T ~string](dst *T, b []byte) error {
	if len(b) >= 2 && b[0] == '"' && b[len(b)-1] == '"' {
		if s := b[1 : len(b)-1]; bytes.IndexByte(s, '\\') < 0 && utf8.Valid(s) {
			*dst = T(s)
			return nil
		}
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*dst = T(s)
	return nil
}
