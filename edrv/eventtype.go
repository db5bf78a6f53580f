package edrv

import "strings"

// EventType is an eDRV event name such as "session.updated" or
// "chargestation.get_composite_schedule.accepted". The set is open: eDRV
// adds names without notice, and any string is a valid EventType. The
// constants in this package name every event of eDRV's catalogue.
//
// Names follow two grammars. An event is "<resource>.<event>", where the
// resource may have several segments ("chargestation.connector_status",
// "load_management.group.chargestation", "session.target.cost"). An action
// is "<scope>.<action>.<status>", where the status is one of
// [StatusRequested], [StatusAccepted] or [StatusRejected]. The methods split
// a name along these lines without allocating, so that callers can route on
// a class of events.
type EventType string

// Class is the class of an event in eDRV's catalogue.
type Class string

// Event classes of eDRV's catalogue.
const (
	// ClassNetwork is asynchronous activity on the network: a station
	// connecting, a cable plugged in, new meter readings.
	ClassNetwork Class = "network"
	// ClassAction reports the progress of a command sent to a station.
	ClassAction Class = "action"
	// ClassSync reports data created, edited or deleted through the API or
	// the dashboard.
	ClassSync Class = "sync"
	// ClassIntelligence is raised by eDRV's charging intelligence (full
	// charge detected, session target reached).
	ClassIntelligence Class = "intelligence"
)

// Known reports whether c is one of the classes defined by this package.
func (c Class) Known() bool {
	switch c {
	case ClassNetwork, ClassAction, ClassSync, ClassIntelligence:
		return true
	}
	return false
}

// Status is the last segment of an action's event name: how far the command
// has come. It maps to the Action's own status (see [ActionStatus.Status]).
type Status string

// Action statuses as they appear in event names.
const (
	// StatusRequested means the request has been sent to the station.
	StatusRequested Status = "requested"
	// StatusAccepted means the station accepted the request; the Action's
	// response data holds what it returned.
	StatusAccepted Status = "accepted"
	// StatusRejected means the station rejected the request; the Action's
	// response data holds the errors it reported.
	StatusRejected Status = "rejected"
)

// Known reports whether s is one of the statuses defined by this package.
func (s Status) Known() bool {
	switch s {
	case StatusRequested, StatusAccepted, StatusRejected:
		return true
	}
	return false
}

// kind is the Go type an event's data decodes into.
type kind uint8

const (
	kindUnknown kind = iota
	kindChargestation
	kindSession
	kindAction
	kindOrganization
	kindLocation
	kindUser
	kindRate
	kindRateSchedule
	kindRFID
	kindLoadManagementGroup
)

// entry is a row of the catalogue.
type entry struct {
	class Class
	kind  kind
}

// Known reports whether e is a name of eDRV's catalogue, that is one of the
// constants of this package.
func (e EventType) Known() bool {
	_, ok := catalogue[string(e)]
	return ok
}

// Class returns the class of a known event. For a name outside the
// catalogue it returns [ClassAction] when [EventType.IsAction] holds, and ""
// otherwise.
func (e EventType) Class() Class {
	if en, ok := catalogue[string(e)]; ok {
		return en.class
	}
	if e.IsAction() {
		return ClassAction
	}
	return ""
}

// Split cuts e at its last dot into the path before it and the last
// segment, the verb or action status: "chargestation.connector.updated"
// gives "chargestation.connector" and "updated". A name without a dot is
// returned as the last segment.
func (e EventType) Split() (path, last string) {
	s := string(e)
	i := strings.LastIndexByte(s, '.')
	if i < 0 {
		return "", s
	}
	return s[:i], s[i+1:]
}

// IsAction reports whether e follows the action grammar
// "<scope>.<action>.<status>": at least three segments, the last one a known
// [Status] and the two before it not empty. It holds for names outside the
// catalogue too.
func (e EventType) IsAction() bool {
	path, last := e.Split()
	i := strings.LastIndexByte(path, '.')
	return Status(last).Known() && i > 0 && i < len(path)-1
}

// Status returns the status of an action, such as [StatusAccepted], or ""
// when e is not an action.
func (e EventType) Status() Status {
	if !e.IsAction() {
		return ""
	}
	_, last := e.Split()
	return Status(last)
}

// Resource returns the resource the event is about. For an event it is all
// but the last segment ("chargestation.connector_status" for
// "chargestation.connector_status.updated"); for an action it is the scope
// the command was sent to ("session" for
// "session.set_power_limit.accepted").
func (e EventType) Resource() string {
	path, _ := e.Split()
	if e.IsAction() {
		path = path[:strings.LastIndexByte(path, '.')]
	}
	return path
}

// Event returns the verb of a name that is not an action, such as "updated"
// or "start_failure", and "" for an action.
func (e EventType) Event() string {
	if e.IsAction() {
		return ""
	}
	_, last := e.Split()
	return last
}

// Action returns the command of an action, such as "set_power_limit" for
// "session.set_power_limit.accepted", and "" when e is not an action.
func (e EventType) Action() string {
	if !e.IsAction() {
		return ""
	}
	path, _ := e.Split()
	return path[strings.LastIndexByte(path, '.')+1:]
}

// ActionType returns the name of an action without its status, such as
// "session.set_power_limit" for "session.set_power_limit.accepted": the value
// eDRV puts in the Action's type field. It returns "" when e is not an
// action.
func (e EventType) ActionType() string {
	if !e.IsAction() {
		return ""
	}
	path, _ := e.Split()
	return path
}

// String returns the name.
func (e EventType) String() string { return string(e) }
