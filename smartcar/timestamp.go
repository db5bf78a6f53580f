package smartcar

import (
	"strconv"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
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

// Time returns the time in UTC: integer milliseconds, text in RFC 3339, or
// milliseconds sent as a string of digits. It returns the zero time.Time
// when the timestamp is absent, null, 0 (Smartcar's "unknown" for static
// attributes), other text, or a non-integer number whose microseconds do
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
		if tm, err := time.Parse(time.RFC3339Nano, t.text); err == nil {
			return tm.UTC()
		}
		if ms, ok := parseInt([]byte(t.text)); ok && ms != 0 {
			return time.UnixMilli(ms).UTC() // milliseconds sent as a string
		}
		return time.Time{}
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

// MarshalJSONTo implements json.MarshalerTo, writing the form that was
// decoded.
func (t Timestamp) MarshalJSONTo(enc *jsontext.Encoder) error {
	var buf [24]byte
	switch t.form {
	case tsMillis:
		return enc.WriteValue(strconv.AppendInt(buf[:0], t.ms, 10))
	case tsNumber:
		return enc.WriteValue(jsontext.Value(t.text))
	case tsText:
		return enc.WriteToken(jsontext.String(t.text))
	}
	return enc.WriteToken(jsontext.Null)
}

// MarshalJSON implements the encoding/json Marshaler.
func (t Timestamp) MarshalJSON() ([]byte, error) { return json.Marshal(t) }

// UnmarshalJSONFrom implements json.UnmarshalerFrom. It accepts an integer
// or other number (milliseconds), a string (any text: a malformed time is
// kept, and [Timestamp.Time] reports it as zero), or null.
func (t *Timestamp) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	switch dec.PeekKind() {
	case 'n':
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		*t = Timestamp{form: tsNull}
		return nil
	case '"':
		s, err := readString(dec)
		if err != nil {
			return err
		}
		*t = Timestamp{text: s, form: tsText}
		return nil
	case '0':
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		if ms, ok := parseInt(v); ok {
			*t = Timestamp{ms: ms, form: tsMillis}
			return nil
		}
		*t = Timestamp{text: string(v), form: tsNumber}
		return nil
	}
	return errNotTimestamp
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
		if n == 0 {
			return 0, false // "-0" keeps its text
		}
		n = -n
	}
	return n, true
}
