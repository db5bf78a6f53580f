package edrv

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The hand-written decoder.
//
// parseScan decodes the envelope and the data of session, action and
// chargestation events in one pass over the body, with no reflection, into
// the same values encoding/json and the types' UnmarshalJSON methods give.
// It validates everything it reads, including skipped values, and returns
// nil as soon as it meets anything it does not reproduce exactly: a syntax
// error, a value of the wrong type, a member name with escapes or outside
// ASCII, a name that matches a field only when letter case is ignored, a
// repeated member, nesting deeper than maxDepth. [Parse] then takes the
// encoding/json path, which defines the semantics and reports errors.
//
// Allocations: the body is copied twice, once as the event's Raw bytes and
// once as a string of which every decoded string is a substring; raw JSON
// members (meta_data, ...) share the Raw bytes; the sub-objects of a
// session live in one block allocated with the event; each array is
// allocated once at its final length.

// maxDepth bounds the nesting the decoder follows; deeper bodies take the
// encoding/json path.
const maxDepth = 512

// decoder reads JSON from b, which holds the same bytes as s.
type decoder struct {
	b []byte
	s string
	i int
}

// cur returns the byte at the read position, or 0 at the end.
func (d *decoder) cur() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

// ws skips white space.
func (d *decoder) ws() { d.i = skipSpace(d.b, d.i) }

// lit reads the literal w.
func (d *decoder) lit(w string) bool {
	if strings.HasPrefix(d.s[d.i:], w) {
		d.i += len(w)
		return true
	}
	return false
}

// str reads a string, validating it, and returns the bounds of its
// contents, whether it has escapes and whether it has bytes outside ASCII.
func (d *decoder) str() (start, end int, esc, high, ok bool) {
	b := d.b
	start = d.i + 1
	for i := start; i < len(b); {
		for i < len(b) && plainByte[b[i]] {
			i++
		}
		if i >= len(b) {
			break
		}
		c := b[i]
		switch {
		case c == '"':
			d.i = i + 1
			return start, i, esc, high, true
		case c == '\\':
			esc = true
			if i+1 >= len(b) {
				return
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(b) {
					return
				}
				for _, h := range b[i+2 : i+6] {
					if !isHex(h) {
						return
					}
				}
				i += 6
			default:
				return
			}
		case c < 0x20:
			return
		case c >= utf8.RuneSelf:
			high = true
			i++
		default:
			i++
		}
	}
	return
}

// plainByte marks the bytes str passes over: not a quote, a backslash, a
// control character or outside ASCII.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// number reads a number in JSON's grammar.
func (d *decoder) number() bool {
	b, i := d.b, d.i
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
	d.i = i
	return true
}

// key reads a member name and the colon after it. With plain set it
// refuses names with escapes or bytes outside ASCII.
func (d *decoder) key(plain bool) (string, bool) {
	if d.cur() != '"' {
		return "", false
	}
	start, end, esc, high, ok := d.str()
	if !ok || plain && (esc || high) {
		return "", false
	}
	d.ws()
	if d.cur() != ':' {
		return "", false
	}
	d.i++
	d.ws()
	return d.s[start:end], true
}

// open reads the '{' of an object.
func (d *decoder) open() bool {
	if d.cur() != '{' {
		return false
	}
	d.i++
	return true
}

// next moves to the next member of an object whose '{' was read: it
// returns its name, with the read position on the value, or done at the
// closing '}'. The name is plain (see key).
func (d *decoder) next(first bool) (name string, done, ok bool) {
	return d.nextKey(first, true)
}

func (d *decoder) nextKey(first, plain bool) (name string, done, ok bool) {
	d.ws()
	switch d.cur() {
	case '}':
		d.i++
		return "", true, true
	case ',':
		if first {
			return "", false, false
		}
		d.i++
		d.ws()
	default:
		if !first {
			return "", false, false
		}
	}
	name, ok = d.key(plain)
	return name, false, ok
}

// elem moves to the next element of an array whose '[' was read, or
// reports done at the closing ']'.
func (d *decoder) elem(first bool) (done, ok bool) {
	d.ws()
	switch d.cur() {
	case ']':
		d.i++
		return true, true
	case ',':
		if first {
			return false, false
		}
		d.i++
		d.ws()
		return false, d.cur() != ']'
	}
	return false, first
}

// skip reads any value, validating it.
func (d *decoder) skip() bool { return d.skipDepth(0) }

func (d *decoder) skipDepth(depth int) bool {
	switch c := d.cur(); c {
	case '"':
		_, _, _, _, ok := d.str()
		return ok
	case '{':
		if depth >= maxDepth {
			return false
		}
		d.i++
		for first := true; ; first = false {
			_, done, ok := d.nextKey(first, false)
			if !ok {
				return false
			}
			if done {
				return true
			}
			if !d.skipDepth(depth + 1) {
				return false
			}
		}
	case '[':
		if depth >= maxDepth {
			return false
		}
		d.i++
		for first := true; ; first = false {
			done, ok := d.elem(first)
			if !ok {
				return false
			}
			if done {
				return true
			}
			if !d.skipDepth(depth + 1) {
				return false
			}
		}
	case 't':
		return d.lit("true")
	case 'f':
		return d.lit("false")
	case 'n':
		return d.lit("null")
	default:
		return d.number()
	}
}

