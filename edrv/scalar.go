package edrv

import (
	"bytes"
	"strconv"
	"strings"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// form records in which JSON shape a lenient scalar arrived, so that it can
// be written back the same way.
type form uint8

const (
	formAbsent  form = iota // member missing: the zero value
	formNumber              // a JSON number
	formString              // a JSON string holding a valid value
	formBool                // a JSON true or false
	formNull                // JSON null
	formEmpty               // the empty JSON string ""
	formInvalid             // anything else; the JSON text is kept
)

// jsonEmpty is the empty JSON string.
var jsonEmpty = []byte(`""`)

// readScalar reads the next value for a lenient scalar's UnmarshalJSONFrom.
// The returned bytes are valid only until the next read.
func readScalar(dec *jsontext.Decoder) ([]byte, error) {
	v, err := dec.ReadValue()
	if err != nil {
		return nil, err
	}
	return v, nil
}

// unquoteText returns the contents of the valid JSON string literal b,
// which may be shared with b when it has no escapes.
func unquoteText(b []byte) []byte {
	inner := b[1 : len(b)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return inner
	}
	out, err := jsontext.AppendUnquote(nil, b)
	if err != nil {
		return inner
	}
	return out
}

// Decimal is a number that eDRV sends either as a JSON number or as a
// numeric string ("16.0", "734.060"). It keeps the text as sent, so money
// and meter readings lose no digits (12345678901234567890 and 1.50 marshal
// back exactly), and it marshals back in the form it arrived in. null and ""
// decode to an unset Decimal that remembers them; any other value decodes to
// an unset Decimal that is [Decimal.Malformed] and keeps its JSON text,
// without failing the event. The zero value is absent and is omitted when
// marshaled with omitzero.
type Decimal struct {
	text string // number text as sent, when formatting f would not give it back; raw JSON when invalid
	f    float64
	form form
}

// NewDecimal returns a Decimal holding f, marshaled as a JSON number.
func NewDecimal(f float64) Decimal {
	return Decimal{text: strconv.FormatFloat(f, 'g', -1, 64), f: f, form: formNumber}
}

// ParseDecimal returns a Decimal holding the number written in s, marshaled
// as a JSON string like eDRV's numeric strings. It reports an error (a
// *strconv.NumError) when s, trimmed, is not a number in plain decimal
// notation, the same strings that a Decimal decodes as malformed.
func ParseDecimal(s string) (Decimal, error) {
	if !isNumeric(s) {
		return Decimal{}, &strconv.NumError{Func: "ParseDecimal", Num: s, Err: strconv.ErrSyntax}
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return Decimal{}, err
	}
	return Decimal{text: s, f: f, form: formString}, nil
}

// Valid reports whether the Decimal holds a number.
func (d Decimal) Valid() bool { return d.form == formNumber || d.form == formString }

// Quoted reports whether the number arrived as a JSON string.
func (d Decimal) Quoted() bool { return d.form == formString }

// Null reports whether the member was sent as JSON null.
func (d Decimal) Null() bool { return d.form == formNull }

// IsZero reports whether the Decimal is absent, so that omitzero omits it.
func (d Decimal) IsZero() bool { return d.form == formAbsent }

// Malformed reports whether a value was sent that is not a number, a numeric
// string, "" or null. [Decimal.Raw] returns it.
func (d Decimal) Malformed() bool { return d.form == formInvalid }

// Float64 returns the number, or 0 when the Decimal is not [Decimal.Valid].
func (d Decimal) Float64() float64 { return d.f }

// Int64 returns the number as an integer and whether it is a valid number
// with no fractional part that fits in an int64. Integers written without
// a fraction or exponent are read exactly, beyond float64 precision.
func (d Decimal) Int64() (int64, bool) {
	if !d.Valid() {
		return 0, false
	}
	if n, err := strconv.ParseInt(d.String(), 10, 64); err == nil {
		return n, true
	}
	if d.f != float64(int64(d.f)) || d.f >= 1<<63 || d.f < -(1<<63) {
		return 0, false
	}
	return int64(d.f), true
}

// String returns the number's text as eDRV sent it (without quotes and
// surrounding spaces), or "" when the Decimal is not [Decimal.Valid].
func (d Decimal) String() string {
	if !d.Valid() {
		return ""
	}
	if d.text == "" {
		return strconv.FormatFloat(d.f, 'f', -1, 64)
	}
	return strings.TrimSpace(d.text)
}

// Raw returns the JSON text of a [Decimal.Malformed] value, or "".
func (d Decimal) Raw() string {
	if d.form != formInvalid {
		return ""
	}
	return d.text
}

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It never fails on a
// valid JSON value.
func (d *Decimal) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	b, err := readScalar(dec)
	if err != nil {
		return err
	}
	d.set(b)
	return nil
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [Decimal.UnmarshalJSONFrom].
func (d *Decimal) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, d) }

