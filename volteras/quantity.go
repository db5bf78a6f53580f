package volteras

import (
	"strings"

	"github.com/go-json-experiment/json/jsontext"
)

// Quantity is a measured value with its unit, the {unit, value} object of
// most telemetry readings.
type Quantity struct {
	// Unit is the unit as sent, such as [UnitPercent].
	Unit Opt[Unit] `json:"unit,omitzero"`
	// Value is the measured value, exactly as sent.
	Value Number `json:"value,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Unit is a unit of measure as Volteras writes it. Volteras uses SI units
// throughout but not one spelling ("KPA" in webhooks, "kPa" in the REST API),
// so units are kept verbatim and compared case-insensitively by
// [Unit.Is] and [Unit.Known].
type Unit string

// Units seen in webhooks, and the REST API's defaults for the location data.
const (
	UnitPercent         Unit = "percent"
	UnitKWh             Unit = "kwh"
	UnitDegree          Unit = "degree"
	UnitKm              Unit = "km"
	UnitKPa             Unit = "KPA"
	UnitMinutes         Unit = "minutes"
	UnitKW              Unit = "kw"
	UnitAmps            Unit = "amps"
	UnitBoolean         Unit = "boolean"
	UnitMetre           Unit = "m"
	UnitMetresPerSecond Unit = "m/s"
)

var units = func() enum[Unit] {
	e := newEnum(UnitPercent, UnitKWh, UnitDegree, UnitKm, UnitKPa, UnitMinutes,
		UnitKW, UnitAmps, UnitBoolean, UnitMetre, UnitMetresPerSecond,
		"kPa") // the REST spelling, interned too
	e.fold = true
	return e
}()

// Known reports whether u is one of the [Unit] constants, ignoring case.
func (u Unit) Known() bool { return units.has(u) }

// Is reports whether u and v name the same unit, ignoring case.
func (u Unit) Is(v Unit) bool { return strings.EqualFold(string(u), string(v)) }

// UnmarshalJSONFrom decodes a JSON string, sharing the storage of known
// values instead of allocating; null is an error (see [Opt] for nullable
// members).
func (u *Unit) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return units.decode(dec, u) }
