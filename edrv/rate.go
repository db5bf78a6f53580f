package edrv

import (
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Rate is the data of the rate.* events: a price list.
type Rate struct {
	// ID is the rate's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Currency is an ISO 4217 code.
	Currency Opt[string] `json:"currency,omitzero"`
	// PriceComponents are the rate's elements, at most one per type.
	PriceComponents Opt[[]PriceComponent] `json:"price_components,omitzero"`
	// MinimumAmount is the least a session costs.
	MinimumAmount Decimal `json:"minimum_amount,omitzero"`
	// Active reports that the rate is in use.
	Active Bool `json:"active,omitzero"`
	// CreatedAt is when the rate was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the rate last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// PriceComponent is one element of a [Rate]; a rate has at most one per
// type.
type PriceComponent struct {
	// Type is what the component charges for.
	Type Opt[PriceComponentType] `json:"type,omitzero"`
	// Price is the price per unit of Type.
	Price Decimal `json:"price,omitzero"`
	// Tax is the tax rate in percent, 0 to 100.
	Tax Decimal `json:"tax,omitzero"`
	// StepSize is the billing block.
	StepSize Decimal `json:"step_size,omitzero"`
	// GracePeriod is the free parking time in hours (parking time only).
	GracePeriod Decimal `json:"grace_period,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// PriceComponentType is what a price component charges for. One eDRV page
// writes "PARKING TIME"; [PriceComponentType.Normalized] maps it to
// [PriceParkingTime].
type PriceComponentType string

// Price component types.
const (
	// PriceFlat is "FLAT": a fee per session.
	PriceFlat PriceComponentType = "FLAT"
	// PriceEnergy is "ENERGY": per kWh.
	PriceEnergy PriceComponentType = "ENERGY"
	// PriceTime is "TIME": per hour of charging.
	PriceTime PriceComponentType = "TIME"
	// PriceParkingTime is "PARKING_TIME": per hour parked.
	PriceParkingTime PriceComponentType = "PARKING_TIME"
)

// Normalized returns t in upper case with spaces turned into underscores.
func (t PriceComponentType) Normalized() PriceComponentType {
	return PriceComponentType(strings.ReplaceAll(strings.ToUpper(string(t)), " ", "_"))
}

// Known reports whether t is, once normalized, a type defined by this
// package.
func (t PriceComponentType) Known() bool {
	switch t.Normalized() {
	case PriceFlat, PriceEnergy, PriceTime, PriceParkingTime:
		return true
	}
	return false
}

// Is reports whether t and other are the same type once normalized.
func (t PriceComponentType) Is(other PriceComponentType) bool {
	return t.Normalized() == other.Normalized()
}

// RateRef is a rate that eDRV sends either as its id (sessions) or as the
// embedded [Rate] object (connectors). From an object, ID is taken from its
// _id and Rate holds the object; from a string only ID is set. It marshals
// back in the form it came in: the object when Rate is set, the id
// otherwise, and null, "" or a value of another kind (kept verbatim, never
// failing the event) as sent. The zero value is absent.
type RateRef struct {
	// ID is the rate's id.
	ID string
	// Rate is the embedded rate, or nil when the rate came as an id.
	Rate *Rate

	form form           // formAbsent, formNull, formString (also ""), formInvalid; objects set Rate
	raw  jsontext.Value // a value of another kind
}

// Null reports whether the rate was sent as JSON null.
func (r RateRef) Null() bool { return r.form == formNull && r.ID == "" && r.Rate == nil }

// IsZero reports whether the rate is absent, so that omitzero omits it.
func (r RateRef) IsZero() bool { return r.ID == "" && r.Rate == nil && r.form == formAbsent }

// Malformed reports whether a value that is neither an id, an object nor
// null was sent; [RateRef.Raw] returns it.
func (r RateRef) Malformed() bool { return r.form == formInvalid && r.ID == "" && r.Rate == nil }

// Raw returns the JSON text of a [RateRef.Malformed] value, or nil.
func (r RateRef) Raw() jsontext.Value {
	if !r.Malformed() {
		return nil
	}
	return r.raw
}

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It fails only on an
// object that does not decode as a [Rate].
func (r *RateRef) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*r = RateRef{}
	switch dec.PeekKind() {
	case '{':
		rate := new(Rate)
		if err := json.UnmarshalDecode(dec, rate); err != nil {
			return err
		}
		r.ID, r.Rate = rate.ID.Value, rate
		return nil
	case '"':
		s, err := readString(dec)
		r.ID, r.form = s, formString
		return err
	case 'n':
		r.form = formNull
		_, err := dec.ReadToken()
		return err
	}
	v, err := dec.ReadValue()
	r.raw, r.form = v.Clone(), formInvalid
	return err
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [RateRef.UnmarshalJSONFrom].
func (r *RateRef) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, r) }

// MarshalJSONTo implements [json.MarshalerTo].
func (r RateRef) MarshalJSONTo(enc *jsontext.Encoder) error {
	switch {
	case r.Rate != nil:
		return json.MarshalEncode(enc, r.Rate)
	case r.ID != "" || r.form == formString:
		return enc.WriteToken(jsontext.String(r.ID))
	case r.form == formInvalid:
		return enc.WriteValue(r.raw)
	}
	return enc.WriteToken(jsontext.Null)
}

// MarshalJSON implements the encoding/json Marshaler like
// [RateRef.MarshalJSONTo].
func (r RateRef) MarshalJSON() ([]byte, error) { return json.Marshal(r) }

// RateSchedule is the data of the rate_schedule.* events: an advanced rate
// that picks a [Rate] by time of day and weekday.
type RateSchedule struct {
	// ID is the schedule's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Name is the schedule's name.
	Name Opt[string] `json:"name,omitzero"`
	// Description describes the schedule.
	Description Opt[string] `json:"description,omitzero"`
	// Currency is an ISO 4217 code.
	Currency Opt[string] `json:"currency,omitzero"`
	// Active reports that the schedule is in use; eDRV's example sends
	// "true".
	Active Bool `json:"active,omitzero"`
	// Layout lists which rate applies when.
	Layout Opt[[]RateLayout] `json:"layout,omitzero"`
	// DefaultRate is the id of the rate where no layout entry matches.
	DefaultRate Opt[string] `json:"default_rate,omitzero"`
	// CreatedAt is when the schedule was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the schedule last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// RateLayout applies a rate during the times of its target.
type RateLayout struct {
	// Target is when the rate applies.
	Target Opt[RateTarget] `json:"target,omitzero"`
	// Rate is the id of the rate.
	Rate Opt[string] `json:"rate,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// RateTarget is when a [RateLayout] applies.
type RateTarget struct {
	// DayOfWeek lists the weekdays; the format of its elements is not
	// documented, so it is kept as sent.
	DayOfWeek jsontext.Value `json:"day_of_week,omitzero"`
	// StartTime is the start, "hh:mm".
	StartTime Opt[string] `json:"start_time,omitzero"`
	// EndTime is the end, "hh:mm".
	EndTime Opt[string] `json:"end_time,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}
