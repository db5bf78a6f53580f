// The signal catalogue: Smartcar's documented signal codes and their body types.

package smartcar

// Signal codes of every signal in Smartcar's catalogue, one constant per
// code, named Code<Group><Name>. Smartcar adds signals without notice: a code
// not listed here still decodes, with its body kept raw.
const (
	// Charge

	CodeChargeAmperage                 SignalCode = "charge-amperage"
	CodeChargeAmperageMax              SignalCode = "charge-amperagemax"
	CodeChargeAmperageRequested        SignalCode = "charge-amperagerequested"
	CodeChargeChargeLimits             SignalCode = "charge-chargelimits"
	CodeChargeChargePortStatusColor    SignalCode = "charge-chargeportstatuscolor"
	CodeChargeChargeRate               SignalCode = "charge-chargerate"
	CodeChargeChargeRecords            SignalCode = "charge-chargerecords"
	CodeChargeChargeTimers             SignalCode = "charge-chargetimers"
	CodeChargeChargerPhases            SignalCode = "charge-chargerphases"
	CodeChargeChargingConnectorType    SignalCode = "charge-chargingconnectortype"
	CodeChargeDetailedChargingStatus   SignalCode = "charge-detailedchargingstatus"
	CodeChargeEnergyAdded              SignalCode = "charge-energyadded"
	CodeChargeFastChargerType          SignalCode = "charge-fastchargertype"
	CodeChargeIsCharging               SignalCode = "charge-ischarging"
	CodeChargeIsChargingCableConnected SignalCode = "charge-ischargingcableconnected"
	CodeChargeIsChargingCableLatched   SignalCode = "charge-ischargingcablelatched"
	CodeChargeIsChargingPortFlapOpen   SignalCode = "charge-ischargingportflapopen"
	CodeChargeIsFastChargerPresent     SignalCode = "charge-isfastchargerpresent"
	CodeChargeTimeToComplete           SignalCode = "charge-timetocomplete"
	CodeChargeVoltage                  SignalCode = "charge-voltage"
	CodeChargeWattage                  SignalCode = "charge-wattage"

	// Climate

	CodeClimateExternalTemperature SignalCode = "climate-externaltemperature"
	CodeClimateInternalTemperature SignalCode = "climate-internaltemperature"

	// HVAC

	CodeHVACCabinTargetTemperature SignalCode = "hvac-cabintargettemperature"
	CodeHVACIsCabinHVACActive      SignalCode = "hvac-iscabinhvacactive"
	CodeHVACIsFrontDefrosterActive SignalCode = "hvac-isfrontdefrosteractive"
	CodeHVACIsRearDefrosterActive  SignalCode = "hvac-isreardefrosteractive"
	CodeHVACIsSteeringHeaterActive SignalCode = "hvac-issteeringheateractive"

	// Closure

	CodeClosureDoors       SignalCode = "closure-doors"
	CodeClosureEngineCover SignalCode = "closure-enginecover"
	CodeClosureFrontTrunk  SignalCode = "closure-fronttrunk"
	CodeClosureIsLocked    SignalCode = "closure-islocked"
	CodeClosureRearTrunk   SignalCode = "closure-reartrunk"
	CodeClosureSunroof     SignalCode = "closure-sunroof"
	CodeClosureWindows     SignalCode = "closure-windows"
	CodeClosureTailgate    SignalCode = "closure-tailgate"

	// ConnectivitySoftware

	CodeConnectivitySoftwareCurrentFirmwareVersion SignalCode = "connectivitysoftware-currentfirmwareversion"

	// ConnectivityStatus

	CodeConnectivityStatusIsAsleep           SignalCode = "connectivitystatus-isasleep"
	CodeConnectivityStatusIsDigitalKeyPaired SignalCode = "connectivitystatus-isdigitalkeypaired"
	CodeConnectivityStatusIsOnline           SignalCode = "connectivitystatus-isonline"

	// Diagnostics

	CodeDiagnosticsABS                    SignalCode = "diagnostics-abs"
	CodeDiagnosticsActiveSafety           SignalCode = "diagnostics-activesafety"
	CodeDiagnosticsAirbag                 SignalCode = "diagnostics-airbag"
	CodeDiagnosticsBrakeFluid             SignalCode = "diagnostics-brakefluid"
	CodeDiagnosticsDriverAssistance       SignalCode = "diagnostics-driverassistance"
	CodeDiagnosticsEVBatteryConditioning  SignalCode = "diagnostics-evbatteryconditioning"
	CodeDiagnosticsEVCharging             SignalCode = "diagnostics-evcharging"
	CodeDiagnosticsEVDriveUnit            SignalCode = "diagnostics-evdriveunit"
	CodeDiagnosticsEVHVBattery            SignalCode = "diagnostics-evhvbattery"
	CodeDiagnosticsEmissions              SignalCode = "diagnostics-emissions"
	CodeDiagnosticsLighting               SignalCode = "diagnostics-lighting"
	CodeDiagnosticsMIL                    SignalCode = "diagnostics-mil"
	CodeDiagnosticsOilLife                SignalCode = "diagnostics-oillife"
	CodeDiagnosticsOilPressure            SignalCode = "diagnostics-oilpressure"
	CodeDiagnosticsOilTemperature         SignalCode = "diagnostics-oiltemperature"
	CodeDiagnosticsTelematics             SignalCode = "diagnostics-telematics"
	CodeDiagnosticsTirePressure           SignalCode = "diagnostics-tirepressure"
	CodeDiagnosticsTirePressureMonitoring SignalCode = "diagnostics-tirepressuremonitoring"
	CodeDiagnosticsTransmission           SignalCode = "diagnostics-transmission"
	CodeDiagnosticsWasherFluid            SignalCode = "diagnostics-washerfluid"
	CodeDiagnosticsWaterInFuel            SignalCode = "diagnostics-waterinfuel"
	CodeDiagnosticsDTCCount               SignalCode = "diagnostics-dtccount"
	CodeDiagnosticsDTCList                SignalCode = "diagnostics-dtclist"

	// InternalCombustionEngine

	CodeInternalCombustionEngineAmountRemaining SignalCode = "internalcombustionengine-amountremaining"
	CodeInternalCombustionEngineFuelLevel       SignalCode = "internalcombustionengine-fuellevel"
	CodeInternalCombustionEngineOilLife         SignalCode = "internalcombustionengine-oillife"
	CodeInternalCombustionEngineRange           SignalCode = "internalcombustionengine-range"

	// Location

	CodeLocationIsAtHome        SignalCode = "location-isathome"
	CodeLocationPreciseLocation SignalCode = "location-preciselocation"

	// LowVoltageBattery

	CodeLowVoltageBatteryStateOfCharge SignalCode = "lowvoltagebattery-stateofcharge"
	CodeLowVoltageBatteryStatus        SignalCode = "lowvoltagebattery-status"

	// Motion

	CodeMotionCurrentSpeed SignalCode = "motion-currentspeed"

	// Odometer

	CodeOdometerTraveledDistance SignalCode = "odometer-traveleddistance"

	// Service

	CodeServiceIsInService SignalCode = "service-isinservice"
	CodeServiceRecords     SignalCode = "service-records"

	// Surveillance

	CodeSurveillanceIsEnabled SignalCode = "surveillance-isenabled"
	CodeSurveillanceBrand     SignalCode = "surveillance-brand"

	// TractionBattery

	CodeTractionBatteryIsHeaterActive        SignalCode = "tractionbattery-isheateractive"
	CodeTractionBatteryMaxRangeChargeCounter SignalCode = "tractionbattery-maxrangechargecounter"
	CodeTractionBatteryNominalCapacity       SignalCode = "tractionbattery-nominalcapacity"
	CodeTractionBatteryRange                 SignalCode = "tractionbattery-range"
	CodeTractionBatteryStateOfCharge         SignalCode = "tractionbattery-stateofcharge"

	// Transmission

	CodeTransmissionGearState SignalCode = "transmission-gearstate"
	CodeTransmissionDriveMode SignalCode = "transmission-drivemode"

	// VehicleIdentification

	CodeVehicleIdentificationNickname      SignalCode = "vehicleidentification-nickname"
	CodeVehicleIdentificationExteriorColor SignalCode = "vehicleidentification-exteriorcolor"
	CodeVehicleIdentificationVIN           SignalCode = "vehicleidentification-vin"
	CodeVehicleIdentificationPackages      SignalCode = "vehicleidentification-packages"

	// VehicleUserAccount

	CodeVehicleUserAccountPermissions SignalCode = "vehicleuseraccount-permissions"
	CodeVehicleUserAccountRole        SignalCode = "vehicleuseraccount-role"

	// Wheel

	CodeWheelTires SignalCode = "wheel-tires"
	CodeWheelStyle SignalCode = "wheel-style"
)

