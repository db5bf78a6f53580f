package smartcar

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// TriggerType says why a VEHICLE_STATE was sent. It is an open set.
type TriggerType string

// Documented trigger types.
const (
	// TriggerSignalUpdated: a signal changed since the last delivery.
	TriggerSignalUpdated TriggerType = "SIGNAL_UPDATED"
	// TriggerFirstDelivery: the first payload for the vehicle (after
	// subscribing, resubscribing or re-enabling the webhook).
	TriggerFirstDelivery TriggerType = "FIRST_DELIVERY"
)

// Known reports whether t is one of the documented trigger types.
func (t TriggerType) Known() bool {
	return t == TriggerSignalUpdated || t == TriggerFirstDelivery
}

// SignalRef names a signal: in triggers and in VEHICLE_ERROR errors. It is
// sent as an object with any subset of code, name and group, or as a
// "Group.Name" string (a string without a dot is taken as the name). A
// missing Code is derived from Group and Name (see [CodeOf]); a derived code
// is not written back when marshalling, so the reference marshals in the
// form it arrived in.
type SignalRef struct {
	// Code is the signal code, for example "tractionbattery-stateofcharge".
	Code SignalCode
	// Name is the signal name, for example "StateOfCharge".
	Name string
	// Group is the signal group, for example "TractionBattery".
	Group string

	text    bool // sent as a string
	bare    bool // the string had no dot: it is Name alone
	derived bool // Code was derived, not sent
}

// SignalRefText returns a [SignalRef] that marshals as the string
// "Group.Name".
func SignalRefText(group, name string) SignalRef {
	return SignalRef{Code: CodeOf(group, name), Group: group, Name: name, text: true, derived: true}
}

// IsText reports whether the reference was sent as a "Group.Name" string.
func (r SignalRef) IsText() bool { return r.text }

// IsZero reports whether the reference names nothing.
func (r SignalRef) IsZero() bool { return r.Code == "" && r.Name == "" && r.Group == "" }

// String returns "Group.Name" when both are known, else the code.
func (r SignalRef) String() string {
	if r.Group != "" && r.Name != "" {
		return r.Group + "." + r.Name
	}
	return string(r.Code)
}

// CodeOf returns the signal code Smartcar derives from a group and name:
// lower(group) + "-" + lower(name), for example CodeOf("TractionBattery",
// "StateOfCharge") == "tractionbattery-stateofcharge". It returns "" when
// either is empty.
func CodeOf(group, name string) SignalCode {
	if group == "" || name == "" {
		return ""
	}
	// One allocation for ASCII names; strings.ToLower for anything else.
	var sb strings.Builder
	sb.Grow(len(group) + 1 + len(name))
	for _, part := range [2]string{group, name} {
		for i := 0; i < len(part); i++ {
			c := part[i]
			if c >= utf8.RuneSelf {
				return SignalCode(strings.ToLower(group) + "-" + strings.ToLower(name))
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			sb.WriteByte(c)
		}
		if sb.Len() == len(group) {
			sb.WriteByte('-')
		}
	}
	return SignalCode(sb.String())
}

type signalRefObject struct {
	Code  SignalCode `json:"code,omitempty"`
	Name  string     `json:"name,omitempty"`
	Group string     `json:"group,omitempty"`
}

// textForm is the string a reference sent as text marshals to: the text
// as sent, "Group.Name" or, when it had no dot, the name alone.
func (r SignalRef) textForm() string {
	if r.bare {
		return r.Name
	}
	return r.Group + "." + r.Name
}

// MarshalJSON implements [json.Marshaler].
func (r SignalRef) MarshalJSON() ([]byte, error) {
	if r.text {
		return json.Marshal(r.textForm())
	}
	o := signalRefObject{Code: r.Code, Name: r.Name, Group: r.Group}
	if r.derived {
		o.Code = ""
	}
	return json.Marshal(o)
}

// UnmarshalJSON implements [json.Unmarshaler]: an object or a "Group.Name"
// string.
func (r *SignalRef) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*r = refFromText(s)
		return nil
	}
	var o signalRefObject
	if err := json.Unmarshal(b, &o); err != nil {
		return err
	}
	*r = objectRef(string(o.Code), o.Name, o.Group)
	return nil
}

// objectRef is the [SignalRef] of an object with the given members; a
// missing code is derived from group and name.
func objectRef(code, name, group string) SignalRef {
	r := SignalRef{Code: SignalCode(code), Name: name, Group: group}
	if r.Code == "" {
		r.Code, r.derived = CodeOf(group, name), true
	}
	return r
}

