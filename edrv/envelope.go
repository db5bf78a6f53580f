package edrv

import (
	"bytes"
	jsonv1 "encoding/json"
	"errors"
	"fmt"
	"sync"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Event is a decoded eDRV webhook. Its dynamic type is one of the
// *XxxEvent types of this package (an envelope around a typed data object,
// such as [*SessionEvent]) or [*Unknown]. Use a type switch on the concrete
// type, or the [EventType] methods of EventType() to route on a class of
// events.
type Event interface {
	// Type returns the event name exactly as sent, such as
	// "session.updated".
	Type() string
	// ID returns the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on.
	ID() string
	// Raw returns the body the event was decoded from. The caller must
	// not modify it.
	Raw() jsonv1.RawMessage
	// EventType returns the event name as an [EventType], for its grammar
	// methods.
	EventType() EventType
	// ChargestationID returns the id of the station the event is about, the
	// key eDRV orders events by: the _id of a [Chargestation], the
	// chargestation of a [Session] or an [Action], and "" otherwise.
	ChargestationID() string

	isEvent()
}

// DataForm says how an envelope's data member was encoded, so that a
// decoded event marshals back the same way.
type DataForm uint8

// Forms of an envelope's data member. The zero value, DataJSON, is what a
// hand-built envelope is marshaled with.
const (
	// DataJSON means data is JSON embedded in the envelope, normally an
	// object.
	DataJSON DataForm = iota
	// DataString means data is a JSON string whose text is the object's
	// JSON. An unmodified event marshals the same text back; a modified
	// one marshals its data into a new string.
	DataString
	// DataNull means data is null.
	DataNull
	// DataAbsent means the envelope has no data member.
	DataAbsent
	// DataEmpty means data is the empty string "".
	DataEmpty
)

// envelope is the layout every event type of this package shares.
type envelope[T any] struct {
	EventID   string
	Name      EventType
	Object    string
	Data      T
	DataForm  DataForm
	CreatedAt Time
	Extra     jsontext.Value

	meta envelopeMeta
}

// envelopeMeta is what an event keeps besides its fields: its body and how
// the members that are plain strings in the event arrived.
type envelopeMeta struct {
	raw      []byte
	idForm   form   // formAbsent, formNull or formString
	objForm  form   // formAbsent, formNull or formString
	dataText string // the text of data sent as a string
}

// wireEnvelope is the JSON form of an envelope.
type wireEnvelope[T any] struct {
	ID        Opt[string]    `json:"_id,omitzero"`
	Type      Opt[string]    `json:"type,omitzero"`
	Object    Opt[string]    `json:"object,omitzero"`
	Data      dataMember[T]  `json:"data,omitzero"`
	CreatedAt Time           `json:"createdAt,omitzero"`
	Extra     jsontext.Value `json:",embed"`
}

// dataMember decodes and encodes an envelope's data in its forms.
type dataMember[T any] struct {
	p    *T
	form DataForm
	text string // DataString: the string's text
}

// dataError marks an error of the data member, so that [Parse] can tell it
// from an error of the envelope.
type dataError struct{ err error }

// Error returns the cause's text.
func (e *dataError) Error() string { return e.err.Error() }

// Unwrap returns the cause.
func (e *dataError) Unwrap() error { return e.err }

func optOf(s string, f form) Opt[string] {
	switch {
	case s != "" || f == formString:
		return Some(s)
	case f == formNull:
		return NullOpt[string]()
	}
	return Opt[string]{}
}

func formOf(o Opt[string]) form {
	switch {
	case o.Valid:
		return formString
	case o.Null:
		return formNull
	}
	return formAbsent
}

func (e *envelope[T]) wire() wireEnvelope[T] {
	return wireEnvelope[T]{
		ID:        optOf(e.EventID, e.meta.idForm),
		Type:      optOf(string(e.Name), formAbsent),
		Object:    optOf(e.Object, e.meta.objForm),
		Data:      dataMember[T]{p: &e.Data, form: e.DataForm, text: e.meta.dataText},
		CreatedAt: e.CreatedAt,
		Extra:     e.Extra,
	}
}

func (e *envelope[T]) marshal(enc *jsontext.Encoder) error {
	w := e.wire()
	return json.MarshalEncode(enc, &w)
}

// MarshalJSONTo implements [json.MarshalerTo] for the event types'
// MarshalJSON.
func (e *envelope[T]) MarshalJSONTo(enc *jsontext.Encoder) error { return e.marshal(enc) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom], for [decodeAs].
func (e *envelope[T]) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return e.unmarshal(dec) }

