package volteras_test

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

func testdata(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../testdata/volteras/" + name + ".json")
	require.NoError(t, err)
	return b
}

func parse[E volteras.Event](t *testing.T, eventType string, body []byte) E {
	t.Helper()
	ev, err := volteras.Parse(eventType, body)
	require.NoError(t, err)
	e, ok := ev.(E)
	require.True(t, ok, "got %T", ev)
	require.Equal(t, body, []byte(ev.Raw()))
	return e
}

func num(t *testing.T, n volteras.Number) float64 {
	t.Helper()
	f, ok := n.Float64()
	require.True(t, ok, "number %s", n)
	return f
}

func integer(t *testing.T, n volteras.Number) int64 {
	t.Helper()
	i, ok := n.Int64()
	require.True(t, ok, "number %s", n)
	return i
}

func TestParseCatalogueValues(t *testing.T) {
	soc := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, volterastest.Payload("device.telemetry"))
	m, ok := soc.Metric.(*volteras.StateOfCharge)
	require.True(t, ok)
	assert.Equal(t, volteras.MetricStateOfCharge, soc.MetricType())
	assert.Equal(t, 85.5, num(t, m.Value))
	assert.Equal(t, volteras.Some(volteras.UnitPercent), m.Unit)
	assert.Equal(t, volteras.Some("WBYF2AW010FN82675"), soc.Vehicle.Value.VIN)
	assert.Equal(t, time.Date(2024, 1, 15, 10, 30, 0, 0, time.UTC), soc.Timestamp.Time)

	loc := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, volterastest.Payload("device.telemetry/location")).Metric.(*volteras.Location)
	assert.Equal(t, -122.4194, num(t, loc.Value.Value.Longitude))
	assert.Equal(t, 37.7749, num(t, loc.Value.Value.Latitude))

	tires := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, volterastest.Payload("device.telemetry/tires")).Metric.(*volteras.Tires)
	assert.Equal(t, volteras.Some(volteras.TireFrontLeft), tires.Position)
	assert.Equal(t, 240.5, num(t, tires.Pressure.Value.Value))

	ocd := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, volterastest.Payload("device.telemetry/other_charging_data")).Metric.(*volteras.OtherChargingData)
	q, ok := ocd.MaxStateOfCharge()
	require.True(t, ok)
	assert.Equal(t, 90.0, num(t, q.Value))
	assert.Equal(t, "90.0", q.Value.Text())
	open, ok := ocd.ChargePortDoorOpen()
	assert.True(t, ok)
	assert.False(t, open)
	latch, ok := ocd.ChargePortLatch()
	assert.True(t, ok)
	assert.Equal(t, volteras.ChargePortLatchEngaged, latch)
	assert.False(t, ocd.Data.Value[5].Unit.Valid, "chargePortLatch has no unit")

	dt := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, volterastest.Payload("device.telemetry/departure_times")).Metric.(*volteras.DepartureTimes)
	require.Len(t, dt.Times.Value, 2)
	assert.Equal(t, int64(17), integer(t, dt.Times.Value[1].Hour))
	assert.Equal(t, 3600, func() int { _, off := time.Unix(0, 0).In(dt.Times.Value[0].Zone()).Zone(); return off }())

	cmd := parse[*volteras.CommandUpdated](t, volteras.EventCommandUpdated, volterastest.Payload("command.updated"))
	assert.Equal(t, volteras.NullOpt[volteras.FailedReason](), cmd.FailedReason)
	assert.Equal(t, volteras.Some(volteras.CommandStartCharging), cmd.Command)
	failed := parse[*volteras.CommandUpdated](t, volteras.EventCommandUpdated, volterastest.Payload("command.updated/set_temperature_failed"))
	assert.Equal(t, volteras.Some(volteras.FailedReason("Vehicle not connected to network")), failed.FailedReason)

	rl := parse[*volteras.RateLimitUpdated](t, volteras.EventRateLimitUpdated, volterastest.Payload("rate_limit.updated"))
	remaining, ok := rl.Remaining()
	assert.True(t, ok)
	assert.Equal(t, int64(10), remaining)

	alert := parse[*volteras.AlertUpdated](t, volteras.EventAlertUpdated, volterastest.Payload("alert.updated/resolved"))
	assert.Equal(t, "hpqv5p-b4q33-h283d-h9v1j-51p5d", alert.DeviceID())
	steps := alert.Resolutions.Value[0].Steps.Value
	assert.Equal(t, int64(2), integer(t, steps[1].Definition.Value.Order))
	muted := parse[*volteras.AlertUpdated](t, volteras.EventAlertUpdated, volterastest.Payload("alert.updated/muted"))
	assert.Equal(t, volteras.Some(true), muted.Muted)
	assert.True(t, muted.Resolutions.Valid)
	assert.Empty(t, muted.Resolutions.Value)

	j := parse[*volteras.JourneyUpdated](t, volteras.EventJourneyUpdated, volterastest.Payload("journey.updated/null_energy"))
	assert.True(t, j.EnergyUsedKwh.IsNull())
	assert.Equal(t, 12345.0, num(t, j.OdometerStart))
	assert.Equal(t, "12345.0", j.OdometerStart.Text())
}