// count returns the number of elements of the array at the read position,
// or -1. It does not validate: the decoding that follows does.
func (d *decoder) count() int {
	b := d.b
	depth, n, empty := 0, 0, true
	for j := d.i; j < len(b); j++ {
		switch b[j] {
		case '"':
			end, _ := scanString(b, j)
			if end < 0 {
				return -1
			}
			j = end - 1
			empty = false
		case '[', '{':
			if depth > 0 {
				empty = false
			}
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				if empty {
					return 0
				}
				return n + 1
			}
		case ',':
			if depth == 1 {
				n++
			}
		case ' ', '\t', '\r', '\n':
		default:
			empty = false
		}
	}
	return -1
}

// array reads the '[' of an array member and returns its length, or -1
// for null. The elements are then read with item.
func (d *decoder) array() (n int, ok bool) {
	if d.isNull() {
		return -1, true
	}
	if d.cur() != '[' {
		return 0, false
	}
	if n = d.count(); n < 0 {
		return 0, false
	}
	d.i++
	return n, true
}

// item moves to element k of an array of n elements: more reports that
// there is one; at the end, ok reports whether there were n.
func (d *decoder) item(k, n int) (more, ok bool) {
	done, ok := d.elem(k == 0)
	switch {
	case !ok:
		return false, false
	case done:
		return false, k == n
	}
	return k < n, k < n
}

// isNull reads a null, reporting false (and reading nothing) for any other
// value.
func (d *decoder) isNull() bool { return d.cur() == 'n' && d.lit("null") }

// text reads a string the way encoding/json decodes it into a string
// field: null leaves *p unchanged.
func text[S ~string](d *decoder, p *S) bool {
	switch d.cur() {
	case '"':
		q := d.i
		start, end, esc, high, ok := d.str()
		if !ok {
			return false
		}
		if esc || high && !utf8.Valid(d.b[start:end]) {
			var s string
			if json.Unmarshal(d.b[q:d.i], &s) != nil {
				return false
			}
			*p = S(s)
			return true
		}
		*p = S(d.s[start:end])
		return true
	case 'n':
		return d.lit("null")
	}
	return false
}

// unquoted reads a string the way the package's unquote helper decodes
// it: bytes outside ASCII are kept as they are. It reports false for any
// other value.
func (d *decoder) unquoted(p *string) bool {
	if d.cur() != '"' {
		return false
	}
	q := d.i
	start, end, esc, _, ok := d.str()
	if !ok {
		return false
	}
	if esc {
		return json.Unmarshal(d.b[q:d.i], p) == nil
	}
	*p = d.s[start:end]
	return true
}

// rawValue reads any value and returns its text, sharing the body.
func (d *decoder) rawValue(p *json.RawMessage) bool {
	start := d.i
	if !d.skip() {
		return false
	}
	*p = d.b[start:d.i:d.i]
	return true
}

// decimal reads a value the way [Decimal.UnmarshalJSON] does, with the
// text as a substring of the body.
func (d *decoder) decimal(p *Decimal) bool {
	start := d.i
	switch c := d.cur(); {
	case c == '-' || '0' <= c && c <= '9':
		if !d.number() {
			return false
		}
		s := d.s[start:d.i]
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			*p = Decimal{text: s, f: f, form: formNumber}
		} else {
			*p = Decimal{text: s, form: formInvalid}
		}
		return true
	case c == '"':
		a, b, esc, _, ok := d.str()
		switch {
		case !ok:
			return false
		case esc:
			return p.UnmarshalJSON(d.b[start:d.i]) == nil
		case a == b:
			*p = Decimal{form: formEmpty}
			return true
		}
		s := d.s[a:b]
		if f, ok := numeric(s); ok {
			*p = Decimal{text: s, f: f, form: formString}
		} else {
			*p = Decimal{text: d.s[start:d.i], form: formInvalid}
		}
		return true
	case c == 'n':
		if !d.lit("null") {
			return false
		}
		*p = Decimal{form: formNull}
		return true
	}
	if !d.skip() {
		return false
	}
	*p = Decimal{text: d.s[start:d.i], form: formInvalid}
	return true
}

// time reads a value with [Time.UnmarshalJSON].
func (d *decoder) time(p *Time) bool {
	start := d.i
	return d.skip() && p.UnmarshalJSON(d.b[start:d.i]) == nil
}

// bool reads a value with [Bool.UnmarshalJSON].
func (d *decoder) bool(p *Bool) bool {
	start := d.i
	return d.skip() && p.UnmarshalJSON(d.b[start:d.i]) == nil
}

