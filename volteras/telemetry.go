package volteras

import (
	"bytes"
	"errors"
	"fmt"
	"sync"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Telemetry is a device.telemetry event: one reading of one device. The
// reading's shape depends on the event's metricType; Metric holds it as one
// Go type per metric type, so callers switch on the type:
//
//	switch m := ev.Metric.(type) {
//	case *volteras.StateOfCharge:
//		fmt.Println(m.Value, m.Unit.Value)
//	case *volteras.UnknownMetric:
//		// a metric type added after this package, or a broken reading
//	}
//
// On the wire the reading is one member (two for TIRES, up to four for the
// hedged OTHER_LOCATION_DATA form) at the top level of the event, beside
// metricType, vehicle and timestamp (see [Metric]). Telemetry is the one
// event type with its own JSON methods: they decode and write that union.
type Telemetry struct {
	// Vehicle identifies the vehicle.
	Vehicle Opt[Vehicle] `json:"vehicle,omitzero"`
	// Timestamp is the time of the reading; the reading members carry no
	// time of their own. Deliveries are not ordered: compare timestamps to
	// detect stale readings. Epoch milliseconds are accepted (see [Time]).
	Timestamp Time `json:"timestamp,omitzero"`
	// Metric is the reading, which also gives the metricType. After
	// [Parse] it is never nil.
	Metric Metric `json:"-"`
	// MetricErr reports, without failing the event, why a known metric
	// type's reading could not be typed: it wraps [ErrMissingReading] when
	// the reading member is absent (or null), or the json v2 error when it
	// is malformed. Metric is then an [*UnknownMetric] and the reading's
	// members are kept in Extra.
	MetricErr error `json:"-"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged. For an [*UnknownMetric]
	// it holds the reading's members too.
	Extra jsontext.Value `json:",embed"`

	raw []byte
}

// Vehicle identifies the vehicle of a [Telemetry] event.
type Vehicle struct {
	// ID is the opaque Volteras vehicle id.
	ID Opt[string] `json:"id,omitzero"`
	// VIN is the vehicle identification number, not validated.
	VIN Opt[string] `json:"vin,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// MetricType returns the metricType of the event, from its Metric; "" when
// Metric is nil.
func (t *Telemetry) MetricType() MetricType {
	if t.Metric == nil {
		return ""
	}
	return t.Metric.MetricType()
}

// rawMember is a member kept as its raw JSON text, referring to the buffer
// being decoded (which must stay unchanged while it is used).
type rawMember []byte

// UnmarshalJSONFrom keeps the value's text without copying it.
func (m *rawMember) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := dec.ReadValue()
	*m = rawMember(v)
	return err
}

// telemetryWire is the first stage of decoding a device.telemetry body: the
// common members typed, every reading member of every metric type as raw
// text (the names are distinct), and the rest in Extra. The metricType then
// picks the members that become the Metric.
type telemetryWire struct {
	MetricType      Opt[MetricType] `json:"metricType,omitzero"`
	Vehicle         Opt[Vehicle]    `json:"vehicle,omitzero"`
	Timestamp       Time            `json:"timestamp,omitzero"`
	StateOfCharge   rawMember       `json:"stateOfCharge,omitzero"`
	EnergyRemaining rawMember       `json:"energyRemainingKwh,omitzero"`
	Location        rawMember       `json:"location,omitzero"`
	Odometer        rawMember       `json:"odometer,omitzero"`
	Range           rawMember       `json:"range,omitzero"`
	Pressure        rawMember       `json:"pressure,omitzero"`
	Position        rawMember       `json:"position,omitzero"`
	OEMAlert        rawMember       `json:"oemAlert,omitzero"`
	State           rawMember       `json:"state,omitzero"`
	DepartureTimes  rawMember       `json:"departureTimes,omitzero"`
	Data            rawMember       `json:"data,omitzero"`
	Speed           rawMember       `json:"speed,omitzero"`
	Heading         rawMember       `json:"heading,omitzero"`
	Elevation       rawMember       `json:"elevation,omitzero"`
	Extra           jsontext.Value  `json:",embed"`
}

// readingNames are the names of the reading members, in the order of
// telemetryWire.readings.
var readingNames = [...]string{
	"stateOfCharge", "energyRemainingKwh", "location", "odometer", "range",
	"pressure", "position", "oemAlert", "state", "departureTimes", "data",
	"speed", "heading", "elevation",
}

func (w *telemetryWire) readings() [len(readingNames)]*rawMember {
	return [...]*rawMember{
		&w.StateOfCharge, &w.EnergyRemaining, &w.Location, &w.Odometer, &w.Range,
		&w.Pressure, &w.Position, &w.OEMAlert, &w.State, &w.DepartureTimes, &w.Data,
		&w.Speed, &w.Heading, &w.Elevation,
	}
}

// readerPool holds the decoding state of [Telemetry.decode], a wire and the
// reader over it, between bodies.
var readerPool = sync.Pool{New: func() any { return new(pooledReader) }}

// pooledReader is what readerPool holds.
type pooledReader struct {
	wire telemetryWire
	r    telemetryReader
}

// slot is one member of a reading: where its raw text is and what it
// decodes into.
type slot struct {
	raw *rawMember
	dst any // pointer
}

// metricPlan is the Metric a metricType selects and the reading members it
// is decoded from.
type metricPlan struct {
	m      Metric
	slots  [4]slot
	n      int
	object bool // the reading is one object member; null is no reading
	direct [4]bool
}

// plan returns the plan of metric type mt over the members of w; m is nil
// for a metric type this package does not know.
func plan(mt MetricType, w *telemetryWire) (p metricPlan) {
	switch mt {
	case MetricStateOfCharge:
		x := new(StateOfCharge)
		p.m, p.slots[0], p.n, p.object = x, slot{&w.StateOfCharge, (*Quantity)(x)}, 1, true
	case MetricEnergyRemaining:
		x := new(EnergyRemaining)
		p.m, p.slots[0], p.n, p.object = x, slot{&w.EnergyRemaining, (*Quantity)(x)}, 1, true
	case MetricLocation:
		x := new(Location)
		p.m, p.slots[0], p.n, p.object = x, slot{&w.Location, x}, 1, true
	case MetricOdometer:
		x := new(Odometer)
		p.m, p.slots[0], p.n, p.object = x, slot{&w.Odometer, (*Quantity)(x)}, 1, true
	case MetricRange:
		x := new(Range)
		p.m, p.slots[0], p.n, p.object = x, slot{&w.Range, (*Quantity)(x)}, 1, true
	case MetricTires:
		x := new(Tires)
		p.m, p.n = x, 2
		p.slots[0], p.slots[1] = slot{&w.Pressure, &x.Pressure}, slot{&w.Position, &x.Position}
	case MetricOEMAlert:
		x := new(OEMAlert)
		p.m, p.slots[0], p.n, p.object = x, slot{&w.OEMAlert, x}, 1, true
	case MetricChargingState:
		x := new(ChargingState)
		p.m, p.slots[0], p.n = x, slot{&w.State, &x.State}, 1
	case MetricDepartureTimes:
		x := new(DepartureTimes)
		p.m, p.slots[0], p.n = x, slot{&w.DepartureTimes, &x.Times}, 1
	case MetricOtherChargingData:
		x := new(OtherChargingData)
		p.m, p.slots[0], p.n = x, slot{&w.Data, &x.Data}, 1
	case MetricOtherLocationData:
		x := new(OtherLocationData)
		p.m, p.n = x, 4
		p.slots[0], p.slots[1] = slot{&w.Data, &x.Data}, slot{&w.Speed, &x.Speed}
		p.slots[2], p.slots[3] = slot{&w.Heading, &x.Heading}, slot{&w.Elevation, &x.Elevation}
	}
	return p
}

// decode fills t from b, a JSON object that stays unchanged while t is
// decoded (raw members refer to it).
//
// The common body names metricType before its reading; decode then reads
// the body once, decoding the reading in place as it comes (see
// [telemetryReader]). Otherwise, and whenever that single pass fails or
// leaves a reading it cannot type, the body is read again in two passes:
// every member first (the readings as raw text), then the readings the
// metricType selects. Both give the same result; the second alone reports
// the errors and keeps a malformed reading verbatim.
func (t *Telemetry) decode(b []byte) error {
	pr := readerPool.Get().(*pooledReader)
	defer func() {
		*pr = pooledReader{}
		readerPool.Put(pr)
	}()
	w, r := &pr.wire, &pr.r
	r.w = w
	if err := json.Unmarshal(b, r); err == nil && r.planned {
		if done, err := t.finish(w, &r.plan); done {
			return err
		}
	}
	*w = telemetryWire{}
	return t.decodeTwoPass(b, w)
}

// decodeTwoPass is the two passes of [Telemetry.decode], with w zero.
func (t *Telemetry) decodeTwoPass(b []byte, w *telemetryWire) error {
	if err := json.Unmarshal(b, w); err != nil {
		return err
	}
	p := plan(w.MetricType.Value, w)
	_, err := t.finish(w, &p)
	return err
}

// finish builds t from w and the plan of its metric type. done is false
// when the plan decoded a reading in place and the metric turned out
// unusable: its raw text is then missing, and the caller must decode again
// in two passes.
func (t *Telemetry) finish(w *telemetryWire, p *metricPlan) (done bool, err error) {
	if w.MetricType.Value == "" {
		return true, ErrMissingMetricType
	}
	*t = Telemetry{Vehicle: w.Vehicle, Timestamp: w.Timestamp, Extra: w.Extra, raw: t.raw}
	mt := w.MetricType.Value
	m, n := p.m, p.n
	if m != nil {
		present := false
		for _, s := range p.slots[:n] {
			if *s.raw != nil && !(p.object && string(*s.raw) == "null") {
				present = true
			}
		}
		if !present {
			t.MetricErr = fmt.Errorf("volteras: %s reading %s: %w", mt, readingName(p.slots[0].raw, w), ErrMissingReading)
			m = nil
		}
	}
	if m != nil {
		for i, s := range p.slots[:n] {
			if *s.raw == nil || p.direct[i] {
				continue
			}
			if err := json.Unmarshal(*s.raw, s.dst); err != nil {
				t.MetricErr = fmt.Errorf("volteras: %s reading %s: %w", mt, readingName(s.raw, w), err)
				m = nil
				break
			}
		}
	}
	if m == nil {
		if p.direct != [4]bool{} {
			return false, nil
		}
		m, n = &UnknownMetric{Type: mt}, 0
	}
	t.Metric = m

	// Reading members that are not part of the Metric go to Extra.
	var extra []byte
	for i, r := range w.readings() {
		if *r == nil || used(p.slots[:n], r) {
			continue
		}
		if extra == nil {
			extra = startExtra(t.Extra)
		}
		extra = appendMember(extra, readingNames[i], *r)
	}
	if extra != nil {
		t.Extra = append(extra, '}')
	}
	return true, nil
}

// telemetryReader is the single pass of [Telemetry.decode]: it reads the
// members of the body into w, and once metricType is known decodes each of
// its reading members straight into the Metric instead of keeping its text.
type telemetryReader struct {
	w       *telemetryWire
	plan    metricPlan
	planned bool
}

// inPlace is the raw text recorded for a reading decoded in place: present
// and not null.
var inPlace = rawMember("{}")

// UnmarshalJSONFrom reads the body object.
func (r *telemetryReader) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	return decodeObject(dec, r, &r.w.Extra)
}