func (e *envelope[T]) unmarshal(dec *jsontext.Decoder) error {
	*e = envelope[T]{}
	w := wireEnvelope[T]{Data: dataMember[T]{p: &e.Data, form: DataAbsent}}
	if err := json.UnmarshalDecode(dec, &w); err != nil {
		return err
	}
	e.EventID, e.meta.idForm = w.ID.Value, formOf(w.ID)
	e.Name = EventType(w.Type.Value)
	e.Object, e.meta.objForm = w.Object.Value, formOf(w.Object)
	e.DataForm, e.meta.dataText = w.Data.form, w.Data.text
	e.CreatedAt, e.Extra = w.CreatedAt, w.Extra
	return nil
}

// IsZero reports an absent data member.
func (m dataMember[T]) IsZero() bool { return m.form == DataAbsent }

// UnmarshalJSONFrom decodes data into *m.p: an object, or a string holding
// one. Into a jsontext.Value (for [Unknown]) any value is kept as sent.
func (m *dataMember[T]) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	raw, keepAny := any(m.p).(*jsontext.Value)
	switch dec.PeekKind() {
	case 'n':
		m.form = DataNull
		_, err := dec.ReadToken()
		return err
	case '{':
		m.form = DataJSON
		if err := json.UnmarshalDecode(dec, m.p); err != nil {
			return &dataError{err}
		}
		return nil
	case '"':
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		if len(v) == 2 {
			m.form = DataEmpty
			return nil
		}
		text := unquoteText(v)
		if t := bytes.TrimLeft(text, " \t\r\n"); len(t) > 0 && t[0] == '{' {
			m.form, m.text = DataString, string(text)
			if keepAny {
				*raw = jsontext.Value(m.text)
				return nil
			}
			if err := json.Unmarshal(text, m.p, dec.Options()); err != nil {
				return &dataError{err}
			}
			return nil
		}
		m.form = DataJSON
		if keepAny {
			*raw = v.Clone()
			return nil
		}
		return &dataError{ErrDataNotObject}
	}
	m.form = DataJSON
	if keepAny {
		v, err := dec.ReadValue()
		*raw = v.Clone()
		return err
	}
	if err := dec.SkipValue(); err != nil {
		return err
	}
	return &dataError{ErrDataNotObject}
}

// MarshalJSONTo writes *m.p in m.form.
func (m dataMember[T]) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch m.form {
	case DataNull:
		return enc.WriteToken(jsontext.Null)
	case DataEmpty:
		return enc.WriteToken(jsontext.String(""))
	case DataString:
		if raw, ok := any(m.p).(*jsontext.Value); ok {
			return enc.WriteToken(jsontext.String(string(*raw)))
		}
		b, err := json.Marshal(m.p)
		if err != nil {
			return err
		}
		if m.text != "" {
			// Unmodified data keeps its text: compare with the text's own
			// decoding, marshaled the same way.
			orig := new(T)
			if json.Unmarshal([]byte(m.text), orig) == nil {
				if ob, err := json.Marshal(orig); err == nil && bytes.Equal(ob, b) {
					return enc.WriteToken(jsontext.String(m.text))
				}
			}
		}
		return enc.WriteToken(jsontext.String(string(b)))
	}
	if raw, ok := any(m.p).(*jsontext.Value); ok && len(*raw) == 0 {
		return enc.WriteToken(jsontext.Null)
	}
	return json.MarshalEncode(enc, m.p)
}