func TestParseOddScalars(t *testing.T) {
	cmd := parse[*volteras.CommandUpdated](t, volteras.EventCommandUpdated, testdata(t, "command.updated_odd_scalars"))
	assert.Equal(t, int64(300), integer(t, cmd.Timeout), `"timeout": 300.0`)
	assert.Equal(t, "300.0", cmd.Timeout.Text())
	assert.True(t, cmd.ExecutedAt.Valid())
	assert.Equal(t, time.UnixMilli(1705314600000).UTC(), cmd.ExecutedAt.Time)
	assert.False(t, cmd.FailedReason.Valid || cmd.FailedReason.Null, "failedReason absent")
	assert.JSONEq(t, `{"limit": 80.0, "note": null}`, string(cmd.CommandArguments))

	code := parse[*volteras.CommandUpdated](t, volteras.EventCommandUpdated, testdata(t, "command.updated_failed_code"))
	assert.Equal(t, int64(300), integer(t, code.Timeout), `"timeout": "300"`)
	assert.True(t, code.Timeout.Quoted())
	assert.True(t, code.FailedReason.Value.Known())
	assert.False(t, code.Command.Value.Known())
	assert.True(t, code.ExecutedAt.IsNull())

	ms := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, testdata(t, "device.telemetry_epoch_ms_timestamp"))
	assert.Equal(t, time.Date(2024, 1, 15, 10, 30, 0, 0, time.UTC), ms.Timestamp.Time, "epoch ms number")
	assert.Equal(t, "1705314600000", ms.Timestamp.Text())
	msString := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, testdata(t, "device.telemetry_epoch_ms_string"))
	assert.Equal(t, time.Date(2024, 1, 15, 10, 30, 0, 0, time.UTC), msString.Timestamp.Time, "epoch ms string")
	assert.Equal(t, "45230.50", msString.Metric.(*volteras.Odometer).Value.Text())

	quoted := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, testdata(t, "device.telemetry_quoted_value"))
	soc := quoted.Metric.(*volteras.StateOfCharge)
	assert.Equal(t, 85.5, num(t, soc.Value), `"value": "85.5"`)
	assert.Equal(t, volteras.Some[volteras.Unit](""), soc.Unit, `"unit": ""`)
	assert.Equal(t, volteras.NullOpt[string](), quoted.Vehicle.Value.VIN, `"vin": null`)
	assert.True(t, quoted.Timestamp.Valid())

	data := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, testdata(t, "device.telemetry_odd_data")).Metric.(*volteras.OtherChargingData)
	big, ok := data.Data.Value[0].Value.Exact()
	require.True(t, ok)
	assert.Equal(t, "12345678901234567890", big.Text())
	_, ok = big.Int64()
	assert.False(t, ok, "beyond int64")
	assert.Equal(t, "1.50", data.Data.Value[1].Value.String())
	assert.Equal(t, volteras.KindNull, data.Data.Value[2].Value.Kind())
	assert.Equal(t, volteras.Some[volteras.Unit](""), data.Data.Value[2].Unit)
	assert.Equal(t, volteras.KindOther, data.Data.Value[3].Value.Kind())
	latch, _ := data.ChargePortLatch()
	assert.Equal(t, volteras.ChargePortLatchBlocking, latch)
	kw, ok := data.ChargePowerLevel()
	require.True(t, ok)
	assert.Equal(t, 100.0, num(t, kw.Value))

	dt := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, testdata(t, "device.telemetry_departure_times_odd")).Metric.(*volteras.DepartureTimes)
	assert.Equal(t, int64(8), integer(t, dt.Times.Value[0].Hour), `"hour": 8.0`)
	assert.Equal(t, int64(30), integer(t, dt.Times.Value[0].Minute), `"minute": "30"`)
	assert.True(t, dt.Times.Value[0].EveryDay())
	assert.False(t, dt.Times.Value[1].DaysOfWeek.Value[1].Known())
	assert.True(t, dt.Times.Value[1].LocalTimeOffset.IsZero(), "absent")

	rl := parse[*volteras.RateLimitUpdated](t, volteras.EventRateLimitUpdated, testdata(t, "rate_limit.updated_odd_scalars"))
	assert.True(t, rl.RemainingRequests.IsNull(), `"remaining_requests": null`)
	_, ok = rl.Remaining()
	assert.False(t, ok)
	maxReq, _ := rl.Max()
	assert.Equal(t, int64(100), maxReq)
	window, _ := rl.Window()
	assert.Equal(t, int64(3600), window)
	camel := parse[*volteras.RateLimitUpdated](t, volteras.EventRateLimitUpdated, testdata(t, "rate_limit.updated_camel_case"))
	remaining, ok := camel.Remaining()
	assert.True(t, ok)
	assert.Equal(t, int64(0), remaining)
	obj, _ := camel.Object()
	assert.Equal(t, "h283d-h9v1j-51p5d-pqv5p-b4q33", obj)

	alert := parse[*volteras.AlertUpdated](t, volteras.EventAlertUpdated, testdata(t, "alert.updated_rest_fields"))
	assert.Equal(t, "h51p5d-pqv5p-b4q33-h283d-h9v1j", alert.DeviceID())
	assert.True(t, alert.VIN.Null)
	assert.False(t, alert.CreatedAt.Valid(), "malformed time kept, not fatal")
	assert.Equal(t, `"not a time"`, alert.CreatedAt.Text())
	assert.Equal(t, int64(1), integer(t, alert.Resolutions.Value[0].Steps.Value[0].Definition.Value.Order), `"order": 1.0`)
	assert.Equal(t, time.UnixMilli(1705306200000).UTC(), alert.Metadata.Value.UpdatedAt.Time)

	journey := parse[*volteras.JourneyUpdated](t, volteras.EventJourneyUpdated, testdata(t, "journey.updated_in_progress"))
	assert.True(t, journey.StopTimestamp.IsNull())
	assert.Equal(t, volteras.Some(""), journey.VIN)
	assert.Equal(t, 0.0, num(t, journey.DistanceTravelledKm), "0 km is a value")
	assert.True(t, journey.OdometerStart.IsZero(), "absent")
}

