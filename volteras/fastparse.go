package volteras

import (
	"bytes"
	"encoding/json"
)

// parseFast decodes body as [Parse] does, with the reader of jsonread.go and
// one hand-written decoder per wire struct instead of encoding/json's
// reflection. Each decoder fills the same struct json.Unmarshal would fill,
// exactly as it would fill it, and the result is finished by the same code
// (Telemetry.build, RateLimitUpdated.fromWire). It handles the success case
// only: ok is false when the body is not valid JSON, when a value has the
// wrong JSON type, or when it meets anything it does not reproduce (a
// duplicate member name, a name that matches a field only case-insensitively,
// very deep nesting); Parse then runs parseSlow, which gives the result or
// the error. FuzzFastParse checks that both agree.
func parseFast(eventType string, body []byte) (ev Event, ok bool) {
	r := reader{b: body}
	if r.peek() != '{' {
		return nil, false
	}
	raw := json.RawMessage(bytes.Clone(body))
	switch eventType {
	case EventDeviceConnected:
		e := &DeviceConnected{Raw: raw}
		r.device(&e.ID, &e.DeviceType)
		ev = e
	case EventDeviceDisconnected:
		e := &DeviceDisconnected{Raw: raw}
		r.device(&e.ID, &e.DeviceType)
		ev = e
	case EventDeviceTelemetry:
		var w telemetryWire
		r.telemetry(&w)
		if !r.end() {
			return nil, false
		}
		e := &Telemetry{Raw: raw}
		if e.build(&w, body) != nil {
			return nil, false
		}
		return e, true
	case EventCommandUpdated:
		e := &CommandUpdated{Raw: raw}
		r.command(e)
		ev = e
	case EventRateLimitUpdated:
		var w rateLimitWire
		r.rateLimit(&w)
		e := &RateLimitUpdated{Raw: raw}
		e.fromWire(&w)
		ev = e
	case EventAlertUpdated:
		e := &AlertUpdated{Raw: raw}
		r.alert(e)
		ev = e
	case EventJourneyUpdated:
		e := &JourneyUpdated{Raw: raw}
		r.journey(e)
		ev = e
	default:
		r.skip()
		ev = &Unknown{Name: eventType, Raw: raw}
	}
	if !r.end() {
		return nil, false
	}
	return ev, true
}

// The JSON names of each wire struct's fields, for reader.unknown.
var (
	deviceNames    = []string{"id", "deviceType"}
	telemetryNames = []string{
		"metricType", "vehicle", "timestamp", "stateOfCharge", "energyRemainingKwh", "location",
		"odometer", "range", "pressure", "position", "oemAlert", "state", "departureTimes", "data",
		"speed", "heading", "elevation",
	}
	vehicleNames       = []string{"id", "vin"}
	quantityNames      = []string{"unit", "value"}
	coordinatesNames   = []string{"longitude", "latitude"}
	departureTimeNames = []string{"hour", "minute", "daysOfWeek", "localTimeOffset"}
	dataEntryNames     = []string{"key", "unit", "value"}
	oemAlertNames      = []string{
		"status", "oemCode", "timestamp", "oemMessage", "oemMetadata", "mappedMessage", "severity",
		"mappedCode", "affectedComponent", "recommendedAction", "type",
	}
	commandNames = []string{
		"id", "deviceType", "deviceId", "command", "status", "failedReason", "commandArguments",
		"timeout", "executedAt",
	}
	rateLimitNames = []string{
		"remaining_requests", "max_requests", "domain", "window_size_seconds", "object_id", "key",
		"remainingRequests", "maxRequests", "windowSizeSeconds", "objectId",
	}
	alertNames = []string{
		"id", "status", "alertDefinitionId", "oemDeviceId", "vehicleId", "vin", "muted", "createdAt",
		"currentSeverity", "resolutions", "definition", "metadata", "triggerName", "triggerDescription",
	}
	resolutionNames           = []string{"id", "definition", "status", "steps"}
	resolutionDefinitionNames = []string{"id", "name", "description"}
	stepNames                 = []string{"id", "status", "definition"}
	stepDefinitionNames       = []string{"id", "description", "order"}
	alertDefinitionNames      = []string{"id", "name", "description", "message", "category"}
	alertCategoryNames        = []string{"id", "name", "description"}
	alertMetadataNames        = []string{"createdAt", "updatedAt"}
	journeyNames              = []string{
		"id", "vehicleId", "vin", "startTimestamp", "stopTimestamp", "distanceTravelledKm",
		"odometerStart", "odometerEnd", "energyUsedKwh", "energyStartKwh", "energyEndKwh", "socUsed",
		"socStart", "socEnd", "startLatitude", "startLongitude", "stopLatitude", "stopLongitude",
	}
)