// Unknown is an event whose name this package does not know, or a known
// event whose data could not be decoded (then Err says why). It keeps the
// envelope's members and the data as sent; marshaling writes them back.
type Unknown struct {
	// EventID is the envelope's _id ([Unknown.ID] returns it).
	EventID string
	// Name is the event name ("type").
	Name EventType
	// Object is the envelope's object, the asset type of the data.
	Object string
	// Data is the data member: the object taken out of its string for
	// [DataString], its JSON text otherwise; nil when absent or null.
	Data jsontext.Value
	// DataForm says how data was encoded.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value
	// Err is nil for an unknown event name. For a known name whose data
	// could not be decoded it is the [*DataError] that [Parse] returned.
	Err error

	meta envelopeMeta
}

func (u *Unknown) env() *envelope[jsontext.Value] {
	return &envelope[jsontext.Value]{EventID: u.EventID, Name: u.Name, Object: u.Object, Data: u.Data,
		DataForm: u.DataForm, CreatedAt: u.CreatedAt, Extra: u.Extra, meta: u.meta}
}

// Type returns the event name exactly as sent.
func (u *Unknown) Type() string { return string(u.Name) }

// ID returns the envelope's _id.
func (u *Unknown) ID() string { return u.EventID }

// EventType returns the event name as an [EventType].
func (u *Unknown) EventType() EventType { return u.Name }

// ChargestationID returns "": the data is not decoded.
func (u *Unknown) ChargestationID() string { return "" }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (u *Unknown) Raw() jsonv1.RawMessage { return u.meta.raw }

func (u *Unknown) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope's members and
// the data as received.
func (u Unknown) MarshalJSONTo(enc *jsontext.Encoder) error { return u.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [Unknown.MarshalJSONTo].
func (u Unknown) MarshalJSON() ([]byte, error) { return json.Marshal(u.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]: it decodes any
// envelope, whatever its name, keeping the data as sent. It does not set
// Raw.
func (u *Unknown) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	var e envelope[jsontext.Value]
	if err := e.unmarshal(dec); err != nil {
		return err
	}
	*u = Unknown{EventID: e.EventID, Name: e.Name, Object: e.Object, Data: e.Data, DataForm: e.DataForm,
		CreatedAt: e.CreatedAt, Extra: e.Extra, meta: e.meta}
	return nil
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [Unknown.UnmarshalJSONFrom].
func (u *Unknown) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, u) }

// decodeAs decodes body as an envelope of T.
func decodeAs[T any](body []byte) (*envelope[T], error) {
	e := new(envelope[T])
	if err := json.Unmarshal(body, e); err != nil {
		return nil, err
	}
	e.meta.raw = body
	return e, nil
}

// decodeUnknown decodes body as an [*Unknown].
func decodeUnknown(body []byte) (*Unknown, error) {
	u := new(Unknown)
	if err := json.Unmarshal(body, u); err != nil {
		return nil, err
	}
	u.meta.raw = body
	return u, nil
}

// fromUnknown decodes the data of u into an envelope of T.
func fromUnknown[T any](u *Unknown) (*envelope[T], error) {
	e := &envelope[T]{EventID: u.EventID, Name: u.Name, Object: u.Object, DataForm: u.DataForm,
		CreatedAt: u.CreatedAt, Extra: u.Extra, meta: u.meta}
	if err := json.Unmarshal(u.Data, &e.Data); err != nil {
		return nil, err
	}
	return e, nil
}

// scanner reads top-level members of a body without decoding the rest.
type scanner struct {
	buf bytes.Buffer
	dec jsontext.Decoder
}

var (
	scanners    = sync.Pool{New: func() any { return new(scanner) }}
	scanOptions = jsontext.AllowDuplicateNames(true) // Parse rejects duplicates; a scan only looks
)

