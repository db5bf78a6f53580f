package smartcar_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
)

// allCodes lists the constant of every signal code of the specification's
// catalogue (§6).
var allCodes = []smartcar.SignalCode{
	smartcar.CodeChargeAmperage,
	smartcar.CodeChargeAmperageMax,
	smartcar.CodeChargeAmperageRequested,
	smartcar.CodeChargeChargeLimits,
	smartcar.CodeChargeChargePortStatusColor,
	smartcar.CodeChargeChargeRate,
	smartcar.CodeChargeChargeRecords,
	smartcar.CodeChargeChargeTimers,
	smartcar.CodeChargeChargerPhases,
	smartcar.CodeChargeChargingConnectorType,
	smartcar.CodeChargeDetailedChargingStatus,
	smartcar.CodeChargeEnergyAdded,
	smartcar.CodeChargeFastChargerType,
	smartcar.CodeChargeIsCharging,
	smartcar.CodeChargeIsChargingCableConnected,
	smartcar.CodeChargeIsChargingCableLatched,
	smartcar.CodeChargeIsChargingPortFlapOpen,
	smartcar.CodeChargeIsFastChargerPresent,
	smartcar.CodeChargeTimeToComplete,
	smartcar.CodeChargeVoltage,
	smartcar.CodeChargeWattage,
	smartcar.CodeClimateExternalTemperature,
	smartcar.CodeClimateInternalTemperature,
	smartcar.CodeHVACCabinTargetTemperature,
	smartcar.CodeHVACIsCabinHVACActive,
	smartcar.CodeHVACIsFrontDefrosterActive,
	smartcar.CodeHVACIsRearDefrosterActive,
	smartcar.CodeHVACIsSteeringHeaterActive,
	smartcar.CodeClosureDoors,
	smartcar.CodeClosureEngineCover,
	smartcar.CodeClosureFrontTrunk,
	smartcar.CodeClosureIsLocked,
	smartcar.CodeClosureRearTrunk,
	smartcar.CodeClosureSunroof,
	smartcar.CodeClosureWindows,
	smartcar.CodeClosureTailgate,
	smartcar.CodeConnectivitySoftwareCurrentFirmwareVersion,
	smartcar.CodeConnectivityStatusIsAsleep,
	smartcar.CodeConnectivityStatusIsDigitalKeyPaired,
	smartcar.CodeConnectivityStatusIsOnline,
	smartcar.CodeDiagnosticsABS,
	smartcar.CodeDiagnosticsActiveSafety,
	smartcar.CodeDiagnosticsAirbag,
	smartcar.CodeDiagnosticsBrakeFluid,
	smartcar.CodeDiagnosticsDriverAssistance,
	smartcar.CodeDiagnosticsEVBatteryConditioning,
	smartcar.CodeDiagnosticsEVCharging,
	smartcar.CodeDiagnosticsEVDriveUnit,
	smartcar.CodeDiagnosticsEVHVBattery,
	smartcar.CodeDiagnosticsEmissions,
	smartcar.CodeDiagnosticsLighting,
	smartcar.CodeDiagnosticsMIL,
	smartcar.CodeDiagnosticsOilLife,
	smartcar.CodeDiagnosticsOilPressure,
	smartcar.CodeDiagnosticsOilTemperature,
	smartcar.CodeDiagnosticsTelematics,
	smartcar.CodeDiagnosticsTirePressure,
	smartcar.CodeDiagnosticsTirePressureMonitoring,
	smartcar.CodeDiagnosticsTransmission,
	smartcar.CodeDiagnosticsWasherFluid,
	smartcar.CodeDiagnosticsWaterInFuel,
	smartcar.CodeDiagnosticsDTCCount,
	smartcar.CodeDiagnosticsDTCList,
	smartcar.CodeInternalCombustionEngineAmountRemaining,
	smartcar.CodeInternalCombustionEngineFuelLevel,
	smartcar.CodeInternalCombustionEngineOilLife,
	smartcar.CodeInternalCombustionEngineRange,
	smartcar.CodeLocationIsAtHome,
	smartcar.CodeLocationPreciseLocation,
	smartcar.CodeLowVoltageBatteryStateOfCharge,
	smartcar.CodeLowVoltageBatteryStatus,
	smartcar.CodeMotionCurrentSpeed,
	smartcar.CodeOdometerTraveledDistance,
	smartcar.CodeServiceIsInService,
	smartcar.CodeServiceRecords,
	smartcar.CodeSurveillanceIsEnabled,
	smartcar.CodeSurveillanceBrand,
	smartcar.CodeTractionBatteryIsHeaterActive,
	smartcar.CodeTractionBatteryMaxRangeChargeCounter,
	smartcar.CodeTractionBatteryNominalCapacity,
	smartcar.CodeTractionBatteryRange,
	smartcar.CodeTractionBatteryStateOfCharge,
	smartcar.CodeTransmissionGearState,
	smartcar.CodeTransmissionDriveMode,
	smartcar.CodeVehicleIdentificationNickname,
	smartcar.CodeVehicleIdentificationExteriorColor,
	smartcar.CodeVehicleIdentificationVIN,
	smartcar.CodeVehicleIdentificationPackages,
	smartcar.CodeVehicleUserAccountPermissions,
	smartcar.CodeVehicleUserAccountRole,
	smartcar.CodeWheelTires,
	smartcar.CodeWheelStyle,
}

