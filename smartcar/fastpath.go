package smartcar

import (
	"bytes"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The one-pass decoder of v3.0/v4.0 envelopes (VEHICLE_STATE, VEHICLE_ERROR,
// VERIFY). It validates the JSON syntax of the whole body as it decodes, so
// encoding/json is not needed on the success path, and it takes every
// decoded string from one string copy of the body, so strings cost no
// allocation each. Signals are gathered in reused scratch space and then
// copied into slices of the exact size, statuses, metas and errors into one
// slice each.
//
// It handles the documented shapes only. Anything it does not decode exactly
// as encoding/json would (escaped or non-ASCII keys, keys in another letter
// case, repeated keys, escaped or invalid UTF-8 strings, values of
// unexpected types, numbers that do not fit, v2.0 fields, unknown event
// names, deep nesting) makes it give up, and [Parse] decodes the body again
// with encoding/json from scratch: results and errors are those of the
// encoding/json path. A differential test and a fuzz target compare both.

// decoder reads one body. b is the body's copy (the event's Raw; signal
// RawBodys are sub-slices of it) and s a string copy of the same bytes.
type decoder struct {
	b     []byte
	s     string
	depth int
}

// maxFastDepth is the deepest nesting the decoder follows; deeper input is
// left to encoding/json.
const maxFastDepth = 100

// String literal kinds reported by scanString.
const (
	strASCII   = iota // no escape sequence, ASCII only
	strUTF8           // no escape sequence, valid UTF-8
	strEscaped        // escape sequences or invalid UTF-8: its value differs from its bytes
)

// ws returns the index of the first byte at or after i that is not JSON
// white space.
func (d *decoder) ws(i int) int { return skipSpace(d.b, i) }

// scanString validates the string literal at b[i] and returns the index
// just past it and its kind.
func (d *decoder) scanString(i int) (end, kind int, ok bool) {
	b := d.b
	if i >= len(b) || b[i] != '"' {
		return 0, 0, false
	}
	kind = strASCII
	for j := i + 1; j < len(b); j++ {
		switch c := b[j]; {
		case c == '"':
			if kind == strUTF8 && !utf8.Valid(b[i+1:j]) {
				kind = strEscaped
			}
			return j + 1, kind, true
		case c == '\\':
			kind = strEscaped
			j++
			if j >= len(b) {
				return 0, 0, false
			}
			switch b[j] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if j+4 >= len(b) {
					return 0, 0, false
				}
				for _, h := range b[j+1 : j+5] {
					if !('0' <= h && h <= '9' || 'a' <= h && h <= 'f' || 'A' <= h && h <= 'F') {
						return 0, 0, false
					}
				}
				j += 4
			default:
				return 0, 0, false
			}
		case c < 0x20:
			return 0, 0, false
		case c >= 0x80 && kind == strASCII:
			kind = strUTF8
		}
	}
	return 0, 0, false
}

// str decodes the string literal at b[i] into a substring of s.
func (d *decoder) str(i int) (string, int, bool) {
	end, kind, ok := d.scanString(i)
	if !ok || kind == strEscaped {
		return "", 0, false
	}
	return d.s[i+1 : end-1], end, true
}

// number validates the number at b[i] and returns the index just past it.
func (d *decoder) number(i int) (int, bool) {
	j := i
	for j < len(d.b) {
		c := d.b[j]
		if !('0' <= c && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
			break
		}
		j++
	}
	return j, validNumber(d.b[i:j])
}

// lit checks the literal word at b[i].
func (d *decoder) lit(i int, word string) (int, bool) {
	end := i + len(word)
	return end, end <= len(d.b) && string(d.b[i:end]) == word
}

func (d *decoder) isNull(i int) bool { return i < len(d.b) && d.b[i] == 'n' }

// skip validates the JSON value at b[i] and returns the index just past
// it.
func (d *decoder) skip(i int) (int, bool) {
	if i >= len(d.b) {
		return 0, false
	}
	switch c := d.b[i]; {
	case c == '"':
		end, _, ok := d.scanString(i)
		return end, ok
	case c == '{', c == '[':
		if d.depth++; d.depth > maxFastDepth {
			return 0, false
		}
		var end int
		var ok bool
		if c == '{' {
			end, ok = d.skipObject(i)
		} else {
			end, ok = d.elements(i, d.skip)
		}
		d.depth--
		return end, ok
	case c == 't':
		return d.lit(i, "true")
	case c == 'f':
		return d.lit(i, "false")
	case c == 'n':
		return d.lit(i, "null")
	case c == '-', '0' <= c && c <= '9':
		return d.number(i)
	}
	return 0, false
}

// skipObject validates the object at b[i], whatever its keys.
func (d *decoder) skipObject(i int) (int, bool) {
	b := d.b
	i = d.ws(i + 1)
	if i < len(b) && b[i] == '}' {
		return i + 1, true
	}
	for {
		end, _, ok := d.scanString(i)
		if !ok {
			return 0, false
		}
		if i = d.ws(end); i >= len(b) || b[i] != ':' {
			return 0, false
		}
		if i, ok = d.skip(d.ws(i + 1)); !ok {
			return 0, false
		}
		if i = d.ws(i); i >= len(b) {
			return 0, false
		}
		switch b[i] {
		case ',':
			i = d.ws(i + 1)
		case '}':
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// members calls fn with the key and the value's index of each member of
// the object at b[i]; fn returns the index just past the value. Keys must
// be plain ASCII, so that they compare as encoding/json compares them.
func (d *decoder) members(i int, fn func(key string, j int) (int, bool)) (int, bool) {
	b := d.b
	if i >= len(b) || b[i] != '{' {
		return 0, false
	}
	i = d.ws(i + 1)
	if i < len(b) && b[i] == '}' {
		return i + 1, true
	}
	for {
		end, kind, ok := d.scanString(i)
		if !ok || kind != strASCII {
			return 0, false
		}
		key := d.s[i+1 : end-1]
		if i = d.ws(end); i >= len(b) || b[i] != ':' {
			return 0, false
		}
		if i, ok = fn(key, d.ws(i+1)); !ok {
			return 0, false
		}
		if i = d.ws(i); i >= len(b) {
			return 0, false
		}
		switch b[i] {
		case ',':
			i = d.ws(i + 1)
		case '}':
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// elements calls fn with the index of each element of the array at b[i].
func (d *decoder) elements(i int, fn func(j int) (int, bool)) (int, bool) {
	b := d.b
	if i >= len(b) || b[i] != '[' {
		return 0, false
	}
	i = d.ws(i + 1)
	if i < len(b) && b[i] == ']' {
		return i + 1, true
	}
	for {
		var ok bool
		if i, ok = fn(i); !ok {
			return 0, false
		}
		if i = d.ws(i); i >= len(b) {
			return 0, false
		}
		switch b[i] {
		case ',':
			i = d.ws(i + 1)
		case ']':
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// fields calls fn with each member of the object at b[i] whose key is one
// of keys, and the index of its value; fn returns the index just past the
// value. Other members are validated and skipped. It gives up on a key
// that repeats, or that matches one of keys in another letter case:
// encoding/json would fill that field. keys holds at most 32 names.
func (d *decoder) fields(i int, keys []string, fn func(key string, j int) (int, bool)) (int, bool) {
	var seen uint32
	return d.members(i, func(k string, j int) (int, bool) {
		for n, key := range keys {
			if k == key {
				if seen&(1<<n) != 0 {
					return 0, false
				}
				seen |= 1 << n
				return fn(k, j)
			}
		}
		for _, key := range keys {
			if strings.EqualFold(k, key) {
				return 0, false
			}
		}
		return d.skip(j)
	})
}

// The member names each object decoder reads.
var (
	envelopeKeys = []string{"eventId", "eventType", "vehicleId", "data", "triggers", "meta",
		"version", "webhookId", "eventName", "mode", "payload"} // the v2.0 ones make it give up
	dataKeys        = []string{"challenge", "user", "vehicle", "signals", "triggers", "meta", "errors"}
	userKeys        = []string{"id", "externalId"}
	vehicleKeys     = []string{"id", "make", "model", "year", "vin", "mode", "powertrainType"}
	metaKeys        = []string{"version", "webhookId", "webhookName", "deliveryId", "deliveredAt", "deliveryTimestamp", "deliveryTime", "signalCount", "mode", "sequence"}
	signalKeys      = []string{"code", "name", "group", "body", "status", "meta"}
	statusKeys      = []string{"value", "error"}
	signalErrorKeys = []string{"type", "code"}
	signalMetaKeys  = []string{"oemUpdatedAt", "retrievedAt", "fetchedAt"}
	triggerKeys     = []string{"type", "signal", "code", "name", "group"}
	refKeys         = []string{"code", "name", "group"}
	errorDetailKeys = []string{"type", "code", "state", "description", "suggestedUserMessage", "docURL", "resolution", "signals"}
	resolutionKeys  = []string{"type"}
)

// decodeText decodes a string member into dst; null leaves dst unchanged, as
// encoding/json does.
func decodeText[T ~string](d *decoder, j int, dst *T) (int, bool) {
	if d.isNull(j) {
		return d.lit(j, "null")
	}
	s, end, ok := d.str(j)
	*dst = T(s)
	return end, ok
}

// decodeOptText decodes a [Nullable] string member.
func decodeOptText[T ~string](d *decoder, j int, dst *Nullable[T]) (int, bool) {
	if d.isNull(j) {
		*dst = Nullable[T]{state: stateNull}
		return d.lit(j, "null")
	}
	s, end, ok := d.str(j)
	*dst = Nullable[T]{v: T(s), state: stateSet}
	return end, ok
}

// integer decodes an int64 member: a JSON integer of at most 18 digits.
func (d *decoder) integer(j int) (int64, int, bool) {
	end, ok := d.number(j)
	if !ok {
		return 0, 0, false
	}
	n, ok := parseInt(d.b[j:end])
	return n, end, ok
}

// decodeOptInt decodes a [Nullable] integer member.
func decodeOptInt[T int | int64](d *decoder, j int, dst *Nullable[T]) (int, bool) {
	if d.isNull(j) {
		*dst = Nullable[T]{state: stateNull}
		return d.lit(j, "null")
	}
	n, end, ok := d.integer(j)
	*dst = Nullable[T]{v: T(n), state: stateSet}
	return end, ok && int64(T(n)) == n
}

// timestamp decodes a [Timestamp] member as [Timestamp.UnmarshalJSON] does:
// the value is validated, then set as the flat body decoders set one.
func (d *decoder) timestamp(j int, t *Timestamp) (int, bool) {
	end, ok := d.skip(j)
	return end, ok && setTime(d, t, d.b[j:end])
}

// list decodes an array member with elem; null gives nil and [] an empty
// slice, as with encoding/json.
func list[T any](d *decoder, j int, dst *[]T, elem func(j int, v *T) (int, bool)) (int, bool) {
	if d.isNull(j) {
		*dst = nil
		return d.lit(j, "null")
	}
	out := []T{}
	end, ok := d.elements(j, func(j int) (int, bool) {
		var zero T
		out = append(out, zero)
		return elem(j, &out[len(out)-1])
	})
	*dst = out
	return end, ok
}

// sub returns v, a sub-slice of d.b, as the same bytes of d.s without a
// copy; a nil decoder, or bytes from elsewhere, get a copy. The offset of v
// follows from its capacity.
func (d *decoder) sub(v []byte) string {
	if d != nil {
		if off := cap(d.b) - cap(v); off >= 0 && off+len(v) <= len(d.s) {
			if s := d.s[off : off+len(v)]; s == string(v) {
				return s
			}
		}
	}
	return string(v)
}

// envelope collects the members of a v3.0/v4.0 body.
type envelope struct {
	eventID, eventType, vehicleID string
	triggers                      []Trigger
	meta                          Meta
	hasMeta, hasData              bool
	data                          envelopeData
}

// envelopeData is the union of the "data" members of VERIFY, VEHICLE_STATE
// and VEHICLE_ERROR.
type envelopeData struct {
	challenge string
	user      User
	vehicle   Vehicle
	signals   Signals
	triggers  []Trigger
	meta      Meta
	hasMeta   bool
	errors    []ErrorDetail
}

// parseFast decodes a VEHICLE_STATE, VEHICLE_ERROR or VERIFY body in one
// pass, or reports false when the body needs encoding/json.
func parseFast(body []byte) (Event, bool) {
	d := decoder{b: bytes.Clone(body), s: string(body)}
	var env envelope
	end, ok := d.envelope(d.ws(0), &env)
	if !ok || d.ws(end) != len(d.b) {
		return nil, false
	}
	switch env.eventType {
	case EventVehicleState:
		a := &struct {
			ev   VehicleState
			meta Meta
		}{meta: env.meta}
		a.ev = VehicleState{EventID: env.eventID, EventType: env.eventType, TopVehicleID: env.vehicleID,
			TopTriggers: env.triggers, Raw: d.b}
		if env.hasMeta {
			a.ev.TopMeta = &a.meta
		}
		if env.hasData {
			dd := &env.data
			a.ev.Data = StateData{User: dd.user, Vehicle: dd.vehicle, Signals: dd.signals, Triggers: dd.triggers}
			if dd.hasMeta {
				m := dd.meta
				a.ev.Data.Meta = &m
			}
		}
		return &a.ev, true
	case EventVehicleError:
		a := &struct {
			ev   VehicleError
			meta Meta
		}{meta: env.meta}
		a.ev = VehicleError{EventID: env.eventID, EventType: env.eventType, TopVehicleID: env.vehicleID, Raw: d.b}
		if env.hasMeta {
			a.ev.TopMeta = &a.meta
		}
		if env.hasData {
			dd := &env.data
			a.ev.Data = ErrorData{User: dd.user, Vehicle: dd.vehicle, Errors: dd.errors}
			if dd.hasMeta {
				m := dd.meta
				a.ev.Data.Meta = &m
			}
		}
		return &a.ev, true
	case EventVerify:
		a := &struct {
			ev   Verify
			meta Meta
			data ChallengeData
		}{meta: env.meta, data: ChallengeData{Challenge: env.data.challenge}}
		a.ev = Verify{EventID: env.eventID, EventType: env.eventType, Raw: d.b}
		if env.hasMeta {
			a.ev.Meta = &a.meta
		}
		if env.hasData {
			a.ev.Data = &a.data
		}
		return &a.ev, true
	}
	return nil, false
}

// envelope decodes the top-level object. The v2.0 members make it give up:
// the generation is then told by encoding/json.
func (d *decoder) envelope(i int, env *envelope) (int, bool) {
	return d.fields(i, envelopeKeys, func(k string, j int) (int, bool) {
		switch k {
		case "eventId":
			return decodeText(d, j, &env.eventID)
		case "eventType":
			return decodeText(d, j, &env.eventType)
		case "vehicleId":
			return decodeText(d, j, &env.vehicleID)
		case "data":
			if d.isNull(j) {
				return d.lit(j, "null")
			}
			env.hasData = true
			return d.data(j, &env.data)
		case "triggers":
			return list(d, j, &env.triggers, d.trigger)
		case "meta":
			if d.isNull(j) {
				return d.lit(j, "null")
			}
			env.hasMeta = true
			return d.meta(j, &env.meta)
		}
		return 0, false // a v2.0 member: left to encoding/json
	})
}

func (d *decoder) data(i int, dd *envelopeData) (int, bool) {
	return d.fields(i, dataKeys, func(k string, j int) (int, bool) {
		switch k {
		case "challenge":
			return decodeText(d, j, &dd.challenge)
		case "user":
			return d.user(j, &dd.user)
		case "vehicle":
			return d.vehicle(j, &dd.vehicle)
		case "signals":
			return d.signals(j, &dd.signals)
		case "triggers":
			return list(d, j, &dd.triggers, d.trigger)
		case "meta":
			if d.isNull(j) {
				return d.lit(j, "null")
			}
			dd.hasMeta = true
			return d.meta(j, &dd.meta)
		case "errors":
			return list(d, j, &dd.errors, d.errorDetail)
		}
		return 0, false
	})
}

func (d *decoder) user(i int, u *User) (int, bool) {
	if d.isNull(i) {
		return d.lit(i, "null")
	}
	return d.fields(i, userKeys, func(k string, j int) (int, bool) {
		switch k {
		case "id":
			return decodeText(d, j, &u.ID)
		case "externalId":
			return decodeOptText(d, j, &u.ExternalID)
		}
		return 0, false
	})
}

func (d *decoder) vehicle(i int, v *Vehicle) (int, bool) {
	if d.isNull(i) {
		return d.lit(i, "null")
	}
	return d.fields(i, vehicleKeys, func(k string, j int) (int, bool) {
		switch k {
		case "id":
			return decodeText(d, j, &v.ID)
		case "make":
			return decodeText(d, j, &v.Make)
		case "model":
			return decodeText(d, j, &v.Model)
		case "year":
			if d.isNull(j) {
				return d.lit(j, "null")
			}
			n, end, ok := d.integer(j)
			v.Year = int(n)
			return end, ok && int64(int(n)) == n
		case "vin":
			return decodeText(d, j, &v.VIN)
		case "mode":
			return decodeText(d, j, &v.Mode)
		case "powertrainType":
			return decodeText(d, j, &v.PowertrainType)
		}
		return 0, false
	})
}

func (d *decoder) meta(i int, m *Meta) (int, bool) {
	return d.fields(i, metaKeys, func(k string, j int) (int, bool) {
		switch k {
		case "version":
			return decodeText(d, j, &m.Version)
		case "webhookId":
			return decodeText(d, j, &m.WebhookID)
		case "webhookName":
			return decodeText(d, j, &m.WebhookName)
		case "deliveryId":
			return decodeText(d, j, &m.DeliveryID)
		case "deliveredAt":
			return d.timestamp(j, &m.DeliveredAt)
		case "deliveryTimestamp":
			return d.timestamp(j, &m.DeliveryTimestamp)
		case "deliveryTime":
			return d.timestamp(j, &m.DeliveryTime)
		case "signalCount":
			return decodeOptInt(d, j, &m.SignalCount)
		case "mode":
			return decodeText(d, j, &m.Mode)
		case "sequence":
			return decodeOptInt(d, j, &m.Sequence)
		}
		return 0, false
	})
}

// signalScratch holds the signals of a body while their number is
// unknown; they are then copied into slices of the exact size. It is
// reused through scratchPool.
type signalScratch struct {
	signals  Signals
	flags    []uint8    // per signal: which of statuses, errs and metas it owns
	kinds    []bodyKind // per signal: the slice its body is in, if any
	statuses []SignalStatus
	errs     []SignalError
	metas    []SignalMeta

	// The bodies of the most common types.
	quantities  []Quantity
	percents    []Percent
	flagBodies  []Flag
	texts       []Text
	closures    []Closure
	diagnostics []Diagnostic
}

// bodyKind names the body types that signalScratch gathers in one slice
// per type.
type bodyKind uint8

const (
	kindOther bodyKind = iota // any other type: one allocation per body
	kindQuantity
	kindPercent
	kindFlag
	kindText
	kindClosure
	kindDiagnostic
)

// bodyKinds gives the bodyKind of the codes whose body type has one.
var bodyKinds = func() map[SignalCode]bodyKind {
	m := make(map[SignalCode]bodyKind)
	for code, info := range catalogue {
		if info.newBody == nil {
			continue
		}
		switch info.newBody().(type) {
		case *Quantity:
			m[code] = kindQuantity
		case *Percent:
			m[code] = kindPercent
		case *Flag:
			m[code] = kindFlag
		case *Text:
			m[code] = kindText
		case *Closure:
			m[code] = kindClosure
		case *Diagnostic:
			m[code] = kindDiagnostic
		}
	}
	return m
}()

// decodeBody decodes b, the body of a signal of the given kind, into the
// slice of its type, and reports whether the flat decoder could.
func (sc *signalScratch) decodeBody(d *decoder, kind bodyKind, b []byte) bool {
	switch kind {
	case kindQuantity:
		return appendFlat(d, &sc.quantities, b)
	case kindPercent:
		return appendFlat(d, &sc.percents, b)
	case kindFlag:
		return appendFlat(d, &sc.flagBodies, b)
	case kindText:
		return appendFlat(d, &sc.texts, b)
	case kindClosure:
		return appendFlat(d, &sc.closures, b)
	case kindDiagnostic:
		return appendFlat(d, &sc.diagnostics, b)
	}
	return false
}

// appendFlat decodes b with T's flat decoder into a new last element of s;
// on failure s is left as it was.
func appendFlat[T any, P interface {
	*T
	flatDecoder
}](d *decoder, s *[]T, b []byte) bool {
	var zero T
	*s = append(*s, zero)
	if P(&(*s)[len(*s)-1]).decodeFlat(d, b) {
		return true
	}
	*s = (*s)[:len(*s)-1]
	return false
}

// exact returns a copy of s of the exact size, nil when s is empty.
func exact[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

// next returns a pointer to the first element of *s and drops it.
func next[T any](s *[]T) *T {
	p := &(*s)[0]
	*s = (*s)[1:]
	return p
}

// Flags of signalScratch.flags.
const (
	ownsStatus uint8 = 1 << iota
	ownsError
	ownsMeta
)

var scratchPool = sync.Pool{New: func() any { return new(signalScratch) }}

// maxPooledSignals bounds the scratch space kept for reuse.
const maxPooledSignals = 1024

// result returns the signals in slices of the exact size.
func (sc *signalScratch) result() Signals {
	ss := make(Signals, len(sc.signals))
	copy(ss, sc.signals)
	statuses, errs, metas := exact(sc.statuses), exact(sc.errs), exact(sc.metas)
	for i, f := range sc.flags {
		if f&ownsStatus != 0 {
			st := next(&statuses)
			if f&ownsError != 0 {
				st.Error = next(&errs)
			}
			ss[i].Status = st
		}
		if f&ownsMeta != 0 {
			ss[i].Meta = next(&metas)
		}
	}
	quantities, percents, flags := exact(sc.quantities), exact(sc.percents), exact(sc.flagBodies)
	texts, closures, diagnostics := exact(sc.texts), exact(sc.closures), exact(sc.diagnostics)
	for i, k := range sc.kinds {
		switch k {
		case kindQuantity:
			ss[i].Body = next(&quantities)
		case kindPercent:
			ss[i].Body = next(&percents)
		case kindFlag:
			ss[i].Body = next(&flags)
		case kindText:
			ss[i].Body = next(&texts)
		case kindClosure:
			ss[i].Body = next(&closures)
		case kindDiagnostic:
			ss[i].Body = next(&diagnostics)
		}
	}
	return ss
}

// release clears sc, so that it holds on to no body, and returns it to the
// pool.
func (sc *signalScratch) release() {
	if cap(sc.signals) > maxPooledSignals {
		return
	}
	clear(sc.signals)
	clear(sc.statuses)
	clear(sc.errs)
	clear(sc.metas)
	clear(sc.quantities)
	clear(sc.percents)
	clear(sc.flagBodies)
	clear(sc.texts)
	clear(sc.closures)
	clear(sc.diagnostics)
	sc.signals, sc.flags, sc.kinds = sc.signals[:0], sc.flags[:0], sc.kinds[:0]
	sc.statuses, sc.errs, sc.metas = sc.statuses[:0], sc.errs[:0], sc.metas[:0]
	sc.quantities, sc.percents, sc.flagBodies, sc.texts = sc.quantities[:0], sc.percents[:0], sc.flagBodies[:0], sc.texts[:0]
	sc.closures, sc.diagnostics = sc.closures[:0], sc.diagnostics[:0]
	scratchPool.Put(sc)
}

// signals decodes data.signals, typed bodies included.
func (d *decoder) signals(i int, dst *Signals) (int, bool) {
	if d.isNull(i) {
		*dst = nil
		return d.lit(i, "null")
	}
	sc := scratchPool.Get().(*signalScratch)
	defer sc.release()
	end, ok := d.elements(i, func(j int) (int, bool) {
		sc.signals = append(sc.signals, Signal{})
		sc.flags = append(sc.flags, 0)
		sc.kinds = append(sc.kinds, kindOther)
		return d.signal(j, sc)
	})
	if ok {
		*dst = sc.result()
	}
	return end, ok
}

// signal decodes the last signal of sc.
func (d *decoder) signal(i int, sc *signalScratch) (int, bool) {
	s := &sc.signals[len(sc.signals)-1]
	flags := &sc.flags[len(sc.flags)-1]
	body := -1
	end, ok := d.fields(i, signalKeys, func(k string, j int) (int, bool) {
		switch k {
		case "code":
			return decodeText(d, j, &s.Code)
		case "name":
			return decodeText(d, j, &s.Name)
		case "group":
			return decodeText(d, j, &s.Group)
		case "body":
			end, ok := d.skip(j)
			if ok {
				body = j
				s.RawBody = d.b[j:end:end]
			}
			return end, ok
		case "status":
			if d.isNull(j) {
				return d.lit(j, "null")
			}
			var st SignalStatus
			var se SignalError
			hasErr := false
			end, ok := d.status(j, &st, &se, &hasErr)
			sc.statuses = append(sc.statuses, st)
			*flags |= ownsStatus
			if hasErr {
				sc.errs = append(sc.errs, se)
				*flags |= ownsError
			}
			return end, ok
		case "meta":
			if d.isNull(j) {
				return d.lit(j, "null")
			}
			var m SignalMeta
			end, ok := d.signalMeta(j, &m)
			sc.metas = append(sc.metas, m)
			*flags |= ownsMeta
			return end, ok
		}
		return 0, false
	})
	if ok && body >= 0 {
		// The body's bytes, not capacity-limited, so that d.sub finds them.
		b := d.b[body : body+len(s.RawBody)]
		if kind, found := bodyKinds[s.Code]; found && string(b) != "null" && sc.decodeBody(d, kind, b) {
			sc.kinds[len(sc.kinds)-1] = kind // Body is set by result
		} else {
			s.decodeBodyWith(d, b)
		}
	}
	return end, ok
}

// status decodes a signal's status; its error, when there is one, goes to
// se (st.Error stays nil until signalScratch.result).
func (d *decoder) status(i int, st *SignalStatus, se *SignalError, hasErr *bool) (int, bool) {
	return d.fields(i, statusKeys, func(k string, j int) (int, bool) {
		switch k {
		case "value":
			return decodeText(d, j, &st.Value)
		case "error":
			if d.isNull(j) {
				return d.lit(j, "null")
			}
			*hasErr = true
			return d.signalError(j, se)
		}
		return 0, false
	})
}

func (d *decoder) signalError(i int, e *SignalError) (int, bool) {
	return d.fields(i, signalErrorKeys, func(k string, j int) (int, bool) {
		switch k {
		case "type":
			return decodeText(d, j, &e.Type)
		case "code":
			return decodeOptText(d, j, &e.Code)
		}
		return 0, false
	})
}

func (d *decoder) signalMeta(i int, m *SignalMeta) (int, bool) {
	return d.fields(i, signalMetaKeys, func(k string, j int) (int, bool) {
		switch k {
		case "oemUpdatedAt":
			return d.timestamp(j, &m.OEMUpdatedAt)
		case "retrievedAt":
			return d.timestamp(j, &m.RetrievedAt)
		case "fetchedAt":
			return d.timestamp(j, &m.FetchedAt)
		}
		return 0, false
	})
}

// trigger decodes a [Trigger] in any of its shapes, as
// [Trigger.UnmarshalJSON] does.
func (d *decoder) trigger(i int, t *Trigger) (int, bool) {
	if i < len(d.b) && d.b[i] == '"' {
		s, end, ok := d.str(i)
		if s == string(TriggerFirstDelivery) {
			*t = Trigger{Type: TriggerFirstDelivery, shape: shapeText}
		} else {
			*t = Trigger{Type: TriggerSignalUpdated, Signal: refFromText(s), shape: shapeText}
		}
		return end, ok
	}
	var typ, code, name, group string
	var ref SignalRef
	hasType, hasSignal, nullSignal := false, false, false
	end, ok := d.fields(i, triggerKeys, func(k string, j int) (int, bool) {
		switch k {
		case "type":
			if d.isNull(j) {
				return 0, false // a null type is the flat shape: rare, left to encoding/json
			}
			hasType = true
			return decodeText(d, j, &typ)
		case "signal":
			hasSignal = true
			if d.isNull(j) {
				nullSignal = true
				return d.lit(j, "null")
			}
			return d.ref(j, &ref)
		case "code":
			return decodeText(d, j, &code)
		case "name":
			return decodeText(d, j, &name)
		case "group":
			return decodeText(d, j, &group)
		}
		return 0, false
	})
	switch {
	case !ok:
	case !hasType && code == string(TriggerFirstDelivery):
		*t = Trigger{Type: TriggerFirstDelivery, shape: shapeFlat}
	case !hasType:
		*t = Trigger{Type: TriggerSignalUpdated, Signal: objectRef(code, name, group), shape: shapeFlat}
	case !hasSignal:
		*t = Trigger{Type: TriggerType(typ)}
	case nullSignal:
		*t = Trigger{Type: TriggerType(typ), shape: shapeTypedNull}
	case ref.IsZero():
		*t = Trigger{Type: TriggerType(typ), Signal: ref, shape: shapeTypedEmpty}
	default:
		*t = Trigger{Type: TriggerType(typ), Signal: ref}
	}
	return end, ok
}

// ref decodes a [SignalRef], an object or a "Group.Name" string, as
// [SignalRef.UnmarshalJSON] does.
func (d *decoder) ref(i int, r *SignalRef) (int, bool) {
	if i < len(d.b) && d.b[i] == '"' {
		s, end, ok := d.str(i)
		*r = refFromText(s)
		return end, ok
	}
	var code, name, group string
	end, ok := d.fields(i, refKeys, func(k string, j int) (int, bool) {
		switch k {
		case "code":
			return decodeText(d, j, &code)
		case "name":
			return decodeText(d, j, &name)
		case "group":
			return decodeText(d, j, &group)
		}
		return 0, false
	})
	if ok {
		*r = objectRef(code, name, group)
	}
	return end, ok
}

func (d *decoder) errorDetail(i int, e *ErrorDetail) (int, bool) {
	return d.fields(i, errorDetailKeys, func(k string, j int) (int, bool) {
		switch k {
		case "type":
			return decodeText(d, j, &e.Type)
		case "code":
			return decodeOptText(d, j, &e.Code)
		case "state":
			return decodeText(d, j, &e.State)
		case "description":
			return decodeText(d, j, &e.Description)
		case "suggestedUserMessage":
			return decodeText(d, j, &e.SuggestedUserMessage)
		case "docURL":
			return decodeText(d, j, &e.DocURL)
		case "resolution":
			if d.isNull(j) {
				return d.lit(j, "null")
			}
			e.Resolution = new(Resolution)
			return d.resolution(j, e.Resolution)
		case "signals":
			return list(d, j, &e.Signals, d.ref)
		}
		return 0, false
	})
}

func (d *decoder) resolution(i int, r *Resolution) (int, bool) {
	return d.fields(i, resolutionKeys, func(k string, j int) (int, bool) {
		if k == "type" {
			return decodeOptText(d, j, &r.Type)
		}
		return 0, false
	})
}

// Setters of validated JSON values, for the flat body decoders of flat.go
// (and timestamps of the one-pass decoder): the common cases here, anything
// else through the type's UnmarshalJSON. d may be nil.

func setText[T ~string](d *decoder, n *Nullable[T], v []byte) bool {
	if plainASCII(v) {
		*n = Nullable[T]{v: T(d.sub(v[1 : len(v)-1])), state: stateSet}
		return true
	}
	return n.UnmarshalJSON(v) == nil
}

func setFloat(d *decoder, n *Nullable[float64], v []byte) bool {
	if validNumber(v) {
		f, err := strconv.ParseFloat(d.sub(v), 64)
		if err != nil {
			return false // out of range: encoding/json fails too
		}
		*n = Nullable[float64]{v: f, state: stateSet}
		return true
	}
	return n.UnmarshalJSON(v) == nil
}

func setTime(d *decoder, t *Timestamp, v []byte) bool {
	switch {
	case plainASCII(v):
		*t = Timestamp{text: d.sub(v[1 : len(v)-1]), form: tsText}
		return true
	case validNumber(v):
		if ms, ok := parseInt(v); ok {
			*t = Timestamp{ms: ms, form: tsMillis}
		} else {
			*t = Timestamp{text: d.sub(v), form: tsNumber}
		}
		return true
	}
	return t.UnmarshalJSON(v) == nil
}

// setObject decodes a [Nullable] object with its flat decoder.
func setObject[T any, P interface {
	*T
	flatDecoder
}](d *decoder, n *Nullable[T], v []byte) bool {
	if string(v) == "null" {
		*n = Nullable[T]{state: stateNull}
		return true
	}
	var x T
	if P(&x).decodeFlat(d, v) {
		*n = Nullable[T]{v: x, state: stateSet}
		return true
	}
	return n.UnmarshalJSON(v) == nil
}
