package volteras

import (
	"bytes"
	"encoding/json"
	"reflect"
	"time"
)

// Time is a timestamp of a Volteras payload. It embeds the parsed
// [time.Time] and remembers the text it was decoded from whenever
// marshalling the time would not reproduce that text exactly, so that a
// parsed event marshals back as it came:
//
//   - RFC 3339 text that is already in canonical form
//     ("2024-01-15T10:30:00Z", the documented form) keeps nothing extra;
//   - other accepted forms ("…:00.000Z", "+00:00", no zone, read as UTC) keep
//     their text, and [Time.Valid] is true;
//   - text that is not a time at all keeps its text, the embedded time is
//     zero and [Time.Valid] is false: the field is flagged, the event is not
//     rejected.
//
// A Time built in Go (Time{Time: t}) marshals as RFC 3339 with nanoseconds.
// Replacing the embedded time of a decoded Time drops the remembered text.
//
// Three methods differ from those of time.Time: [Time.IsZero] is false for a
// kept malformed string, [Time.Equal] compares two Time values (use
// t.Time.Equal to compare with a time.Time), and the JSON methods keep the
// text.
type Time struct {
	time.Time

	text string    // JSON string literal as received, when it must be kept
	of   time.Time // the time text belongs to; text is stale once Time != of
	bad  bool      // text is not a time
}

// Valid reports whether t holds a time: false for a zero Time and for a
// decoded string that is not a time (see [Time.Text]).
func (t Time) Valid() bool {
	if t.kept() {
		return !t.bad
	}
	return !t.Time.IsZero()
}

// IsZero reports whether t is empty: no time and no kept text. A member that
// was absent or null decodes to an empty Time; fields tagged omitzero then
// stay absent when marshalled. A malformed time string is not empty.
func (t Time) IsZero() bool { return t.Time.IsZero() && !t.kept() }

// Text returns the string t was decoded from when it was kept: when it was
// not in canonical RFC 3339 form or not a time at all. Otherwise it returns
// "".
func (t Time) Text() string {
	if !t.kept() {
		return ""
	}
	var s string
	_ = json.Unmarshal([]byte(t.text), &s) // the text was a valid JSON string
	return s
}

// Equal reports whether t and u hold the same instant and the same kept
// text. It makes [Time] comparable with go-cmp.
func (t Time) Equal(u Time) bool {
	return t.Time.Equal(u.Time) && t.Text() == u.Text() && t.bad == u.bad
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

// UnmarshalJSON decodes a JSON string or null (which leaves t unchanged). A
// string that is not a time is kept (see [Time]); any other JSON type is an
// *json.UnmarshalTypeError.
func (t *Time) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	if len(b) < 2 || b[0] != '"' {
		return &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[Time]()}
	}
	var tt time.Time
	if err := tt.UnmarshalJSON(b); err == nil && !tt.IsZero() {
		// Strict RFC 3339: keep nothing when it formats back identically.
		var buf [64]byte
		if bytes.Equal(tt.AppendFormat(append(buf[:0], '"'), time.RFC3339Nano), b[:len(b)-1]) {
			*t = Time{Time: tt}
			return nil
		}
		*t = Time{Time: tt, text: string(b), of: tt}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for _, layout := range layouts {
		if tt, err := time.ParseInLocation(layout, s, time.UTC); err == nil {
			*t = Time{Time: tt, text: string(b), of: tt}
			return nil
		}
	}
	*t = Time{text: string(b), bad: true}
	return nil
}

// MarshalJSON returns the kept text if there is one, else the time in RFC
// 3339 with nanoseconds, as [time.Time.MarshalJSON] does.
func (t Time) MarshalJSON() ([]byte, error) {
	if t.kept() {
		return []byte(t.text), nil
	}
	return t.Time.MarshalJSON()
}

// jsonKind names the JSON type of the valid JSON value b, as
// json.UnmarshalTypeError.Value does.
func jsonKind(b []byte) string {
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) == 0 {
		return "empty"
	}
	switch b[0] {
	case '{':
		return "object"
	case '[':
		return "array"
	case '"':
		return "string"
	case 't', 'f':
		return "bool"
	case 'n':
		return "null"
	default:
		return "number"
	}
}
