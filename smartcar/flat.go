package smartcar

import (
	"bytes"
	"strings"
)

// A fast path for decoding signal bodies, which are small objects of
// scalars ({"unit":"percent","value":75}, {"value":true}) or lists of such
// objects (doors, tires). Signal bodies reach it already validated, by the
// one-pass decoder of fastpath.go or by encoding/json (they are then
// json.RawMessage values of a decoded event), so it needs no second
// validation pass. Anything it does not handle exactly as encoding/json
// would (escaped or differently cased keys, a value that does not fit its
// field) makes it give up, and the body is decoded again by encoding/json
// from scratch. The *decoder argument, which may be nil, lets strings share
// the one-pass decoder's copy of the body.

// flatDecoder is implemented by body types with a flat fast path.
type flatDecoder interface {
	// decodeFlat decodes the valid JSON b and reports whether it could;
	// on false the receiver is discarded.
	decodeFlat(d *decoder, b []byte) bool
}

// maxFlatKeys is the most members flatObject handles; it gives up on larger
// objects.
const maxFlatKeys = 8

// flatObject calls fn with each member of the JSON object b: the key
// (without quotes) and the exact bytes of the value. It returns false when b
// is not an object, a key holds an escape sequence or repeats (encoding/json
// merges repeated keys in ways not worth imitating), the object has more
// than maxFlatKeys members, or fn returns false.
func flatObject(b []byte, fn func(key, val []byte) bool) bool {
	var seen [maxFlatKeys][]byte
	n := 0
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return skipSpace(b, i+1) == len(b)
	}
	for {
		end, ok := plainString(b, i)
		if !ok {
			return false
		}
		key := b[i+1 : end-1]
		if n == len(seen) {
			return false
		}
		for _, k := range seen[:n] {
			if bytes.Equal(k, key) {
				return false
			}
		}
		seen[n] = key
		n++
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		start := i
		if i, ok = skipValue(b, i); !ok {
			return false
		}
		if !fn(key, b[start:i]) {
			return false
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return skipSpace(b, i+1) == len(b)
		default:
			return false
		}
	}
}

// flatArray calls fn with the exact bytes of each element of the JSON array
// b. It returns false when b is not an array or fn returns false.
func flatArray(b []byte, fn func(elem []byte) bool) bool {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '[' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == ']' {
		return skipSpace(b, i+1) == len(b)
	}
	for {
		start := i
		var ok bool
		if i, ok = skipValue(b, i); !ok || !fn(b[start:i]) {
			return false
		}
		i = skipSpace(b, i)
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case ']':
			return skipSpace(b, i+1) == len(b)
		default:
			return false
		}
	}
}

// skipValue returns the index just past the JSON value starting at b[i].
// The input is valid JSON, so it only tracks strings and nesting; it stays
// in bounds on any input.
func skipValue(b []byte, i int) (int, bool) {
	if i >= len(b) {
		return 0, false
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				end, ok := skipString(b, i)
				if !ok {
					return 0, false
				}
				i = end
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1, true
				}
			}
			i++
		}
		return 0, false
	}
	start := i // number, true, false or null
	for i < len(b) && !isDelimiter(b[i]) {
		i++
	}
	return i, i > start
}

// skipString returns the index just past the string literal at b[i].
func skipString(b []byte, i int) (int, bool) {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '"':
			return j + 1, true
		case '\\':
			j++
		}
	}
	return 0, false
}

// plainString returns the index just past the string literal starting at
// b[i], when it holds no escape sequence and no control character.
func plainString(b []byte, i int) (int, bool) {
	if i >= len(b) || b[i] != '"' {
		return 0, false
	}
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			return j + 1, true
		case c == '\\' || c < 0x20:
			return 0, false
		}
	}
	return 0, false
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

func isDelimiter(c byte) bool {
	return c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

// otherKey reports whether key matches none of known, not even in another
// letter case (encoding/json matches keys case-insensitively; such keys are
// left to it).
func otherKey(key []byte, known ...string) bool {
	for _, k := range known {
		if len(k) == len(key) && strings.EqualFold(k, string(key)) {
			return false
		}
	}
	return true
}

func (q *Quantity) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "unit":
			return setText(dc, &q.Unit, v)
		case "value":
			return setFloat(dc, &q.Value, v)
		}
		return otherKey(k, "unit", "value")
	})
}

