package smartcar

import (
	"fmt"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
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
// [NewBody]) gives for the signal's code; see [SignalBody].
type Signal struct {
	// Code is the signal code, for example [CodeTractionBatteryStateOfCharge].
	Code Opt[SignalCode] `json:"code,omitzero"`
	// Name is the signal name in PascalCase, for example "StateOfCharge".
	Name Opt[string] `json:"name,omitzero"`
	// Group is the signal group in PascalCase, for example "TractionBattery".
	Group Opt[string] `json:"group,omitzero"`
	// Body is the signal's value, typed by its code; absent on failures.
	Body SignalBody `json:"body,omitzero"`
	// Status is the outcome of fetching the signal, when sent. Without a
	// status, a signal with a body is a success.
	Status Opt[SignalStatus] `json:"status,omitzero"`
	// Meta holds the signal's times, when sent (it may be {}).
	Meta Opt[SignalMeta] `json:"meta,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// SignalBody is the "body" of a [Signal].
//
// Value is the typed body, a pointer such as *[Quantity], *[Flag] or
// *[Location], when the signal's code has a registered type ([NewBody]) and
// the body decoded into it; typed bodies keep their unknown members in their
// own Extra field. Otherwise Raw keeps the body exactly as received: codes
// the package does not know, null, and bodies that did not fit their type
// (Err says why; such a body never fails the event). When marshalling, a
// non-nil Value is written, else Raw.
type SignalBody struct {
	// Value is the typed body, or nil.
	Value any
	// Raw is the body as received when Value is nil; nil when absent.
	Raw jsontext.Value
	// Err is the error met decoding the body into its registered type; it
	// wraps the json v2 cause.
	Err error

	owner *Signal // the signal being decoded, to read its code
}

// IsZero reports whether the body is absent.
func (b SignalBody) IsZero() bool { return b.Value == nil && b.Raw == nil }

// MarshalJSONTo implements json.MarshalerTo.
func (b SignalBody) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch {
	case b.Value != nil:
		return json.MarshalEncode(enc, b.Value)
	case b.Raw != nil:
		return enc.WriteValue(b.Raw)
	}
	return enc.WriteToken(jsontext.Null)
}

// MarshalJSON implements the encoding/json Marshaler.
func (b SignalBody) MarshalJSON() ([]byte, error) { return json.Marshal(b) }

// UnmarshalJSONFrom implements json.UnmarshalerFrom. When the signal's code
// has already been read (the usual member order), the body is decoded into
// its registered type at once; otherwise it is kept raw and decoded when the
// whole signal has been read.
func (b *SignalBody) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	b.Value, b.Raw, b.Err = nil, nil, nil
	if b.owner != nil && b.owner.Code.Valid && b.decode(b.owner.Code.Value, v) {
		return nil
	}
	b.Raw = append(jsontext.Value(nil), v...)
	return nil
}

// decode decodes v into the type registered for code; it reports whether
// Value was set. A failure is recorded in Err.
func (b *SignalBody) decode(code SignalCode, v jsontext.Value) bool {
	if len(v) == 0 || v[0] != '{' {
		return false
	}
	t := NewBody(code)
	if t == nil {
		return false
	}
	if err := json.Unmarshal(v, t); err != nil {
		b.Err = fmt.Errorf("smartcar: signal %s body: %w", code, err)
		return false
	}
	b.Value = t
	return true
}

// MarshalJSONTo implements json.MarshalerTo.
func (s Signal) MarshalJSONTo(enc *jsontext.Encoder) error {
	type plain Signal
	return json.MarshalEncode(enc, (*plain)(&s))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2.
func (s Signal) MarshalJSON() ([]byte, error) {
	type plain Signal
	return json.Marshal((*plain)(&s))
}

// SignalStatus is the fetch outcome of a signal ("status").
type SignalStatus struct {
	// Value is SUCCESS or ERROR (an open set).
	Value Opt[StatusValue] `json:"value,omitzero"`
	// Error describes the failure when Value is ERROR.
	Error Opt[SignalError] `json:"error,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// SignalError is why a signal could not be fetched ("status.error").
type SignalError struct {
	// Type is for example COMPATIBILITY or PERMISSION.
	Type Opt[ErrorType] `json:"type,omitzero"`
	// Code is for example VEHICLE_NOT_CAPABLE; null with PERMISSION.
	Code Opt[ErrorCode] `json:"code,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// StatusValue is a signal's fetch outcome. It is an open set.
type StatusValue string

// Documented status values.
const (
	// StatusSuccess means that the signal holds a value.
	StatusSuccess StatusValue = "SUCCESS"
	// StatusError means that the signal could not be fetched; see [SignalStatus.Error].
	StatusError StatusValue = "ERROR"
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
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// OK reports whether the signal holds a value: its status is SUCCESS, or it
// has no status and has a non-null body.
func (s *Signal) OK() bool {
	if s.Status.Valid {
		return s.Status.Value.Value.Value == StatusSuccess
	}
	return s.Body.Value != nil || (s.Body.Raw != nil && s.Body.Raw.Kind() != 'n')
}

// Err returns the signal's error, or nil when there is none.
func (s *Signal) Err() *SignalError {
	if !s.Status.Valid || !s.Status.Value.Error.Valid {
		return nil
	}
	return &s.Status.Value.Error.Value
}

// UpdatedAt returns when the vehicle recorded the value (meta.oemUpdatedAt),
// or the zero time when unknown.
func (s *Signal) UpdatedAt() time.Time { return s.Meta.Value.OEMUpdatedAt.Time() }

// RetrievedAt returns when Smartcar fetched the value: meta.retrievedAt, or
// meta.fetchedAt when that is the name used; the zero time when unknown.
func (s *Signal) RetrievedAt() time.Time {
	if t := s.Meta.Value.RetrievedAt.Time(); !t.IsZero() {
		return t
	}
	return s.Meta.Value.FetchedAt.Time()
}

// Ref returns the signal's code, name and group as a [SignalRef] object.
func (s *Signal) Ref() SignalRef { return SignalRef{Code: s.Code, Name: s.Name, Group: s.Group} }

// As decodes the body into v, for codes the package does not know or for a
// type of the caller's choosing. The error wraps [ErrNoBody] when there is
// no body, else the json v2 cause.
func (s *Signal) As(v any) error {
	var b []byte
	switch {
	case s.Body.Raw != nil:
		b = s.Body.Raw
	case s.Body.Value != nil:
		var err error
		if b, err = json.Marshal(s.Body.Value); err != nil {
			return fmt.Errorf("smartcar: signal %s body: %w", s.Code.Value, err)
		}
	default:
		return fmt.Errorf("smartcar: signal %s: %w", s.Code.Value, ErrNoBody)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("smartcar: signal %s body: %w", s.Code.Value, err)
	}
	return nil
}

// Signals is the "data.signals" array of a VEHICLE_STATE, with lookups.
type Signals []Signal

// Get returns the signal with the given code, or nil.
func (ss Signals) Get(code SignalCode) *Signal {
	for i := range ss {
		if ss[i].Code.Value == code {
			return &ss[i]
		}
	}
	return nil
}
