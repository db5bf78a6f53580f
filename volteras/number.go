package volteras

import (
	"bytes"
	"math"
	"strconv"

	"github.com/go-json-experiment/json/jsontext"
)

// numberState is what a [Number] holds.
type numberState uint8

const (
	numAbsent numberState = iota // zero Number: the member was not sent
	numNull                      // JSON null
	numValue                     // a JSON number (or a number built in Go)
	numQuoted                    // a JSON string holding a number, such as "42"
	numOther                     // any other JSON value, kept as text
)

// Number is a numeric member of a Volteras payload. It keeps the exact
// value and form it was sent in, so that a parsed event marshals back what
// came: 12345678901234567890, 1.50, 300.0 and the string "42" are written
// back exactly so. It is lenient: a number sent as a string decodes to its
// value, and a value that is not a number at all (true, "n/a", an object)
// is kept verbatim with [Number.Float64] reporting false, so an odd member
// never fails the event.
//
// Number tracks presence itself: the zero Number is absent (omitted by
// omitzero), [Number.IsNull] reports an explicit null. Build one in Go with
// [Float] or [Int].
type Number struct {
	f     float64
	text  string // the JSON text as sent, when formatting f would not give it
	pad   uint8  // the text is the formatted f plus pad trailing zeros
	dot   bool   // with a '.' before the zeros
	state numberState
}

// Float returns a [Number] holding f, written as the shortest decimal that
// reads back as f.
func Float(f float64) Number { return Number{f: f, state: numValue} }

// Int returns a [Number] holding i, written as a decimal integer.
func Int(i int64) Number {
	if i >= -(1<<53) && i <= 1<<53 {
		return Number{f: float64(i), state: numValue}
	}
	return Number{f: float64(i), text: strconv.FormatInt(i, 10), state: numValue}
}

// NullNumber returns an explicit null.
func NullNumber() Number { return Number{state: numNull} }

// IsZero reports whether n is absent, so that omitzero omits it.
func (n Number) IsZero() bool { return n.state == numAbsent }

// IsNull reports whether n was sent as JSON null.
func (n Number) IsNull() bool { return n.state == numNull }

// Valid reports whether n holds a number: sent as a JSON number, or as a
// string holding a finite decimal number.
func (n Number) Valid() bool { return n.state == numValue || n.state == numQuoted }

// Quoted reports whether n was sent as a JSON string, such as "42".
func (n Number) Quoted() bool { return n.state == numQuoted }

// Float64 returns the value as a float64; ok is false when n is absent,
// null, not a number, or too large for a float64.
func (n Number) Float64() (f float64, ok bool) {
	if !n.Valid() || math.IsInf(n.f, 0) {
		return 0, false
	}
	return n.f, true
}

// Int64 returns the value as an int64; ok is false when n is not a whole
// number within the range of int64. 300.0 is the whole number 300.
func (n Number) Int64() (i int64, ok bool) {
	if !n.Valid() {
		return 0, false
	}
	if n.text != "" {
		s := n.text
		if n.state == numQuoted {
			s = s[1 : len(s)-1]
		}
		if v, err := strconv.ParseInt(s, 10, 64); err == nil {
			return v, true
		}
	}
	if n.f != math.Trunc(n.f) || n.f < math.MinInt64 || n.f >= math.MaxInt64 {
		return 0, false
	}
	return int64(n.f), true
}

// Text returns n as JSON text: the text it was sent as, the formatted value
// of a Number built in Go, "null", or "" when absent.
func (n Number) Text() string {
	var buf [32]byte
	return string(n.appendText(buf[:0]))
}

// String returns [Number.Text].
func (n Number) String() string { return n.Text() }

// Equal reports whether n and m hold the same JSON text. It makes Number
// comparable with go-cmp.
func (n Number) Equal(m Number) bool {
	return n.state == m.state && n.Text() == m.Text()
}

