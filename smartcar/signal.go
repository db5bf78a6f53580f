package smartcar

import (
	"encoding/json"
	"fmt"
	"time"
)

// SignalCode identifies a signal: lower(group) + "-" + lower(name), for
// example "tractionbattery-stateofcharge", as used by the REST "get signal"
// endpoint. It is an open set; the package declares a constant for every
// documented code (CodeChargeIsCharging and so on).
type SignalCode string

// Known reports whether c is a documented signal code.
func (c SignalCode) Known() bool {
	_, ok := catalogue[c]
	return ok
}

// Group returns the documented group of c ("TractionBattery"), or "" when c
// is not documented.
func (c SignalCode) Group() string { return catalogue[c].group }

// Name returns the documented name of c ("StateOfCharge"), or "" when c is
// not documented.
func (c SignalCode) Name() string { return catalogue[c].name }

// NewBody returns a pointer to a new zero value of the body type registered
// for code, for example *[Percent] for [CodeTractionBatteryStateOfCharge], or
// nil when code has no documented body shape. This is the registry [Signal]
// bodies are decoded with.
func NewBody(code SignalCode) any {
	if f := catalogue[code].newBody; f != nil {
		return f()
	}
	return nil
}

// Signal is one entry of a VEHICLE_STATE's "data.signals".
//
// A successful signal has a body; a failed one has a [SignalStatus] with an
// error and no body. The body is decoded into the type the registry (see
// [NewBody]) gives for the signal's code and stored in Body; RawBody keeps
// the bytes as received. A body that does not fit its type never fails the
// event: Body stays nil and BodyErr says why. Bodies of codes the package
// does not know stay raw and marshal back unchanged.
type Signal struct {
	// Code is the signal code, for example [CodeTractionBatteryStateOfCharge].
	Code SignalCode `json:"code"`
	// Name is the signal name in PascalCase, for example "StateOfCharge".
	Name string `json:"name"`
	// Group is the signal group in PascalCase, for example "TractionBattery".
	Group string `json:"group"`
	// RawBody is the body exactly as received, or nil when there was none.
	RawBody json.RawMessage `json:"body,omitempty"`
	// Status is the outcome of fetching the signal, when sent. Without a
	// status, a signal with a body is a success.
	Status *SignalStatus `json:"status,omitempty"`
	// Meta holds the signal's times, when sent (it may be "{}").
	Meta *SignalMeta `json:"meta,omitempty"`

	// Body is the typed body, a pointer such as *[Quantity], *[Flag] or
	// *[Location], or nil when the signal has no body, its code has no
	// documented body type, or the body did not decode (see BodyErr). When
	// marshalling, a non-nil Body is written in place of RawBody.
	Body any `json:"-"`
	// BodyErr is the error met decoding RawBody into the registered type;
	// it wraps the encoding/json cause.
	BodyErr error `json:"-"`
}

// SignalStatus is the fetch outcome of a signal ("status").
type SignalStatus struct {
	// Value is SUCCESS or ERROR (an open set).
	Value StatusValue `json:"value"`
	// Error describes the failure when Value is ERROR.
	Error *SignalError `json:"error,omitempty"`
}

// SignalError is why a signal could not be fetched ("status.error").
type SignalError struct {
	// Type is for example COMPATIBILITY or PERMISSION.
	Type ErrorType `json:"type"`
	// Code is for example VEHICLE_NOT_CAPABLE; null with PERMISSION.
	Code Nullable[ErrorCode] `json:"code,omitzero"`
}

// StatusValue is a signal's fetch outcome. It is an open set.
type StatusValue string

// Documented status values.
const (
	StatusSuccess StatusValue = "SUCCESS"
	StatusError   StatusValue = "ERROR"
	// StatusUnavailable is reported by the REST API and may appear in webhooks.
	StatusUnavailable StatusValue = "UNAVAILABLE"
)

// Known reports whether v is one of the documented status values.
func (v StatusValue) Known() bool {
	return v == StatusSuccess || v == StatusError || v == StatusUnavailable
}

// SignalMeta holds the times of a signal value ("meta"), all in epoch
// milliseconds. Smartcar names the fetch time retrievedAt in some payloads
// and fetchedAt in others; [Signal.RetrievedAt] reads either.
type SignalMeta struct {
	// OEMUpdatedAt is when the vehicle recorded the value; 0 for static
	// attributes (unknown).
	OEMUpdatedAt Timestamp `json:"oemUpdatedAt,omitzero"`
	// RetrievedAt is when Smartcar fetched the value (older name).
	RetrievedAt Timestamp `json:"retrievedAt,omitzero"`
	// FetchedAt is when Smartcar fetched the value (newer name).
	FetchedAt Timestamp `json:"fetchedAt,omitzero"`
}