// openObject reports whether the next value is an object. null is consumed
// and reports false, leaving the struct unchanged; anything else fails.
func (r *reader) openObject() bool {
	switch r.peek() {
	case '{':
		return true
	case 'n':
		r.literal("null")
	default:
		r.fail()
	}
	return false
}

// device decodes the body of device.connected and device.disconnected, which
// is at '{'.
func (r *reader) device(id *string, deviceType *DeviceType) {
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(id)
		case "deviceType":
			r.once(&seen, 1<<1)
			readEnum(r, &deviceTypes, deviceType)
		default:
			r.unknown(k, deviceNames)
		}
	}
}

// telemetry decodes a device.telemetry body, which is at '{', into w as
// json.Unmarshal does.
func (r *reader) telemetry(w *telemetryWire) {
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "metricType":
			r.once(&seen, 1<<0)
			readEnum(r, &metricTypes, &w.MetricType)
		case "vehicle":
			r.once(&seen, 1<<1)
			r.vehicle(&w.Vehicle)
		case "timestamp":
			r.once(&seen, 1<<2)
			r.readTime(&w.Timestamp)
		case "stateOfCharge":
			r.once(&seen, 1<<3)
			w.StateOfCharge = (*StateOfCharge)(r.quantityPtr())
		case "energyRemainingKwh":
			r.once(&seen, 1<<4)
			w.EnergyRemaining = (*EnergyRemaining)(r.quantityPtr())
		case "location":
			r.once(&seen, 1<<5)
			w.Location = r.locationPtr()
		case "odometer":
			r.once(&seen, 1<<6)
			w.Odometer = (*Odometer)(r.quantityPtr())
		case "range":
			r.once(&seen, 1<<7)
			w.Range = (*Range)(r.quantityPtr())
		case "pressure":
			r.once(&seen, 1<<8)
			w.Pressure = r.quantityPtr()
		case "position":
			r.once(&seen, 1<<9)
			readEnum(r, &tirePositions, &w.Position)
		case "oemAlert":
			r.once(&seen, 1<<10)
			w.OEMAlert = r.oemAlertPtr()
		case "state":
			r.once(&seen, 1<<11)
			readEnum(r, &chargeStates, &w.State)
		case "departureTimes":
			r.once(&seen, 1<<12)
			r.departureTimes(&w.DepartureTimes)
		case "data":
			r.once(&seen, 1<<13)
			r.dataEntries(&w.Data)
		case "speed":
			r.once(&seen, 1<<14)
			w.Speed = r.quantityPtr()
		case "heading":
			r.once(&seen, 1<<15)
			w.Heading = r.quantityPtr()
		case "elevation":
			r.once(&seen, 1<<16)
			w.Elevation = r.quantityPtr()
		default:
			r.unknown(k, telemetryNames)
		}
	}
}

func (r *reader) vehicle(v *Vehicle) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&v.ID)
		case "vin":
			r.once(&seen, 1<<1)
			r.readString(&v.VIN)
		default:
			r.unknown(k, vehicleNames)
		}
	}
}

// quantityPtr returns a new Quantity for an object, nil for null.
func (r *reader) quantityPtr() *Quantity {
	if !r.openObject() {
		return nil
	}
	q := new(Quantity)
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "unit":
			r.once(&seen, 1<<0)
			readEnum(r, &units, &q.Unit)
		case "value":
			r.once(&seen, 1<<1)
			r.readFloat(&q.Value)
		default:
			r.unknown(k, quantityNames)
		}
	}
	return q
}

func (r *reader) locationPtr() *Location {
	if !r.openObject() {
		return nil
	}
	l := new(Location)
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "unit":
			r.once(&seen, 1<<0)
			readEnum(r, &units, &l.Unit)
		case "value":
			r.once(&seen, 1<<1)
			r.coordinates(&l.Value)
		default:
			r.unknown(k, quantityNames)
		}
	}
	return l
}

func (r *reader) coordinates(c *Coordinates) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "longitude":
			r.once(&seen, 1<<0)
			r.readFloat(&c.Longitude)
		case "latitude":
			r.once(&seen, 1<<1)
			r.readFloat(&c.Latitude)
		default:
			r.unknown(k, coordinatesNames)
		}
	}
}

