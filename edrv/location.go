package edrv

import (
	"bytes"
	"encoding/json"
	"strconv"
	"time"
)

// Location is the data of the location.* events: a site with stations.
type Location struct {
	ID           string          `json:"_id,omitzero"`
	Active       Bool            `json:"active,omitzero"`
	OperatorName string          `json:"operatorName,omitzero"`
	Address      *Address        `json:"address,omitzero"`
	Timezone     string          `json:"timezone,omitzero"` // IANA name
	Coordinates  Coordinates     `json:"coordinates,omitzero"`
	MetaData     json.RawMessage `json:"meta_data,omitzero"` // free-form
	// OpeningHours maps a weekday, "0" (Sunday) to "6" (Saturday), to its
	// opening periods; see [Location.OpeningPeriods].
	OpeningHours map[string][]OpeningPeriod `json:"openingHours,omitzero"`

	// Fields of the v1.0 API.
	Chargestations []string        `json:"chargestations,omitzero"` // ids
	Notes          string          `json:"notes,omitzero"`
	Organization   string          `json:"organization,omitzero"` // id
	Images         json.RawMessage `json:"images,omitzero"`

	CreatedAt Time `json:"createdAt,omitzero"`
	UpdatedAt Time `json:"updatedAt,omitzero"`
}

// OpeningPeriods returns the opening periods of the location on day.
func (l *Location) OpeningPeriods(day time.Weekday) []OpeningPeriod {
	return l.OpeningHours[strconv.Itoa(int(day))]
}

// OpeningPeriod is a period of opening hours, in "hh:mm" local time.
type OpeningPeriod struct {
	StartTime string `json:"startTime,omitzero"`
	EndTime   string `json:"endTime,omitzero"`
}

// Address is a postal address.
type Address struct {
	StreetAndNumber string `json:"streetAndNumber,omitzero"`
	PostalCode      string `json:"postalCode,omitzero"`
	City            string `json:"city,omitzero"`
	State           string `json:"state,omitzero"`
	Country         string `json:"country,omitzero"`
}

// Coordinates is a geographic position. eDRV v1.1 sends [longitude,
// latitude]; v1.0 sent {"latitude": …, "longitude": …}. Both decode, and a
// Coordinates marshals back in the shape it arrived in (a hand-built one as
// an array). A value of another shape is kept, unparsed, without failing the
// event: see [Coordinates.Malformed]. The zero value is absent.
type Coordinates struct {
	Lng, Lat float64

	form form   // formAbsent, coordArray, coordObject, formNull or formInvalid
	raw  []byte // JSON text of a malformed value
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

// Malformed reports whether a value of an unknown shape was sent; Raw
// returns it.
func (c Coordinates) Malformed() bool { return c.form == formInvalid }

// Raw returns the JSON text of a [Coordinates.Malformed] value, or nil.
func (c Coordinates) Raw() json.RawMessage {
	if c.form != formInvalid {
		return nil
	}
	return c.raw
}

type latLng struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
}

// UnmarshalJSON implements [json.Unmarshaler]. It never fails on a valid JSON
// value.
func (c *Coordinates) UnmarshalJSON(b []byte) error {
	*c = Coordinates{}
	switch {
	case bytes.Equal(b, jsonNull):
		c.form = formNull
		return nil
	case len(b) > 0 && b[0] == '[':
		var a []float64
		if json.Unmarshal(b, &a) == nil && len(a) == 2 {
			c.Lng, c.Lat, c.form = a[0], a[1], coordArray
			return nil
		}
	case len(b) > 0 && b[0] == '{':
		var o latLng
		if json.Unmarshal(b, &o) == nil {
			c.Lng, c.Lat, c.form = o.Longitude, o.Latitude, coordObject
			return nil
		}
	}
	c.raw, c.form = bytes.Clone(b), formInvalid
	return nil
}

// MarshalJSON implements [json.Marshaler].
func (c Coordinates) MarshalJSON() ([]byte, error) {
	switch c.form {
	case coordObject:
		return json.Marshal(latLng{Latitude: c.Lat, Longitude: c.Lng})
	case formNull:
		return []byte("null"), nil
	case formInvalid:
		return c.raw, nil
	case formAbsent:
		if c.Lng == 0 && c.Lat == 0 {
			return []byte("null"), nil
		}
	}
	return json.Marshal([2]float64{c.Lng, c.Lat})
}