// set decodes the valid JSON value b.
func (d *Decimal) set(b []byte) {
	*d = Decimal{}
	switch {
	case b[0] == 'n':
		d.form = formNull
	case b[0] == '-' || ('0' <= b[0] && b[0] <= '9'):
		if f, ok := fastFloat(b); ok {
			d.f, d.form = f, formNumber
			return
		}
		s := string(b)
		f, err := strconv.ParseFloat(s, 64)
		if err != nil { // out of range: keep the text
			d.text, d.form = s, formInvalid
			return
		}
		d.text, d.f, d.form = s, f, formNumber
	case b[0] == '"':
		if len(b) == 2 {
			d.form = formEmpty
			return
		}
		s := string(unquoteText(b))
		if f, ok := numeric(s); ok {
			d.text, d.f, d.form = s, f, formString
			return
		}
		d.text, d.form = string(b), formInvalid
	default:
		d.text, d.form = string(b), formInvalid
	}
}

// fastFloat parses a JSON number of at most 15 significant digits in plain
// notation exactly, and only when formatting the result gives b back, so
// that the Decimal need not keep its text. It reports false otherwise.
func fastFloat(b []byte) (float64, bool) {
	if len(b) > 17 {
		return 0, false
	}
	var mant uint64
	digits, frac, neg := 0, -1, false
	for i, c := range b {
		switch {
		case c >= '0' && c <= '9':
			mant = mant*10 + uint64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			}
		case c == '-' && i == 0:
			neg = true
		case c == '.' && frac < 0:
			frac = 0
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	f := float64(mant) // exact: below 2^53
	if frac > 0 {
		f /= pow10[frac] // one correctly rounded division (Clinger's fast path)
	}
	if neg {
		f = -f
	}
	// Distinct decimals of at most 15 significant digits are distinct
	// float64 values, so no shorter decimal reads back as f: formatting f
	// writes b itself unless b has trailing fractional zeros ("1.50").
	if frac > 0 && b[len(b)-1] == '0' {
		return 0, false
	}
	return f, true
}

var pow10 = [...]float64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16}

// numeric parses s, trimmed, as a number in plain decimal notation; it
// reports false for anything else and for numbers out of range.
func numeric(s string) (float64, bool) {
	if !isNumeric(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	return f, err == nil
}

// isNumeric reports whether s, trimmed, is plain decimal notation, so that
// strings such as "NaN", "Inf" or "0x10" that strconv accepts stay malformed.
func isNumeric(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9', c == '.', c == '-', c == '+', c == 'e', c == 'E':
		default:
			return false
		}
	}
	return true
}

// MarshalJSONTo implements [json.MarshalerTo]: a number as a number, a
// numeric string as the same string, null as null, a malformed value as its
// JSON text, and an absent Decimal as null.
func (d Decimal) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch d.form {
	case formNumber:
		if d.text == "" {
			var buf [32]byte
			return enc.WriteValue(strconv.AppendFloat(buf[:0], d.f, 'f', -1, 64))
		}
		return enc.WriteValue(jsontext.Value(d.text))
	case formString:
		return enc.WriteToken(jsontext.String(d.text))
	case formEmpty:
		return enc.WriteValue(jsonEmpty)
	case formInvalid:
		return enc.WriteValue(jsontext.Value(d.text))
	}
	return enc.WriteToken(jsontext.Null)
}

// MarshalJSON implements the encoding/json Marshaler like
// [Decimal.MarshalJSONTo].
func (d Decimal) MarshalJSON() ([]byte, error) { return json.Marshal(d) }

// Bool is a boolean that eDRV sends either as a JSON boolean or as the
// string "true" or "false" (any letter case). Any other value leaves the
// Bool unset and [Bool.Malformed], keeping its JSON text, without failing
// the event. The zero value is absent and is omitted when marshaled.
type Bool struct {
	text string // the string as sent, or raw JSON when invalid
	v    bool
	form form
}

// NewBool returns a Bool holding v, marshaled as a JSON boolean.
func NewBool(v bool) Bool { return Bool{v: v, form: formBool} }