// release drops the scanner's reference to the body and pools it.
func (s *scanner) release() {
	s.buf = bytes.Buffer{}
	s.dec.Reset(&s.buf)
	scanners.Put(s)
}

// topMember calls fn with the value of the first top-level member of body
// named name (nil when there is none) and returns fn's result. The value is
// valid only during the call. ok is false when body is not a JSON object up
// to that member.
func topMember[R any](body []byte, name string, fn func(v jsontext.Value) R) (r R, ok bool) {
	s := scanners.Get().(*scanner)
	defer s.release()
	s.buf = *bytes.NewBuffer(body)
	s.dec.Reset(&s.buf, scanOptions)
	if tok, err := s.dec.ReadToken(); err != nil || tok.Kind() != '{' {
		return r, false
	}
	for s.dec.PeekKind() == '"' {
		tok, err := s.dec.ReadToken()
		if err != nil {
			return r, false
		}
		if tok.String() == name {
			v, err := s.dec.ReadValue()
			if err != nil {
				return r, false
			}
			return fn(v), true
		}
		if s.dec.SkipValue() != nil {
			return r, false
		}
	}
	return fn(nil), s.dec.PeekKind() == '}'
}

// kindOf returns the data kind of the event name held by the JSON value v.
func kindOf(v jsontext.Value) kind {
	if len(v) < 2 || v[0] != '"' {
		return kindUnknown
	}
	return catalogue[string(unquoteText(v))].kind
}

// Parse decodes an eDRV webhook body into a typed event.
//
// For a name of eDRV's catalogue the result is the *XxxEvent type of its
// data, such as [*SessionEvent] for "session.updated"; for any other name it
// is an [*Unknown], with no error. Odd scalar values (numbers as strings,
// times in any form, malformed times) never fail: see [Decimal], [Bool],
// [Time], [RateRef] and [Coordinates].
//
// Parse fails with a nil event when body is not a JSON object, has
// duplicate member names or invalid UTF-8 (the error wraps the
// *jsontext.SyntacticError), when a member of the envelope has the wrong
// type (a *json.SemanticError), when the envelope has no type
// ([ErrMissingType]) or is in the v1.0 format ([ErrLegacyEnvelope]). When
// the name is known but its data cannot be decoded, Parse returns both an
// [*Unknown] holding the envelope and raw data, and a [*DataError]; a
// receiver should still acknowledge such a delivery so that eDRV does not
// disable the endpoint.
//
// The event's Raw method returns body itself, not a copy: the caller must
// not modify body while the event is in use. No other part of the event
// shares memory with body.
func Parse(body []byte) (Event, error) {
	k, _ := topMember(body, "type", kindOf)
	ev, err := decodeKind(k, body)
	if err == nil {
		if ev.Type() == "" {
			return nil, missingType(ev)
		}
		return ev, nil
	}
	var de *dataError
	if !errors.As(err, &de) {
		return nil, wrapJSON(err)
	}
	u, uerr := decodeUnknown(body)
	if uerr != nil { // cannot happen: the envelope decoded once
		return nil, wrapJSON(uerr)
	}
	u.Err = &DataError{Type: u.Name, Err: de.err}
	return u, u.Err
}

// wrapJSON wraps an error of the JSON layer.
func wrapJSON(err error) error { return fmt.Errorf("edrv: decode envelope: %w", err) }

// missingType returns the error for an envelope without a type.
func missingType(ev Event) error {
	var extra jsontext.Value
	if u, ok := ev.(*Unknown); ok {
		extra = u.Extra
	}
	if legacy, _ := topMember(extra, "collection", func(v jsontext.Value) bool { return v != nil }); legacy {
		return fmt.Errorf("edrv: %w", ErrLegacyEnvelope)
	}
	return fmt.Errorf("edrv: %w", ErrMissingType)
}
