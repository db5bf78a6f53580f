package edrv

import (
	"encoding/json"
)

// Event is a decoded eDRV webhook. Its dynamic type is one of the
// *XxxEvent types of this package (each an [Envelope] around a typed data
// object) or [*Unknown]. Use a type switch on the concrete type, or
// [EventType] methods on EventType() to route on a class of events.
type Event interface {
	// Type returns the event name exactly as sent, such as
	// "session.updated".
	Type() string
	// EventType returns the event name as an [EventType].
	EventType() EventType
	// EventID returns the envelope's _id, eDRV's id of this event and the
	// key to deduplicate redeliveries on.
	EventID() string
	// ChargestationID returns the id of the station the event is about, the
	// key eDRV orders events by: the _id of a [Chargestation], the
	// chargestation of a [Session] or an [Action], and "" otherwise.
	ChargestationID() string
	// Raw returns the body the event was decoded from. The caller must
	// not modify it.
	Raw() json.RawMessage

	isEvent()
}

// DataForm says how an envelope's data member was encoded, so that a
// decoded event marshals back the same way.
type DataForm uint8

// Forms of an envelope's data member. The zero value, DataJSON, is what a
// hand-built envelope is marshaled with.
const (
	// DataJSON: data is JSON embedded in the envelope, normally an object.
	DataJSON DataForm = iota
	// DataString: data is a JSON string whose text is the object's JSON.
	// Marshaling re-encodes the object into a string, so the text inside
	// is the same JSON value but not necessarily the same bytes.
	DataString
	// DataNull: data is null.
	DataNull
	// DataAbsent: the envelope has no data member.
	DataAbsent
	// DataEmpty: data is the empty string "".
	DataEmpty
)

// Envelope is an eDRV webhook whose data decodes into T. The package's
// event types are instances of it, such as [SessionEvent] =
// Envelope[Session].
//
// An Envelope can also be decoded directly with json.Unmarshal, which
// decodes data into T whatever the event name.
type Envelope[T any] struct {
	// ID is the envelope's _id, the id of this event. It differs from the
	// data's _id, which names the resource and is shared by many events.
	ID string
	// Name is the event name ("type").
	Name EventType
	// Object is the asset type of the data, such as "action".
	Object string
	// Data is the decoded data object; its zero value when the envelope
	// had none (see DataForm).
	Data T
	// DataForm says how data was encoded.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time

	raw     json.RawMessage
	rawData json.RawMessage
}

// Event types: one per kind of data object.
type (
	// ChargestationEvent is an event whose data is a [Chargestation]: the
	// chargestation.* network and sync events, including
	// chargestation.connector_status.updated and chargestation.connector.*.
	ChargestationEvent = Envelope[Chargestation]
	// SessionEvent is an event whose data is a [Session]: session.* network,
	// sync and charging intelligence events.
	SessionEvent = Envelope[Session]
	// ActionEvent is an event whose data is an [Action]: every
	// "<scope>.<action>.<status>" event.
	ActionEvent = Envelope[Action]
	// OrganizationEvent is organization.updated.
	OrganizationEvent = Envelope[Organization]
	// LocationEvent is an event whose data is a [Location].
	LocationEvent = Envelope[Location]
	// UserEvent is an event whose data is a [User].
	UserEvent = Envelope[User]
	// RateEvent is an event whose data is a [Rate].
	RateEvent = Envelope[Rate]
	// RateScheduleEvent is an event whose data is a [RateSchedule].
	RateScheduleEvent = Envelope[RateSchedule]
	// RFIDEvent is an event whose data is an [RFID].
	RFIDEvent = Envelope[RFID]
	// LoadManagementEvent is an event whose data is a
	// [LoadManagementGroup].
	LoadManagementEvent = Envelope[LoadManagementGroup]
)

// Type returns the event name exactly as sent.
func (e *Envelope[T]) Type() string { return string(e.Name) }

// EventType returns the event name.
func (e *Envelope[T]) EventType() EventType { return e.Name }

// EventID returns the envelope's _id.
func (e *Envelope[T]) EventID() string { return e.ID }

// ChargestationID returns the id of the station the data is about, or "".
func (e *Envelope[T]) ChargestationID() string {
	if c, ok := any(&e.Data).(interface{ ChargestationID() string }); ok {
		return c.ChargestationID()
	}
	return ""
}

// Raw returns the body the event was decoded from, or nil for an event that
// was not decoded. The caller must not modify it.
func (e *Envelope[T]) Raw() json.RawMessage { return e.raw }

// RawData returns the JSON text of the data object as received (taken out
// of its string for [DataString]), or nil. The caller must not modify it.
func (e *Envelope[T]) RawData() json.RawMessage { return e.rawData }

func (e *Envelope[T]) isEvent() {}

// MarshalJSON implements [json.Marshaler]. The envelope is written from its
// fields, with data in its DataForm.
func (e Envelope[T]) MarshalJSON() ([]byte, error) {
	var data []byte
	if e.DataForm == DataJSON || e.DataForm == DataString {
		var err error
		if data, err = json.Marshal(e.Data); err != nil {
			return nil, err
		}
	}
	return marshalEnvelope(e.ID, e.Name, e.Object, data, e.DataForm, e.CreatedAt)
}