// refFromText splits "Group.Name"; text without a dot is kept as the name.
func refFromText(s string) SignalRef {
	r := SignalRef{text: true, derived: true}
	if g, n, ok := strings.Cut(s, "."); ok {
		r.Group, r.Name = g, n
	} else {
		r.Name, r.bare = s, true
	}
	r.Code = CodeOf(r.Group, r.Name)
	return r
}

// Trigger says why a VEHICLE_STATE was sent. Smartcar sends triggers in
// several shapes, all decoded into the same normalised fields:
//
//	{"type":"SIGNAL_UPDATED","signal":{"code":…,"name":…,"group":…}}  (any subset of the signal fields)
//	{"type":"SIGNAL_UPDATED","signal":"Group.Name"}
//	{"type":"FIRST_DELIVERY"}                                         (signal absent or null)
//	{"code":…,"name":…,"group":…}                                     (flat: SIGNAL_UPDATED)
//	{"code":"FIRST_DELIVERY"}                                         (flat first delivery)
//	"Group.Name" or "FIRST_DELIVERY"                                  (bare string)
//
// A Trigger marshals back in the shape it was decoded from; a Trigger built
// in code marshals in the first shape.
type Trigger struct {
	// Type is SIGNAL_UPDATED or FIRST_DELIVERY (the flat and string shapes
	// imply it).
	Type TriggerType
	// Signal is the updated signal; zero for FIRST_DELIVERY.
	Signal SignalRef

	shape triggerShape
}

type triggerShape uint8

const (
	shapeTyped      triggerShape = iota // {type, signal}, signal omitted when zero (absent when sent)
	shapeTypedNull                      // {type, signal: null}
	shapeFlat                           // {code, name, group}
	shapeText                           // "Group.Name" / "FIRST_DELIVERY"
	shapeTypedEmpty                     // {type, signal} with a zero signal ({}, "" or "."), written all the same
)

// IsFirstDelivery reports whether t is a FIRST_DELIVERY trigger.
func (t Trigger) IsFirstDelivery() bool { return t.Type == TriggerFirstDelivery }

type triggerObject struct {
	Type   *TriggerType    `json:"type"`
	Signal json.RawMessage `json:"signal"`
	Code   SignalCode      `json:"code"`
	Name   string          `json:"name"`
	Group  string          `json:"group"`
}

// UnmarshalJSON implements [json.Unmarshaler], accepting every shape listed
// on [Trigger].
func (t *Trigger) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if s == string(TriggerFirstDelivery) {
			*t = Trigger{Type: TriggerFirstDelivery, shape: shapeText}
			return nil
		}
		*t = Trigger{Type: TriggerSignalUpdated, Signal: refFromText(s), shape: shapeText}
		return nil
	}
	var o triggerObject
	if err := json.Unmarshal(b, &o); err != nil {
		return err
	}
	if o.Type == nil {
		if o.Code == SignalCode(TriggerFirstDelivery) {
			*t = Trigger{Type: TriggerFirstDelivery, shape: shapeFlat}
			return nil
		}
		*t = Trigger{Type: TriggerSignalUpdated, Signal: objectRef(string(o.Code), o.Name, o.Group), shape: shapeFlat}
		return nil
	}
	*t = Trigger{Type: *o.Type}
	switch {
	case string(o.Signal) == "null":
		t.shape = shapeTypedNull
	case o.Signal != nil: // absent: shapeTyped with a zero signal
		if err := t.Signal.UnmarshalJSON(o.Signal); err != nil {
			return err
		}
		if t.Signal.IsZero() {
			t.shape = shapeTypedEmpty
		}
	}
	return nil
}

// MarshalJSON implements [json.Marshaler], writing the shape t was decoded
// from.
func (t Trigger) MarshalJSON() ([]byte, error) {
	switch t.shape {
	case shapeText:
		if t.Type == TriggerFirstDelivery {
			return json.Marshal(string(TriggerFirstDelivery))
		}
		return json.Marshal(t.Signal.textForm())
	case shapeFlat:
		if t.Type == TriggerFirstDelivery {
			return json.Marshal(signalRefObject{Code: SignalCode(TriggerFirstDelivery)})
		}
		return t.Signal.MarshalJSON()
	case shapeTypedNull:
		return json.Marshal(struct {
			Type   TriggerType      `json:"type"`
			Signal *json.RawMessage `json:"signal"`
		}{Type: t.Type})
	}
	type typed struct {
		Type   TriggerType `json:"type"`
		Signal *SignalRef  `json:"signal,omitempty"`
	}
	out := typed{Type: t.Type}
	if t.shape == shapeTypedEmpty || t.shape == shapeTyped && !t.Signal.IsZero() {
		out.Signal = &t.Signal
	}
	return json.Marshal(out)
}
