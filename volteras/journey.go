package volteras

import "github.com/go-json-experiment/json/jsontext"

// JourneyUpdated is a journey.updated event: a trip was created or updated.
// Every number is independently nullable: the examples null the energy and
// state-of-charge group in one trip and distance, odometer and coordinates in
// another. A [Number] tells absent, null and a value (0 km included) apart.
type JourneyUpdated struct {
	// JourneyID is the journey id, sent as id.
	JourneyID Opt[string] `json:"id,omitzero"`
	// VehicleID is the vehicle that made the trip.
	VehicleID Opt[string] `json:"vehicleId,omitzero"`
	// VIN is the vehicle identification number.
	VIN Opt[string] `json:"vin,omitzero"`
	// StartTimestamp is when the trip started.
	StartTimestamp Time `json:"startTimestamp,omitzero"`
	// StopTimestamp is when the trip ended; probably null while a trip is
	// in progress.
	StopTimestamp Time `json:"stopTimestamp,omitzero"`

	// DistanceTravelledKm is the trip distance in kilometres.
	DistanceTravelledKm Number `json:"distanceTravelledKm,omitzero"`
	// OdometerStart is the odometer at the start, in kilometres.
	OdometerStart Number `json:"odometerStart,omitzero"`
	// OdometerEnd is the odometer at the end, in kilometres.
	OdometerEnd Number `json:"odometerEnd,omitzero"`

	// EnergyUsedKwh is the energy used, in kWh.
	EnergyUsedKwh Number `json:"energyUsedKwh,omitzero"`
	// EnergyStartKwh is the energy at the start, in kWh.
	EnergyStartKwh Number `json:"energyStartKwh,omitzero"`
	// EnergyEndKwh is the energy at the end, in kWh.
	EnergyEndKwh Number `json:"energyEndKwh,omitzero"`

	// SocUsed is the state of charge used, in percent.
	SocUsed Number `json:"socUsed,omitzero"`
	// SocStart is the state of charge at the start, in percent.
	SocStart Number `json:"socStart,omitzero"`
	// SocEnd is the state of charge at the end, in percent.
	SocEnd Number `json:"socEnd,omitzero"`

	// StartLatitude is the WGS84 latitude of the start, in degrees.
	StartLatitude Number `json:"startLatitude,omitzero"`
	// StartLongitude is the WGS84 longitude of the start, in degrees.
	StartLongitude Number `json:"startLongitude,omitzero"`
	// StopLatitude is the WGS84 latitude of the end, in degrees.
	StopLatitude Number `json:"stopLatitude,omitzero"`
	// StopLongitude is the WGS84 longitude of the end, in degrees.
	StopLongitude Number `json:"stopLongitude,omitzero"`

	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`

	raw []byte
}