// TestAbsentStaysAbsent checks a journey without its numbers does not gain
// nulls, and a command without failedReason does not gain one.
func TestAbsentStaysAbsent(t *testing.T) {
	for _, tc := range []struct{ eventType, name string }{
		{volteras.EventJourneyUpdated, "journey.updated_without_numbers"},
		{volteras.EventDeviceTelemetry, "device.telemetry_tires_position_only"},
		{volteras.EventDeviceConnected, "device.connected_id_only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := testdata(t, tc.name)
			ev, err := volteras.Parse(tc.eventType, body)
			require.NoError(t, err)
			v1, v2 := marshalBoth(t, ev)
			assert.NotContains(t, string(v1), "null")
			assert.NotContains(t, string(v2), "null")
			assert.Equal(t, bytes.Count(body, []byte(`":`)), bytes.Count(v2, []byte(`":`)), "member count")
		})
	}
}

func TestTelemetryReadingProblems(t *testing.T) {
	tests := []struct {
		name       string
		metricType volteras.MetricType
		wantErr    error // in MetricErr
		semantic   bool  // MetricErr wraps *json.SemanticError
	}{
		{"device.telemetry_unknown_metric", "BATTERY_HEALTH", nil, false},
		{"device.telemetry_missing_reading", volteras.MetricOdometer, volteras.ErrMissingReading, false},
		{"device.telemetry_null_reading", volteras.MetricRange, volteras.ErrMissingReading, false},
		{"device.telemetry_malformed_reading", volteras.MetricLocation, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tm := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, testdata(t, tc.name))
			um, ok := tm.Metric.(*volteras.UnknownMetric)
			require.True(t, ok, "got %T", tm.Metric)
			assert.Equal(t, tc.metricType, um.Type)
			assert.Equal(t, tc.metricType, tm.MetricType())
			switch {
			case tc.wantErr != nil:
				assert.ErrorIs(t, tm.MetricErr, tc.wantErr)
			case tc.semantic:
				var se *json.SemanticError
				assert.ErrorAs(t, tm.MetricErr, &se)
			default:
				assert.NoError(t, tm.MetricErr)
			}
			assert.NotEmpty(t, tm.Extra, "the reading's members are kept in Extra")
		})
	}

	// A null element in a reading's array makes the reading malformed; the
	// event is kept, the array verbatim in Extra.
	for _, body := range []string{
		`{"metricType":"DEPARTURE_TIMES","departureTimes":[{"hour":8,"daysOfWeek":["MONDAY",null]}]}`,
		`{"metricType":"OTHER_CHARGING_DATA","data":[{"key":"a","value":1},null]}`,
		`{"metricType":"OTHER_LOCATION_DATA","data":[null]}`,
	} {
		tm := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, []byte(body))
		assert.IsType(t, (*volteras.UnknownMetric)(nil), tm.Metric, body)
		var se *json.SemanticError
		assert.ErrorAs(t, tm.MetricErr, &se, body)
		requireRoundTrip(t, []byte(body), tm)
	}

	// A reading member of another metric type is an unknown member.
	tm := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, testdata(t, "device.telemetry_foreign_member"))
	soc := tm.Metric.(*volteras.StateOfCharge)
	assert.Equal(t, 0.0, num(t, soc.Value), "0 % is a reading")
	assert.Contains(t, string(tm.Extra), `"odometer"`)
	assert.Contains(t, string(tm.Extra), `"position"`)

	// Escapes are decoded.
	esc := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, testdata(t, "device.telemetry_escaped"))
	assert.Equal(t, volteras.MetricStateOfCharge, esc.MetricType())
	assert.Equal(t, "h283d-é🚗", esc.Vehicle.Value.ID.Value)
	assert.Equal(t, volteras.UnitPercent, esc.Metric.(*volteras.StateOfCharge).Unit.Value)
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name      string
		eventType string
		body      string
		is        []error
		syntactic bool
		semantic  bool
	}{
		{"no event type", "", `{}`, []error{volteras.ErrNoEventType}, false, false},
		{"empty body", volteras.EventDeviceConnected, ``, nil, true, false},
		{"invalid JSON", volteras.EventDeviceConnected, `{"id":`, nil, true, false},
		{"trailing garbage", volteras.EventDeviceConnected, `{"id":"a"} x`, nil, true, false},
		{"array", volteras.EventDeviceConnected, `[]`, []error{volteras.ErrNotObject}, false, true},
		{"null", volteras.EventJourneyUpdated, `null`, []error{volteras.ErrNotObject}, false, true},
		{"string unknown type", "vehicle.teleported", `"x"`, []error{volteras.ErrNotObject}, false, true},
		{"duplicate name", volteras.EventDeviceConnected, `{"id":"a","id":"b"}`, nil, true, false},
		{"duplicate unknown name", volteras.EventDeviceConnected, `{"x":1,"x":1}`, nil, true, false},
		{"duplicate nested", volteras.EventDeviceTelemetry, `{"metricType":"RANGE","range":{"unit":"km","unit":"mi","value":1}}`, nil, true, false},
		{"duplicate in unknown event", "vehicle.teleported", `{"a":{"b":1,"b":2}}`, nil, true, false},
		{"invalid UTF-8", volteras.EventDeviceConnected, "{\"id\":\"\xff\"}", nil, true, false},
		{"invalid UTF-8 in unknown member", volteras.EventCommandUpdated, "{\"note\":\"a\xc3\"}", nil, true, false},
		{"invalid UTF-8 in unknown event", "vehicle.teleported", "{\"n\":\"\xff\"}", nil, true, false},
		{"missing metricType", volteras.EventDeviceTelemetry, `{"range":{"unit":"km","value":1}}`, []error{volteras.ErrMissingMetricType}, false, false},
		{"null metricType", volteras.EventDeviceTelemetry, `{"metricType":null}`, []error{volteras.ErrMissingMetricType}, false, false},
		{"number metricType", volteras.EventDeviceTelemetry, `{"metricType":1}`, nil, false, true},
		{"number for a string", volteras.EventDeviceConnected, `{"id":1}`, nil, false, true},
		{"string for an object", volteras.EventDeviceTelemetry, `{"metricType":"RANGE","vehicle":"car","range":{}}`, nil, false, true},
		{"null element", volteras.EventAlertUpdated, `{"resolutions":[null]}`, nil, false, true},
		{"null weekday of an unknown metric", volteras.EventDeviceTelemetry, `{"metricType":"X","departureTimes":[{"daysOfWeek":[null]}]}`, nil, false, false},
		{"string for a bool", volteras.EventAlertUpdated, `{"muted":"yes"}`, nil, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := volteras.Parse(tc.eventType, []byte(tc.body))
			if tc.is == nil && !tc.syntactic && !tc.semantic {
				// Not an error: members of an unknown metric type are kept
				// verbatim.
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.Nil(t, ev)
			for _, want := range tc.is {
				assert.ErrorIs(t, err, want)
			}
			var syn *jsontext.SyntacticError
			assert.Equal(t, tc.syntactic, errors.As(err, &syn), "SyntacticError: %v", err)
			var sem *json.SemanticError
			assert.Equal(t, tc.semantic, errors.As(err, &sem), "SemanticError: %v", err)
		})
	}
}