func (p *Percent) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "unit":
			return setText(dc, &p.Unit, v)
		case "value":
			return setFloat(dc, &p.Value, v)
		case "percentage":
			return setFloat(dc, &p.Percentage, v)
		}
		return otherKey(k, "unit", "value", "percentage")
	})
}

func (f *Flag) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		if string(k) == "value" {
			return f.Value.UnmarshalJSON(v) == nil
		}
		return otherKey(k, "value")
	})
}

func (t *Text) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		if string(k) == "value" {
			return setText(dc, &t.Value, v)
		}
		return otherKey(k, "value")
	})
}

func (c *Closure) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "isOpen":
			return c.IsOpen.UnmarshalJSON(v) == nil
		case "isLocked":
			return c.IsLocked.UnmarshalJSON(v) == nil
		}
		return otherKey(k, "isOpen", "isLocked")
	})
}

func (l *Location) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "latitude":
			return setFloat(dc, &l.Latitude, v)
		case "longitude":
			return setFloat(dc, &l.Longitude, v)
		case "heading":
			return setFloat(dc, &l.Heading, v)
		case "direction":
			return setText(dc, &l.Direction, v)
		case "locationType":
			return setText(dc, &l.LocationType, v)
		}
		return otherKey(k, "latitude", "longitude", "heading", "direction", "locationType")
	})
}

func (d *Diagnostic) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "status":
			return setText(dc, &d.Status, v)
		case "description":
			return setText(dc, &d.Description, v)
		}
		return otherKey(k, "status", "description")
	})
}

func (d *DriveMode) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "canonical":
			return setText(dc, &d.Canonical, v)
		case "oemDisplayName":
			return setText(dc, &d.OEMDisplayName, v)
		}
		return otherKey(k, "canonical", "oemDisplayName")
	})
}

// decodeList decodes a JSON array of objects with the elements' fast path.
// As with encoding/json, null gives a nil slice and [] an empty one.
func decodeList[T any, P interface {
	*T
	flatDecoder
}](d *decoder, b []byte, dst *[]T) bool {
	if string(b) == "null" {
		*dst = nil
		return true
	}
	list := make([]T, 0, 4)
	ok := flatArray(b, func(e []byte) bool {
		var v T
		if !P(&v).decodeFlat(d, e) {
			return false
		}
		list = append(list, v)
		return true
	})
	if ok {
		*dst = list
	}
	return ok
}

func (l *List) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		if string(k) != "values" {
			return otherKey(k, "values")
		}
		if string(v) == "null" {
			l.Values = nil
			return true
		}
		values := make([]string, 0, 4)
		ok := flatArray(v, func(e []byte) bool {
			if !plainASCII(e) {
				return false
			}
			values = append(values, dc.sub(e[1:len(e)-1]))
			return true
		})
		l.Values = values
		return ok
	})
}

func (d *Doors) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "values":
			return decodeList(dc, v, &d.Values)
		case "rowCount":
			return d.RowCount.UnmarshalJSON(v) == nil
		case "columnCount":
			return d.ColumnCount.UnmarshalJSON(v) == nil
		}
		return otherKey(k, "values", "rowCount", "columnCount")
	})
}

func (d *Door) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "row":
			return d.Row.UnmarshalJSON(v) == nil
		case "column":
			return d.Column.UnmarshalJSON(v) == nil
		case "isOpen":
			return d.IsOpen.UnmarshalJSON(v) == nil
		case "isLocked":
			return d.IsLocked.UnmarshalJSON(v) == nil
		}
		return otherKey(k, "row", "column", "isOpen", "isLocked")
	})
}

