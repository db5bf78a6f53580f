package edrv

import (
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// Location is the data of the location.* events: a site with stations.
type Location struct {
	// ID is the location's _id.
	ID Opt[string] `json:"_id,omitzero"`
	// Active reports that the location is in use.
	Active Bool `json:"active,omitzero"`
	// OperatorName is the name of the site's operator.
	OperatorName Opt[string] `json:"operatorName,omitzero"`
	// Address is the site's postal address.
	Address Opt[Address] `json:"address,omitzero"`
	// Timezone is the site's IANA time zone name.
	Timezone Opt[string] `json:"timezone,omitzero"`
	// Coordinates is the site's position.
	Coordinates Coordinates `json:"coordinates,omitzero"`
	// MetaData is free-form.
	MetaData jsontext.Value `json:"meta_data,omitzero"`
	// OpeningHours holds the opening periods per weekday; see
	// [Location.OpeningPeriods].
	OpeningHours Opt[OpeningHours] `json:"openingHours,omitzero"`
	// Chargestations lists the ids of the site's stations (v1.0 API).
	Chargestations Opt[[]string] `json:"chargestations,omitzero"`
	// Notes are free text (v1.0 API).
	Notes Opt[string] `json:"notes,omitzero"`
	// Organization is the id of the owning organization (v1.0 API).
	Organization Opt[string] `json:"organization,omitzero"`
	// Images lists the site's images as sent (v1.0 API).
	Images jsontext.Value `json:"images,omitzero"`
	// CreatedAt is when the location was created.
	CreatedAt Time `json:"createdAt,omitzero"`
	// UpdatedAt is when the location last changed.
	UpdatedAt Time `json:"updatedAt,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// OpeningPeriods returns the opening periods of the location on day.
func (l *Location) OpeningPeriods(day time.Weekday) []OpeningPeriod {
	return l.OpeningHours.Value.Day(day)
}

// OpeningHours are a location's opening periods, keyed by weekday from "0"
// (Sunday) to "6" (Saturday) as eDRV sends them.
type OpeningHours struct {
	// Sunday is "0".
	Sunday Opt[[]OpeningPeriod] `json:"0,omitzero"`
	// Monday is "1".
	Monday Opt[[]OpeningPeriod] `json:"1,omitzero"`
	// Tuesday is "2".
	Tuesday Opt[[]OpeningPeriod] `json:"2,omitzero"`
	// Wednesday is "3".
	Wednesday Opt[[]OpeningPeriod] `json:"3,omitzero"`
	// Thursday is "4".
	Thursday Opt[[]OpeningPeriod] `json:"4,omitzero"`
	// Friday is "5".
	Friday Opt[[]OpeningPeriod] `json:"5,omitzero"`
	// Saturday is "6".
	Saturday Opt[[]OpeningPeriod] `json:"6,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Day returns the opening periods of day.
func (h *OpeningHours) Day(day time.Weekday) []OpeningPeriod {
	days := [...]*Opt[[]OpeningPeriod]{&h.Sunday, &h.Monday, &h.Tuesday, &h.Wednesday, &h.Thursday, &h.Friday, &h.Saturday}
	if day < 0 || int(day) >= len(days) {
		return nil
	}
	return days[day].Value
}

// OpeningPeriod is a period of opening hours, in "hh:mm" local time.
type OpeningPeriod struct {
	// StartTime is the opening time, "hh:mm".
	StartTime Opt[string] `json:"startTime,omitzero"`
	// EndTime is the closing time, "hh:mm".
	EndTime Opt[string] `json:"endTime,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Address is a postal address.
type Address struct {
	// StreetAndNumber is the street and house number.
	StreetAndNumber Opt[string] `json:"streetAndNumber,omitzero"`
	// PostalCode is the postal code.
	PostalCode Opt[string] `json:"postalCode,omitzero"`
	// City is the city.
	City Opt[string] `json:"city,omitzero"`
	// State is the state or province.
	State Opt[string] `json:"state,omitzero"`
	// Country is the country, a code or a name.
	Country Opt[string] `json:"country,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Coordinates is a geographic position. eDRV v1.1 sends [longitude,
// latitude]; v1.0 sent {"latitude": …, "longitude": …}. Both decode, and
// Coordinates decoded from JSON marshal back exactly as sent while Lng and
// Lat are unchanged (a hand-built or changed one marshals in the shape it
// arrived in, an array by default). A value of another shape is kept,
// unparsed, without failing the event: see [Coordinates.Malformed]. The
// zero value is absent.
type Coordinates struct {
	// Lng is the longitude in degrees.
	Lng float64
	// Lat is the latitude in degrees.
	Lat float64

	form     form           // formAbsent, coordArray, coordObject, formNull or formInvalid
	raw      jsontext.Value // the value as sent
	lng, lat float64        // Lng and Lat as decoded from raw
}

// Shapes of a valid Coordinates.
const (
	coordArray  = formNumber // [lng, lat], eDRV v1.1
	coordObject = formString // {"latitude": …, "longitude": …}, eDRV v1.0
)

// NewCoordinates returns coordinates marshaled in eDRV v1.1's array form.
func NewCoordinates(lng, lat float64) Coordinates {
	return Coordinates{Lng: lng, Lat: lat, form: coordArray}
}

// Valid reports whether the coordinates hold a position.
func (c Coordinates) Valid() bool { return c.form == coordArray || c.form == coordObject }

// Null reports whether the member was sent as JSON null.
func (c Coordinates) Null() bool { return c.form == formNull }

// IsZero reports whether the coordinates are absent, so that omitzero
// omits them.
func (c Coordinates) IsZero() bool { return c.form == formAbsent && c.Lng == 0 && c.Lat == 0 }

// Malformed reports whether a value of an unknown shape was sent; Raw
// returns it.
func (c Coordinates) Malformed() bool { return c.form == formInvalid }

// Raw returns the JSON text of a [Coordinates.Malformed] value, or nil.
func (c Coordinates) Raw() jsontext.Value {
	if c.form != formInvalid {
		return nil
	}
	return c.raw
}

// latLng is the v1.0 object form of [Coordinates].
type latLng struct {
	Latitude  *float64 `json:"latitude"`
	Longitude *float64 `json:"longitude"`
}

// UnmarshalJSONFrom implements [json.UnmarshalerFrom]. It never fails on a
// valid JSON value.
func (c *Coordinates) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	v, err := dec.ReadValue()
	if err != nil {
		return err
	}
	*c = Coordinates{raw: v.Clone(), form: formInvalid}
	switch v.Kind() {
	case 'n':
		c.form, c.raw = formNull, nil
	case '[':
		var a []float64
		if json.Unmarshal(v, &a) == nil && len(a) == 2 {
			c.Lng, c.Lat, c.form = a[0], a[1], coordArray
		}
	case '{':
		var o latLng
		if json.Unmarshal(v, &o) == nil && o.Latitude != nil && o.Longitude != nil {
			c.Lng, c.Lat, c.form = *o.Longitude, *o.Latitude, coordObject
		}
	}
	c.lng, c.lat = c.Lng, c.Lat
	return nil
}

// UnmarshalJSON implements the encoding/json Unmarshaler like
// [Coordinates.UnmarshalJSONFrom].
func (c *Coordinates) UnmarshalJSON(b []byte) error { return json.Unmarshal(b, c) }

// MarshalJSONTo implements [json.MarshalerTo].
func (c Coordinates) MarshalJSONTo(enc *jsontext.Encoder) error {
	if c.raw != nil && (c.form == formInvalid || c.Lng == c.lng && c.Lat == c.lat) {
		return enc.WriteValue(c.raw)
	}
	switch {
	case c.form == coordObject:
		return json.MarshalEncode(enc, latLng{Latitude: &c.Lat, Longitude: &c.Lng})
	case c.form == formNull || c.form == formAbsent && c.Lng == 0 && c.Lat == 0:
		return enc.WriteToken(jsontext.Null)
	}
	return json.MarshalEncode(enc, [2]float64{c.Lng, c.Lat})
}

// MarshalJSON implements the encoding/json Marshaler like
// [Coordinates.MarshalJSONTo].
func (c Coordinates) MarshalJSON() ([]byte, error) { return json.Marshal(c) }
