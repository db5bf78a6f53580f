package volteras

import (
	"encoding/json"
	"errors"
	"fmt"
	"sync"
)

// Telemetry is a device.telemetry event: one reading of one device. The
// reading's shape depends on the event's metricType; Metric holds it as one
// Go type per metric type, so callers switch on the type:
//
//	switch m := ev.Metric.(type) {
//	case *volteras.StateOfCharge:
//		fmt.Println(m.Value, m.Unit)
//	case *volteras.UnknownMetric:
//		// a metric type added after this package, or a broken reading
//	}
//
// On the wire the reading is one member (two for TIRES, up to four for the
// hedged OTHER_LOCATION_DATA form) at the top level of the event, beside
// vehicle and timestamp (see [Metric]).
type Telemetry struct {
	// Vehicle identifies the vehicle; zero when the member is absent.
	Vehicle Vehicle
	// Timestamp is the time of the reading; the reading members carry no
	// time of their own. Deliveries are not ordered: compare timestamps to
	// detect stale readings.
	Timestamp Time
	// Metric is the reading. After [Parse] it is never nil.
	Metric Metric
	// MetricErr reports, without failing the event, why a known metric
	// type's reading could not be typed: it wraps [ErrMissingReading] when
	// the reading member is absent, or the encoding/json error when it is
	// malformed. Metric is then an [*UnknownMetric] holding what was sent.
	MetricErr error

	// Raw is the body the event was parsed from; [Parse] sets it.
	Raw json.RawMessage `json:"-"`
}

// Vehicle identifies the vehicle of a [Telemetry] event.
type Vehicle struct {
	// ID is the opaque Volteras vehicle id.
	ID string `json:"id"`
	// VIN is the vehicle identification number, not validated.
	VIN string `json:"vin"`
}

// Type returns [EventDeviceTelemetry].
func (*Telemetry) Type() string { return EventDeviceTelemetry }

// MetricType returns the metricType of the event, from its Metric; "" when
// Metric is nil.
func (t *Telemetry) MetricType() MetricType {
	if t.Metric == nil {
		return ""
	}
	return t.Metric.MetricType()
}

// telemetryWire holds every member of every reading. The readings' member
// names are distinct, so one json.Unmarshal decodes any telemetry body, and
// the metricType then picks the member that becomes the Metric. parseFast
// fills it the same way without encoding/json (reader.telemetry).
type telemetryWire struct {
	MetricType      MetricType          `json:"metricType"`
	Vehicle         Vehicle             `json:"vehicle"`
	Timestamp       Time                `json:"timestamp"`
	StateOfCharge   *StateOfCharge      `json:"stateOfCharge"`
	EnergyRemaining *EnergyRemaining    `json:"energyRemainingKwh"`
	Location        *Location           `json:"location"`
	Odometer        *Odometer           `json:"odometer"`
	Range           *Range              `json:"range"`
	Pressure        *Quantity           `json:"pressure"`
	Position        TirePosition        `json:"position"`
	OEMAlert        *OEMAlert           `json:"oemAlert"`
	State           ChargeState         `json:"state"`
	DepartureTimes  []departureTimeWire `json:"departureTimes"`
	Data            []DataEntry         `json:"data"`
	Speed           *Quantity           `json:"speed"`
	Heading         *Quantity           `json:"heading"`
	Elevation       *Quantity           `json:"elevation"`
}

type departureTimeWire struct {
	Hour            wholeInt  `json:"hour"`
	Minute          wholeInt  `json:"minute"`
	DaysOfWeek      []Weekday `json:"daysOfWeek"`
	LocalTimeOffset wholeInt  `json:"localTimeOffset"`
}

// readingMembers lists the top-level members of each known metric type.
var readingMembers = map[MetricType][]string{
	MetricStateOfCharge:     {"stateOfCharge"},
	MetricEnergyRemaining:   {"energyRemainingKwh"},
	MetricLocation:          {"location"},
	MetricOdometer:          {"odometer"},
	MetricRange:             {"range"},
	MetricTires:             {"pressure", "position"},
	MetricOEMAlert:          {"oemAlert"},
	MetricChargingState:     {"state"},
	MetricDepartureTimes:    {"departureTimes"},
	MetricOtherChargingData: {"data"},
	MetricOtherLocationData: {"data", "speed", "heading", "elevation"},
}

var wirePool = sync.Pool{New: func() any { return new(telemetryWire) }}

// UnmarshalJSON decodes a device.telemetry body as [Parse] does, except that
// it leaves Raw nil and, as encoding/json does, treats null as no change.
func (t *Telemetry) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	*t = Telemetry{}
	return t.decode(b)
}

// decode fills t from body in one json.Unmarshal. Only when that fails for a
// reason other than syntax does it look again, member by member, to tell a
// bad common member (an error) from a bad reading (MetricErr).
func (t *Telemetry) decode(body []byte) error {
	w := wirePool.Get().(*telemetryWire)
	err := json.Unmarshal(body, w)
	if err == nil {
		err = t.build(w, body)
	}
	*w = telemetryWire{}
	wirePool.Put(w)
	if err == nil {
		return nil
	}
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) || errors.Is(err, ErrMissingMetricType) {
		return err
	}
	return t.decodeByMember(body)
}

