package edrv

import (
	"bytes"
	"encoding/json"
	"strings"
)

// Rate is the data of the rate.* events: a price list.
type Rate struct {
	ID              string           `json:"_id,omitzero"`
	Currency        string           `json:"currency,omitzero"` // ISO 4217
	PriceComponents []PriceComponent `json:"price_components,omitzero"`
	MinimumAmount   Decimal          `json:"minimum_amount,omitzero"`
	Active          Bool             `json:"active,omitzero"`
	CreatedAt       Time             `json:"createdAt,omitzero"`
	UpdatedAt       Time             `json:"updatedAt,omitzero"`
}

// PriceComponent is one element of a [Rate]; a rate has at most one per
// type.
type PriceComponent struct {
	Type        PriceComponentType `json:"type,omitzero"`
	Price       Decimal            `json:"price,omitzero"`
	Tax         Decimal            `json:"tax,omitzero"`          // percent, 0–100
	StepSize    Decimal            `json:"step_size,omitzero"`    // billing block
	GracePeriod Decimal            `json:"grace_period,omitzero"` // hours, parking time only
}

// PriceComponentType is what a price component charges for. One eDRV page
// writes "PARKING TIME"; [PriceComponentType.Normalized] maps it to
// [PriceParkingTime].
type PriceComponentType string

// Price component types.
const (
	PriceFlat        PriceComponentType = "FLAT"         // a fee per session
	PriceEnergy      PriceComponentType = "ENERGY"       // per kWh
	PriceTime        PriceComponentType = "TIME"         // per hour of charging
	PriceParkingTime PriceComponentType = "PARKING_TIME" // per hour parked
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
// back in the same form: the object when Rate is set, the id otherwise. The
// zero value is absent.
type RateRef struct {
	ID   string
	Rate *Rate

	null bool
}

// UnmarshalJSON implements [json.Unmarshaler].
func (r *RateRef) UnmarshalJSON(b []byte) error {
	*r = RateRef{}
	switch {
	case bytes.Equal(b, jsonNull):
		r.null = true
		return nil
	case len(b) > 0 && b[0] == '{':
		var rate Rate
		if err := json.Unmarshal(b, &rate); err != nil {
			return err
		}
		r.ID, r.Rate = rate.ID, &rate
		return nil
	}
	if s, ok := unquote(b); ok {
		r.ID = s
		return nil
	}
	return json.Unmarshal(b, &r.ID) // reports the type mismatch
}

// MarshalJSON implements [json.Marshaler].
func (r RateRef) MarshalJSON() ([]byte, error) {
	switch {
	case r.Rate != nil:
		return json.Marshal(r.Rate)
	case r.null && r.ID == "":
		return []byte("null"), nil
	}
	return json.Marshal(r.ID)
}

// RateSchedule is the data of the rate_schedule.* events: an advanced rate
// that picks a [Rate] by time of day and weekday.
type RateSchedule struct {
	ID          string       `json:"_id,omitzero"`
	Name        string       `json:"name,omitzero"`
	Description string       `json:"description,omitzero"`
	Currency    string       `json:"currency,omitzero"`
	Active      Bool         `json:"active,omitzero"` // eDRV's example sends "true"
	Layout      []RateLayout `json:"layout,omitzero"`
	DefaultRate string       `json:"default_rate,omitzero"` // id of the rate where no layout entry matches
	CreatedAt   Time         `json:"createdAt,omitzero"`
	UpdatedAt   Time         `json:"updatedAt,omitzero"`
}

// RateLayout applies a rate during the times of its target.
type RateLayout struct {
	Target *RateTarget `json:"target,omitzero"`
	Rate   string      `json:"rate,omitzero"` // id of the rate
}

// RateTarget is when a [RateLayout] applies.
type RateTarget struct {
	// DayOfWeek lists the weekdays; the format of its elements is not
	// documented, so it is kept as sent.
	DayOfWeek json.RawMessage `json:"day_of_week,omitzero"`
	StartTime string          `json:"start_time,omitzero"` // "hh:mm"
	EndTime   string          `json:"end_time,omitzero"`   // "hh:mm"
}