// Bool returns the value; false when the Bool is not [Bool.Valid].
func (b Bool) Bool() bool { return b.v }

// Valid reports whether the Bool holds true or false.
func (b Bool) Valid() bool { return b.form == formBool || b.form == formString }

// Quoted reports whether the value arrived as a JSON string.
func (b Bool) Quoted() bool { return b.form == formString }

// Null reports whether the member was sent as JSON null.
func (b Bool) Null() bool { return b.form == formNull }

// Malformed reports whether a value was sent that is neither a boolean, nor
// "true"/"false", nor null. [Bool.Raw] returns it.
func (b Bool) Malformed() bool { return b.form == formInvalid || b.form == formEmpty }

// Raw returns the JSON text of a [Bool.Malformed] value, or "".
func (b Bool) Raw() string {
	switch b.form {
	case formInvalid:
		return b.text
	case formEmpty:
		return `""`
	}
	return ""
}

// String returns "true" or "false", or "" when the Bool is not [Bool.Valid].
func (b Bool) String() string {
	if !b.Valid() {
		return ""
	}
	return strconv.FormatBool(b.v)
}

// IsZero reports whether the Bool is absent, so that omitzero omits it.
func (b Bool) IsZero() bool { return b.form == formAbsent }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It never fails on a
// valid JSON value.
func (b *Bool) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := readScalar(dec)
	if err != nil {
		return err
	}
	b.set(v)
	return nil
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [Bool.UnmarshalJSONFrom].
func (b *Bool) UnmarshalJSON(data []byte) error { return json.Unmarshal(data, b) }

// set decodes the valid JSON value data.
func (b *Bool) set(data []byte) {
	*b = Bool{}
	switch string(data) {
	case "true":
		b.v, b.form = true, formBool
		return
	case "false":
		b.form = formBool
		return
	case "null":
		b.form = formNull
		return
	case `""`:
		b.form = formEmpty
		return
	case `"true"`:
		b.text, b.v, b.form = "true", true, formString
		return
	case `"false"`:
		b.text, b.form = "false", formString
		return
	}
	if data[0] == '"' {
		s := string(unquoteText(data))
		switch {
		case strings.EqualFold(s, "true"):
			b.text, b.v, b.form = s, true, formString
			return
		case strings.EqualFold(s, "false"):
			b.text, b.form = s, formString
			return
		}
	}
	b.text, b.form = string(data), formInvalid
}

// MarshalJSONTo implements [json.MarshalerTo], writing the value in the
// form it arrived in; an absent Bool is written as null.
func (b Bool) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch b.form {
	case formBool:
		return enc.WriteToken(jsontext.Bool(b.v))
	case formString:
		return enc.WriteToken(jsontext.String(b.text))
	case formEmpty:
		return enc.WriteValue(jsonEmpty)
	case formInvalid:
		return enc.WriteValue(jsontext.Value(b.text))
	}
	return enc.WriteToken(jsontext.Null)
}

// MarshalJSON implements the encoding/json Marshaler like
// [Bool.MarshalJSONTo].
func (b Bool) MarshalJSON() ([]byte, error) { return json.Marshal(b) }

// zone styles of an RFC 3339 text.
const (
	zoneZ      uint8 = iota // "Z"
	zoneOffset              // "+02:00"
	zoneNone                // no zone: read as UTC
)

// Time is a timestamp in any of the forms eDRV sends: an RFC 3339 string
// with or without a fraction of any length (a string without zone is read as
// UTC), epoch milliseconds or seconds as a number or an all-digit string
// (milliseconds when at least 1e12), or null. A string that is none of these
// (eDRV has sent "2023-08-16T13:30.00.00Z") leaves the Time unset and
// [Time.Malformed], keeping its JSON text, without failing the event.
//
// A Time marshals back in the form it arrived in: the same fraction length
// and zone style, the same epoch unit, the same malformed text. The zero
// value is absent and is omitted when marshaled.
type Time struct {
	t     time.Time
	raw   string // JSON text of a malformed value; or the text of a valid string that would not format back the same
	form  form
	frac  int8  // RFC 3339: digits of the fraction, -1 without a dot
	zone  uint8 // RFC 3339: zone style
	milli bool  // epoch: milliseconds rather than seconds
}

