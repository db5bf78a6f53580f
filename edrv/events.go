package edrv

// The event types below share one layout, that of envelope[T], so that the
// functions of envelope.go serve them all; their methods only convert.
// Keep the fields identical to envelope[T] when changing either.

import (
	jsonv1 "encoding/json"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// ChargestationEvent is an event whose data is a [Chargestation]: the
// chargestation.* network and sync events, including
// chargestation.connector_status.updated and chargestation.connector.*.
type ChargestationEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([ChargestationEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [ChargestationOnline].
	Name EventType
	// Object is the asset type of the data, such as "chargestation".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data Chargestation
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *ChargestationEvent) env() *envelope[Chargestation] { return (*envelope[Chargestation])(e) }

// Type returns the event name exactly as sent.
func (e *ChargestationEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *ChargestationEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *ChargestationEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *ChargestationEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *ChargestationEvent) ChargestationID() string { return e.Data.ChargestationID() }

func (e *ChargestationEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e ChargestationEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [ChargestationEvent.MarshalJSONTo].
func (e ChargestationEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// Chargestation whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *ChargestationEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return e.env().unmarshal(dec)
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [ChargestationEvent.UnmarshalJSONFrom].
func (e *ChargestationEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// SessionEvent is an event whose data is a [Session]: session.* network,
// sync and charging intelligence events.
type SessionEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([SessionEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [SessionUpdated].
	Name EventType
	// Object is the asset type of the data, such as "session".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data Session
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *SessionEvent) env() *envelope[Session] { return (*envelope[Session])(e) }

// Type returns the event name exactly as sent.
func (e *SessionEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *SessionEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *SessionEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *SessionEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *SessionEvent) ChargestationID() string { return e.Data.ChargestationID() }

func (e *SessionEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e SessionEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [SessionEvent.MarshalJSONTo].
func (e SessionEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// Session whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *SessionEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return e.env().unmarshal(dec) }

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [SessionEvent.UnmarshalJSONFrom].
func (e *SessionEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// ActionEvent is an event whose data is an [Action]: every
// "<scope>.<action>.<status>" event.
type ActionEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([ActionEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [ChargestationGetCompositeScheduleAccepted].
	Name EventType
	// Object is the asset type of the data, such as "action".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data Action
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *ActionEvent) env() *envelope[Action] { return (*envelope[Action])(e) }

// Type returns the event name exactly as sent.
func (e *ActionEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *ActionEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *ActionEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *ActionEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *ActionEvent) ChargestationID() string { return e.Data.ChargestationID() }

func (e *ActionEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e ActionEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [ActionEvent.MarshalJSONTo].
func (e ActionEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// Action whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *ActionEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return e.env().unmarshal(dec) }

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [ActionEvent.UnmarshalJSONFrom].
func (e *ActionEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// OrganizationEvent is organization.updated, whose data is an
// [Organization].
type OrganizationEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([OrganizationEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [OrganizationUpdated].
	Name EventType
	// Object is the asset type of the data, such as "organization".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data Organization
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *OrganizationEvent) env() *envelope[Organization] { return (*envelope[Organization])(e) }

// Type returns the event name exactly as sent.
func (e *OrganizationEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *OrganizationEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *OrganizationEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *OrganizationEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *OrganizationEvent) ChargestationID() string { return "" }

func (e *OrganizationEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e OrganizationEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [OrganizationEvent.MarshalJSONTo].
func (e OrganizationEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// Organization whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *OrganizationEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return e.env().unmarshal(dec)
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [OrganizationEvent.UnmarshalJSONFrom].
func (e *OrganizationEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// LocationEvent is an event whose data is a [Location]: location.*.
type LocationEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([LocationEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [LocationCreated].
	Name EventType
	// Object is the asset type of the data, such as "location".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data Location
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *LocationEvent) env() *envelope[Location] { return (*envelope[Location])(e) }

// Type returns the event name exactly as sent.
func (e *LocationEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *LocationEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *LocationEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *LocationEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *LocationEvent) ChargestationID() string { return "" }

func (e *LocationEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e LocationEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [LocationEvent.MarshalJSONTo].
func (e LocationEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// Location whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *LocationEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return e.env().unmarshal(dec) }

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [LocationEvent.UnmarshalJSONFrom].
func (e *LocationEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// UserEvent is an event whose data is a [User]: user.*.
type UserEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([UserEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [UserCreated].
	Name EventType
	// Object is the asset type of the data, such as "user".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data User
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *UserEvent) env() *envelope[User] { return (*envelope[User])(e) }

// Type returns the event name exactly as sent.
func (e *UserEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *UserEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *UserEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *UserEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *UserEvent) ChargestationID() string { return "" }

func (e *UserEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e UserEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [UserEvent.MarshalJSONTo].
func (e UserEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// User whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *UserEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return e.env().unmarshal(dec) }

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [UserEvent.UnmarshalJSONFrom].
func (e *UserEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// RateEvent is an event whose data is a [Rate]: rate.*.
type RateEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([RateEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [RateUpdated].
	Name EventType
	// Object is the asset type of the data, such as "rate".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data Rate
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *RateEvent) env() *envelope[Rate] { return (*envelope[Rate])(e) }

// Type returns the event name exactly as sent.
func (e *RateEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *RateEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *RateEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *RateEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *RateEvent) ChargestationID() string { return "" }

func (e *RateEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e RateEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [RateEvent.MarshalJSONTo].
func (e RateEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// Rate whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *RateEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return e.env().unmarshal(dec) }

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [RateEvent.UnmarshalJSONFrom].
func (e *RateEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// RateScheduleEvent is an event whose data is a [RateSchedule]:
// rate_schedule.*.
type RateScheduleEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([RateScheduleEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [RateScheduleCreated].
	Name EventType
	// Object is the asset type of the data, such as "rate_schedule".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data RateSchedule
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *RateScheduleEvent) env() *envelope[RateSchedule] { return (*envelope[RateSchedule])(e) }

// Type returns the event name exactly as sent.
func (e *RateScheduleEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *RateScheduleEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *RateScheduleEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *RateScheduleEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *RateScheduleEvent) ChargestationID() string { return "" }

func (e *RateScheduleEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e RateScheduleEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [RateScheduleEvent.MarshalJSONTo].
func (e RateScheduleEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// RateSchedule whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *RateScheduleEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return e.env().unmarshal(dec)
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [RateScheduleEvent.UnmarshalJSONFrom].
func (e *RateScheduleEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// RFIDEvent is an event whose data is an [RFID]: rfid.*.
type RFIDEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([RFIDEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [RFIDCreated].
	Name EventType
	// Object is the asset type of the data, such as "rfid".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data RFID
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *RFIDEvent) env() *envelope[RFID] { return (*envelope[RFID])(e) }

// Type returns the event name exactly as sent.
func (e *RFIDEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *RFIDEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *RFIDEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *RFIDEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *RFIDEvent) ChargestationID() string { return "" }

func (e *RFIDEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e RFIDEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [RFIDEvent.MarshalJSONTo].
func (e RFIDEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// RFID whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *RFIDEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return e.env().unmarshal(dec) }

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [RFIDEvent.UnmarshalJSONFrom].
func (e *RFIDEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// LoadManagementEvent is an event whose data is a [LoadManagementGroup]:
// load_management.group.*.
type LoadManagementEvent struct {
	// EventID is the envelope's _id, eDRV's id of this event and the key to
	// deduplicate redeliveries on ([LoadManagementEvent.ID] returns it). It differs from
	// the data's _id, which names the resource and is shared by many events.
	EventID string
	// Name is the event name ("type"), such as [LoadManagementGroupCreated].
	Name EventType
	// Object is the asset type of the data, such as "load_management_group".
	Object string
	// Data is the decoded data object; its zero value when the envelope had
	// none (see DataForm).
	Data LoadManagementGroup
	// DataForm says how data was encoded, so that the event marshals back
	// the same way.
	DataForm DataForm
	// CreatedAt is when eDRV created the event.
	CreatedAt Time
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value

	meta envelopeMeta
}

func (e *LoadManagementEvent) env() *envelope[LoadManagementGroup] {
	return (*envelope[LoadManagementGroup])(e)
}

// Type returns the event name exactly as sent.
func (e *LoadManagementEvent) Type() string { return string(e.Name) }

// ID returns the envelope's _id, the key to deduplicate redeliveries on.
func (e *LoadManagementEvent) ID() string { return e.EventID }

// EventType returns the event name as an [EventType].
func (e *LoadManagementEvent) EventType() EventType { return e.Name }

// Raw returns the body the event was decoded from, or nil for an event
// that was not decoded by [Parse]. The caller must not modify it.
func (e *LoadManagementEvent) Raw() jsonv1.RawMessage { return e.meta.raw }

// ChargestationID returns the id of the station the event is about, or "".
func (e *LoadManagementEvent) ChargestationID() string { return "" }

func (e *LoadManagementEvent) isEvent() {}

// MarshalJSONTo implements [json.MarshalerTo]: the envelope with data in
// its DataForm and the Extra members.
func (e LoadManagementEvent) MarshalJSONTo(enc *jsontext.Encoder) error { return e.env().marshal(enc) }

// MarshalJSON implements the encoding/json Marshaler with the output of
// [LoadManagementEvent.MarshalJSONTo].
func (e LoadManagementEvent) MarshalJSON() ([]byte, error) { return json.Marshal(e.env()) }

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It decodes data into
// LoadManagementGroup whatever the event name, with the leniency of [Parse]; it does
// not set Raw.
func (e *LoadManagementEvent) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return e.env().unmarshal(dec)
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [LoadManagementEvent.UnmarshalJSONFrom].
func (e *LoadManagementEvent) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, e) }

// decodeKind decodes body as the event type of k, or as an [*Unknown].
func decodeKind(k kind, body []byte) (Event, error) {
	switch k {
	case kindChargestation:
		e, err := decodeAs[Chargestation](body)
		if err != nil {
			return nil, err
		}
		return (*ChargestationEvent)(e), nil
	case kindSession:
		e, err := decodeAs[Session](body)
		if err != nil {
			return nil, err
		}
		return (*SessionEvent)(e), nil
	case kindAction:
		e, err := decodeAs[Action](body)
		if err != nil {
			return nil, err
		}
		return (*ActionEvent)(e), nil
	case kindOrganization:
		e, err := decodeAs[Organization](body)
		if err != nil {
			return nil, err
		}
		return (*OrganizationEvent)(e), nil
	case kindLocation:
		e, err := decodeAs[Location](body)
		if err != nil {
			return nil, err
		}
		return (*LocationEvent)(e), nil
	case kindUser:
		e, err := decodeAs[User](body)
		if err != nil {
			return nil, err
		}
		return (*UserEvent)(e), nil
	case kindRate:
		e, err := decodeAs[Rate](body)
		if err != nil {
			return nil, err
		}
		return (*RateEvent)(e), nil
	case kindRateSchedule:
		e, err := decodeAs[RateSchedule](body)
		if err != nil {
			return nil, err
		}
		return (*RateScheduleEvent)(e), nil
	case kindRFID:
		e, err := decodeAs[RFID](body)
		if err != nil {
			return nil, err
		}
		return (*RFIDEvent)(e), nil
	case kindLoadManagementGroup:
		e, err := decodeAs[LoadManagementGroup](body)
		if err != nil {
			return nil, err
		}
		return (*LoadManagementEvent)(e), nil
	}
	return decodeUnknown(body)
}

// typedFrom builds the event type of k from u, decoding its data.
func typedFrom(k kind, u *Unknown) (Event, error) {
	switch k {
	case kindChargestation:
		e, err := fromUnknown[Chargestation](u)
		if err != nil {
			return nil, err
		}
		return (*ChargestationEvent)(e), nil
	case kindSession:
		e, err := fromUnknown[Session](u)
		if err != nil {
			return nil, err
		}
		return (*SessionEvent)(e), nil
	case kindAction:
		e, err := fromUnknown[Action](u)
		if err != nil {
			return nil, err
		}
		return (*ActionEvent)(e), nil
	case kindOrganization:
		e, err := fromUnknown[Organization](u)
		if err != nil {
			return nil, err
		}
		return (*OrganizationEvent)(e), nil
	case kindLocation:
		e, err := fromUnknown[Location](u)
		if err != nil {
			return nil, err
		}
		return (*LocationEvent)(e), nil
	case kindUser:
		e, err := fromUnknown[User](u)
		if err != nil {
			return nil, err
		}
		return (*UserEvent)(e), nil
	case kindRate:
		e, err := fromUnknown[Rate](u)
		if err != nil {
			return nil, err
		}
		return (*RateEvent)(e), nil
	case kindRateSchedule:
		e, err := fromUnknown[RateSchedule](u)
		if err != nil {
			return nil, err
		}
		return (*RateScheduleEvent)(e), nil
	case kindRFID:
		e, err := fromUnknown[RFID](u)
		if err != nil {
			return nil, err
		}
		return (*RFIDEvent)(e), nil
	case kindLoadManagementGroup:
		e, err := fromUnknown[LoadManagementGroup](u)
		if err != nil {
			return nil, err
		}
		return (*LoadManagementEvent)(e), nil
	}
	return u, nil
}

// typedNil returns a nil pointer of the event type for k.
func typedNil(k kind) Event {
	switch k {
	case kindChargestation:
		return (*ChargestationEvent)(nil)
	case kindSession:
		return (*SessionEvent)(nil)
	case kindAction:
		return (*ActionEvent)(nil)
	case kindOrganization:
		return (*OrganizationEvent)(nil)
	case kindLocation:
		return (*LocationEvent)(nil)
	case kindUser:
		return (*UserEvent)(nil)
	case kindRate:
		return (*RateEvent)(nil)
	case kindRateSchedule:
		return (*RateScheduleEvent)(nil)
	case kindRFID:
		return (*RFIDEvent)(nil)
	case kindLoadManagementGroup:
		return (*LoadManagementEvent)(nil)
	}
	return (*Unknown)(nil)
}