// appendText appends the JSON text of n.
func (n Number) appendText(b []byte) []byte {
	switch n.state {
	case numAbsent:
		return b
	case numNull:
		return append(b, "null"...)
	}
	if n.text != "" {
		return append(b, n.text...)
	}
	b = appendFloat(b, n.f)
	if n.dot {
		b = append(b, '.')
	}
	for range n.pad {
		b = append(b, '0')
	}
	return b
}

// appendFloat formats f as the shortest decimal that reads back as f, in
// plain notation between 1e-6 and 1e21 and in exponent notation outside.
func appendFloat(b []byte, f float64) []byte {
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		return strconv.AppendFloat(b, f, 'e', -1, 64)
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

// MarshalJSONTo writes the number as it was sent, or null for an absent
// Number (which an omitzero member never writes).
func (n Number) MarshalJSONTo(enc *jsontext.Encoder) error {
	if n.state == numAbsent || n.state == numNull {
		return enc.WriteToken(jsontext.Null)
	}
	var buf [32]byte
	return enc.WriteValue(n.appendText(buf[:0]))
}

// MarshalJSON is [Number.MarshalJSONTo] for encoding/json.
func (n Number) MarshalJSON() ([]byte, error) {
	if n.state == numAbsent {
		return []byte("null"), nil
	}
	return n.appendText(nil), nil
}

// UnmarshalJSONFrom reads any JSON value: a number, null, a string holding
// a number, or anything else, kept verbatim as not a number. It never fails
// on a well-formed value.
func (n *Number) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	*n = parseNumber(v)
	return nil
}

// parseNumber returns the Number of the valid JSON value v.
func parseNumber(v jsontext.Value) Number {
	switch v.Kind() {
	case 'n':
		return Number{state: numNull}
	case '0':
		f, err := strconv.ParseFloat(string(v), 64)
		if err != nil && !math.IsInf(f, 0) {
			return Number{text: string(v), state: numOther}
		}
		n := Number{f: f, state: numValue}
		if shortest(v, f) {
			return n
		}
		if !math.IsInf(f, 0) {
			var buf [32]byte
			c := appendFloat(buf[:0], f)
			if bytes.Equal(c, v) {
				return n
			}
			if rest, ok := bytes.CutPrefix(v, c); ok && len(rest) < 256 && bytes.IndexByte(c, 'e') < 0 {
				dot := false
				if bytes.IndexByte(c, '.') < 0 && len(rest) > 0 && rest[0] == '.' {
					dot, rest = true, rest[1:]
				}
				if len(rest) > 0 && len(bytes.TrimLeft(rest, "0")) == 0 {
					n.dot, n.pad = dot, uint8(len(rest))
					return n
				}
			}
		}
		n.text = string(v)
		return n
	case '"':
		s := v[1 : len(v)-1]
		if bytes.IndexByte(s, '\\') < 0 && len(s) > 0 && (s[0] == '-' || s[0] >= '0' && s[0] <= '9') {
			if f, err := strconv.ParseFloat(string(s), 64); err == nil && !math.IsNaN(f) && !math.IsInf(f, 0) {
				return Number{f: f, text: string(v), state: numQuoted}
			}
		}
	}
	return Number{text: string(v), state: numOther}
}

// shortest reports, without formatting f, whether appendFloat(f) is v, the
// JSON number f was parsed from: v is a plain decimal (no exponent) of at
// most 15 significant digits without trailing fractional zeros, and f is in
// the range appendFloat writes without an exponent. Distinct decimals of at
// most 15 significant digits are distinct float64 values, so no shorter
// decimal reads back as f and the shortest formatting of f is v itself.
func shortest(v []byte, f float64) bool {
	if a := math.Abs(f); a != 0 && (a < 1e-6 || a >= 1e21) {
		return false
	}
	digits, lead, dot := 0, true, false
	for i, c := range v {
		switch {
		case c >= '0' && c <= '9':
			if lead && c == '0' {
				continue
			}
			lead = false
			digits++
		case c == '.':
			dot = true
		case c == '-' && i == 0:
		default:
			return false // an exponent
		}
	}
	if dot && v[len(v)-1] == '0' {
		return false // 1.50 formats as 1.5
	}
	return digits <= 15
}
