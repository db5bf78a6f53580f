package smartcar

import (
	"math"
	"strconv"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Number is a numeric member kept exactly as sent: a JSON number (12,
// 37.7749, 1.50, 300.0, 12345678901234567890), a number sent as a JSON
// string ("2020"), null, or absent. It marshals back in that form, so no
// value is rounded and no odd form fails an event; [Number.Float64] and
// [Number.Int64] give the typed value.
//
// The zero Number is absent; struct fields of this type carry `omitzero`.
type Number struct {
	f    float64 // the value when form is numFloat
	text string  // the literal (numText) or the string's content (numString)
	form uint8
}

const (
	numAbsent uint8 = iota
	numNull
	numFloat  // a JSON number whose literal is the shortest form of f
	numText   // a JSON number kept as its literal
	numString // a JSON string, kept as its content
)

// Float returns a [Number] that marshals as the shortest JSON form of f.
// NaN and infinities, which JSON cannot carry, marshal as null.
func Float(f float64) Number {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return Number{form: numNull}
	}
	return Number{f: f, form: numFloat}
}

// Int returns a [Number] holding the integer i.
func Int(i int64) Number {
	if f := float64(i); int64(f) == i && math.Abs(f) < 1<<53 {
		return Number{f: f, form: numFloat}
	}
	return Number{text: strconv.FormatInt(i, 10), form: numText}
}

// NumberLiteral returns a [Number] that marshals as the JSON number literal
// s, for example "1.50". It returns false when s is not a JSON number.
func NumberLiteral(s string) (Number, bool) {
	if !validNumber([]byte(s)) {
		return Number{}, false
	}
	return Number{text: s, form: numText}, true
}

// NumberString returns a [Number] sent as the JSON string s, for example
// "2020".
func NumberString(s string) Number { return Number{text: s, form: numString} }

// NullNumber returns a [Number] sent as JSON null.
func NullNumber() Number { return Number{form: numNull} }

// IsZero reports whether the number is absent.
func (n Number) IsZero() bool { return n.form == numAbsent }

// IsNull reports whether the number was sent as JSON null.
func (n Number) IsNull() bool { return n.form == numNull }

// IsString reports whether the number was sent as a JSON string.
func (n Number) IsString() bool { return n.form == numString }

// Valid reports whether the number is present and not null (it may still be
// a string that holds no number; see [Number.Float64]).
func (n Number) Valid() bool { return n.form >= numFloat }

// String returns the number as sent: its literal, the content of the
// string it was sent as, "null", or "" when absent.
func (n Number) String() string {
	switch n.form {
	case numFloat:
		return strconv.FormatFloat(n.f, 'f', -1, 64)
	case numText, numString:
		return n.text
	case numNull:
		return "null"
	}
	return ""
}

// Float64 returns the value as a float64; false when absent, null, or a
// string that is not a number. Integers beyond 2⁵³ are rounded here (the
// marshalled form is not).
func (n Number) Float64() (float64, bool) {
	switch n.form {
	case numFloat:
		return n.f, true
	case numText, numString:
		f, err := strconv.ParseFloat(n.text, 64)
		return f, err == nil
	}
	return 0, false
}

// Int64 returns the value as an int64 when it is a whole number that fits
// (2020, 2020.0, "2020", 12345678901234567); false otherwise.
func (n Number) Int64() (int64, bool) {
	switch n.form {
	case numFloat:
		if n.f == math.Trunc(n.f) && math.Abs(n.f) < 1<<63 {
			return int64(n.f), true
		}
	case numText, numString:
		if i, err := strconv.ParseInt(n.text, 10, 64); err == nil {
			return i, true
		}
		if f, err := strconv.ParseFloat(n.text, 64); err == nil && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			return int64(f), true
		}
	}
	return 0, false
}

// MarshalJSONTo implements json.MarshalerTo, writing the form that was
// decoded.
func (n Number) MarshalJSONTo(enc *jsontext.Encoder) error {
	var buf [32]byte
	switch n.form {
	case numFloat:
		return enc.WriteValue(strconv.AppendFloat(buf[:0], n.f, 'f', -1, 64))
	case numText:
		return enc.WriteValue(jsontext.Value(n.text))
	case numString:
		return enc.WriteToken(jsontext.String(n.text))
	}
	return enc.WriteToken(jsontext.Null)
}

// MarshalJSON implements the encoding/json Marshaler.
func (n Number) MarshalJSON() ([]byte, error) { return json.Marshal(n) }

// UnmarshalJSONFrom implements json.UnmarshalerFrom: a number, a string
// (kept as sent, whatever it holds) or null.
func (n *Number) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	switch dec.PeekKind() {
	case 'n':
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		*n = Number{form: numNull}
		return nil
	case '"':
		s, err := readString(dec)
		if err != nil {
			return err
		}
		*n = Number{text: s, form: numString}
		return nil
	case '0':
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		*n = numberOf(v)
		return nil
	}
	return errNotNumber
}

// numberOf keeps the number literal v as a float when that float's
// shortest form is v, so that common numbers cost no allocation.
func numberOf(v []byte) Number {
	if i, ok := smallInt(v); ok {
		return Number{f: float64(i), form: numFloat}
	}
	if len(v) <= 24 {
		if f, err := strconv.ParseFloat(string(v), 64); err == nil {
			var buf [32]byte
			if string(strconv.AppendFloat(buf[:0], f, 'f', -1, 64)) == string(v) {
				return Number{f: f, form: numFloat}
			}
		}
	}
	return Number{text: string(v), form: numText}
}

// smallInt parses a JSON integer literal of at most 15 digits without a
// leading zero or a minus zero: exactly a float64 whose shortest form is the
// literal itself.
func smallInt(v []byte) (int64, bool) {
	neg := len(v) > 0 && v[0] == '-'
	d := v
	if neg {
		d = v[1:]
	}
	if len(d) == 0 || len(d) > 15 || (d[0] == '0' && (len(d) > 1 || neg)) {
		return 0, false
	}
	var n int64
	for _, c := range d {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
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