// NewTime returns a Time holding t, marshaled the way eDRV writes times:
// RFC 3339 in UTC with milliseconds, such as "2023-05-01T13:41:33.111Z".
func NewTime(t time.Time) Time {
	return Time{t: t.UTC(), form: formString, frac: 3, zone: zoneZ}
}

// Time returns the instant, or the zero time.Time when the Time is not
// [Time.Valid].
func (t Time) Time() time.Time { return t.t }

// Valid reports whether the Time holds an instant.
func (t Time) Valid() bool { return t.form == formNumber || t.form == formString }

// Null reports whether the member was sent as JSON null.
func (t Time) Null() bool { return t.form == formNull }

// Malformed reports whether a value was sent that is not a time in any known
// form, "" or null. [Time.Raw] returns it.
func (t Time) Malformed() bool { return t.form == formInvalid }

// Epoch reports whether the time arrived as epoch seconds or milliseconds.
func (t Time) Epoch() bool {
	return t.Valid() && (t.form == formNumber || t.frac == fracEpoch)
}

// Raw returns the JSON text of a [Time.Malformed] value, or "".
func (t Time) Raw() string {
	if t.form != formInvalid {
		return ""
	}
	return t.raw
}

// String returns the time in RFC 3339 with nanoseconds, or "" when the Time
// is not [Time.Valid].
func (t Time) String() string {
	if !t.Valid() {
		return ""
	}
	return t.t.Format(time.RFC3339Nano)
}

// fracEpoch marks, in Time.frac, an all-digit string read as an epoch time.
const fracEpoch = -2

// IsZero reports whether the Time is absent, so that omitzero omits it.
func (t Time) IsZero() bool { return t.form == formAbsent }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It never fails on a
// valid JSON value.
func (t *Time) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	b, err := readScalar(dec)
	if err != nil {
		return err
	}
	t.set(b)
	return nil
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [Time.UnmarshalJSONFrom].
func (t *Time) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, t) }

// set decodes the valid JSON value b.
func (t *Time) set(b []byte) {
	*t = Time{}
	switch {
	case b[0] == 'n':
		t.form = formNull
		return
	case b[0] == '"':
		if len(b) == 2 {
			t.form = formEmpty
			return
		}
		if t.parseText(unquoteText(b)) {
			return
		}
	case '0' <= b[0] && b[0] <= '9':
		if ts, milli, ok := parseEpoch(b); ok {
			t.t, t.milli, t.form = ts, milli, formNumber
			return
		}
	}
	t.raw, t.form = string(b), formInvalid
}

// parseText parses the text of a JSON string.
func (t *Time) parseText(s []byte) bool {
	if len(s) == 0 {
		return false
	}
	if ts, milli, ok := parseEpoch(s); ok {
		t.t, t.milli, t.form, t.frac = ts, milli, formString, fracEpoch
		if len(s) > 1 && s[0] == '0' {
			t.raw = string(s) // leading zeros: keep the digits
		}
		return true
	}
	if ts, frac, ok := parseUTC(s); ok {
		t.t, t.form, t.frac, t.zone = ts, formString, frac, zoneZ
		return true
	}
	if len(s) < len("2006-01-02T15:04:05") || s[10] != 'T' && s[10] != 't' {
		return false
	}
	// Layout details: fraction digits and zone style.
	i := len("2006-01-02T15:04:05")
	frac := int8(-1)
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j-i-1 == 0 || j-i-1 > 9 {
			return false
		}
		frac = int8(j - i - 1)
		i = j
	}
	zone := zoneNone
	switch rest := s[i:]; {
	case len(rest) == 0:
	case len(rest) == 1 && (rest[0] == 'Z' || rest[0] == 'z'):
		zone = zoneZ
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		zone = zoneOffset
	default:
		return false
	}
	var ts time.Time
	if zone == zoneNone {
		var err error
		if ts, err = time.ParseInLocation("2006-01-02T15:04:05.999999999", string(s), time.UTC); err != nil {
			return false
		}
	} else if err := ts.UnmarshalText(s); err != nil {
		// UnmarshalText is strict RFC 3339; accept a lower-case t or z too.
		if ts, err = time.Parse(time.RFC3339Nano, strings.ToUpper(string(s))); err != nil {
			return false
		}
	}
	t.t, t.form, t.frac, t.zone = ts, formString, frac, zone
	if s[10] == 't' || zone == zoneZ && s[len(s)-1] == 'z' ||
		zone == zoneOffset && string(s[len(s)-6:]) == "-00:00" {
		t.raw = string(s) // formatting would write T, Z or +00:00: keep the text
	}
	return true
}