func TestUnknownEvent(t *testing.T) {
	body := testdata(t, "vehicle.teleported_unknown_event")
	u := parse[*volteras.Unknown](t, "vehicle.teleported", body)
	assert.Equal(t, "vehicle.teleported", u.Type())
	assert.Equal(t, "", u.ID())
	assert.False(t, volteras.KnownEventType(u.Type()))
	assert.Equal(t, "null", string(must(json.Marshal(&volteras.Unknown{Name: "x"}))))
	assert.JSONEq(t, string(body), string(must(json.Marshal(volteras.NewUnknown("x", body)))))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestModifiedEventMarshalsModification checks that changes made in Go are
// what gets marshalled, with both JSON packages.
func TestModifiedEventMarshalsModification(t *testing.T) {
	tm := parse[*volteras.Telemetry](t, volteras.EventDeviceTelemetry, volterastest.Payload("device.telemetry"))
	soc := tm.Metric.(*volteras.StateOfCharge)
	soc.Value = volteras.Float(12.25)
	soc.Unit = volteras.NullOpt[volteras.Unit]()
	tm.Vehicle.Value.VIN = volteras.Some("NEWVIN")
	tm.Timestamp = volteras.Time{Time: time.Date(2025, 2, 3, 4, 5, 6, 0, time.UTC)}
	tm.Extra = jsontext.Value(`{"added":[1,2]}`)
	want := `{"metricType":"STATE_OF_CHARGE","vehicle":{"id":"h283d-h9v1j-51p5d-pqv5p-b4q33","vin":"NEWVIN"},` +
		`"timestamp":"2025-02-03T04:05:06Z","stateOfCharge":{"unit":null,"value":12.25},"added":[1,2]}`
	v1, v2 := marshalBoth(t, tm)
	assert.JSONEq(t, want, string(v1))
	assert.JSONEq(t, want, string(v2))

	j := parse[*volteras.JourneyUpdated](t, volteras.EventJourneyUpdated, volterastest.Payload("journey.updated"))
	j.SocEnd = volteras.NullNumber()
	j.OdometerEnd = volteras.Number{}
	j.DistanceTravelledKm = volteras.Int(12345678901234567)
	j.VIN = volteras.Opt[string]{}
	v1, v2 = marshalBoth(t, j)
	for _, b := range [][]byte{v1, v2} {
		assert.Contains(t, string(b), `"socEnd":null`)
		assert.NotContains(t, string(b), `"odometerEnd"`)
		assert.NotContains(t, string(b), `"vin"`)
		assert.Contains(t, string(b), `"distanceTravelledKm":12345678901234567`)
	}

	// A telemetry event whose Metric changes type writes the new members.
	tm.Metric = &volteras.ChargingState{State: volteras.Some(volteras.ChargeStateComplete)}
	tm.Extra = nil
	v1, v2 = marshalBoth(t, tm)
	for _, b := range [][]byte{v1, v2} {
		assert.Contains(t, string(b), `"metricType":"CHARGING_STATE"`)
		assert.Contains(t, string(b), `"state":"COMPLETE"`)
		assert.NotContains(t, string(b), `stateOfCharge`)
	}
}

func TestParseKeepsBodyUnchanged(t *testing.T) {
	for _, g := range goldens(t) {
		body := bytes.Clone(g.body)
		_, _ = volteras.Parse(g.eventType, body)
		require.Equal(t, g.body, body, g.name)
	}
}

func TestTelemetryUnmarshalDirectly(t *testing.T) {
	body := volterastest.Payload("device.telemetry/tires")
	var tm volteras.Telemetry
	require.NoError(t, json.Unmarshal(body, &tm))
	assert.IsType(t, (*volteras.Tires)(nil), tm.Metric)
	assert.Equal(t, bytes.TrimSpace(body), []byte(tm.Raw()))
	err := json.Unmarshal([]byte(`[1]`), &tm)
	assert.ErrorIs(t, err, volteras.ErrNotObject)
	err = json.Unmarshal([]byte(`{"vehicle":{}}`), &tm)
	assert.ErrorIs(t, err, volteras.ErrMissingMetricType)

	// Other events decode by reflection with json v2.
	var dc volteras.DeviceConnected
	require.NoError(t, json.Unmarshal(volterastest.Payload("device.connected"), &dc))
	assert.Equal(t, volteras.Some(volteras.DeviceTypeVehicle), dc.DeviceType)
}
