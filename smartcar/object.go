package smartcar

import (
	"reflect"
	"sync"

	"github.com/go-json-experiment/json"

	"github.com/go-json-experiment/json/jsontext"
)

// memberDecoder is a struct that decodes the members it declares itself,
// token by token, on the hot path of [Parse] (the signals of a
// VEHICLE_STATE), where json v2's reflective struct decoding costs most. It
// must handle exactly the members its struct tags name: TestMemberDecoders
// checks every tagged field against it, so a field added to the struct and
// not to decodeMember fails the tests instead of landing in Extra.
type memberDecoder interface {
	// decodeMember decodes the value of the member called name (its
	// unescaped text) and reports true, or reports false without reading
	// anything when name is not one of its members.
	decodeMember(dec *jsontext.Decoder, name []byte) (bool, error)
}

// decodeObject reads a JSON object from dec into d, appending the members
// d does not know to *extra, as json v2's embed fallback would. Duplicate
// names and invalid UTF-8 are rejected by dec itself, as everywhere else.
// null is [errNullObject] (an [Opt] reads null before this is reached; json v2 wraps
// the error in a *json.SemanticError); any other kind is a
// *json.SemanticError naming the type.
func decodeObject(dec *jsontext.Decoder, d memberDecoder, extra *jsontext.Value) error {
	switch k := dec.PeekKind(); k {
	case '{':
	case 'n':
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		return errNullObject
	default:
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		return &json.SemanticError{ByteOffset: dec.InputOffset() - int64(len(v)), JSONPointer: dec.StackPointer(),
			JSONKind: k, GoType: reflect.TypeOf(d).Elem()}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*extra = nil
	for dec.PeekKind() != '}' {
		quoted, err := dec.ReadValue() // a name: the decoder allows nothing else here
		if err != nil {
			return err
		}
		name := quoted[1 : len(quoted)-1]
		if hasEscape(name) {
			if name, err = jsontext.AppendUnquote(nil, quoted); err != nil {
				return err
			}
		}
		known, err := d.decodeMember(dec, name)
		if err != nil {
			return err
		}
		if known {
			continue
		}
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		*extra = appendExtra(*extra, quoted, v)
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	if len(*extra) > 0 {
		*extra = append(*extra, '}')
	}
	return nil
}

// appendExtra appends the member quoted: v to the unterminated object extra
// (empty when it has no member yet).
func appendExtra(extra jsontext.Value, quoted, v []byte) jsontext.Value {
	if len(extra) == 0 {
		extra = make(jsontext.Value, 0, len(quoted)+len(v)+8)
		extra = append(extra, '{')
	} else {
		extra = append(extra, ',')
	}
	extra = append(extra, quoted...)
	extra = append(extra, ':')
	return append(extra, v...)
}

// hasEscape reports whether the JSON string content s holds an escape.
func hasEscape(s []byte) bool {
	for _, c := range s {
		if c == '\\' {
			return true
		}
	}
	return false
}

// decodeMember decodes the members of a Signal.
func (s *Signal) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "code":
		return true, s.Code.UnmarshalJSONFrom(dec)
	case "name":
		return true, s.Name.UnmarshalJSONFrom(dec)
	case "group":
		return true, s.Group.UnmarshalJSONFrom(dec)
	case "body":
		return true, s.Body.UnmarshalJSONFrom(dec)
	case "status":
		return true, s.Status.UnmarshalJSONFrom(dec)
	case "meta":
		return true, s.Meta.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: the members, then the
// body by the registry once the code is known; null is an error.
func (s *Signal) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*s = Signal{}
	s.Body.owner = s
	err := decodeObject(dec, s, &s.Extra)
	s.Body.owner = nil
	if err != nil {
		return err
	}
	if s.Body.Raw != nil && s.Body.Value == nil && s.Body.Err == nil && s.Code.Valid {
		if s.Body.decode(s.Code.Value, s.Body.Raw) {
			s.Body.Raw = nil
		}
	}
	return nil
}

// decodeMember decodes the members of a SignalStatus.
func (x *SignalStatus) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "value":
		return true, x.Value.UnmarshalJSONFrom(dec)
	case "error":
		return true, x.Error.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom; null is an error.
func (x *SignalStatus) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = SignalStatus{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a SignalError.
func (x *SignalError) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "type":
		return true, x.Type.UnmarshalJSONFrom(dec)
	case "code":
		return true, x.Code.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom; null is an error.
func (x *SignalError) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = SignalError{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a SignalMeta.
func (x *SignalMeta) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "oemUpdatedAt":
		return true, x.OEMUpdatedAt.UnmarshalJSONFrom(dec)
	case "retrievedAt":
		return true, x.RetrievedAt.UnmarshalJSONFrom(dec)
	case "fetchedAt":
		return true, x.FetchedAt.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom; null is an error.
func (x *SignalMeta) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = SignalMeta{}
	return decodeObject(dec, x, &x.Extra)
}

// signalScratch holds the signals of an array while it is read, so that
// the result is allocated once at its final length.
var signalScratch = sync.Pool{New: func() any { s := make(Signals, 0, 64); return &s }}

// decodeSignals reads a JSON array of signals into *dst.
func decodeSignals(dec *jsontext.Decoder, dst *Signals) error {
	if _, err := dec.ReadToken(); err != nil { // '[', as the caller checked
		return err
	}
	sp := signalScratch.Get().(*Signals)
	s := (*sp)[:0]
	defer func() {
		clear(s)
		if cap(s) <= 1024 {
			*sp = s[:0]
			signalScratch.Put(sp)
		}
	}()
	for dec.PeekKind() != ']' {
		s = append(s, Signal{})
		if err := s[len(s)-1].UnmarshalJSONFrom(dec); err != nil {
			return err
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		return err
	}
	*dst = append(make(Signals, 0, len(s)), s...)
	return nil
}

// decodeMember decodes the members of a VehicleState.
func (x *VehicleState) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "eventId":
		return true, x.EventID.UnmarshalJSONFrom(dec)
	case "eventType":
		return true, x.EventType.UnmarshalJSONFrom(dec)
	case "vehicleId":
		return true, x.TopVehicleID.UnmarshalJSONFrom(dec)
	case "data":
		return true, x.Data.UnmarshalJSONFrom(dec)
	case "triggers":
		return true, x.TopTriggers.UnmarshalJSONFrom(dec)
	case "meta":
		return true, x.TopMeta.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom: JSON null is refused,
// an object is decoded member by member. It does not tell the event's name
// from the body as [Parse] does, nor set Raw (it keeps the one x has).
func (x *VehicleState) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = VehicleState{raw: x.raw}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a StateData.
func (x *StateData) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "user":
		return true, x.User.UnmarshalJSONFrom(dec)
	case "vehicle":
		return true, x.Vehicle.UnmarshalJSONFrom(dec)
	case "signals":
		return true, x.Signals.UnmarshalJSONFrom(dec)
	case "triggers":
		return true, x.Triggers.UnmarshalJSONFrom(dec)
	case "meta":
		return true, x.Meta.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom; null is an error.
func (x *StateData) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = StateData{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a User.
func (x *User) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "id":
		return true, x.ID.UnmarshalJSONFrom(dec)
	case "externalId":
		return true, x.ExternalID.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom; null is an error.
func (x *User) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = User{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a Vehicle.
func (x *Vehicle) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "id":
		return true, x.ID.UnmarshalJSONFrom(dec)
	case "make":
		return true, x.Make.UnmarshalJSONFrom(dec)
	case "model":
		return true, x.Model.UnmarshalJSONFrom(dec)
	case "year":
		return true, x.Year.UnmarshalJSONFrom(dec)
	case "vin":
		return true, x.VIN.UnmarshalJSONFrom(dec)
	case "mode":
		return true, x.Mode.UnmarshalJSONFrom(dec)
	case "powertrainType":
		return true, x.PowertrainType.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom; null is an error.
func (x *Vehicle) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = Vehicle{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a Meta.
func (x *Meta) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "version":
		return true, x.Version.UnmarshalJSONFrom(dec)
	case "webhookId":
		return true, x.WebhookID.UnmarshalJSONFrom(dec)
	case "webhookName":
		return true, x.WebhookName.UnmarshalJSONFrom(dec)
	case "deliveryId":
		return true, x.DeliveryID.UnmarshalJSONFrom(dec)
	case "deliveredAt":
		return true, x.DeliveredAt.UnmarshalJSONFrom(dec)
	case "deliveryTimestamp":
		return true, x.DeliveryTimestamp.UnmarshalJSONFrom(dec)
	case "deliveryTime":
		return true, x.DeliveryTime.UnmarshalJSONFrom(dec)
	case "signalCount":
		return true, x.SignalCount.UnmarshalJSONFrom(dec)
	case "mode":
		return true, x.Mode.UnmarshalJSONFrom(dec)
	case "sequence":
		return true, x.Sequence.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom implements json.UnmarshalerFrom; null is an error.
func (x *Meta) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = Meta{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of the object form of a SignalRef.
func (r *SignalRef) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "code":
		return true, r.Code.UnmarshalJSONFrom(dec)
	case "name":
		return true, r.Name.UnmarshalJSONFrom(dec)
	case "group":
		return true, r.Group.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// decodeMember decodes the members of the object forms of a Trigger.
func (t *Trigger) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "type":
		return true, t.Type.UnmarshalJSONFrom(dec)
	case "signal":
		return true, t.Signal.UnmarshalJSONFrom(dec)
	case "code":
		return true, t.Code.UnmarshalJSONFrom(dec)
	case "name":
		return true, t.Name.UnmarshalJSONFrom(dec)
	case "group":
		return true, t.Group.UnmarshalJSONFrom(dec)
	}
	return false, nil
}
