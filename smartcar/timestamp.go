package smartcar

import (
	"encoding/json"
	"reflect"
	"strconv"
	"time"
)

// Timestamp is a point in time in the form Smartcar sent it: integer
// milliseconds since the Unix epoch (signal meta, and meta.deliveredAt in
// most payloads) or a text timestamp (meta.deliveredAt in some VERIFY
// examples, meta.deliveryTimestamp, v2 eventTime). It keeps that form, so it
// marshals back exactly as it came; [Timestamp.Time] gives the time.
//
// The zero Timestamp is absent; struct fields of this type carry `omitzero`.
// No unit guessing is done: a number is always milliseconds, even when it
// looks like seconds (the v3.0 documentation example 1700000000).
type Timestamp struct {
	ms   int64
	text string // the text form, or the literal of a number that is not an integer
	form uint8
}

const (
	tsAbsent uint8 = iota
	tsNull
	tsMillis
	tsNumber // a JSON number that is not an int64, kept as text
	tsText
)

// TimestampFromMillis returns a [Timestamp] in the integer-milliseconds form.
func TimestampFromMillis(ms int64) Timestamp { return Timestamp{ms: ms, form: tsMillis} }

// TimestampFromTime returns a [Timestamp] in the integer-milliseconds form.
func TimestampFromTime(t time.Time) Timestamp { return TimestampFromMillis(t.UnixMilli()) }

// TimestampFromText returns a [Timestamp] in the text form, for example
// "2025-07-31T19:38:42.332Z".
func TimestampFromText(s string) Timestamp { return Timestamp{text: s, form: tsText} }

// Time returns the time in UTC. It returns the zero time.Time when the
// timestamp is absent, null, 0 (Smartcar's "unknown" for static attributes),
// text that is not RFC 3339, or a non-integer number whose microseconds do
// not fit in an int64.
func (t Timestamp) Time() time.Time {
	switch t.form {
	case tsMillis:
		if t.ms == 0 {
			return time.Time{}
		}
		return time.UnixMilli(t.ms).UTC()
	case tsNumber:
		f, err := strconv.ParseFloat(t.text, 64)
		us := f * 1000 // microseconds; int64 holds less than ±2⁶³
		if err != nil || f == 0 || us >= 1<<63 || us < -(1<<63) {
			return time.Time{}
		}
		return time.UnixMicro(int64(us)).UTC()
	case tsText:
		tm, err := time.Parse(time.RFC3339Nano, t.text)
		if err != nil {
			return time.Time{}
		}
		return tm.UTC()
	}
	return time.Time{}
}

// Millis returns the integer milliseconds and true when the timestamp was
// sent as an integer number.
func (t Timestamp) Millis() (int64, bool) { return t.ms, t.form == tsMillis }

// IsText reports whether the timestamp was sent as a JSON string.
func (t Timestamp) IsText() bool { return t.form == tsText }

// IsNull reports whether the timestamp was sent as JSON null.
func (t Timestamp) IsNull() bool { return t.form == tsNull }

// IsZero reports whether the timestamp is absent.
func (t Timestamp) IsZero() bool { return t.form == tsAbsent }

// String returns the timestamp as sent: the text, or the number in decimal.
// It returns "" when absent and "null" when null.
func (t Timestamp) String() string {
	switch t.form {
	case tsMillis:
		return strconv.FormatInt(t.ms, 10)
	case tsNumber, tsText:
		return t.text
	case tsNull:
		return "null"
	}
	return ""
}

// MarshalJSON implements [json.Marshaler], writing the form that was decoded.
func (t Timestamp) MarshalJSON() ([]byte, error) {
	switch t.form {
	case tsMillis:
		return strconv.AppendInt(nil, t.ms, 10), nil
	case tsNumber:
		return []byte(t.text), nil
	case tsText:
		return json.Marshal(t.text)
	}
	return []byte("null"), nil
}

// UnmarshalJSON implements [json.Unmarshaler]. It accepts an integer or
// other number (milliseconds), a string, or null.
func (t *Timestamp) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*t = Timestamp{form: tsNull}
		return nil
	case len(b) > 0 && b[0] == '"':
		s, ok := simpleString(b)
		if !ok {
			if err := json.Unmarshal(b, &s); err != nil {
				return err
			}
		}
		*t = Timestamp{text: s, form: tsText}
		return nil
	}
	if ms, ok := parseInt(b); ok {
		*t = Timestamp{ms: ms, form: tsMillis}
		return nil
	}
	if !validNumber(b) {
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[Timestamp]()}
	}
	*t = Timestamp{text: string(b), form: tsNumber}
	return nil
}

// jsonKind names the kind of the JSON value b for an UnmarshalTypeError.
func jsonKind(b []byte) string {
	if len(b) == 0 {
		return "empty"
	}
	switch b[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case 't', 'f':
		return "bool"
	case '"':
		return "string"
	case 'n':
		return "null"
	}
	return "number"
}

// parseInt parses a JSON integer that fits in an int64.
func parseInt(b []byte) (int64, bool) {
	neg := len(b) > 0 && b[0] == '-'
	if neg {
		b = b[1:]
	}
	if len(b) == 0 || len(b) > 18 {
		return 0, false // 18 digits never overflow; longer numbers keep their text
	}
	if len(b) > 1 && b[0] == '0' {
		return 0, false
	}
	var n int64
	for _, c := range b {
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