func (r *reader) oemAlertPtr() *OEMAlert {
	if !r.openObject() {
		return nil
	}
	a := new(OEMAlert)
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "status":
			r.once(&seen, 1<<0)
			readEnum(r, &oemAlertStatuses, &a.Status)
		case "oemCode":
			r.once(&seen, 1<<1)
			r.readString(&a.OEMCode)
		case "timestamp":
			r.once(&seen, 1<<2)
			r.readTime(&a.Timestamp)
		case "oemMessage":
			r.once(&seen, 1<<3)
			r.readStringPtr(&a.OEMMessage)
		case "oemMetadata":
			r.once(&seen, 1<<4)
			r.readRaw(&a.OEMMetadata)
		case "mappedMessage":
			r.once(&seen, 1<<5)
			r.readStringPtr(&a.MappedMessage)
		case "severity":
			r.once(&seen, 1<<6)
			readEnumPtr(r, &severities, &a.Severity)
		case "mappedCode":
			r.once(&seen, 1<<7)
			readEnumPtr(r, &mappedCodes, &a.MappedCode)
		case "affectedComponent":
			r.once(&seen, 1<<8)
			readEnumPtr(r, &affectedComponents, &a.AffectedComponent)
		case "recommendedAction":
			r.once(&seen, 1<<9)
			readEnumPtr(r, &recommendedActions, &a.RecommendedAction)
		case "type":
			r.once(&seen, 1<<10)
			readEnumPtr(r, &oemAlertTypes, &a.Type)
		default:
			r.unknown(k, oemAlertNames)
		}
	}
	return a
}

func (r *reader) departureTimes(dst *[]departureTimeWire) {
	if !openArray(r, dst) {
		return
	}
	var c collector[departureTimeWire]
	for more := r.array(); more; more = r.nextElement() {
		var d departureTimeWire
		r.departureTime(&d)
		c.add(d)
	}
	if !r.bad {
		*dst = c.slice()
	}
}

func (r *reader) departureTime(d *departureTimeWire) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "hour":
			r.once(&seen, 1<<0)
			r.readWholeInt(&d.Hour)
		case "minute":
			r.once(&seen, 1<<1)
			r.readWholeInt(&d.Minute)
		case "daysOfWeek":
			r.once(&seen, 1<<2)
			r.weekdays(&d.DaysOfWeek)
		case "localTimeOffset":
			r.once(&seen, 1<<3)
			r.readWholeInt(&d.LocalTimeOffset)
		default:
			r.unknown(k, departureTimeNames)
		}
	}
}

func (r *reader) weekdays(dst *[]Weekday) {
	if !openArray(r, dst) {
		return
	}
	var c collector[Weekday]
	for more := r.array(); more; more = r.nextElement() {
		var d Weekday
		readEnum(r, &weekdays, &d)
		c.add(d)
	}
	if !r.bad {
		*dst = c.slice()
	}
}

func (r *reader) dataEntries(dst *[]DataEntry) {
	if !openArray(r, dst) {
		return
	}
	var c collector[DataEntry]
	for more := r.array(); more; more = r.nextElement() {
		var e DataEntry
		r.dataEntry(&e)
		c.add(e)
	}
	if !r.bad {
		*dst = c.slice()
	}
}

func (r *reader) dataEntry(e *DataEntry) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "key":
			r.once(&seen, 1<<0)
			readEnum(r, &dataKeys, &e.Key)
		case "unit":
			r.once(&seen, 1<<1)
			readEnum(r, &units, &e.Unit)
		case "value":
			r.once(&seen, 1<<2)
			r.readValue(&e.Value)
		default:
			r.unknown(k, dataEntryNames)
		}
	}
}

// command decodes a command.updated body, which is at '{'.
func (r *reader) command(c *CommandUpdated) {
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&c.ID)
		case "deviceType":
			r.once(&seen, 1<<1)
			readEnum(r, &deviceTypes, &c.DeviceType)
		case "deviceId":
			r.once(&seen, 1<<2)
			r.readString(&c.DeviceID)
		case "command":
			r.once(&seen, 1<<3)
			readEnum(r, &commands, &c.Command)
		case "status":
			r.once(&seen, 1<<4)
			readEnum(r, &commandStatuses, &c.Status)
		case "failedReason":
			r.once(&seen, 1<<5)
			readEnumPtr(r, &failedReasons, &c.FailedReason)
		case "commandArguments":
			r.once(&seen, 1<<6)
			r.readRaw(&c.CommandArguments)
		case "timeout":
			r.once(&seen, 1<<7)
			r.readIntPtr(&c.Timeout)
		case "executedAt":
			r.once(&seen, 1<<8)
			r.readTimePtr(&c.ExecutedAt)
		default:
			r.unknown(k, commandNames)
		}
	}
}