// TestSignalCatalogue: every documented code is Known, derives from its
// group and name, has a registered body type (except closure-tailgate, whose
// body is undocumented), and the catalogue payload decodes its body into
// that type.
func TestSignalCatalogue(t *testing.T) {
	ev := mustParse(t, smartcartest.Payload("VEHICLE_STATE/signal_catalogue")).(*smartcar.VehicleState)
	for _, c := range allCodes {
		t.Run(string(c), func(t *testing.T) {
			assert.True(t, c.Known())
			assert.Equal(t, c, smartcar.CodeOf(c.Group(), c.Name()))
			body := smartcar.NewBody(c)
			if c == smartcar.CodeClosureTailgate {
				assert.Nil(t, body)
				return
			}
			require.NotNil(t, body)
			s := ev.Signal(c)
			require.NotNil(t, s, "no example in the catalogue payload")
			assert.IsType(t, body, s.Body.Value)
			assert.NoError(t, s.Body.Err)
		})
	}
	assert.False(t, smartcar.SignalCode("vendor-x").Known())
	assert.Nil(t, smartcar.NewBody("vendor-x"))
	assert.Equal(t, smartcar.SignalCode(""), smartcar.CodeOf("", "X"))
	assert.Equal(t, smartcar.SignalCode("ümlaut-ä"), smartcar.CodeOf("Ümlaut", "Ä"))
}

// TestEnumsKnown: the open enumerations know their documented values and
// let others through.
func TestEnumsKnown(t *testing.T) {
	known := []interface{ Known() bool }{
		smartcar.ModeLive, smartcar.Mode("live"), smartcar.TriggerFirstDelivery, smartcar.StatusUnavailable,
		smartcar.ErrorTypeCompatibility, smartcar.ErrorCodeAsleep, smartcar.ErrorStateResolved,
		smartcar.ResolutionReauthenticate, smartcar.ChargingStopped, smartcar.LimitType("global"),
		smartcar.DirectionNW, smartcar.LocationLastParked, smartcar.DiagnosticAlert, smartcar.CapacityUserSelected,
		smartcar.RangeDefault, smartcar.ChargingStatusFullyCharged, smartcar.GearNeutral, smartcar.PortEtc, smartcar.BatteryWarn,
	}
	for _, k := range known {
		assert.True(t, k.Known(), "%v", k)
	}
	unknown := []interface{ Known() bool }{
		smartcar.Mode("DEMO"), smartcar.TriggerType("X"), smartcar.StatusValue("X"), smartcar.ErrorType("X"),
		smartcar.ErrorCode("X"), smartcar.ErrorState("X"), smartcar.ResolutionType("X"), smartcar.ChargingEvent("X"),
		smartcar.LimitType("X"), smartcar.Direction("X"), smartcar.LocationType("X"), smartcar.DiagnosticStatus("X"),
		smartcar.CapacitySource("X"), smartcar.RangeType("X"), smartcar.ChargingStatus("X"), smartcar.GearState("X"),
		smartcar.PortColor("X"), smartcar.BatteryStatus("X"),
	}
	for _, k := range unknown {
		assert.False(t, k.Known(), "%v", k)
	}
	assert.True(t, smartcar.Mode("live").IsLive())
	assert.True(t, smartcar.LimitType("global").Is(smartcar.LimitGlobal))
}
