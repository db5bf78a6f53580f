package edrv

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// Errors returned by [Parse], wrapped with %w.
var (
	// ErrMissingType reports an envelope without a type, or with an empty
	// one.
	ErrMissingType = errors.New("envelope has no type")
	// ErrLegacyEnvelope reports a body of the deprecated v1.0 format, which
	// has "collection" and "operation" instead of "type".
	ErrLegacyEnvelope = errors.New("legacy v1.0 envelope")
	// ErrDataNotObject reports a data member that is neither an object, nor
	// a string holding an object, nor null or "". It comes wrapped in a
	// [*DataError].
	ErrDataNotObject = errors.New("data is not an object")
)

// DataError reports that the data of a known event could not be decoded
// into its Go type. [Parse] returns it together with an [*Unknown] event
// that keeps the envelope and the raw data. It wraps the cause: a
// *json.UnmarshalTypeError, a *json.SyntaxError (for a string holding bad
// JSON) or [ErrDataNotObject].
type DataError struct {
	// Type is the event name.
	Type EventType
	// Err is the cause.
	Err error
}

// Error returns "edrv: data of <type>: <cause>".
func (e *DataError) Error() string { return "edrv: data of " + string(e.Type) + ": " + e.Err.Error() }

// Unwrap returns the cause.
func (e *DataError) Unwrap() error { return e.Err }

// Parse decodes an eDRV webhook body into a typed event.
//
// For a name of eDRV's catalogue the result is the *XxxEvent type of its
// data, such as [*SessionEvent] for "session.updated"; for any other name it
// is an [*Unknown], with no error. Odd scalar values (numbers as strings,
// times in any form, malformed times) never fail: see [Decimal], [Bool] and
// [Time].
//
// Parse fails with a nil event when body is not a JSON object (the error
// wraps the *json.SyntaxError or *json.UnmarshalTypeError), when the
// envelope has no type ([ErrMissingType]) or is in the v1.0 format
// ([ErrLegacyEnvelope]). When the name is known but its data cannot be
// decoded, Parse returns both an [*Unknown] holding the envelope and raw
// data, and a [*DataError]; a receiver should still acknowledge such a
// delivery so that eDRV does not disable the endpoint.
//
// The event keeps its own copy of body; the caller may reuse body. Raw JSON
// members of the event, such as [Session].MetaData, may share that copy's
// memory with [Event].Raw: like Raw, they must not be modified.
func Parse(body []byte) (Event, error) {
	// Three decoders, fastest first; each of the first two gives up (nil)
	// on anything it does not reproduce exactly, and the general path,
	// parseSlow, defines the result and the errors.
	if ev := parseScan(body); ev != nil { // hand-written: session, action, chargestation
		return ev, nil
	}
	// encoding/json in one pass, for any known name with object data.
	if h, ok := scanEnvelope(body); ok && h.dataStart >= 0 && body[h.dataStart] == '{' {
		if en, known := catalogue[EventType(h.typ)]; known {
			if ev := decodeFast(en.kind, body, h); ev != nil {
				return ev, nil
			}
		}
	}
	return parseSlow(body)
}

// decodeFast decodes body in one pass when the scan found a known name and
// an object data member. It returns nil when anything is unusual, and the
// caller then takes the general path, which reports errors precisely.
func decodeFast(k kind, body []byte, h hint) Event {
	switch k {
	case kindChargestation:
		return fast[Chargestation](body, h)
	case kindSession:
		return fast[Session](body, h)
	case kindAction:
		return fast[Action](body, h)
	case kindOrganization:
		return fast[Organization](body, h)
	case kindLocation:
		return fast[Location](body, h)
	case kindUser:
		return fast[User](body, h)
	case kindRate:
		return fast[Rate](body, h)
	case kindRateSchedule:
		return fast[RateSchedule](body, h)
	case kindRFID:
		return fast[RFID](body, h)
	case kindLoadManagementGroup:
		return fast[LoadManagementGroup](body, h)
	}
	return nil
}

// objectEnvelope is the one-pass wire form: data decodes straight into the
// event.
type objectEnvelope[T any] struct {
	ID        string `json:"_id"`
	Type      string `json:"type"`
	Object    string `json:"object"`
	Data      *T     `json:"data"`
	CreatedAt Time   `json:"createdAt"`
}

// fast decodes body into an Envelope[T] with one json.Unmarshal, or
// returns nil when it fails or the decoded type is not the scanned one.
func fast[T any](body []byte, h hint) Event {
	raw := bytes.Clone(body)
	e := &Envelope[T]{raw: raw, rawData: raw[h.dataStart:h.dataEnd:h.dataEnd]}
	w := objectEnvelope[T]{Data: &e.Data}
	if json.Unmarshal(raw, &w) != nil || w.Type != string(h.typ) || w.Data != &e.Data {
		return nil
	}
	e.ID, e.Name, e.Object, e.CreatedAt = w.ID, EventType(w.Type), w.Object, w.CreatedAt
	return e
}