// build sets t from a decoded wire struct.
func (t *Telemetry) build(w *telemetryWire, body []byte) error {
	if w.MetricType == "" {
		return ErrMissingMetricType
	}
	t.Vehicle, t.Timestamp = w.Vehicle, w.Timestamp
	var m Metric
	switch w.MetricType {
	case MetricStateOfCharge:
		if w.StateOfCharge != nil {
			m = w.StateOfCharge
		}
	case MetricEnergyRemaining:
		if w.EnergyRemaining != nil {
			m = w.EnergyRemaining
		}
	case MetricLocation:
		if w.Location != nil {
			m = w.Location
		}
	case MetricOdometer:
		if w.Odometer != nil {
			m = w.Odometer
		}
	case MetricRange:
		if w.Range != nil {
			m = w.Range
		}
	case MetricTires:
		if w.Pressure != nil || w.Position != "" {
			m = &Tires{Pressure: w.Pressure, Position: w.Position}
		}
	case MetricOEMAlert:
		if w.OEMAlert != nil {
			m = w.OEMAlert
		}
	case MetricChargingState:
		if w.State != "" {
			m = &ChargingState{State: w.State}
		}
	case MetricDepartureTimes:
		if w.DepartureTimes != nil {
			times := make([]DepartureTime, len(w.DepartureTimes))
			for i, d := range w.DepartureTimes {
				times[i] = DepartureTime{
					Hour: int(d.Hour), Minute: int(d.Minute),
					DaysOfWeek: d.DaysOfWeek, LocalTimeOffset: int(d.LocalTimeOffset),
				}
			}
			m = &DepartureTimes{Times: times}
		}
	case MetricOtherChargingData:
		if w.Data != nil {
			m = &OtherChargingData{Data: w.Data}
		}
	case MetricOtherLocationData:
		if w.Data != nil || w.Speed != nil || w.Heading != nil || w.Elevation != nil {
			m = &OtherLocationData{Data: w.Data, Members: LocationMembers{
				Speed: w.Speed, Heading: w.Heading, Elevation: w.Elevation,
			}}
		}
	default:
		um, err := unknownMetric(w.MetricType, body)
		if err != nil {
			return err
		}
		t.Metric = um
		return nil
	}
	if m == nil {
		um, err := unknownMetric(w.MetricType, body)
		if err != nil {
			return err
		}
		t.Metric = um
		t.MetricErr = fmt.Errorf("volteras: %s reading %s: %w",
			w.MetricType, readingMembers[w.MetricType][0], ErrMissingReading)
		return nil
	}
	t.Metric = m
	return nil
}

// decodeByMember is the slow path for a body that json.Unmarshal rejected
// with a type error: a wrong type in a common member is an error, one in the
// reading becomes MetricErr, and one in a member no reading of this metric
// type uses is ignored, as an unknown member would be.
func (t *Telemetry) decodeByMember(body []byte) error {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(body, &members); err != nil {
		return err
	}
	var common struct {
		MetricType MetricType `json:"metricType"`
		Vehicle    Vehicle    `json:"vehicle"`
		Timestamp  Time       `json:"timestamp"`
	}
	for _, name := range [...]string{"metricType", "vehicle", "timestamp"} {
		if v, ok := members[name]; ok {
			one, _ := json.Marshal(map[string]json.RawMessage{name: v})
			if err := json.Unmarshal(one, &common); err != nil {
				return err
			}
		}
	}
	if common.MetricType == "" {
		return ErrMissingMetricType
	}
	reading := map[string]json.RawMessage{}
	for _, name := range readingMembers[common.MetricType] { // none if unknown
		if v, ok := members[name]; ok {
			reading[name] = v
		}
	}
	w := telemetryWire{MetricType: common.MetricType, Vehicle: common.Vehicle, Timestamp: common.Timestamp}
	one, _ := json.Marshal(reading)
	if err := json.Unmarshal(one, &w); err != nil {
		*t = Telemetry{Vehicle: common.Vehicle, Timestamp: common.Timestamp, Raw: t.Raw,
			Metric:    &UnknownMetric{Type: common.MetricType, Members: otherMembers(members)},
			MetricErr: fmt.Errorf("volteras: %s reading: %w", common.MetricType, err)}
		return nil
	}
	return t.build(&w, body)
}

// unknownMetric returns an UnknownMetric holding the members of body other
// than the common ones.
func unknownMetric(mt MetricType, body []byte) (*UnknownMetric, error) {
	var members map[string]json.RawMessage
	if err := json.Unmarshal(body, &members); err != nil {
		return nil, err
	}
	return &UnknownMetric{Type: mt, Members: otherMembers(members)}, nil
}

func otherMembers(members map[string]json.RawMessage) map[string]json.RawMessage {
	delete(members, "metricType")
	delete(members, "vehicle")
	delete(members, "timestamp")
	return members
}

// MarshalJSON writes the event as Volteras sends it: metricType, vehicle
// (unless zero), timestamp (unless zero) and the reading's members.
func (t Telemetry) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 256)
	b = append(b, `{"metricType":`...)
	mt, err := json.Marshal(t.MetricType())
	if err != nil {
		return nil, err
	}
	b = append(b, mt...)
	if t.Vehicle != (Vehicle{}) {
		if b, err = appendMember(b, "vehicle", t.Vehicle); err != nil {
			return nil, err
		}
	}
	if !t.Timestamp.IsZero() {
		if b, err = appendMember(b, "timestamp", t.Timestamp); err != nil {
			return nil, err
		}
	}
	if t.Metric != nil {
		if b, err = t.Metric.appendMembers(b); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}