// fieldNames lists the JSON member names of struct type T, for the check
// that a member the decoder does not handle is not one encoding/json would
// match ignoring letter case. Reading them from the struct tags means that
// a field added to a type without teaching the decoder makes the decoder
// give up rather than drop it.
func fieldNames[T any]() []string {
	t := reflect.TypeFor[T]()
	var names []string
	for i := range t.NumField() {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// folds reports whether key equals one of names ignoring ASCII letter
// case. The decoder only sees ASCII keys.
func folds(key string, names []string) bool {
	for _, n := range names {
		if len(n) == len(key) && asciiEqualFold(key, n) {
			return true
		}
	}
	return false
}

func asciiEqualFold(a, b string) bool {
	for i := range a {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// unhandled reads the value of a member the decoder has no field for:
// encoding/json ignores it unless its name matches one of names ignoring
// case.
func (d *decoder) unhandled(key string, names []string) bool {
	return !folds(key, names) && d.skip()
}

// envelopeNames are the envelope members the decoder reads; "collection"
// only matters to the general path when there is no type.
var envelopeNames = []string{"_id", "type", "object", "data", "createdAt"}

// header is what the envelope says besides the data.
type header struct {
	id, object string
	name       EventType
	createdAt  Time
}

func (e *Envelope[T]) setHeader(h header, raw, rawData json.RawMessage) {
	e.ID, e.Name, e.Object, e.CreatedAt, e.raw, e.rawData = h.id, h.name, h.object, h.createdAt, raw, rawData
}

// parseScan decodes body with the hand-written decoder, or returns nil.
func parseScan(body []byte) Event {
	raw := bytes.Clone(body)
	d := &decoder{b: raw, s: string(raw)}
	d.ws()
	if !d.open() {
		return nil
	}
	var (
		h          header
		k          kind
		ev         Event
		seen       uint8
		start, end = -1, -1 // bounds of the data object
	)
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return nil
		}
		if done {
			break
		}
		var bit uint8
		switch key {
		case "_id":
			bit, ok = 1, text(d, &h.id)
		case "type":
			bit = 2
			if k, ok = d.eventKind(&h.name); !ok {
				return nil
			}
			if start >= 0 { // data came first
				at := d.i
				d.i = start
				if ev = d.data(k); ev == nil || d.i != end {
					return nil
				}
				d.i = at
			}
		case "object":
			bit, ok = 4, text(d, &h.object)
		case "createdAt":
			bit, ok = 8, d.time(&h.createdAt)
		case "data":
			bit, start = 16, d.i
			if d.cur() != '{' {
				return nil
			}
			if k != kindUnknown {
				ev = d.data(k)
				ok = ev != nil
			} else {
				ok = d.skip()
			}
			end = d.i
		default:
			ok = d.unhandled(key, envelopeNames)
		}
		if !ok || seen&bit != 0 {
			return nil
		}
		seen |= bit
	}
	d.ws()
	if d.i != len(d.b) || ev == nil {
		return nil
	}
	ev.(interface {
		setHeader(header, json.RawMessage, json.RawMessage)
	}).setHeader(h, raw, raw[start:end:end])
	return ev
}

// eventKind reads the event name, which must be a string without escapes
// naming a session, action or chargestation event.
func (d *decoder) eventKind(name *EventType) (kind, bool) {
	if d.cur() != '"' {
		return kindUnknown, false
	}
	a, b, esc, _, ok := d.str()
	if !ok || esc {
		return kindUnknown, false
	}
	*name = EventType(d.s[a:b])
	switch en := catalogue[*name]; en.kind {
	case kindSession, kindAction, kindChargestation:
		return en.kind, true
	}
	return kindUnknown, false
}

// data decodes a data object of kind k into a new event.
func (d *decoder) data(k kind) Event {
	switch k {
	case kindSession:
		blk := new(sessionBlock)
		if !d.session(&blk.ev.Data, blk) {
			return nil
		}
		return &blk.ev
	case kindAction:
		e := new(ActionEvent)
		if !d.action(&e.Data) {
			return nil
		}
		return e
	case kindChargestation:
		e := new(ChargestationEvent)
		if !d.chargestation(&e.Data) {
			return nil
		}
		return e
	}
	return nil
}

var actionNames = fieldNames[Action]()

func (d *decoder) action(a *Action) bool {
	if !d.open() {
		return false
	}
	var seen uint16
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint16
		switch key {
		case "_id":
			bit, ok = 1<<0, text(d, &a.ID)
		case "type":
			bit, ok = 1<<1, text(d, &a.Type)
		case "status":
			bit, ok = 1<<2, text(d, &a.Status)
		case "chargestation":
			bit, ok = 1<<3, text(d, &a.Chargestation)
		case "connector":
			bit, ok = 1<<4, text(d, &a.Connector)
		case "data":
			bit, ok = 1<<5, d.rawValue(&a.Data)
		case "response_data":
			bit, ok = 1<<6, d.rawValue(&a.ResponseData)
		case "createdAt":
			bit, ok = 1<<7, d.time(&a.CreatedAt)
		case "updatedAt":
			bit, ok = 1<<8, d.time(&a.UpdatedAt)
		default:
			ok = d.unhandled(key, actionNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}
