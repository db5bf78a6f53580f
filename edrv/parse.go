package edrv

import (
	"errors"
	"strings"
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
	// ErrTooOld reports a delivery whose envelope createdAt is older than
	// the maximum age set with [WithMaxAge]; it comes in an [*AgeError].
	ErrTooOld = errors.New("event too old")
)

// DataError reports that the data of a known event could not be decoded
// into its Go type. [Parse] returns it together with an [*Unknown] event
// that keeps the envelope and the raw data. It wraps the cause: a
// *json.SemanticError (a member of the wrong type), a
// *jsontext.SyntacticError (a string holding bad JSON) or
// [ErrDataNotObject].
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

// Infer decodes the data of an event whose name this package does not know,
// guessing its type from the naming grammar and the envelope's object, and
// returns it as a typed event that keeps the name as sent. The rules, in
// order: a name that [EventType.IsAction] gives an [*ActionEvent]; a
// "session.target.<x>.reached" name gives a [*SessionEvent]; otherwise an
// object of "chargestation", "session", "action", "organization",
// "location", "user", "rate", "rate_schedule", "rfid" or
// "load_management_group" gives the matching event type. It reports false
// when no rule applies, when the data is not an object, or when it does not
// decode, and for an Unknown that carries a decoding error.
func (u *Unknown) Infer() (Event, bool) {
	if u.Err != nil || (u.DataForm != DataJSON && u.DataForm != DataString) {
		return nil, false
	}
	if d := strings.TrimLeft(string(u.Data), " \t\r\n"); d == "" || d[0] != '{' {
		return nil, false
	}
	k := kindUnknown
	path, last := u.Name.Split()
	switch {
	case u.Name.IsAction():
		k = kindAction
	case last == "reached" && strings.HasPrefix(path, "session.target.") && len(path) > len("session.target."):
		k = kindSession
	default:
		k = objectKinds[u.Object]
	}
	if k == kindUnknown {
		return nil, false
	}
	ev, err := typedFrom(k, u)
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
	// Not documented by eDRV; the value edrvtest's payloads use.
	"load_management_group": kindLoadManagementGroup,
}