// rawEnvelope is the general wire form.
type rawEnvelope struct {
	ID         string          `json:"_id"`
	Type       string          `json:"type"`
	Object     string          `json:"object"`
	Data       json.RawMessage `json:"data"`
	CreatedAt  Time            `json:"createdAt"`
	Collection json.RawMessage `json:"collection"`

	raw      json.RawMessage
	form     DataForm
	data     json.RawMessage // object text, unwrapped from a string; or the literal
	dataErr  error           // ErrDataNotObject or a syntax error inside a string
	isObject bool
}

// decodeEnvelope decodes the envelope and classifies its data member.
func decodeEnvelope(body []byte) (*rawEnvelope, error) {
	w := &rawEnvelope{raw: bytes.Clone(body)}
	if err := json.Unmarshal(w.raw, w); err != nil {
		return nil, fmt.Errorf("edrv: decode envelope: %w", err)
	}
	if w.Type == "" {
		if w.Collection != nil {
			return nil, fmt.Errorf("edrv: %w", ErrLegacyEnvelope)
		}
		return nil, fmt.Errorf("edrv: %w", ErrMissingType)
	}
	d := w.Data
	switch {
	case d == nil:
		w.form = DataAbsent
	case string(d) == "null":
		w.form = DataNull
	case d[0] == '{':
		w.form, w.data, w.isObject = DataJSON, d, true
	case string(d) == `""`:
		w.form = DataEmpty
	case d[0] == '"':
		var s string
		_ = json.Unmarshal(d, &s) // d is a valid string literal
		if t := bytes.TrimLeft([]byte(s), " \t\r\n"); len(t) > 0 && t[0] == '{' {
			w.form, w.data, w.isObject = DataString, json.RawMessage(s), true
			if !json.Valid(w.data) {
				w.dataErr = json.Unmarshal(w.data, new(any)) // the *json.SyntaxError
			}
			break
		}
		w.form, w.data, w.dataErr = DataJSON, d, ErrDataNotObject
	default:
		w.form, w.data, w.dataErr = DataJSON, d, ErrDataNotObject
	}
	return w, nil
}

// fillEnvelope sets e from w, decoding the data into T.
func fillEnvelope[T any](e *Envelope[T], w *rawEnvelope) error {
	*e = Envelope[T]{ID: w.ID, Name: EventType(w.Type), Object: w.Object, DataForm: w.form,
		CreatedAt: w.CreatedAt, raw: w.raw}
	if w.dataErr != nil {
		return &DataError{Type: e.Name, Err: w.dataErr}
	}
	if w.isObject {
		if err := json.Unmarshal(w.data, &e.Data); err != nil {
			return &DataError{Type: e.Name, Err: err}
		}
		e.rawData = w.data
	}
	return nil
}

func (w *rawEnvelope) unknown(err error) *Unknown {
	return &Unknown{ID: w.ID, Name: EventType(w.Type), Object: w.Object, Data: w.data,
		DataForm: w.form, CreatedAt: w.CreatedAt, Err: err, raw: w.raw}
}

func parseSlow(body []byte) (Event, error) {
	w, err := decodeEnvelope(body)
	if err != nil {
		return nil, err
	}
	en, known := catalogue[EventType(w.Type)]
	if !known {
		return w.unknown(nil), nil
	}
	ev, err := decodeKind(en.kind, w)
	if err != nil {
		return w.unknown(err), err
	}
	return ev, nil
}

// decodeKind decodes w into the event type for k.
func decodeKind(k kind, w *rawEnvelope) (Event, error) {
	switch k {
	case kindChargestation:
		return typed[Chargestation](w)
	case kindSession:
		return typed[Session](w)
	case kindAction:
		return typed[Action](w)
	case kindOrganization:
		return typed[Organization](w)
	case kindLocation:
		return typed[Location](w)
	case kindUser:
		return typed[User](w)
	case kindRate:
		return typed[Rate](w)
	case kindRateSchedule:
		return typed[RateSchedule](w)
	case kindRFID:
		return typed[RFID](w)
	case kindLoadManagementGroup:
		return typed[LoadManagementGroup](w)
	}
	return w.unknown(nil), nil
}

func typed[T any](w *rawEnvelope) (Event, error) {
	e := new(Envelope[T])
	if err := fillEnvelope(e, w); err != nil {
		return nil, err
	}
	return e, nil
}

// decodeOptional decodes raw into a new T; nil raw or null gives nil.
func decodeOptional[T any](raw json.RawMessage, what string) (*T, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	v := new(T)
	if err := json.Unmarshal(raw, v); err != nil {
		return nil, fmt.Errorf("edrv: decode %s: %w", what, err)
	}
	return v, nil
}