// rateLimit decodes a rate_limit.updated body, which is at '{'.
func (r *reader) rateLimit(w *rateLimitWire) {
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "remaining_requests":
			r.once(&seen, 1<<0)
			r.readOptInt(&w.RemainingRequests)
		case "max_requests":
			r.once(&seen, 1<<1)
			r.readOptInt(&w.MaxRequests)
		case "domain":
			r.once(&seen, 1<<2)
			readEnum(r, &rateLimitDomains, &w.Domain)
		case "window_size_seconds":
			r.once(&seen, 1<<3)
			r.readOptInt(&w.WindowSizeSeconds)
		case "object_id":
			r.once(&seen, 1<<4)
			r.readOptString(&w.ObjectID)
		case "key":
			r.once(&seen, 1<<5)
			readEnum(r, &rateLimitKeys, &w.Key)
		case "remainingRequests":
			r.once(&seen, 1<<6)
			r.readOptInt(&w.RemainingRequestsCamel)
		case "maxRequests":
			r.once(&seen, 1<<7)
			r.readOptInt(&w.MaxRequestsCamel)
		case "windowSizeSeconds":
			r.once(&seen, 1<<8)
			r.readOptInt(&w.WindowSizeSecondsCamel)
		case "objectId":
			r.once(&seen, 1<<9)
			r.readOptString(&w.ObjectIDCamel)
		default:
			r.unknown(k, rateLimitNames)
		}
	}
}

// readOptString reads an [optString] as its UnmarshalJSON does.
func (r *reader) readOptString(dst *optString) {
	switch r.peek() {
	case '"':
		*dst = optString{r.str(), true}
	case 'n':
		r.literal("null")
	default:
		r.fail()
	}
}

// alert decodes an alert.updated body, which is at '{'.
func (r *reader) alert(a *AlertUpdated) {
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&a.ID)
		case "status":
			r.once(&seen, 1<<1)
			readEnum(r, &alertStatuses, &a.Status)
		case "alertDefinitionId":
			r.once(&seen, 1<<2)
			r.readString(&a.AlertDefinitionID)
		case "oemDeviceId":
			r.once(&seen, 1<<3)
			r.readString(&a.OEMDeviceID)
		case "vehicleId":
			r.once(&seen, 1<<4)
			r.readString(&a.VehicleID)
		case "vin":
			r.once(&seen, 1<<5)
			r.readStringPtr(&a.VIN)
		case "muted":
			r.once(&seen, 1<<6)
			r.readBool(&a.Muted)
		case "createdAt":
			r.once(&seen, 1<<7)
			r.readTime(&a.CreatedAt)
		case "currentSeverity":
			r.once(&seen, 1<<8)
			readEnumPtr(r, &severities, &a.CurrentSeverity)
		case "resolutions":
			r.once(&seen, 1<<9)
			r.resolutions(&a.Resolutions)
		case "definition":
			r.once(&seen, 1<<10)
			r.alertDefinition(&a.Definition)
		case "metadata":
			r.once(&seen, 1<<11)
			r.alertMetadata(&a.Metadata)
		case "triggerName":
			r.once(&seen, 1<<12)
			r.readStringPtr(&a.TriggerName)
		case "triggerDescription":
			r.once(&seen, 1<<13)
			r.readStringPtr(&a.TriggerDescription)
		default:
			r.unknown(k, alertNames)
		}
	}
}

func (r *reader) resolutions(dst *[]Resolution) {
	if !openArray(r, dst) {
		return
	}
	var c collector[Resolution]
	for more := r.array(); more; more = r.nextElement() {
		var res Resolution
		r.resolution(&res)
		c.add(res)
	}
	if !r.bad {
		*dst = c.slice()
	}
}

func (r *reader) resolution(res *Resolution) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&res.ID)
		case "definition":
			r.once(&seen, 1<<1)
			r.resolutionDefinition(&res.Definition)
		case "status":
			r.once(&seen, 1<<2)
			readEnum(r, &resolutionStatuses, &res.Status)
		case "steps":
			r.once(&seen, 1<<3)
			r.steps(&res.Steps)
		default:
			r.unknown(k, resolutionNames)
		}
	}
}

func (r *reader) resolutionDefinition(d *ResolutionDefinition) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&d.ID)
		case "name":
			r.once(&seen, 1<<1)
			r.readString(&d.Name)
		case "description":
			r.once(&seen, 1<<2)
			r.readString(&d.Description)
		default:
			r.unknown(k, resolutionDefinitionNames)
		}
	}
}

func (r *reader) steps(dst *[]Step) {
	if !openArray(r, dst) {
		return
	}
	var c collector[Step]
	for more := r.array(); more; more = r.nextElement() {
		var s Step
		r.step(&s)
		c.add(s)
	}
	if !r.bad {
		*dst = c.slice()
	}
}