// parseEpoch reads an all-digit epoch time (see [epochTime]).
func parseEpoch(b []byte) (t time.Time, milli, ok bool) {
	n, ok := parseDigits(b)
	if !ok {
		return time.Time{}, false, false
	}
	t, milli = epochTime(n)
	return t, milli, true
}

// parseDigits parses 1 to 18 ASCII digits, which always fit in an int64.
func parseDigits[S ~string | ~[]byte](s S) (int64, bool) {
	if len(s) == 0 || len(s) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int64(s[i]-'0')
	}
	return n, true
}

// epochTime reads n as Unix milliseconds when it is at least 1e12 (after
// September 2001 in milliseconds, year 33658 in seconds), as seconds
// otherwise. The time is in UTC.
func epochTime(n int64) (t time.Time, milli bool) {
	if n >= 1e12 {
		return time.UnixMilli(n).UTC(), true
	}
	return time.Unix(n, 0).UTC(), false
}

// MarshalJSONTo implements [json.MarshalerTo], writing the time in the
// form it arrived in; an absent Time is written as null.
func (t Time) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch t.form {
	case formNumber:
		var buf [24]byte
		return enc.WriteValue(t.appendEpoch(buf[:0]))
	case formString:
		if t.raw != "" {
			return enc.WriteToken(jsontext.String(t.raw))
		}
		var buf [48]byte
		b := append(buf[:0], '"')
		if t.frac == fracEpoch {
			b = t.appendEpoch(b)
		} else {
			b = t.t.AppendFormat(b, t.layout())
		}
		return enc.WriteValue(append(b, '"'))
	case formEmpty:
		return enc.WriteValue(jsonEmpty)
	case formInvalid:
		return enc.WriteValue(jsontext.Value(t.raw))
	}
	return enc.WriteToken(jsontext.Null)
}

// MarshalJSON implements the encoding/json Marshaler like
// [Time.MarshalJSONTo].
func (t Time) MarshalJSON() ([]byte, error) { return json.Marshal(t) }

func (t Time) appendEpoch(b []byte) []byte {
	if t.milli {
		return strconv.AppendInt(b, t.t.UnixMilli(), 10)
	}
	return strconv.AppendInt(b, t.t.Unix(), 10)
}

// layout rebuilds the RFC 3339 layout the time was written with.
func (t Time) layout() string {
	l := "2006-01-02T15:04:05"
	if t.frac > 0 {
		l += "." + strings.Repeat("0", int(t.frac))
	}
	switch t.zone {
	case zoneZ:
		return l + "Z"
	case zoneOffset:
		return l + "-07:00"
	}
	return l
}

// parseUTC parses the form eDRV writes, "2006-01-02T15:04:05Z" with an
// optional fraction of 1 to 9 digits, without the general RFC 3339 parser;
// it reports false for anything else, which that parser then reads. frac is
// the number of fraction digits, -1 without a dot.
func parseUTC(s []byte) (t time.Time, frac int8, ok bool) {
	const n = len("2006-01-02T15:04:05")
	if len(s) < n+1 || s[len(s)-1] != 'Z' || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' {
		return time.Time{}, 0, false
	}
	num := func(i, j int) int {
		v := 0
		for _, c := range s[i:j] {
			if c < '0' || c > '9' {
				return -1
			}
			v = v*10 + int(c-'0')
		}
		return v
	}
	year, month, day := num(0, 4), num(5, 7), num(8, 10)
	hour, minute, sec := num(11, 13), num(14, 16), num(17, 19)
	if year < 0 || month < 1 || month > 12 || day < 1 || day > daysIn(month, year) ||
		hour < 0 || hour > 23 || minute < 0 || minute > 59 || sec < 0 || sec > 59 {
		return time.Time{}, 0, false
	}
	frac, nsec := int8(-1), 0
	if rest := s[n : len(s)-1]; len(rest) > 0 {
		if rest[0] != '.' || len(rest) < 2 || len(rest) > 10 {
			return time.Time{}, 0, false
		}
		if nsec = num(n+1, len(s)-1); nsec < 0 {
			return time.Time{}, 0, false
		}
		frac = int8(len(rest) - 1)
		for range 9 - int(frac) {
			nsec *= 10
		}
	}
	return time.Date(year, time.Month(month), day, hour, minute, sec, nsec, time.UTC), frac, true
}

// daysIn returns the number of days of month in year.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
