package volteras_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/volteras"
)

const goldenDir = "../testdata/volteras"

func readGolden(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(goldenDir, name))
	require.NoError(t, err)
	return b
}

// eventTypeOf returns the event type a golden file is named after:
// "<event>[_<variant>].json", where <event> contains a dot.
func eventTypeOf(file string) string {
	name := strings.TrimSuffix(file, ".json")
	dot := strings.IndexByte(name, '.')
	if i := strings.IndexByte(name[dot:], '_'); i >= 0 {
		return name[:dot+i]
	}
	return name
}

// testJSONMarshal checks that v marshals to JSON equal to want as a JSON tree.
func testJSONMarshal(t *testing.T, v any, want []byte) {
	t.Helper()
	got, err := json.Marshal(v)
	require.NoError(t, err)
	var gotTree, wantTree any
	require.NoError(t, json.Unmarshal(got, &gotTree), "marshalled: %s", got)
	require.NoError(t, json.Unmarshal(want, &wantTree))
	if diff := cmp.Diff(wantTree, gotTree); diff != "" {
		t.Errorf("json.Marshal(%T) differs from the input (-want +got):\n%s", v, diff)
	}
}

func ptr[T any](v T) *T { return &v }

func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

var goldens = []struct {
	file  string
	check func(t *testing.T, ev volteras.Event)
}{
	{"device.connected.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.DeviceConnected)
		assert.Equal(t, "h283d-h9v1j-51p5d-pqv5p-b4q33", e.ID)
		assert.Equal(t, volteras.DeviceTypeVehicle, e.DeviceType)
	}},
	{"device.disconnected.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.DeviceDisconnected)
		assert.Equal(t, "h283d-h9v1j-51p5d-pqv5p-b4q33", e.ID)
		assert.Equal(t, volteras.DeviceTypeVehicle, e.DeviceType)
	}},
	{"device.telemetry_state_of_charge.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		assert.Equal(t, volteras.Vehicle{ID: "h283d-h9v1j-51p5d-pqv5p-b4q33", VIN: "WBYF2AW010FN82675"}, e.Vehicle)
		assert.True(t, e.Timestamp.Equal(volteras.Time{Time: ts("2024-01-15T10:30:00Z")}))
		assert.Equal(t, &volteras.StateOfCharge{Unit: volteras.UnitPercent, Value: 85.5}, e.Metric)
	}},
	{"device.telemetry_energy_remaining.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		assert.Equal(t, "WBYF2AW010FN82676", e.Vehicle.VIN)
		assert.Equal(t, &volteras.EnergyRemaining{Unit: volteras.UnitKWh, Value: 65.2}, e.Metric)
	}},
	{"device.telemetry_location.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		assert.Equal(t, &volteras.Location{Unit: volteras.UnitDegree,
			Value: volteras.Coordinates{Longitude: -122.4194, Latitude: 37.7749}}, e.Metric)
	}},
	{"device.telemetry_odometer.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		assert.Equal(t, &volteras.Odometer{Unit: volteras.UnitKm, Value: 45230.5}, e.Metric)
	}},
	{"device.telemetry_range.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		assert.Equal(t, &volteras.Range{Unit: volteras.UnitKm, Value: 320.8}, e.Metric)
	}},
	{"device.telemetry_tires.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		assert.Equal(t, &volteras.Tires{Pressure: &volteras.Quantity{Unit: volteras.UnitKPa, Value: 240.5},
			Position: volteras.TireFrontLeft}, e.Metric)
	}},
	{"device.telemetry_oem_alert.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		m := e.Metric.(*volteras.OEMAlert)
		assert.Equal(t, volteras.OEMAlertStatusActive, m.Status)
		assert.Equal(t, "BMS_001", m.OEMCode)
		assert.Equal(t, ptr("Battery management system fault detected"), m.OEMMessage)
		assert.JSONEq(t, `{"errorCode": "0x1234", "subsystem": "battery"}`, string(m.OEMMetadata))
		assert.Equal(t, ptr("Battery system requires service"), m.MappedMessage)
		assert.Equal(t, ptr(volteras.SeverityHigh), m.Severity)
		assert.Equal(t, ptr(volteras.CodeBatteryMonitoringFailed), m.MappedCode)
		assert.Equal(t, ptr(volteras.ComponentBattery), m.AffectedComponent)
		assert.Equal(t, ptr(volteras.ActionServiceRequired), m.RecommendedAction)
		assert.Equal(t, ptr(volteras.OEMAlertTypeFault), m.Type)
		assert.True(t, m.Timestamp.IsZero())
	}},
	{"device.telemetry_charging_state.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		assert.Equal(t, &volteras.ChargingState{State: volteras.ChargeStateCharging}, e.Metric)
	}},
	{"device.telemetry_departure_times.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		weekdays := []volteras.Weekday{volteras.Monday, volteras.Tuesday, volteras.Wednesday, volteras.Thursday, volteras.Friday}
		assert.Equal(t, &volteras.DepartureTimes{Times: []volteras.DepartureTime{
			{Hour: 8, Minute: 30, DaysOfWeek: weekdays, LocalTimeOffset: 60},
			{Hour: 17, Minute: 0, DaysOfWeek: weekdays, LocalTimeOffset: 60},
		}}, e.Metric)
	}},
	{"device.telemetry_other_charging_data.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		m := e.Metric.(*volteras.OtherChargingData)
		require.Len(t, m.Data, 6)
		q, ok := m.MaxStateOfCharge()
		assert.True(t, ok)
		assert.Equal(t, volteras.Quantity{Unit: volteras.UnitPercent, Value: 90}, q)
		q, ok = m.ChargeRemainingTime()
		assert.True(t, ok)
		assert.Equal(t, volteras.Quantity{Unit: volteras.UnitMinutes, Value: 45}, q)
		q, ok = m.ChargePowerLevel()
		assert.True(t, ok)
		assert.Equal(t, volteras.Quantity{Unit: volteras.UnitKW, Value: 11}, q)
		q, ok = m.ChargeCurrentLimit()
		assert.True(t, ok)
		assert.Equal(t, volteras.Quantity{Unit: volteras.UnitAmps, Value: 32}, q)
		open, ok := m.ChargePortDoorOpen()
		assert.True(t, ok)
		assert.False(t, open)
		latch, ok := m.ChargePortLatch()
		assert.True(t, ok)
		assert.Equal(t, volteras.ChargePortLatchEngaged, latch)
		assert.True(t, latch.Known())
		assert.Equal(t, volteras.Unit(""), m.Data[5].Unit, "chargePortLatch has no unit")
		_, ok = m.MinStateOfCharge()
		assert.False(t, ok)
	}},
	{"device.telemetry_other_location_data.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		m := e.Metric.(*volteras.OtherLocationData)
		require.Len(t, m.Data, 3)
		assert.Equal(t, volteras.LocationMembers{}, m.Members)
		checkLocationData(t, m)
	}},
	{"device.telemetry_other_location_data_members.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.Telemetry)
		m := e.Metric.(*volteras.OtherLocationData)
		assert.Nil(t, m.Data)
		checkLocationData(t, m)
	}},
	{"command.updated_start_charging_executed.json", func(t *testing.T, ev volteras.Event) {
		assert.Equal(t, &volteras.CommandUpdated{
			ID: "h283d-h9v1j-51p5d-pqv5p-b4q33", DeviceType: volteras.DeviceTypeVehicle,
			DeviceID: "h9v1j-51p5d-pqv5p-b4q33-h283d", Command: volteras.CommandStartCharging,
			Status: volteras.CommandStatusExecuted, FailedReason: nil,
			Raw: readGolden(t, "command.updated_start_charging_executed.json"),
		}, ev)
	}},
	{"command.updated_set_temperature_failed.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.CommandUpdated)
		assert.Equal(t, volteras.CommandSetTemperature, e.Command)
		assert.Equal(t, volteras.CommandStatusFailed, e.Status)
		require.NotNil(t, e.FailedReason)
		assert.Equal(t, volteras.FailedReason("Vehicle not connected to network"), *e.FailedReason)
		assert.False(t, e.FailedReason.Known(), "free text is not a code")
	}},
	{"command.updated_unlock_doors_pending.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.CommandUpdated)
		assert.Equal(t, volteras.CommandUnlockDoors, e.Command)
		assert.Equal(t, volteras.CommandStatusPending, e.Status)
		assert.Nil(t, e.FailedReason)
	}},
	{"command.updated_set_charge_limit_executed.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.CommandUpdated)
		assert.Equal(t, volteras.CommandSetChargeLimit, e.Command)
		assert.Equal(t, "hb4q33-h283d-h9v1j-51p5d-pqv5p", e.DeviceID)
	}},
	{"command.updated_open_charge_port_failed.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.CommandUpdated)
		assert.Equal(t, volteras.CommandOpenChargePort, e.Command)
		assert.Equal(t, ptr(volteras.FailedReason("Charge port already open")), e.FailedReason)
	}},
	{"rate_limit.updated_commands.json", func(t *testing.T, ev volteras.Event) {
		assert.Equal(t, &volteras.RateLimitUpdated{
			RemainingRequests: 10, MaxRequests: 100, Domain: volteras.RateLimitDomainVehicle,
			WindowSizeSeconds: 3600, ObjectID: "h283d-h9v1j-51p5d-pqv5p-b4q33",
			Key: volteras.RateLimitKeyBMWEnergyAPICommands,
			Raw: readGolden(t, "rate_limit.updated_commands.json"),
		}, ev)
	}},
	{"rate_limit.updated_stop_commands.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.RateLimitUpdated)
		assert.Equal(t, volteras.RateLimitKeyBMWEnergyAPIStopCommands, e.Key)
		assert.False(t, e.CamelCase)
	}},
	{"alert.updated_active.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.AlertUpdated)
		assert.Equal(t, volteras.AlertStatusActive, e.Status)
		assert.Equal(t, "h9v1j-51p5d-pqv5p-b4q33-h283d", e.AlertDefinitionID)
		assert.Equal(t, "h51p5d-pqv5p-b4q33-h283d-h9v1j", e.DeviceID())
		assert.Equal(t, ptr("WBYF2AW010FN82675"), e.VIN)
		assert.False(t, e.Muted)
		assert.True(t, e.CreatedAt.Time.Equal(ts("2024-01-15T10:30:00Z")))
		assert.Equal(t, ptr(volteras.SeverityHigh), e.CurrentSeverity)
		require.Len(t, e.Resolutions, 1)
		r := e.Resolutions[0]
		assert.Equal(t, volteras.ResolutionDefinition{ID: "hb4q33-h283d-h9v1j-51p5d-pqv5p",
			Name: "Battery Service Required", Description: "Schedule service appointment for battery inspection"}, r.Definition)
		assert.Equal(t, volteras.ResolutionStatusPending, r.Status)
		require.Len(t, r.Steps, 1)
		assert.Equal(t, volteras.StepDefinition{ID: "h9v1j-51p5d-pqv5p-b4q33-h283d",
			Description: "Contact service center", Order: 1}, r.Steps[0].Definition)
		assert.Equal(t, "Battery Management System Fault", e.Definition.Name)
		assert.Equal(t, "Battery system requires service", e.Definition.Message)
		assert.Equal(t, volteras.AlertCategory{ID: "hpqv5p-b4q33-h283d-h9v1j-51p5d", Name: "Battery",
			Description: ptr("Battery-related alerts")}, e.Definition.Category)
		assert.True(t, e.Metadata.UpdatedAt.Time.Equal(ts("2024-01-15T10:35:00Z")))
	}},
	{"alert.updated_resolved.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.AlertUpdated)
		assert.Equal(t, volteras.AlertStatusResolved, e.Status)
		assert.Equal(t, ptr(volteras.SeverityMedium), e.CurrentSeverity)
		require.Len(t, e.Resolutions, 1)
		steps := e.Resolutions[0].Steps
		require.Len(t, steps, 2)
		assert.Equal(t, volteras.ResolutionStatusCompleted, steps[1].Status)
		assert.Equal(t, 2, steps[1].Definition.Order)
	}},
	{"alert.updated_muted.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.AlertUpdated)
		assert.True(t, e.Muted)
		assert.Equal(t, ptr(volteras.SeverityLow), e.CurrentSeverity)
		assert.NotNil(t, e.Resolutions)
		assert.Empty(t, e.Resolutions)
	}},
	{"journey.updated_complete.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.JourneyUpdated)
		assert.Equal(t, "h9v1j-51p5d-pqv5p-b4q33-h283d", e.VehicleID)
		assert.Equal(t, ptr(25.5), e.DistanceTravelledKm)
		assert.Equal(t, ptr(85.0), e.SocStart)
		assert.Equal(t, ptr(8.0), e.SocUsed)
		require.NotNil(t, e.StopTimestamp)
		assert.Equal(t, 35*time.Minute, e.StopTimestamp.Sub(e.StartTimestamp.Time))
	}},
	{"journey.updated_null_energy.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.JourneyUpdated)
		assert.Equal(t, ptr(12.3), e.DistanceTravelledKm)
		for _, f := range []*float64{e.EnergyUsedKwh, e.EnergyStartKwh, e.EnergyEndKwh, e.SocUsed, e.SocStart, e.SocEnd} {
			assert.Nil(t, f)
		}
		assert.Equal(t, ptr(-74.006), e.StartLongitude)
	}},
	{"journey.updated_complete_2.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.JourneyUpdated)
		assert.Equal(t, ptr(41.5), e.EnergyEndKwh)
		assert.Equal(t, ptr(-0.1178), e.StopLongitude)
	}},
	{"journey.updated_null_distance.json", func(t *testing.T, ev volteras.Event) {
		e := ev.(*volteras.JourneyUpdated)
		for _, f := range []*float64{e.DistanceTravelledKm, e.OdometerStart, e.OdometerEnd,
			e.StartLatitude, e.StartLongitude, e.StopLatitude, e.StopLongitude} {
			assert.Nil(t, f)
		}
		assert.Equal(t, ptr(3.2), e.EnergyUsedKwh)
		assert.Equal(t, "WBYF2AW010FN82678", e.VIN)
	}},
}

