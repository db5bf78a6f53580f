package edrv

import "encoding/json"

// The hand-written decoder for [Session] and the objects it holds (see
// decoder.go).

// sessionBlock is one allocation for a session event and the sub-objects
// a session usually has; the Session's pointers point into it.
type sessionBlock struct {
	ev      SessionEvent
	conf    SessionConfigurations
	target  Target
	metrics Metrics
	report  EnergyReport
	qty     [4]Quantity
	cost    Cost
}

var (
	sessionNames          = fieldNames[Session]()
	configurationsNames   = fieldNames[SessionConfigurations]()
	targetNames           = fieldNames[Target]()
	metricsNames          = fieldNames[Metrics]()
	energyReportNames     = fieldNames[EnergyReport]()
	chargingActivityNames = fieldNames[ChargingActivity]()
	costItemNames         = fieldNames[CostItem]()
	periodNames           = fieldNames[Period]()
	sampledValueNames     = fieldNames[SampledValue]()
	rateNames             = fieldNames[Rate]()
	priceComponentNames   = fieldNames[PriceComponent]()
)

func (d *decoder) session(s *Session, blk *sessionBlock) bool {
	if !d.open() {
		return false
	}
	var seen uint32
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint32
		switch key {
		case "_id":
			bit, ok = 1<<0, text(d, &s.ID)
		case "user":
			bit, ok = 1<<1, text(d, &s.User)
		case "chargestation":
			bit, ok = 1<<2, text(d, &s.Chargestation)
		case "connector":
			bit, ok = 1<<3, text(d, &s.Connector)
		case "status":
			bit, ok = 1<<4, text(d, &s.Status)
		case "rate":
			bit, ok = 1<<5, d.rateRef(&s.Rate)
		case "configurations":
			bit, s.Configurations = 1<<6, nil
			if !d.isNull() {
				s.Configurations, ok = &blk.conf, d.configurations(&blk.conf)
			}
		case "target":
			bit, s.Target = 1<<7, nil
			if !d.isNull() {
				s.Target, ok = &blk.target, d.target(&blk.target)
			}
		case "metrics":
			bit, s.Metrics = 1<<8, nil
			if !d.isNull() {
				s.Metrics, ok = &blk.metrics, d.metrics(&blk.metrics)
			}
		case "energy_report":
			bit = 1 << 9
			if d.isNull() {
				s.EnergyReport = nil
				break
			}
			if ok = d.cur() == '{' && d.energyReport(&blk.report, &blk.qty); ok {
				s.EnergyReport = &blk.report
			}
		case "raw_energy_report":
			bit, s.RawEnergyReport = 1<<10, nil
			if !d.isNull() {
				s.RawEnergyReport = new(RawEnergyReport)
				ok = d.rawEnergyReport(s.RawEnergyReport)
			}
		case "charging_activity":
			bit = 1 << 11
			var n int
			if n, ok = d.array(); ok && n >= 0 {
				s.ChargingActivity = make([]ChargingActivity, n)
				for k := 0; ; k++ {
					var more bool
					if more, ok = d.item(k, n); !more {
						break
					}
					if !d.isNull() && !d.chargingActivity(&s.ChargingActivity[k]) {
						ok = false
						break
					}
				}
			}
		case "cost":
			bit, s.Cost = 1<<12, nil
			if !d.isNull() {
				s.Cost, ok = &blk.cost, d.cost(&blk.cost)
			}
		case "meta_data":
			bit, ok = 1<<13, d.rawValue(&s.MetaData)
		case "raw_transction_event":
			bit, ok = 1<<14, d.rawValue(&s.RawTransctionEvent)
		case "raw_transaction_event":
			bit, ok = 1<<15, d.rawValue(&s.RawTransactionEvent)
		case "reservation":
			bit, ok = 1<<16, text(d, &s.Reservation)
		case "planned_cutoff_energy":
			bit, ok = 1<<17, d.decimal(&s.PlannedCutoffEnergy)
		case "planned_cutoff_time":
			bit, ok = 1<<18, d.decimal(&s.PlannedCutoffTime)
		case "planned_cutoff_cost":
			bit, ok = 1<<19, d.decimal(&s.PlannedCutoffCost)
		case "createdAt":
			bit, ok = 1<<20, d.time(&s.CreatedAt)
		case "updatedAt":
			bit, ok = 1<<21, d.time(&s.UpdatedAt)
		default:
			ok = d.unhandled(key, sessionNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) configurations(c *SessionConfigurations) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "include_raw_energy_report":
			bit, ok = 1<<0, d.bool(&c.IncludeRawEnergyReport)
		case "include_id_tag":
			bit, ok = 1<<1, d.bool(&c.IncludeIDTag)
		case "include_artificial_status_notification_for_201":
			bit, ok = 1<<2, d.bool(&c.IncludeArtificialStatusNotificationFor201)
		default:
			ok = d.unhandled(key, configurationsNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) target(t *Target) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "time":
			bit, ok = 1<<0, d.decimal(&t.Time)
		case "cost":
			bit, ok = 1<<1, d.decimal(&t.Cost)
		case "energy":
			bit, ok = 1<<2, d.decimal(&t.Energy)
		case "energy_start_time":
			bit, ok = 1<<3, d.time(&t.EnergyStartTime)
		case "energy_stop_time":
			bit, ok = 1<<4, d.time(&t.EnergyStopTime)
		default:
			ok = d.unhandled(key, targetNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) metrics(m *Metrics) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "chargingStart":
			bit, ok = 1<<0, d.time(&m.ChargingStart)
		case "chargingStop":
			bit, ok = 1<<1, d.time(&m.ChargingStop)
		case "meterStart":
			bit, ok = 1<<2, d.decimal(&m.MeterStart)
		case "timezone":
			bit, ok = 1<<3, text(d, &m.Timezone)
		case "energyPeriod":
			bit, ok = 1<<4, d.decimal(&m.EnergyPeriod)
		case "energyConsumed":
			bit, ok = 1<<5, d.decimal(&m.EnergyConsumed)
		case "chargingState":
			bit, ok = 1<<6, text(d, &m.ChargingState)
		case "chargingStopReason":
			bit, ok = 1<<7, text(d, &m.ChargingStopReason)
		default:
			ok = d.unhandled(key, metricsNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) energyReport(r *EnergyReport, qty *[4]Quantity) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "timestamp":
			bit, ok = 1<<0, d.time(&r.Timestamp)
		case "current":
			bit, r.Current = 1<<1, nil
			if !d.isNull() {
				r.Current, ok = &qty[0], d.quantity(&qty[0])
			}
		case "power":
			bit, r.Power = 1<<2, nil
			if !d.isNull() {
				r.Power, ok = &qty[1], d.quantity(&qty[1])
			}
		case "energy_meter":
			bit, r.EnergyMeter = 1<<3, nil
			if !d.isNull() {
				r.EnergyMeter, ok = &qty[2], d.quantity(&qty[2])
			}
		case "state_of_charge":
			bit, r.StateOfCharge = 1<<4, nil
			if !d.isNull() {
				r.StateOfCharge, ok = &qty[3], d.quantity(&qty[3])
			}
		default:
			ok = d.unhandled(key, energyReportNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

// quantityNames are the members [Quantity.UnmarshalJSON] reads.
var quantityNames = []string{"value", "unit"}

// quantity decodes like [Quantity.UnmarshalJSON].
func (d *decoder) quantity(q *Quantity) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "value":
			bit, ok = 1<<0, d.decimal(&q.Value)
		case "unit":
			bit = 1 << 1
			switch {
			case d.isNull():
				q.unit = formNull
			case d.cur() == '"':
				start := d.i
				if !d.unquoted(&q.Unit) {
					return false
				}
				if u, known := knownUnit(d.b[start:d.i]); known {
					q.Unit = u
				}
				q.unit = formString
			default:
				ok = false
			}
		default:
			ok = d.unhandled(key, quantityNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

// rawEnergyReport decodes like [RawEnergyReport.UnmarshalJSON]: member
// names are matched exactly, as map keys.
func (d *decoder) rawEnergyReport(r *RawEnergyReport) bool {
	if !d.open() {
		return false
	}
	var names [16]string
	keys := names[:0]
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		name := key
		for _, seen := range keys {
			if seen == name {
				return false
			}
		}
		keys = append(keys, name)
		switch name {
		case "timestamp":
			ok = d.time(&r.Timestamp)
		case "server_timestamp":
			ok = d.time(&r.ServerTimestamp)
		default:
			if d.cur() == '[' {
				var vals []SampledValue
				var n int
				if n, ok = d.array(); ok && n >= 0 {
					vals = make([]SampledValue, n)
					for k := 0; ; k++ {
						var more bool
						if more, ok = d.item(k, n); !more {
							break
						}
						if !d.isNull() && !d.sampledValue(&vals[k]) {
							ok = false
							break
						}
					}
				}
				if ok {
					if r.Measurands == nil {
						r.Measurands = make(map[string][]SampledValue)
					}
					r.Measurands[name] = vals
				}
				break
			}
			var v json.RawMessage
			if ok = d.rawValue(&v); ok {
				if r.Other == nil {
					r.Other = make(map[string]json.RawMessage)
				}
				r.Other[name] = v
			}
		}
		if !ok {
			return false
		}
	}
}

func (d *decoder) sampledValue(v *SampledValue) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "value":
			bit, ok = 1<<0, d.decimal(&v.Value)
		case "unit":
			bit, ok = 1<<1, text(d, &v.Unit)
		case "phase":
			bit, ok = 1<<2, text(d, &v.Phase)
		case "timestamp":
			bit, ok = 1<<3, d.time(&v.Timestamp)
		default:
			ok = d.unhandled(key, sampledValueNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) chargingActivity(a *ChargingActivity) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "startTime":
			bit, ok = 1<<0, d.time(&a.StartTime)
		case "endTime":
			bit, ok = 1<<1, d.time(&a.EndTime)
		case "status":
			bit, ok = 1<<2, text(d, &a.Status)
		default:
			ok = d.unhandled(key, chargingActivityNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

// costNames are the members [Cost.UnmarshalJSON] reads.
var costNames = []string{"amount", "currency", "breakdown", "cost_breakdown"}

// cost decodes like [Cost.UnmarshalJSON].
func (d *decoder) cost(c *Cost) bool {
	if !d.open() {
		return false
	}
	var (
		legacy []CostItem
		seen   uint8
	)
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			break
		}
		var bit uint8
		switch key {
		case "amount":
			bit, ok = 1<<0, d.decimal(&c.Amount)
		case "currency":
			bit = 1 << 1
			ok = d.isNull() || d.unquoted(&c.Currency)
		case "breakdown":
			bit, ok = 1<<2, d.costItems(&c.Breakdown)
		case "cost_breakdown":
			bit, ok = 1<<3, d.costItems(&legacy)
		default:
			ok = d.unhandled(key, costNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
	if c.Breakdown == nil && legacy != nil {
		c.Breakdown, c.legacyKey = legacy, true
	}
	return true
}

// costItems reads a breakdown array, with the periods of its items in one
// allocation.
func (d *decoder) costItems(p *[]CostItem) bool {
	n, ok := d.array()
	if !ok || n < 0 {
		return ok
	}
	items := make([]CostItem, n)
	var periods []Period
	for k := 0; ; k++ {
		more, ok := d.item(k, n)
		if !more {
			if ok {
				*p = items
			}
			return ok
		}
		if !d.isNull() && !d.costItem(&items[k], &periods, n-k) {
			return false
		}
	}
}

// costItem decodes an item, taking its period from *periods, which it
// fills with room for the remaining items when empty.
func (d *decoder) costItem(it *CostItem, periods *[]Period, remaining int) bool {
	if !d.open() {
		return false
	}
	var seen uint16
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint16
		switch key {
		case "type":
			bit, ok = 1<<0, text(d, &it.Type)
		case "period":
			bit = 1 << 1
			if d.isNull() {
				it.Period = nil
				break
			}
			if len(*periods) == 0 {
				*periods = make([]Period, remaining)
			}
			v := &(*periods)[0]
			*periods = (*periods)[1:]
			ok = d.cur() == '{' && d.period(v)
			it.Period = v
		case "rateName":
			bit, ok = 1<<2, text(d, &it.RateName)
		case "quantity":
			bit, ok = 1<<3, d.decimal(&it.Quantity)
		case "unit":
			bit, ok = 1<<4, text(d, &it.Unit)
		case "unitPrice":
			bit, ok = 1<<5, d.decimal(&it.UnitPrice)
		case "beforeTax":
			bit, ok = 1<<6, d.decimal(&it.BeforeTax)
		case "tax":
			bit, ok = 1<<7, d.decimal(&it.Tax)
		case "totalTax":
			bit, ok = 1<<8, d.decimal(&it.TotalTax)
		case "totalCost":
			bit, ok = 1<<9, d.decimal(&it.TotalCost)
		default:
			ok = d.unhandled(key, costItemNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) period(p *Period) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "startTime":
			bit, ok = 1<<0, d.time(&p.StartTime)
		case "endTime":
			bit, ok = 1<<1, d.time(&p.EndTime)
		default:
			ok = d.unhandled(key, periodNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

// rateRef decodes like [RateRef.UnmarshalJSON].
func (d *decoder) rateRef(r *RateRef) bool {
	switch d.cur() {
	case 'n':
		if !d.lit("null") {
			return false
		}
		*r = RateRef{null: true}
		return true
	case '{':
		rate := new(Rate)
		if !d.rate(rate) {
			return false
		}
		*r = RateRef{ID: rate.ID, Rate: rate}
		return true
	}
	*r = RateRef{}
	return d.unquoted(&r.ID)
}

func (d *decoder) rate(r *Rate) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "_id":
			bit, ok = 1<<0, text(d, &r.ID)
		case "currency":
			bit, ok = 1<<1, text(d, &r.Currency)
		case "price_components":
			bit = 1 << 2
			var n int
			if n, ok = d.array(); ok && n >= 0 {
				r.PriceComponents = make([]PriceComponent, n)
				for k := 0; ; k++ {
					var more bool
					if more, ok = d.item(k, n); !more {
						break
					}
					if !d.isNull() && !d.priceComponent(&r.PriceComponents[k]) {
						ok = false
						break
					}
				}
			}
		case "minimum_amount":
			bit, ok = 1<<3, d.decimal(&r.MinimumAmount)
		case "active":
			bit, ok = 1<<4, d.bool(&r.Active)
		case "createdAt":
			bit, ok = 1<<5, d.time(&r.CreatedAt)
		case "updatedAt":
			bit, ok = 1<<6, d.time(&r.UpdatedAt)
		default:
			ok = d.unhandled(key, rateNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}

func (d *decoder) priceComponent(c *PriceComponent) bool {
	if !d.open() {
		return false
	}
	var seen uint8
	for first := true; ; first = false {
		key, done, ok := d.next(first)
		if !ok {
			return false
		}
		if done {
			return true
		}
		var bit uint8
		switch key {
		case "type":
			bit, ok = 1<<0, text(d, &c.Type)
		case "price":
			bit, ok = 1<<1, d.decimal(&c.Price)
		case "tax":
			bit, ok = 1<<2, d.decimal(&c.Tax)
		case "step_size":
			bit, ok = 1<<3, d.decimal(&c.StepSize)
		case "grace_period":
			bit, ok = 1<<4, d.decimal(&c.GracePeriod)
		default:
			ok = d.unhandled(key, priceComponentNames)
		}
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
	}
}
