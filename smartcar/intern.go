package smartcar

// interned holds the strings Smartcar sends over and over (signal codes,
// groups and names, enumeration values, units, event names), so that
// decoding them costs no allocation: the decoder looks the bytes up here
// before making a new string.
var interned = func() map[string]string {
	m := make(map[string]string, 4*len(catalogue)+128)
	add := func(ss ...string) {
		for _, s := range ss {
			m[s] = s
		}
	}
	for code, info := range catalogue {
		add(string(code), info.group, info.name)
	}
	add(EventVerify, EventVehicleState, EventVehicleError, EventLegacyVerify, EventSchedule,
		EventScheduled, EventDynamic, EventEventBased,
		string(TriggerSignalUpdated), string(TriggerFirstDelivery),
		string(StatusSuccess), string(StatusError), string(StatusUnavailable),
		string(ModeLive), string(ModeTest), string(ModeSimulated), "live", "test", "simulated",
		"2.0", "3.0", "4.0",
		string(ErrorStateError), string(ErrorStateResolved),
		string(ResolutionRetryLater), string(ResolutionContactSupport),
		string(ResolutionUserActionRequired), string(ResolutionReauthenticate),
		string(ChargingStarted), string(ChargingStopped), string(ChargingCompleted),
		string(ChargingStatusCharging), string(ChargingStatusNotCharging), string(ChargingStatusFullyCharged),
		string(GearPark), string(GearDrive), string(GearReverse), string(GearNeutral),
		string(DiagnosticOK), string(DiagnosticAlert),
		string(LocationCurrent), string(LocationLastParked),
		string(RangeIdealConditions), string(RangeEstimated), string(RangeRated), string(RangeDefault),
		"N", "NE", "E", "SE", "S", "SW", "W", "NW",
		// Units seen in the documentation and in live traffic.
		"percent", "kilometers", "km", "miles", "amps", "ampere", "volts", "watts", "kilowatts", "kW",
		"kilowatt_hours", "kWh", "kWhr", "miles_per_hour", "mph", "kph", "km/h", "count", "celsius",
		"fahrenheit", "liters", "gallons", "bar", "kPa", "psi", "minutes",
		"metric", "imperial", "BEV", "PHEV", "HEV", "ICE",
	)
	for t := range knownErrorCodes {
		add(string(t))
	}
	for _, t := range [...]ErrorType{ErrorTypeConnectedServicesAccount, ErrorTypeVehicleState,
		ErrorTypeCompatibility, ErrorTypePermission, ErrorTypeAuthentication, ErrorTypeBilling,
		ErrorTypeRateLimit, ErrorTypeResourceNotFound, ErrorTypeServer, ErrorTypeUpstream,
		ErrorTypeValidation} {
		add(string(t))
	}
	for k := range m {
		if len(k) > maxInterned {
			panic("smartcar: interned string longer than maxInterned: " + k)
		}
	}
	return m
}()

// maxInterned is the length of the longest interned string: longer strings
// are never looked up.
const maxInterned = 48