// signalInfo is what the package knows about a documented signal code.
type signalInfo struct {
	group, name string
	newBody     func() any // nil: no documented body shape
}

// catalogue maps every documented signal code to its group, name and body type.
var catalogue = map[SignalCode]signalInfo{
	CodeChargeAmperage:                             {"Charge", "Amperage", func() any { return new(Quantity) }},
	CodeChargeAmperageMax:                          {"Charge", "AmperageMax", func() any { return new(Quantity) }},
	CodeChargeAmperageRequested:                    {"Charge", "AmperageRequested", func() any { return new(Quantity) }},
	CodeChargeChargeLimits:                         {"Charge", "ChargeLimits", func() any { return new(ChargeLimits) }},
	CodeChargeChargePortStatusColor:                {"Charge", "ChargePortStatusColor", func() any { return new(Text) }},
	CodeChargeChargeRate:                           {"Charge", "ChargeRate", func() any { return new(Quantity) }},
	CodeChargeChargeRecords:                        {"Charge", "ChargeRecords", func() any { return new(ChargeRecords) }},
	CodeChargeChargeTimers:                         {"Charge", "ChargeTimers", func() any { return new(ChargeTimers) }},
	CodeChargeChargerPhases:                        {"Charge", "ChargerPhases", func() any { return new(Quantity) }},
	CodeChargeChargingConnectorType:                {"Charge", "ChargingConnectorType", func() any { return new(Text) }},
	CodeChargeDetailedChargingStatus:               {"Charge", "DetailedChargingStatus", func() any { return new(Text) }},
	CodeChargeEnergyAdded:                          {"Charge", "EnergyAdded", func() any { return new(Quantity) }},
	CodeChargeFastChargerType:                      {"Charge", "FastChargerType", func() any { return new(Text) }},
	CodeChargeIsCharging:                           {"Charge", "IsCharging", func() any { return new(Flag) }},
	CodeChargeIsChargingCableConnected:             {"Charge", "IsChargingCableConnected", func() any { return new(Flag) }},
	CodeChargeIsChargingCableLatched:               {"Charge", "IsChargingCableLatched", func() any { return new(Flag) }},
	CodeChargeIsChargingPortFlapOpen:               {"Charge", "IsChargingPortFlapOpen", func() any { return new(Flag) }},
	CodeChargeIsFastChargerPresent:                 {"Charge", "IsFastChargerPresent", func() any { return new(Flag) }},
	CodeChargeTimeToComplete:                       {"Charge", "TimeToComplete", func() any { return new(Quantity) }},
	CodeChargeVoltage:                              {"Charge", "Voltage", func() any { return new(Quantity) }},
	CodeChargeWattage:                              {"Charge", "Wattage", func() any { return new(Quantity) }},
	CodeClimateExternalTemperature:                 {"Climate", "ExternalTemperature", func() any { return new(Quantity) }},
	CodeClimateInternalTemperature:                 {"Climate", "InternalTemperature", func() any { return new(Quantity) }},
	CodeHVACCabinTargetTemperature:                 {"HVAC", "CabinTargetTemperature", func() any { return new(Quantity) }},
	CodeHVACIsCabinHVACActive:                      {"HVAC", "IsCabinHVACActive", func() any { return new(Flag) }},
	CodeHVACIsFrontDefrosterActive:                 {"HVAC", "IsFrontDefrosterActive", func() any { return new(Flag) }},
	CodeHVACIsRearDefrosterActive:                  {"HVAC", "IsRearDefrosterActive", func() any { return new(Flag) }},
	CodeHVACIsSteeringHeaterActive:                 {"HVAC", "IsSteeringHeaterActive", func() any { return new(Flag) }},
	CodeClosureDoors:                               {"Closure", "Doors", func() any { return new(Doors) }},
	CodeClosureEngineCover:                         {"Closure", "EngineCover", func() any { return new(Closure) }},
	CodeClosureFrontTrunk:                          {"Closure", "FrontTrunk", func() any { return new(Closure) }},
	CodeClosureIsLocked:                            {"Closure", "IsLocked", func() any { return new(Flag) }},
	CodeClosureRearTrunk:                           {"Closure", "RearTrunk", func() any { return new(Closure) }},
	CodeClosureSunroof:                             {"Closure", "Sunroof", func() any { return new(Closure) }},
	CodeClosureWindows:                             {"Closure", "Windows", func() any { return new(Windows) }},
	CodeClosureTailgate:                            {"Closure", "Tailgate", nil},
	CodeConnectivitySoftwareCurrentFirmwareVersion: {"ConnectivitySoftware", "CurrentFirmwareVersion", func() any { return new(Text) }},
	CodeConnectivityStatusIsAsleep:                 {"ConnectivityStatus", "IsAsleep", func() any { return new(Flag) }},
	CodeConnectivityStatusIsDigitalKeyPaired:       {"ConnectivityStatus", "IsDigitalKeyPaired", func() any { return new(Flag) }},
	CodeConnectivityStatusIsOnline:                 {"ConnectivityStatus", "IsOnline", func() any { return new(Flag) }},
	CodeDiagnosticsABS:                             {"Diagnostics", "ABS", func() any { return new(Diagnostic) }},
	CodeDiagnosticsActiveSafety:                    {"Diagnostics", "ActiveSafety", func() any { return new(Diagnostic) }},
	CodeDiagnosticsAirbag:                          {"Diagnostics", "Airbag", func() any { return new(Diagnostic) }},
	CodeDiagnosticsBrakeFluid:                      {"Diagnostics", "BrakeFluid", func() any { return new(Diagnostic) }},
	CodeDiagnosticsDriverAssistance:                {"Diagnostics", "DriverAssistance", func() any { return new(Diagnostic) }},
	CodeDiagnosticsEVBatteryConditioning:           {"Diagnostics", "EVBatteryConditioning", func() any { return new(Diagnostic) }},
	CodeDiagnosticsEVCharging:                      {"Diagnostics", "EVCharging", func() any { return new(Diagnostic) }},
	CodeDiagnosticsEVDriveUnit:                     {"Diagnostics", "EVDriveUnit", func() any { return new(Diagnostic) }},
	CodeDiagnosticsEVHVBattery:                     {"Diagnostics", "EVHVBattery", func() any { return new(Diagnostic) }},
	CodeDiagnosticsEmissions:                       {"Diagnostics", "Emissions", func() any { return new(Diagnostic) }},
	CodeDiagnosticsLighting:                        {"Diagnostics", "Lighting", func() any { return new(Diagnostic) }},
	CodeDiagnosticsMIL:                             {"Diagnostics", "MIL", func() any { return new(Diagnostic) }},
	CodeDiagnosticsOilLife:                         {"Diagnostics", "OilLife", func() any { return new(Diagnostic) }},
	CodeDiagnosticsOilPressure:                     {"Diagnostics", "OilPressure", func() any { return new(Diagnostic) }},
	CodeDiagnosticsOilTemperature:                  {"Diagnostics", "OilTemperature", func() any { return new(Diagnostic) }},
	CodeDiagnosticsTelematics:                      {"Diagnostics", "Telematics", func() any { return new(Diagnostic) }},
	CodeDiagnosticsTirePressure:                    {"Diagnostics", "TirePressure", func() any { return new(Diagnostic) }},
	CodeDiagnosticsTirePressureMonitoring:          {"Diagnostics", "TirePressureMonitoring", func() any { return new(Diagnostic) }},
	CodeDiagnosticsTransmission:                    {"Diagnostics", "Transmission", func() any { return new(Diagnostic) }},
	CodeDiagnosticsWasherFluid:                     {"Diagnostics", "WasherFluid", func() any { return new(Diagnostic) }},
	CodeDiagnosticsWaterInFuel:                     {"Diagnostics", "WaterInFuel", func() any { return new(Diagnostic) }},
	CodeDiagnosticsDTCCount:                        {"Diagnostics", "DTCCount", func() any { return new(Quantity) }},
	CodeDiagnosticsDTCList:                         {"Diagnostics", "DTCList", func() any { return new(DTCList) }},
	CodeInternalCombustionEngineAmountRemaining:    {"InternalCombustionEngine", "AmountRemaining", func() any { return new(Quantity) }},
	CodeInternalCombustionEngineFuelLevel:          {"InternalCombustionEngine", "FuelLevel", func() any { return new(Percent) }},
	CodeInternalCombustionEngineOilLife:            {"InternalCombustionEngine", "OilLife", func() any { return new(Percent) }},
	CodeInternalCombustionEngineRange:              {"InternalCombustionEngine", "Range", func() any { return new(Quantity) }},
	CodeLocationIsAtHome:                           {"Location", "IsAtHome", func() any { return new(Flag) }},
	CodeLocationPreciseLocation:                    {"Location", "PreciseLocation", func() any { return new(Location) }},
	CodeLowVoltageBatteryStateOfCharge:             {"LowVoltageBattery", "StateOfCharge", func() any { return new(Percent) }},
	CodeLowVoltageBatteryStatus:                    {"LowVoltageBattery", "Status", func() any { return new(Text) }},
	CodeMotionCurrentSpeed:                         {"Motion", "CurrentSpeed", func() any { return new(Quantity) }},
	CodeOdometerTraveledDistance:                   {"Odometer", "TraveledDistance", func() any { return new(Quantity) }},
	CodeServiceIsInService:                         {"Service", "IsInService", func() any { return new(Flag) }},
	CodeServiceRecords:                             {"Service", "Records", func() any { return new(ServiceRecords) }},
	CodeSurveillanceIsEnabled:                      {"Surveillance", "IsEnabled", func() any { return new(Flag) }},
	CodeSurveillanceBrand:                          {"Surveillance", "Brand", func() any { return new(Text) }},
	CodeTractionBatteryIsHeaterActive:              {"TractionBattery", "IsHeaterActive", func() any { return new(Flag) }},
	CodeTractionBatteryMaxRangeChargeCounter:       {"TractionBattery", "MaxRangeChargeCounter", func() any { return new(Quantity) }},
	CodeTractionBatteryNominalCapacity:             {"TractionBattery", "NominalCapacity", func() any { return new(NominalCapacity) }},
	CodeTractionBatteryRange:                       {"TractionBattery", "Range", func() any { return new(Range) }},
	CodeTractionBatteryStateOfCharge:               {"TractionBattery", "StateOfCharge", func() any { return new(Percent) }},
	CodeTransmissionGearState:                      {"Transmission", "GearState", func() any { return new(Text) }},
	CodeTransmissionDriveMode:                      {"Transmission", "DriveMode", func() any { return new(DriveMode) }},
	CodeVehicleIdentificationNickname:              {"VehicleIdentification", "Nickname", func() any { return new(Text) }},
	CodeVehicleIdentificationExteriorColor:         {"VehicleIdentification", "ExteriorColor", func() any { return new(Text) }},
	CodeVehicleIdentificationVIN:                   {"VehicleIdentification", "VIN", func() any { return new(Text) }},
	CodeVehicleIdentificationPackages:              {"VehicleIdentification", "Packages", func() any { return new(List) }},
	CodeVehicleUserAccountPermissions:              {"VehicleUserAccount", "Permissions", func() any { return new(List) }},
	CodeVehicleUserAccountRole:                     {"VehicleUserAccount", "Role", func() any { return new(Text) }},
	CodeWheelTires:                                 {"Wheel", "Tires", func() any { return new(Tires) }},
	CodeWheelStyle:                                 {"Wheel", "Style", func() any { return new(Text) }},
}
