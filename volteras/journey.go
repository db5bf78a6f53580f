package volteras

import "encoding/json"

// JourneyUpdated is a journey.updated event: a trip was created or updated.
// Every number is independently nullable: the examples null the energy and
// state-of-charge group in one trip and distance, odometer and coordinates in
// another.
type JourneyUpdated struct {
	// ID is the journey id.
	ID string `json:"id"`
	// VehicleID is the vehicle that made the trip.
	VehicleID string `json:"vehicleId"`
	// VIN is the vehicle identification number.
	VIN string `json:"vin"`
	// StartTimestamp is when the trip started.
	StartTimestamp Time `json:"startTimestamp,omitzero"`
	// StopTimestamp is when the trip ended; probably null while a trip is
	// in progress.
	StopTimestamp *Time `json:"stopTimestamp"`

	// DistanceTravelledKm is the trip distance in kilometres.
	DistanceTravelledKm *float64 `json:"distanceTravelledKm"`
	// OdometerStart is the odometer at the start, in kilometres.
	OdometerStart *float64 `json:"odometerStart"`
	// OdometerEnd is the odometer at the end, in kilometres.
	OdometerEnd *float64 `json:"odometerEnd"`

	// EnergyUsedKwh is the energy used, in kWh.
	EnergyUsedKwh *float64 `json:"energyUsedKwh"`
	// EnergyStartKwh is the energy at the start, in kWh.
	EnergyStartKwh *float64 `json:"energyStartKwh"`
	// EnergyEndKwh is the energy at the end, in kWh.
	EnergyEndKwh *float64 `json:"energyEndKwh"`

	// SocUsed is the state of charge used, in percent.
	SocUsed *float64 `json:"socUsed"`
	// SocStart is the state of charge at the start, in percent.
	SocStart *float64 `json:"socStart"`
	// SocEnd is the state of charge at the end, in percent.
	SocEnd *float64 `json:"socEnd"`

	// StartLatitude is the WGS84 latitude of the start, in degrees.
	StartLatitude *float64 `json:"startLatitude"`
	// StartLongitude is the WGS84 longitude of the start, in degrees.
	StartLongitude *float64 `json:"startLongitude"`
	// StopLatitude is the WGS84 latitude of the end, in degrees.
	StopLatitude *float64 `json:"stopLatitude"`
	// StopLongitude is the WGS84 longitude of the end, in degrees.
	StopLongitude *float64 `json:"stopLongitude"`

	// Raw is the body the event was parsed from; [Parse] sets it.
	Raw json.RawMessage `json:"-"`
}

// Type returns [EventJourneyUpdated].
func (*JourneyUpdated) Type() string { return EventJourneyUpdated }