func checkLocationData(t *testing.T, m *volteras.OtherLocationData) {
	t.Helper()
	speed, ok := m.Speed()
	assert.True(t, ok)
	assert.Equal(t, volteras.Quantity{Unit: volteras.UnitMetresPerSecond, Value: 13.9}, speed)
	heading, ok := m.Heading()
	assert.True(t, ok)
	assert.Equal(t, volteras.Quantity{Unit: volteras.UnitDegree, Value: 270}, heading)
	elevation, ok := m.Elevation()
	assert.True(t, ok)
	assert.Equal(t, volteras.Quantity{Unit: volteras.UnitMetre, Value: 35}, elevation)
}

func TestParseGoldens(t *testing.T) {
	for _, g := range goldens {
		t.Run(g.file, func(t *testing.T) {
			body := readGolden(t, g.file)
			eventType := eventTypeOf(g.file)
			ev, err := volteras.Parse(eventType, body)
			require.NoError(t, err)
			require.IsType(t, volteras.EventTypes()[eventType], ev)
			assert.Equal(t, eventType, ev.Type())
			if tm, ok := ev.(*volteras.Telemetry); ok {
				assert.NoError(t, tm.MetricErr)
				assert.NotEqual(t, "", string(tm.MetricType()))
				assert.True(t, tm.MetricType().Known())
				variant := strings.TrimPrefix(strings.TrimSuffix(g.file, ".json"), "device.telemetry_")
				variant = strings.TrimSuffix(variant, "_members") // the hedged form of OTHER_LOCATION_DATA
				assert.Equal(t, volteras.MetricType(strings.ToUpper(variant)), tm.MetricType())
			}
			g.check(t, ev)
			testJSONMarshal(t, ev, body)
		})
	}
}