// decodeMember decodes the members of a device.telemetry body.
func (r *telemetryReader) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	w := r.w
	switch string(name) {
	case "metricType":
		if err := w.MetricType.UnmarshalJSONFrom(dec); err != nil {
			return true, err
		}
		if w.MetricType.Value != "" {
			r.plan, r.planned = plan(w.MetricType.Value, w), true
		}
		return true, nil
	case "vehicle":
		return true, w.Vehicle.UnmarshalJSONFrom(dec)
	case "timestamp":
		return true, w.Timestamp.UnmarshalJSONFrom(dec)
	}
	for i, rn := range readingNames {
		if string(name) != rn {
			continue
		}
		raw := w.readings()[i]
		if r.planned && dec.PeekKind() != 'n' {
			for j, s := range r.plan.slots[:r.plan.n] {
				if s.raw == raw {
					*raw, r.plan.direct[j] = inPlace, true
					return true, json.UnmarshalDecode(dec, s.dst)
				}
			}
		}
		return true, raw.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

func used(slots []slot, r *rawMember) bool {
	for _, s := range slots {
		if s.raw == r {
			return true
		}
	}
	return false
}

// readingName returns the member name of r.
func readingName(r *rawMember, w *telemetryWire) string {
	for i, p := range w.readings() {
		if p == r {
			return readingNames[i]
		}
	}
	return ""
}

// startExtra returns a copy of the object extra without its closing brace,
// or "{" when extra is empty, ready for appendMember.
func startExtra(extra jsontext.Value) []byte {
	e := bytes.TrimRight(extra, " \t\r\n")
	if len(e) < 2 {
		return append(make([]byte, 0, 64), '{')
	}
	return append(make([]byte, 0, len(e)+64), e[:len(e)-1]...)
}

// appendMember appends the member name (which needs no escaping) with the
// raw value v to the unterminated object b.
func appendMember(b []byte, name string, v []byte) []byte {
	if len(b) > 1 {
		b = append(b, ',')
	}
	b = append(b, '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return append(b, v...)
}

// UnmarshalJSONFrom decodes a device.telemetry body as [Parse] does; Raw
// then returns a copy of the body.
func (t *Telemetry) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	if v.Kind() != '{' {
		return fmt.Errorf("%w: got JSON %s", ErrNotObject, v.Kind())
	}
	b := bytes.Clone(v)
	t.raw = b
	return t.decode(b)
}

// MarshalJSONTo writes the event as Volteras sends it: metricType, vehicle
// and timestamp (unless absent), the reading's members and Extra.
func (t Telemetry) MarshalJSONTo(enc *jsontext.Encoder) error {
	if err := enc.WriteToken(jsontext.BeginObject); err != nil {
		return err
	}
	if err := writeMember(enc, "metricType", jsontext.String(string(t.MetricType()))); err != nil {
		return err
	}
	if !t.Vehicle.IsZero() {
		if err := enc.WriteToken(jsontext.String("vehicle")); err != nil {
			return err
		}
		if err := t.Vehicle.MarshalJSONTo(enc); err != nil {
			return err
		}
	}
	if !t.Timestamp.IsZero() {
		if err := enc.WriteToken(jsontext.String("timestamp")); err != nil {
			return err
		}
		if err := t.Timestamp.MarshalJSONTo(enc); err != nil {
			return err
		}
	}
	if t.Metric != nil {
		if err := t.Metric.marshalMembers(enc); err != nil {
			return err
		}
	}
	if err := writeExtra(enc, t.Extra); err != nil {
		return err
	}
	return enc.WriteToken(jsontext.EndObject)
}

// MarshalJSON is [Telemetry.MarshalJSONTo] for encoding/json.
func (t Telemetry) MarshalJSON() ([]byte, error) { return json.Marshal(t) }

func writeMember(enc *jsontext.Encoder, name string, tok jsontext.Token) error {
	if err := enc.WriteToken(jsontext.String(name)); err != nil {
		return err
	}
	return enc.WriteToken(tok)
}

// writeExtra writes the members of the JSON object extra.
func writeExtra(enc *jsontext.Encoder, extra jsontext.Value) error {
	if len(extra) == 0 {
		return nil
	}
	dec := jsontext.NewDecoder(bytes.NewReader(extra))
	if tok, err := dec.ReadToken(); err != nil {
		return err
	} else if tok.Kind() != '{' {
		return errors.New("extra members are not a JSON object")
	}
	for dec.PeekKind() != '}' {
		name, err := dec.ReadValue()
		if err != nil {
			return err
		}
		if err := enc.WriteValue(name); err != nil {
			return err
		}
		v, err := dec.ReadValue()
		if err != nil {
			return err
		}
		if err := enc.WriteValue(v); err != nil {
			return err
		}
	}
	return nil
}