func (r *reader) step(s *Step) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&s.ID)
		case "status":
			r.once(&seen, 1<<1)
			readEnum(r, &resolutionStatuses, &s.Status)
		case "definition":
			r.once(&seen, 1<<2)
			r.stepDefinition(&s.Definition)
		default:
			r.unknown(k, stepNames)
		}
	}
}

// stepDefinition decodes as [StepDefinition.UnmarshalJSON] does: null is no
// change, an object replaces the whole definition.
func (r *reader) stepDefinition(d *StepDefinition) {
	if !r.openObject() {
		return
	}
	var (
		seen  uint32
		w     StepDefinition
		order wholeInt
	)
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&w.ID)
		case "description":
			r.once(&seen, 1<<1)
			r.readString(&w.Description)
		case "order":
			r.once(&seen, 1<<2)
			r.readWholeInt(&order)
		default:
			r.unknown(k, stepDefinitionNames)
		}
	}
	w.Order = int(order)
	*d = w
}

func (r *reader) alertDefinition(d *AlertDefinition) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&d.ID)
		case "name":
			r.once(&seen, 1<<1)
			r.readString(&d.Name)
		case "description":
			r.once(&seen, 1<<2)
			r.readString(&d.Description)
		case "message":
			r.once(&seen, 1<<3)
			r.readString(&d.Message)
		case "category":
			r.once(&seen, 1<<4)
			r.alertCategory(&d.Category)
		default:
			r.unknown(k, alertDefinitionNames)
		}
	}
}

func (r *reader) alertCategory(c *AlertCategory) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&c.ID)
		case "name":
			r.once(&seen, 1<<1)
			r.readString(&c.Name)
		case "description":
			r.once(&seen, 1<<2)
			r.readStringPtr(&c.Description)
		default:
			r.unknown(k, alertCategoryNames)
		}
	}
}

func (r *reader) alertMetadata(m *AlertMetadata) {
	if !r.openObject() {
		return
	}
	var seen uint32
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "createdAt":
			r.once(&seen, 1<<0)
			r.readTime(&m.CreatedAt)
		case "updatedAt":
			r.once(&seen, 1<<1)
			r.readTime(&m.UpdatedAt)
		default:
			r.unknown(k, alertMetadataNames)
		}
	}
}

// journey decodes a journey.updated body, which is at '{'. Its numbers share
// one allocation.
func (r *reader) journey(j *JourneyUpdated) {
	var (
		seen uint32
		nums []float64
	)
	num := func(dst **float64, bit uint32) {
		r.once(&seen, bit)
		f, ok := r.float()
		if !ok {
			*dst = nil
			return
		}
		if len(nums) == cap(nums) {
			nums = make([]float64, 0, 13)
		}
		nums = append(nums, f)
		*dst = &nums[len(nums)-1]
	}
	for more := r.object(); more; more = r.nextMember() {
		switch k := r.key(); string(k) {
		case "id":
			r.once(&seen, 1<<0)
			r.readString(&j.ID)
		case "vehicleId":
			r.once(&seen, 1<<1)
			r.readString(&j.VehicleID)
		case "vin":
			r.once(&seen, 1<<2)
			r.readString(&j.VIN)
		case "startTimestamp":
			r.once(&seen, 1<<3)
			r.readTime(&j.StartTimestamp)
		case "stopTimestamp":
			r.once(&seen, 1<<4)
			r.readTimePtr(&j.StopTimestamp)
		case "distanceTravelledKm":
			num(&j.DistanceTravelledKm, 1<<5)
		case "odometerStart":
			num(&j.OdometerStart, 1<<6)
		case "odometerEnd":
			num(&j.OdometerEnd, 1<<7)
		case "energyUsedKwh":
			num(&j.EnergyUsedKwh, 1<<8)
		case "energyStartKwh":
			num(&j.EnergyStartKwh, 1<<9)
		case "energyEndKwh":
			num(&j.EnergyEndKwh, 1<<10)
		case "socUsed":
			num(&j.SocUsed, 1<<11)
		case "socStart":
			num(&j.SocStart, 1<<12)
		case "socEnd":
			num(&j.SocEnd, 1<<13)
		case "startLatitude":
			num(&j.StartLatitude, 1<<14)
		case "startLongitude":
			num(&j.StartLongitude, 1<<15)
		case "stopLatitude":
			num(&j.StopLatitude, 1<<16)
		case "stopLongitude":
			num(&j.StopLongitude, 1<<17)
		default:
			r.unknown(k, journeyNames)
		}
	}
}