func (w *Windows) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "values":
			return decodeList(dc, v, &w.Values)
		case "rowCount":
			return w.RowCount.UnmarshalJSON(v) == nil
		case "columnCount":
			return w.ColumnCount.UnmarshalJSON(v) == nil
		}
		return otherKey(k, "values", "rowCount", "columnCount")
	})
}

func (w *Window) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "row":
			return w.Row.UnmarshalJSON(v) == nil
		case "column":
			return w.Column.UnmarshalJSON(v) == nil
		case "isOpen":
			return w.IsOpen.UnmarshalJSON(v) == nil
		}
		return otherKey(k, "row", "column", "isOpen")
	})
}

func (t *Tires) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "values":
			return decodeList(dc, v, &t.Values)
		case "rowCount":
			return t.RowCount.UnmarshalJSON(v) == nil
		case "columnCount":
			return t.ColumnCount.UnmarshalJSON(v) == nil
		case "unit":
			return setText(dc, &t.Unit, v)
		}
		return otherKey(k, "values", "rowCount", "columnCount", "unit")
	})
}

func (t *Tire) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "row":
			return t.Row.UnmarshalJSON(v) == nil
		case "column":
			return t.Column.UnmarshalJSON(v) == nil
		case "tirePressure":
			return setFloat(dc, &t.TirePressure, v)
		}
		return otherKey(k, "row", "column", "tirePressure")
	})
}

func (r *Range) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "value":
			return setFloat(dc, &r.Value, v)
		case "unit":
			return setText(dc, &r.Unit, v)
		case "type":
			return setText(dc, &r.Type, v)
		case "additionalValues":
			return decodeList(dc, v, &r.AdditionalValues)
		}
		return otherKey(k, "value", "unit", "type", "additionalValues")
	})
}

func (r *RangeValue) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "type":
			return setText(dc, &r.Type, v)
		case "value":
			return setFloat(dc, &r.Value, v)
		}
		return otherKey(k, "type", "value")
	})
}

func (c *ChargeLimits) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "values":
			return decodeList(dc, v, &c.Values)
		case "activeLimit":
			return setFloat(dc, &c.ActiveLimit, v)
		case "unit":
			return setText(dc, &c.Unit, v)
		}
		return otherKey(k, "values", "activeLimit", "unit")
	})
}

func (c *ChargeLimit) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "type":
			return setText(dc, &c.Type, v)
		case "limit":
			return setFloat(dc, &c.Limit, v)
		case "condition":
			return setObject(dc, &c.Condition, v)
		}
		return otherKey(k, "type", "limit", "condition")
	})
}

func (c *ChargeCondition) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "name":
			return setText(dc, &c.Name, v)
		case "address":
			return setText(dc, &c.Address, v)
		case "connectorType":
			return setText(dc, &c.ConnectorType, v)
		case "latitude":
			return setFloat(dc, &c.Latitude, v)
		case "longitude":
			return setFloat(dc, &c.Longitude, v)
		}
		return otherKey(k, "name", "address", "connectorType", "latitude", "longitude")
	})
}

func (n *NominalCapacity) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "source":
			return setText(dc, &n.Source, v)
		case "capacity":
			return setFloat(dc, &n.Capacity, v)
		case "availableCapacities":
			return decodeList(dc, v, &n.AvailableCapacities)
		case "unit":
			return setText(dc, &n.Unit, v)
		}
		return otherKey(k, "source", "capacity", "availableCapacities", "unit")
	})
}

func (a *AvailableCapacity) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "capacity":
			return setFloat(dc, &a.Capacity, v)
		case "description":
			return setText(dc, &a.Description, v)
		}
		return otherKey(k, "capacity", "description")
	})
}

func (d *DTCList) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		if string(k) == "values" {
			return decodeList(dc, v, &d.Values)
		}
		return otherKey(k, "values")
	})
}

func (d *DTC) decodeFlat(dc *decoder, b []byte) bool {
	return flatObject(b, func(k, v []byte) bool {
		switch string(k) {
		case "code":
			return setText(dc, &d.Code, v)
		case "timestamp":
			return setTime(dc, &d.Timestamp, v)
		}
		return otherKey(k, "code", "timestamp")
	})
}