// UnmarshalJSON implements [json.Unmarshaler]. It decodes data into T
// whatever the event name, with the same leniency as [Parse]; it fails when
// data is not an object or does not decode into T.
func (e *Envelope[T]) UnmarshalJSON(b []byte) error {
	w, err := decodeEnvelope(b)
	if err != nil {
		return err
	}
	var out Envelope[T]
	if err := fillEnvelope(&out, w); err != nil {
		return err
	}
	*e = out
	return nil
}

// Unknown is an event whose name this package does not know, or a known
// event whose data could not be decoded (then Err says why). It keeps the
// envelope's fields and the data as sent; marshaling writes them back.
type Unknown struct {
	// ID is the envelope's _id.
	ID string
	// Name is the event name ("type").
	Name EventType
	// Object is the envelope's object, the asset type of the data.
	Object string
	// Data is the data member: the object taken out of its string for
	// [DataString], its JSON text otherwise; nil when absent or null.
	Data json.RawMessage
	// DataForm says how data was encoded.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Err is nil for an unknown event name. For a known name whose data
	// could not be decoded it is the [*DataError] that [Parse] returned.
	Err error

	raw json.RawMessage
}

// Type returns the event name exactly as sent.
func (u *Unknown) Type() string { return string(u.Name) }

// EventType returns the event name.
func (u *Unknown) EventType() EventType { return u.Name }

// EventID returns the envelope's _id.
func (u *Unknown) EventID() string { return u.ID }

// ChargestationID returns "": the data is not decoded.
func (u *Unknown) ChargestationID() string { return "" }

// Raw returns the body the event was decoded from. The caller must not
// modify it.
func (u *Unknown) Raw() json.RawMessage { return u.raw }

func (u *Unknown) isEvent() {}

// MarshalJSON implements [json.Marshaler]: the envelope's fields and the
// data as received.
func (u Unknown) MarshalJSON() ([]byte, error) {
	return marshalEnvelope(u.ID, u.Name, u.Object, u.Data, u.DataForm, u.CreatedAt)
}

// UnmarshalJSON implements [json.Unmarshaler]: it decodes any envelope,
// whatever its name, keeping the data raw. It fails like [Parse] on a body
// that is not an envelope, and never on the data.
func (u *Unknown) UnmarshalJSON(b []byte) error {
	w, err := decodeEnvelope(b)
	if err != nil {
		return err
	}
	*u = *w.unknown(nil)
	return nil
}

// envelopeJSON is the wire form written by MarshalJSON.
type envelopeJSON struct {
	ID        string          `json:"_id,omitzero"`
	Type      EventType       `json:"type,omitzero"`
	Object    string          `json:"object,omitzero"`
	Data      json.RawMessage `json:"data,omitzero"`
	CreatedAt Time            `json:"createdAt,omitzero"`
}

func marshalEnvelope(id string, name EventType, object string, data []byte, form DataForm, createdAt Time) ([]byte, error) {
	w := envelopeJSON{ID: id, Type: name, Object: object, CreatedAt: createdAt}
	switch form {
	case DataJSON:
		w.Data = data
	case DataString:
		s, err := json.Marshal(string(data))
		if err != nil {
			return nil, err
		}
		w.Data = s
	case DataNull:
		w.Data = jsonNull
	case DataEmpty:
		w.Data = jsonEmpty
	}
	return json.Marshal(w)
}

// Infer decodes the data of an event whose name this package does not know,
// guessing its type from the naming grammar and the envelope's object, and
// returns it as a typed event that keeps the name as sent. The rules, in
// order: a name that [EventType.IsAction] gives an [*ActionEvent]; a
// "session.target.<x>.reached" name gives a [*SessionEvent]; otherwise an
// object of "chargestation", "session", "action", "organization",
// "location", "user", "rate", "rate_schedule" or "rfid" gives the matching
// event type. It reports false when no rule applies, when the data is not an
// object, or when it does not decode, and for an Unknown that carries a
// decoding error.
func (u *Unknown) Infer() (Event, bool) {
	if u.Err != nil || (u.DataForm != DataJSON && u.DataForm != DataString) || len(u.Data) == 0 || u.Data[0] != '{' {
		return nil, false
	}
	k := kindUnknown
	path, last := u.Name.Split()
	switch {
	case u.Name.IsAction():
		k = kindAction
	case last == "reached" && len(path) > len("session.target.") && path[:len("session.target.")] == "session.target.":
		k = kindSession
	default:
		k = objectKinds[u.Object]
	}
	if k == kindUnknown {
		return nil, false
	}
	w := &rawEnvelope{ID: u.ID, Type: string(u.Name), Object: u.Object, CreatedAt: u.CreatedAt,
		raw: u.raw, form: u.DataForm, data: u.Data, isObject: true}
	ev, err := decodeKind(k, w)
	if err != nil {
		return nil, false
	}
	return ev, true
}

// objectKinds maps envelope object values to data kinds for [Unknown.Infer].
var objectKinds = map[string]kind{
	"chargestation": kindChargestation,
	"session":       kindSession,
	"action":        kindAction,
	"organization":  kindOrganization,
	"location":      kindLocation,
	"user":          kindUser,
	"rate":          kindRate,
	"rate_schedule": kindRateSchedule,
	"rfid":          kindRFID,
}