// TestGoldensCovered makes sure every golden file has a case above.
func TestGoldensCovered(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	require.NoError(t, err)
	covered := map[string]bool{}
	for _, g := range goldens {
		covered[g.file] = true
	}
	require.Len(t, files, len(goldens))
	for _, f := range files {
		assert.True(t, covered[filepath.Base(f)], "golden %s has no test case", f)
	}
}

// TestParseKeepsRaw checks that Raw is an independent copy of the body.
func TestParseKeepsRaw(t *testing.T) {
	body := readGolden(t, "device.telemetry_state_of_charge.json")
	want := string(body)
	ev, err := volteras.Parse(volteras.EventDeviceTelemetry, body)
	require.NoError(t, err)
	for i := range body {
		body[i] = ' '
	}
	assert.Equal(t, want, string(ev.(*volteras.Telemetry).Raw))
}

// TestParseConcurrent parses every golden from several goroutines at once:
// the decoder's pooled scratch state must not leak between calls (run with
// -race).
func TestParseConcurrent(t *testing.T) {
	type input struct {
		eventType string
		body      []byte
		want      []byte
	}
	var inputs []input
	for _, g := range goldens {
		body := readGolden(t, g.file)
		ev, err := volteras.Parse(eventTypeOf(g.file), body)
		require.NoError(t, err)
		want, err := json.Marshal(ev)
		require.NoError(t, err)
		inputs = append(inputs, input{eventTypeOf(g.file), body, want})
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				in := inputs[(i*7+w)%len(inputs)]
				ev, err := volteras.Parse(in.eventType, in.body)
				if err != nil {
					errs <- err
					return
				}
				got, err := json.Marshal(ev)
				if err != nil {
					errs <- err
					return
				}
				if string(got) != string(in.want) {
					errs <- fmt.Errorf("%s: got %s, want %s", in.eventType, got, in.want)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// TestEventsComparableWithCmp makes sure users can compare parsed events
// with go-cmp without options (Time and Value have Equal methods).
func TestEventsComparableWithCmp(t *testing.T) {
	for _, g := range goldens {
		body := readGolden(t, g.file)
		a, err := volteras.Parse(eventTypeOf(g.file), body)
		require.NoError(t, err)
		b, err := volteras.Parse(eventTypeOf(g.file), body)
		require.NoError(t, err)
		assert.Empty(t, cmp.Diff(a, b), g.file)
	}
	a, err := volteras.Parse(volteras.EventDeviceTelemetry, readGolden(t, "device.telemetry_range.json"))
	require.NoError(t, err)
	b, err := volteras.Parse(volteras.EventDeviceTelemetry, readGolden(t, "device.telemetry_odometer.json"))
	require.NoError(t, err)
	assert.NotEmpty(t, cmp.Diff(a, b))
}