// OK reports whether the signal holds a value: its status is SUCCESS, or it
// has no status and has a body.
func (s *Signal) OK() bool {
	if s.Status != nil {
		return s.Status.Value == StatusSuccess
	}
	return s.Body != nil || (len(s.RawBody) > 0 && string(s.RawBody) != "null")
}

// Err returns the signal's error, or nil when there is none.
func (s *Signal) Err() *SignalError {
	if s.Status == nil {
		return nil
	}
	return s.Status.Error
}

// UpdatedAt returns when the vehicle recorded the value (meta.oemUpdatedAt),
// or the zero time when unknown.
func (s *Signal) UpdatedAt() time.Time {
	if s.Meta == nil {
		return time.Time{}
	}
	return s.Meta.OEMUpdatedAt.Time()
}

// RetrievedAt returns when Smartcar fetched the value: meta.retrievedAt, or
// meta.fetchedAt when that is the name used; the zero time when unknown.
func (s *Signal) RetrievedAt() time.Time {
	if s.Meta == nil {
		return time.Time{}
	}
	if t := s.Meta.RetrievedAt.Time(); !t.IsZero() {
		return t
	}
	return s.Meta.FetchedAt.Time()
}

// Ref returns the signal's code, name and group as a [SignalRef].
func (s *Signal) Ref() SignalRef { return SignalRef{Code: s.Code, Name: s.Name, Group: s.Group} }

// As decodes the raw body into v, for codes the package does not know or
// for a type of the caller's choosing.
func (s *Signal) As(v any) error {
	if len(s.RawBody) == 0 {
		return fmt.Errorf("smartcar: signal %s has no body", s.Code)
	}
	if err := json.Unmarshal(s.RawBody, v); err != nil {
		return fmt.Errorf("smartcar: signal %s body: %w", s.Code, err)
	}
	return nil
}

// decodeBody fills Body (or BodyErr) from RawBody using the registry.
func (s *Signal) decodeBody() { s.decodeBodyWith(nil, s.RawBody) }

// decodeBodyWith is decodeBody reading b, the bytes of RawBody; with a
// decoder, b is a sub-slice of its body and strings share its storage.
func (s *Signal) decodeBodyWith(d *decoder, b []byte) {
	s.Body, s.BodyErr = nil, nil
	if len(b) == 0 || string(b) == "null" {
		return
	}
	v := NewBody(s.Code)
	if v == nil {
		return
	}
	if f, ok := v.(flatDecoder); ok {
		if f.decodeFlat(d, b) {
			s.Body = v
			return
		}
		v = NewBody(s.Code) // start again from a zero value
	}
	if err := json.Unmarshal(s.RawBody, v); err != nil {
		s.BodyErr = fmt.Errorf("smartcar: signal %s body: %w", s.Code, err)
		return
	}
	s.Body = v
}

type signalWire struct {
	Code   SignalCode    `json:"code"`
	Name   string        `json:"name"`
	Group  string        `json:"group"`
	Body   any           `json:"body,omitempty"`
	Status *SignalStatus `json:"status,omitempty"`
	Meta   *SignalMeta   `json:"meta,omitempty"`
}

// MarshalJSON implements [json.Marshaler]: the typed Body when there is one,
// else RawBody unchanged.
func (s Signal) MarshalJSON() ([]byte, error) {
	w := signalWire{Code: s.Code, Name: s.Name, Group: s.Group, Status: s.Status, Meta: s.Meta}
	switch {
	case s.Body != nil:
		w.Body = s.Body
	case len(s.RawBody) > 0:
		w.Body = s.RawBody
	}
	return json.Marshal(w)
}

// Signals is the "data.signals" array of a VEHICLE_STATE, with lookups.
type Signals []Signal

// Get returns the signal with the given code, or nil.
func (ss Signals) Get(code SignalCode) *Signal {
	for i := range ss {
		if ss[i].Code == code {
			return &ss[i]
		}
	}
	return nil
}

// decodeBodies decodes every signal's typed body.
func (ss Signals) decodeBodies() {
	for i := range ss {
		ss[i].decodeBody()
	}
}
