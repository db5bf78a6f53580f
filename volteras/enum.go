package volteras

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// enum is the set of known values of one open string enumeration. It backs
// the Known methods and lets UnmarshalJSONFrom reuse the constants' storage
// for known values, so that decoding them does not allocate.
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

// decode reads a JSON string into *dst, interning known values. Any other
// JSON type, null included, is an error that json v2 reports as a
// *json.SemanticError: a member that may be null is an [Opt], which reads
// null itself, so null reaches decode only where it could not be written
// back (an element of an array).
func (e enum[T]) decode(dec *jsontext.Decoder, dst *T) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	if v.Kind() != '"' {
		return fmt.Errorf("cannot unmarshal JSON %s into a string type", v.Kind())
	}
	s := v[1 : len(v)-1]
	if bytes.IndexByte(s, '\\') < 0 {
		if k, ok := e.known[string(s)]; ok { // no allocation
			*dst = k
			return nil
		}
		*dst = T(s)
		return nil
	}
	u, err := jsontext.AppendUnquote(nil, v)
	if err != nil {
		return err
	}
	*dst = T(u)
	return nil
}

// readString reads a JSON string; any other JSON type is an error.
func readString(dec *jsontext.Decoder) (string, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return "", err
	}
	if v.Kind() != '"' {
		return "", fmt.Errorf("cannot unmarshal JSON %s into a Go string", v.Kind())
	}
	return unquote(v)
}

// unquote returns the content of the JSON string v.
func unquote(v jsontext.Value) (string, error) {
	s := v[1 : len(v)-1]
	if bytes.IndexByte(s, '\\') < 0 {
		return string(s), nil
	}
	u, err := jsontext.AppendUnquote(nil, v)
	return string(u), err
}
