package volteras

import (
	"bytes"
	"math"
	"strconv"
	"time"

	"github.com/go-json-experiment/json/jsontext"
)

// Time is a timestamp of a Volteras payload. It embeds the parsed
// [time.Time] and remembers the JSON text it was decoded from whenever
// marshalling the time would not reproduce that text exactly, so that a
// parsed event marshals back as it came:
//
//   - RFC 3339 text that is already in canonical form
//     ("2024-01-15T10:30:00Z", the documented form) keeps nothing extra;
//   - other accepted forms ("…:00.000Z", "+00:00", no zone, read as UTC,
//     epoch milliseconds or seconds sent as a number or a string of digits)
//     keep their text, and [Time.Valid] is true;
//   - a value that is not a time at all keeps its text, the embedded time is
//     zero and [Time.Valid] is false: the field is flagged, the event is not
//     rejected.
//
// An epoch number at or above 1e11 in magnitude is read as milliseconds,
// below as seconds. Time tracks presence itself: the zero Time is absent
// (omitted by omitzero), [Time.IsNull] reports an explicit null.
//
// A Time built in Go (Time{Time: t}) marshals as RFC 3339 with nanoseconds.
// Replacing the embedded time of a decoded Time drops the remembered text.
//
// Three methods differ from those of time.Time: [Time.IsZero] is false for a
// null or a kept malformed value, [Time.Equal] compares two Time values (use
// t.Time.Equal to compare with a time.Time), and the JSON methods keep the
// text.
type Time struct {
	time.Time

	text string    // JSON text as received, when it must be kept
	of   time.Time // the time text belongs to; text is stale once Time != of
	bad  bool      // text is not a time
	null bool      // sent as JSON null
}

// NullTime returns an explicit null.
func NullTime() Time { return Time{null: true} }

// Valid reports whether t holds a time: false for an absent or null Time
// and for a decoded value that is not a time (see [Time.Text]).
func (t Time) Valid() bool {
	if t.kept() {
		return !t.bad
	}
	return !t.Time.IsZero()
}

// IsNull reports whether t was sent as JSON null.
func (t Time) IsNull() bool { return t.null && t.Time.IsZero() }

// IsZero reports whether t is absent: no time, no null and no kept text, so
// that omitzero omits it.
func (t Time) IsZero() bool { return t.Time.IsZero() && !t.kept() && !t.null }

// Text returns the JSON text t was decoded from when it was kept: when it
// was not a string in canonical RFC 3339 form. Otherwise it returns "".
func (t Time) Text() string {
	if !t.kept() {
		return ""
	}
	return t.text
}

// Equal reports whether t and u hold the same instant, the same kept text
// and the same null. It makes [Time] comparable with go-cmp.
func (t Time) Equal(u Time) bool {
	return t.Time.Equal(u.Time) && t.Text() == u.Text() && t.bad == u.bad && t.IsNull() == u.IsNull()
}

func (t Time) kept() bool { return t.text != "" && t.Time == t.of }

// layouts are the lenient forms tried after strict RFC 3339, all read as UTC
// when they carry no zone.
var layouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999",
}

// UnmarshalJSONFrom reads any JSON value; it never fails on a well-formed
// value (see [Time] for what is kept).
func (t *Time) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	*t = parseTime(v)
	return nil
}

// parseTime returns the Time of the valid JSON value v.
func parseTime(v jsontext.Value) Time {
	switch v.Kind() {
	case 'n':
		return Time{null: true}
	case '0':
		if tt, ok := epoch(v); ok {
			return Time{Time: tt, text: string(v), of: tt}
		}
	case '"':
		s := v[1 : len(v)-1]
		if bytes.IndexByte(s, '\\') >= 0 {
			u, err := jsontext.AppendUnquote(nil, v)
			if err != nil {
				break
			}
			s = u
		}
		var tt time.Time
		if err := tt.UnmarshalText(s); err == nil && !tt.IsZero() {
			if len(s) == 20 && s[10] == 'T' && s[19] == 'Z' && len(v) == 22 {
				return Time{Time: tt} // the documented form, canonical already
			}
			var buf [64]byte
			if bytes.Equal(tt.AppendFormat(append(buf[:0], '"'), time.RFC3339Nano), v[:len(v)-1]) {
				return Time{Time: tt}
			}
			return Time{Time: tt, text: string(v), of: tt}
		}
		for _, layout := range layouts {
			if tt, err := time.ParseInLocation(layout, string(s), time.UTC); err == nil && !tt.IsZero() {
				return Time{Time: tt, text: string(v), of: tt}
			}
		}
		if tt, ok := epoch(s); ok {
			return Time{Time: tt, text: string(v), of: tt}
		}
	}
	return Time{text: string(v), bad: true}
}

// epoch reads decimal digits (optionally signed, with a fraction) as epoch
// milliseconds at or above 1e11 in magnitude, else as epoch seconds.
func epoch(s []byte) (time.Time, bool) {
	if len(s) == 0 || !(s[0] == '-' || s[0] >= '0' && s[0] <= '9') {
		return time.Time{}, false
	}
	f, err := strconv.ParseFloat(string(s), 64)
	if err != nil || math.IsNaN(f) || math.Abs(f) > 1e16 {
		return time.Time{}, false
	}
	ms := f
	if math.Abs(f) < 1e11 {
		ms = f * 1000
	}
	tt := time.UnixMilli(int64(ms)).UTC()
	if tt.IsZero() {
		return time.Time{}, false
	}
	return tt, true
}

// MarshalJSONTo writes the kept text if there is one, null for a null or
// absent Time, else the time in RFC 3339 with nanoseconds.
func (t Time) MarshalJSONTo(enc *jsontext.Encoder) error {
	if t.kept() {
		return enc.WriteValue(jsontext.Value(t.text))
	}
	if t.Time.IsZero() {
		return enc.WriteToken(jsontext.Null)
	}
	var buf [64]byte
	b := t.Time.AppendFormat(append(buf[:0], '"'), time.RFC3339Nano)
	return enc.WriteValue(append(b, '"'))
}

// MarshalJSON is [Time.MarshalJSONTo] for encoding/json.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.kept() {
		return []byte(t.text), nil
	}
	if t.Time.IsZero() {
		return []byte("null"), nil
	}
	b := t.Time.AppendFormat([]byte{'"'}, time.RFC3339Nano)
	return append(b, '"'), nil
}
