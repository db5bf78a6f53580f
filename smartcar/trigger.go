package smartcar

import (
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// TriggerType says why a VEHICLE_STATE was sent. It is an open set.
type TriggerType string

// Documented trigger types.
const (
	// TriggerSignalUpdated means that a signal changed since the last
	// delivery.
	TriggerSignalUpdated TriggerType = "SIGNAL_UPDATED"
	// TriggerFirstDelivery means that this is the first payload for the
	// vehicle (after subscribing, resubscribing or re-enabling the webhook).
	TriggerFirstDelivery TriggerType = "FIRST_DELIVERY"
)

// Known reports whether t is one of the documented trigger types.
func (t TriggerType) Known() bool {
	return t == TriggerSignalUpdated || t == TriggerFirstDelivery
}

// SignalRef names a signal, in triggers and in VEHICLE_ERROR errors. It is
// sent as an object with any subset of code, name and group, as a
// "Group.Name" string (a string without a dot is taken as the name), or as
// null; it marshals back in the form it arrived in. A SignalRef built in
// code is an object. [SignalRef.Resolve] gives the normalised code, group
// and name whatever the form.
type SignalRef struct {
	form refForm
	text string // the text form as sent

	// Code is the signal code of the object form, for example
	// "tractionbattery-stateofcharge".
	Code Opt[SignalCode] `json:"code,omitzero"`
	// Name is the signal name of the object form, for example
	// "StateOfCharge".
	Name Opt[string] `json:"name,omitzero"`
	// Group is the signal group of the object form, for example
	// "TractionBattery".
	Group Opt[string] `json:"group,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

type refForm uint8

const (
	refUnset  refForm = iota // built in code (an object), or absent when empty
	refObject                // decoded from an object, even {}
	refText                  // decoded from a string
	refNull                  // decoded from null
)

// SignalRefText returns a [SignalRef] that marshals as the string s, for
// example "TractionBattery.StateOfCharge".
func SignalRefText(s string) SignalRef { return SignalRef{form: refText, text: s} }

// SignalRefOf returns a [SignalRef] object naming a documented code, with
// its group and name.
func SignalRefOf(code SignalCode) SignalRef {
	r := SignalRef{Code: Some(code)}
	if g, n := code.Group(), code.Name(); g != "" {
		r.Group, r.Name = Some(g), Some(n)
	}
	return r
}

// Text returns the reference's text and true when it was sent as a string.
func (r SignalRef) Text() (string, bool) { return r.text, r.form == refText }

// IsNull reports whether the reference was sent as JSON null.
func (r SignalRef) IsNull() bool { return r.form == refNull }

// IsZero reports whether the reference is absent: not decoded from
// anything and with no member set.
func (r SignalRef) IsZero() bool {
	return r.form == refUnset && r.Code.IsZero() && r.Name.IsZero() && r.Group.IsZero() && r.Extra == nil
}

// Resolve returns the normalised code, group and name. A "Group.Name" text
// is split at its first dot (text without a dot is the name); a missing
// code is derived from group and name with [CodeOf].
func (r SignalRef) Resolve() (code SignalCode, group, name string) {
	if r.form == refText {
		if g, n, ok := strings.Cut(r.text, "."); ok {
			group, name = g, n
		} else {
			name = r.text
		}
	} else {
		code, group, name = r.Code.Value, r.Group.Value, r.Name.Value
	}
	if code == "" {
		code = CodeOf(group, name)
	}
	return code, group, name
}

// String returns "Group.Name" when both are known, else the code.
func (r SignalRef) String() string {
	code, g, n := r.Resolve()
	if g != "" && n != "" {
		return g + "." + n
	}
	return string(code)
}

// CodeOf returns the signal code Smartcar derives from a group and name:
// lower(group) + "-" + lower(name), for example CodeOf("TractionBattery",
// "StateOfCharge") == "tractionbattery-stateofcharge". It returns "" when
// either is empty.
func CodeOf(group, name string) SignalCode {
	if group == "" || name == "" {
		return ""
	}
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

// MarshalJSONTo implements json.MarshalerTo, writing the form the
// reference was decoded from.
func (r SignalRef) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch r.form {
	case refText:
		return enc.WriteToken(jsontext.String(r.text))
	case refNull:
		return enc.WriteToken(jsontext.Null)
	}
	type plain SignalRef
	return json.MarshalEncode(enc, (*plain)(&r))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2.
func (r SignalRef) MarshalJSON() ([]byte, error) { return json.Marshal(r) }

// UnmarshalJSONFrom implements json.UnmarshalerFrom: an object, a string or
// null.
func (r *SignalRef) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	switch dec.PeekKind() {
	case 'n':
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		*r = SignalRef{form: refNull}
		return nil
	case '"':
		s, err := readString(dec)
		if err != nil {
			return err
		}
		*r = SignalRef{form: refText, text: s}
		return nil
	case '{':
		*r = SignalRef{}
		if err := decodeObject(dec, r, &r.Extra); err != nil {
			return err
		}
		r.form = refObject
		return nil
	}
	return errNotRef
}

// Trigger says why a VEHICLE_STATE was sent. Smartcar sends triggers in
// several shapes; a Trigger keeps the shape it arrived in (so it marshals
// back unchanged) and [Trigger.Kind] and [Trigger.Ref] give one normalised
// view:
//
//	{"type":"SIGNAL_UPDATED","signal":{"code":…,"name":…,"group":…}}  (any subset of the signal members)
//	{"type":"SIGNAL_UPDATED","signal":"Group.Name"}
//	{"type":"FIRST_DELIVERY"}                                         (signal absent or null)
//	{"code":…,"name":…,"group":…}                                     (flat: SIGNAL_UPDATED)
//	{"code":"FIRST_DELIVERY"}                                         (flat first delivery)
//	"Group.Name" or "FIRST_DELIVERY"                                  (bare string)
//
// The object shapes are one struct: Type and Signal for the typed shapes,
// Code, Name and Group for the flat ones. Build a typed trigger with
// [NewTrigger], a bare string with [TriggerText].
type Trigger struct {
	text   string // the bare-string shape as sent
	isText bool

	// Type is the trigger type of the typed shapes.
	Type Opt[TriggerType] `json:"type,omitzero"`
	// Signal is the updated signal of the typed shapes.
	Signal SignalRef `json:"signal,omitzero"`
	// Code is the signal code of the flat shape, or "FIRST_DELIVERY".
	Code Opt[SignalCode] `json:"code,omitzero"`
	// Name is the signal name of the flat shape.
	Name Opt[string] `json:"name,omitzero"`
	// Group is the signal group of the flat shape.
	Group Opt[string] `json:"group,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// NewTrigger returns a trigger of the typed shape {"type":…,"signal":…};
// a zero ref leaves "signal" out.
func NewTrigger(t TriggerType, ref SignalRef) Trigger {
	return Trigger{Type: Some(t), Signal: ref}
}

// TriggerText returns a trigger of the bare-string shape, "Group.Name" or
// "FIRST_DELIVERY".
func TriggerText(s string) Trigger { return Trigger{text: s, isText: true} }

// Text returns the trigger's text and true when it was sent as a bare
// string.
func (t Trigger) Text() (string, bool) { return t.text, t.isText }

// Kind returns the trigger type: Type when sent, else FIRST_DELIVERY for
// the text or flat code "FIRST_DELIVERY", else SIGNAL_UPDATED (the flat and
// string shapes imply it).
func (t Trigger) Kind() TriggerType {
	switch {
	case t.Type.Valid:
		return t.Type.Value
	case t.isText && t.text == string(TriggerFirstDelivery),
		!t.isText && t.Code.Value == SignalCode(TriggerFirstDelivery):
		return TriggerFirstDelivery
	}
	return TriggerSignalUpdated
}

// IsFirstDelivery reports whether t is a FIRST_DELIVERY trigger.
func (t Trigger) IsFirstDelivery() bool { return t.Kind() == TriggerFirstDelivery }

// Ref returns the updated signal, whatever the shape; zero for a first
// delivery.
func (t Trigger) Ref() SignalRef {
	switch {
	case t.IsFirstDelivery():
		return SignalRef{}
	case t.isText:
		return SignalRefText(t.text)
	case !t.Type.IsZero() || !t.Signal.IsZero():
		return t.Signal
	}
	return SignalRef{form: refObject, Code: t.Code, Name: t.Name, Group: t.Group}
}

// MarshalJSONTo implements json.MarshalerTo, writing the shape t was
// decoded from.
func (t Trigger) MarshalJSONTo(enc *jsontext.Encoder) error {
	if t.isText {
		return enc.WriteToken(jsontext.String(t.text))
	}
	type plain Trigger
	return json.MarshalEncode(enc, (*plain)(&t))
}

// MarshalJSON implements the encoding/json Marshaler with the output of json
// v2.
func (t Trigger) MarshalJSON() ([]byte, error) { return json.Marshal(t) }

// UnmarshalJSONFrom implements json.UnmarshalerFrom, accepting every shape
// listed on [Trigger].
func (t *Trigger) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	switch dec.PeekKind() {
	case '"':
		s, err := readString(dec)
		if err != nil {
			return err
		}
		*t = Trigger{text: s, isText: true}
		return nil
	case '{':
		*t = Trigger{}
		return decodeObject(dec, t, &t.Extra)
	}
	return errNotTrigger
}
