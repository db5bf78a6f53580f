package edrv

import (
	"reflect"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// memberDecoder is a struct that decodes the members it declares itself,
// token by token, on the hot path of [Parse] (a session and its reports,
// activity and cost), where json v2's reflective struct decoding costs
// most. It must handle exactly the members its struct tags name:
// TestMemberDecoders checks every tagged field against it, so a field added
// to the struct and not to decodeMember fails the tests instead of landing
// in Extra.
type memberDecoder interface {
	// decodeMember decodes the value of the member called name (its
	// unescaped text) and reports true, or reports false without reading
	// anything when name is not one of its members.
	decodeMember(dec *jsontext.Decoder, name []byte) (bool, error)
}

// objectDecoder is a type with a hand-written member decoder.
type objectDecoder interface {
	memberDecoder
	json.UnmarshalerFrom
}

// decodeObject reads a JSON object from dec into d, appending the members
// d does not know to *extra, as json v2's embed fallback would. Duplicate
// names and invalid UTF-8 are rejected by dec itself, as everywhere else.
// null is [errNullElement] (an [Opt] reads null before this is reached); any
// other kind is a *json.SemanticError.
func decodeObject(dec *jsontext.Decoder, d memberDecoder, extra *jsontext.Value) error {
	switch k := dec.PeekKind(); k {
	case '{':
	case 'n':
		if _, err := dec.ReadToken(); err != nil {
			return err
		}
		return errNullElement
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

// decodeMember decodes the members of a Session.
func (x *Session) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "_id":
		return true, x.ID.UnmarshalJSONFrom(dec)
	case "user":
		return true, x.User.UnmarshalJSONFrom(dec)
	case "chargestation":
		return true, x.Chargestation.UnmarshalJSONFrom(dec)
	case "connector":
		return true, x.Connector.UnmarshalJSONFrom(dec)
	case "status":
		return true, x.Status.UnmarshalJSONFrom(dec)
	case "rate":
		return true, x.Rate.UnmarshalJSONFrom(dec)
	case "configurations":
		return true, x.Configurations.UnmarshalJSONFrom(dec)
	case "target":
		return true, x.Target.UnmarshalJSONFrom(dec)
	case "metrics":
		return true, x.Metrics.UnmarshalJSONFrom(dec)
	case "energy_report":
		return true, x.EnergyReport.UnmarshalJSONFrom(dec)
	case "raw_energy_report":
		return true, x.RawEnergyReport.UnmarshalJSONFrom(dec)
	case "charging_activity":
		return true, x.ChargingActivity.UnmarshalJSONFrom(dec)
	case "cost":
		return true, x.Cost.UnmarshalJSONFrom(dec)
	case "meta_data":
		return true, readRaw(dec, &x.MetaData)
	case "raw_transction_event":
		return true, readRaw(dec, &x.RawTransctionEvent)
	case "raw_transaction_event":
		return true, readRaw(dec, &x.RawTransactionEvent)
	case "reservation":
		return true, x.Reservation.UnmarshalJSONFrom(dec)
	case "planned_cutoff_energy":
		return true, x.PlannedCutoffEnergy.UnmarshalJSONFrom(dec)
	case "planned_cutoff_time":
		return true, x.PlannedCutoffTime.UnmarshalJSONFrom(dec)
	case "planned_cutoff_cost":
		return true, x.PlannedCutoffCost.UnmarshalJSONFrom(dec)
	case "createdAt":
		return true, x.CreatedAt.UnmarshalJSONFrom(dec)
	case "updatedAt":
		return true, x.UpdatedAt.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// readRaw keeps a member's value verbatim, as json v2 does for a
// jsontext.Value field.
func readRaw(dec *jsontext.Decoder, dst *jsontext.Value) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	*dst = v.Clone()
	return nil
}

// UnmarshalJSONFrom decodes a Session member by member.
func (x *Session) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = Session{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a SessionConfigurations.
func (x *SessionConfigurations) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "include_raw_energy_report":
		return true, x.IncludeRawEnergyReport.UnmarshalJSONFrom(dec)
	case "include_id_tag":
		return true, x.IncludeIDTag.UnmarshalJSONFrom(dec)
	case "include_artificial_status_notification_for_201":
		return true, x.IncludeArtificialStatusNotificationFor201.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a SessionConfigurations member by member.
func (x *SessionConfigurations) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = SessionConfigurations{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a Target.
func (x *Target) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "time":
		return true, x.Time.UnmarshalJSONFrom(dec)
	case "cost":
		return true, x.Cost.UnmarshalJSONFrom(dec)
	case "energy":
		return true, x.Energy.UnmarshalJSONFrom(dec)
	case "energy_start_time":
		return true, x.EnergyStartTime.UnmarshalJSONFrom(dec)
	case "energy_stop_time":
		return true, x.EnergyStopTime.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a Target member by member.
func (x *Target) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = Target{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a Metrics.
func (x *Metrics) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "chargingStart":
		return true, x.ChargingStart.UnmarshalJSONFrom(dec)
	case "chargingStop":
		return true, x.ChargingStop.UnmarshalJSONFrom(dec)
	case "meterStart":
		return true, x.MeterStart.UnmarshalJSONFrom(dec)
	case "timezone":
		return true, x.Timezone.UnmarshalJSONFrom(dec)
	case "energyPeriod":
		return true, x.EnergyPeriod.UnmarshalJSONFrom(dec)
	case "energyConsumed":
		return true, x.EnergyConsumed.UnmarshalJSONFrom(dec)
	case "chargingState":
		return true, x.ChargingState.UnmarshalJSONFrom(dec)
	case "chargingStopReason":
		return true, x.ChargingStopReason.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a Metrics member by member.
func (x *Metrics) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = Metrics{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of an EnergyReport.
func (x *EnergyReport) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "timestamp":
		return true, x.Timestamp.UnmarshalJSONFrom(dec)
	case "current":
		return true, x.Current.UnmarshalJSONFrom(dec)
	case "power":
		return true, x.Power.UnmarshalJSONFrom(dec)
	case "energy_meter":
		return true, x.EnergyMeter.UnmarshalJSONFrom(dec)
	case "state_of_charge":
		return true, x.StateOfCharge.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes an EnergyReport member by member.
func (x *EnergyReport) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = EnergyReport{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a Quantity.
func (x *Quantity) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "value":
		return true, x.Value.UnmarshalJSONFrom(dec)
	case "unit":
		return true, x.Unit.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a Quantity member by member.
func (x *Quantity) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = Quantity{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a ChargingActivity.
func (x *ChargingActivity) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "startTime":
		return true, x.StartTime.UnmarshalJSONFrom(dec)
	case "endTime":
		return true, x.EndTime.UnmarshalJSONFrom(dec)
	case "status":
		return true, x.Status.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a ChargingActivity member by member.
func (x *ChargingActivity) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = ChargingActivity{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a Cost.
func (x *Cost) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "amount":
		return true, x.Amount.UnmarshalJSONFrom(dec)
	case "currency":
		return true, x.Currency.UnmarshalJSONFrom(dec)
	case "breakdown":
		return true, x.Breakdown.UnmarshalJSONFrom(dec)
	case "cost_breakdown":
		return true, x.CostBreakdown.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a Cost member by member.
func (x *Cost) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = Cost{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a CostItem.
func (x *CostItem) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "type":
		return true, x.Type.UnmarshalJSONFrom(dec)
	case "period":
		return true, x.Period.UnmarshalJSONFrom(dec)
	case "rateName":
		return true, x.RateName.UnmarshalJSONFrom(dec)
	case "quantity":
		return true, x.Quantity.UnmarshalJSONFrom(dec)
	case "unit":
		return true, x.Unit.UnmarshalJSONFrom(dec)
	case "unitPrice":
		return true, x.UnitPrice.UnmarshalJSONFrom(dec)
	case "beforeTax":
		return true, x.BeforeTax.UnmarshalJSONFrom(dec)
	case "tax":
		return true, x.Tax.UnmarshalJSONFrom(dec)
	case "totalTax":
		return true, x.TotalTax.UnmarshalJSONFrom(dec)
	case "totalCost":
		return true, x.TotalCost.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a CostItem member by member.
func (x *CostItem) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = CostItem{}
	return decodeObject(dec, x, &x.Extra)
}

// decodeMember decodes the members of a Period.
func (x *Period) decodeMember(dec *jsontext.Decoder, name []byte) (bool, error) {
	switch string(name) {
	case "startTime":
		return true, x.StartTime.UnmarshalJSONFrom(dec)
	case "endTime":
		return true, x.EndTime.UnmarshalJSONFrom(dec)
	}
	return false, nil
}

// UnmarshalJSONFrom decodes a Period member by member.
func (x *Period) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*x = Period{}
	return decodeObject(dec, x, &x.Extra)
}
