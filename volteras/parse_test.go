package volteras_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/volteras"
)

// telemetry returns a device.telemetry body with the common members of the
// examples and the given reading members (a JSON fragment).
func telemetry(metricType, reading string) []byte {
	b := `{"metricType":"` + metricType + `","vehicle":{"id":"h283d","vin":"WBYF2AW010FN82675"},"timestamp":"2024-01-15T10:30:00Z"`
	if reading != "" {
		b += "," + reading
	}
	return []byte(b + "}")
}

func parseTelemetry(t *testing.T, body []byte) *volteras.Telemetry {
	t.Helper()
	ev, err := volteras.Parse(volteras.EventDeviceTelemetry, body)
	require.NoError(t, err)
	require.IsType(t, &volteras.Telemetry{}, ev)
	tm := ev.(*volteras.Telemetry)
	require.NotNil(t, tm.Metric, "Metric is never nil after Parse")
	return tm
}

func TestParseUnknownEventType(t *testing.T) {
	body := []byte(` {"id": "x", "nested": {"a": [1, 2.50, null]}} `)
	ev, err := volteras.Parse("vehicle.exploded", body)
	require.NoError(t, err)
	u, ok := ev.(*volteras.Unknown)
	require.True(t, ok, "got %T", ev)
	assert.Equal(t, "vehicle.exploded", u.Type())
	assert.Equal(t, string(body), string(u.Raw))
	testJSONMarshal(t, u, body)
}

func TestParseUnknownMetricType(t *testing.T) {
	body := telemetry("BATTERY_HEALTH", `"batteryHealth":{"unit":"percent","value":97},"cells":[1,2],"note":null`)
	tm := parseTelemetry(t, body)
	assert.NoError(t, tm.MetricErr)
	assert.Equal(t, volteras.MetricType("BATTERY_HEALTH"), tm.MetricType())
	assert.False(t, tm.MetricType().Known())
	m, ok := tm.Metric.(*volteras.UnknownMetric)
	require.True(t, ok, "got %T", tm.Metric)
	assert.Equal(t, volteras.MetricType("BATTERY_HEALTH"), m.Type)
	assert.Equal(t, map[string]json.RawMessage{
		"batteryHealth": json.RawMessage(`{"unit":"percent","value":97}`),
		"cells":         json.RawMessage(`[1,2]`),
		"note":          json.RawMessage(`null`),
	}, m.Members)
	assert.Equal(t, "WBYF2AW010FN82675", tm.Vehicle.VIN)
	testJSONMarshal(t, tm, body)
}

// TestParseReadingProblems covers spec §3.7: a known metric type whose
// reading is missing or malformed keeps the common members, reports the
// problem in MetricErr and keeps what was sent in an UnknownMetric.
func TestParseReadingProblems(t *testing.T) {
	tests := []struct {
		name     string
		body     []byte
		missing  bool
		typeErr  bool
		wantKeys []string
	}{
		{"missing reading", telemetry("STATE_OF_CHARGE", ""), true, false, []string{}},
		{"other metric's reading", telemetry("STATE_OF_CHARGE", `"odometer":{"unit":"km","value":1}`), true, false, []string{"odometer"}},
		{"null reading", telemetry("ODOMETER", `"odometer":null`), true, false, []string{"odometer"}},
		{"reading of wrong type", telemetry("STATE_OF_CHARGE", `"stateOfCharge":"85"`), false, true, []string{"stateOfCharge"}},
		{"value of wrong type", telemetry("RANGE", `"range":{"unit":"km","value":"320.8"}`), false, true, []string{"range"}},
		{"enum of wrong type", telemetry("TIRES", `"pressure":{"unit":"KPA","value":240.5},"position":3`), false, true, []string{"position", "pressure"}},
		{"departure hour not whole", telemetry("DEPARTURE_TIMES", `"departureTimes":[{"hour":8.5,"minute":0,"daysOfWeek":[],"localTimeOffset":0}]`), false, true, []string{"departureTimes"}},
		{"oem alert time of wrong type", telemetry("OEM_ALERT", `"oemAlert":{"status":"ACTIVE","oemCode":"X","timestamp":5}`), false, true, []string{"oemAlert"}},
		{"data not a list", telemetry("OTHER_CHARGING_DATA", `"data":{"key":"x"}`), false, true, []string{"data"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tm := parseTelemetry(t, tc.body)
			require.Error(t, tm.MetricErr)
			if tc.missing {
				assert.ErrorIs(t, tm.MetricErr, volteras.ErrMissingReading)
			}
			if tc.typeErr {
				var te *json.UnmarshalTypeError
				assert.True(t, errors.As(tm.MetricErr, &te), "MetricErr %v does not wrap *json.UnmarshalTypeError", tm.MetricErr)
			}
			m, ok := tm.Metric.(*volteras.UnknownMetric)
			require.True(t, ok, "got %T", tm.Metric)
			keys := []string{}
			for k := range m.Members {
				keys = append(keys, k)
			}
			assert.ElementsMatch(t, tc.wantKeys, keys)
			assert.True(t, tm.MetricType().Known())
			assert.Equal(t, volteras.Vehicle{ID: "h283d", VIN: "WBYF2AW010FN82675"}, tm.Vehicle)
			assert.True(t, tm.Timestamp.Valid())
			testJSONMarshal(t, tm, tc.body)
		})
	}
}

func TestParseIgnoresOtherMetricsMembers(t *testing.T) {
	// A wrong type in a member that this metric type does not use is as
	// harmless as any unknown member.
	body := telemetry("ODOMETER", `"odometer":{"unit":"km","value":1.5},"stateOfCharge":"junk"`)
	tm := parseTelemetry(t, body)
	require.NoError(t, tm.MetricErr)
	assert.Equal(t, &volteras.Odometer{Unit: volteras.UnitKm, Value: 1.5}, tm.Metric)
}

func TestParseUnknownEnumValuesAndExtraFields(t *testing.T) {
	tests := []struct {
		name      string
		eventType string
		body      string
		check     func(t *testing.T, ev volteras.Event)
	}{
		{"telemetry", volteras.EventDeviceTelemetry,
			`{"metricType":"TIRES","vehicle":{"id":"v","vin":"W","make":"BMW"},"timestamp":"2024-01-15T10:30:00Z","pressure":{"unit":"psi","value":35,"sensor":"ok"},"position":"SPARE","extra":{"a":1}}`,
			func(t *testing.T, ev volteras.Event) {
				m := ev.(*volteras.Telemetry).Metric.(*volteras.Tires)
				assert.Equal(t, volteras.TirePosition("SPARE"), m.Position)
				assert.False(t, m.Position.Known())
				assert.Equal(t, volteras.Unit("psi"), m.Pressure.Unit)
				assert.False(t, m.Pressure.Unit.Known())
			}},
		{"charging state", volteras.EventDeviceTelemetry,
			`{"metricType":"CHARGING_STATE","vehicle":{"id":"v","vin":"W"},"timestamp":"2024-01-15T10:30:00Z","state":"PRECONDITIONING"}`,
			func(t *testing.T, ev volteras.Event) {
				m := ev.(*volteras.Telemetry).Metric.(*volteras.ChargingState)
				assert.Equal(t, volteras.ChargeState("PRECONDITIONING"), m.State)
				assert.False(t, m.State.Known())
			}},
		{"command", volteras.EventCommandUpdated,
			`{"id":"c","deviceType":"LAWNMOWER","deviceId":"d","command":"MOW","status":"QUEUED","failedReason":"OEM_VEHICLE_OFFLINE","priority":1}`,
			func(t *testing.T, ev volteras.Event) {
				e := ev.(*volteras.CommandUpdated)
				assert.False(t, e.DeviceType.Known())
				assert.False(t, e.Command.Known())
				assert.False(t, e.Status.Known())
				assert.True(t, e.FailedReason.Known())
				assert.Equal(t, volteras.FailedReasonOEMVehicleOffline, *e.FailedReason)
			}},
		{"alert", volteras.EventAlertUpdated,
			`{"id":"a","status":"SNOOZED","alertDefinitionId":"d","oemDeviceId":"o","vin":null,"muted":false,"createdAt":"2024-01-15T10:30:00Z","currentSeverity":"APOCALYPTIC","resolutions":[{"id":"r","definition":{"id":"x","name":"n","description":"d"},"status":"SKIPPED","steps":[]}],"definition":{"id":"d","name":"n","description":"d","message":"m","category":{"id":"c","name":"n","description":null}},"metadata":{"createdAt":"2024-01-15T10:30:00Z","updatedAt":"2024-01-15T10:30:00Z"},"tags":["x"]}`,
			func(t *testing.T, ev volteras.Event) {
				e := ev.(*volteras.AlertUpdated)
				assert.False(t, e.Status.Known())
				assert.False(t, e.CurrentSeverity.Known())
				assert.False(t, e.Resolutions[0].Status.Known())
				assert.Nil(t, e.VIN)
				assert.Nil(t, e.Definition.Category.Description)
			}},
		{"rate limit", volteras.EventRateLimitUpdated,
			`{"remaining_requests":0,"max_requests":5,"domain":"CHARGER","window_size_seconds":60,"object_id":"o","key":"TESLA_FLEET_API","scope":"x"}`,
			func(t *testing.T, ev volteras.Event) {
				e := ev.(*volteras.RateLimitUpdated)
				assert.False(t, e.Domain.Known())
				assert.False(t, e.Key.Known())
				assert.Equal(t, 0, e.RemainingRequests)
			}},
		{"device", volteras.EventDeviceConnected,
			`{"id":"x","deviceType":"HEAT_PUMP","firmware":"1.2"}`,
			func(t *testing.T, ev volteras.Event) {
				assert.Equal(t, volteras.DeviceTypeHeatPump, ev.(*volteras.DeviceConnected).DeviceType)
			}},
		{"oem alert", volteras.EventDeviceTelemetry,
			`{"metricType":"OEM_ALERT","vehicle":{"id":"v","vin":"W"},"timestamp":"2024-01-15T10:30:00Z","oemAlert":{"status":"PENDING","oemCode":"X1","timestamp":"2024-01-15T10:29:00Z","oemMessage":null,"oemMetadata":null,"mappedMessage":null,"severity":null,"mappedCode":"FLUX_CAPACITOR_FAULT","affectedComponent":"FLUX_CAPACITOR","recommendedAction":"GO_BACK","type":"PARADOX"}}`,
			func(t *testing.T, ev volteras.Event) {
				m := ev.(*volteras.Telemetry).Metric.(*volteras.OEMAlert)
				assert.False(t, m.Status.Known())
				assert.False(t, m.MappedCode.Known())
				assert.False(t, m.AffectedComponent.Known())
				assert.False(t, m.RecommendedAction.Known())
				assert.False(t, m.Type.Known())
				assert.Nil(t, m.Severity)
				assert.Nil(t, m.OEMMessage)
				assert.True(t, m.Timestamp.Time.Equal(ts("2024-01-15T10:29:00Z")))
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := volteras.Parse(tc.eventType, []byte(tc.body))
			require.NoError(t, err)
			tc.check(t, ev)
			// Extra members are not reproduced, every documented one is; the
			// extras stay in Raw.
			want := withoutExtras(t, tc.body, "make", "sensor", "extra", "priority", "tags", "scope", "firmware")
			testJSONMarshal(t, ev, want)
		})
	}
}

// withoutExtras removes the named members, at any depth, from the JSON body.
func withoutExtras(t *testing.T, body string, names ...string) []byte {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal([]byte(body), &v))
	var strip func(any)
	strip = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for _, n := range names {
				delete(v, n)
			}
			for _, x := range v {
				strip(x)
			}
		case []any:
			for _, x := range v {
				strip(x)
			}
		}
	}
	strip(v)
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

func TestParseDataEntries(t *testing.T) {
	body := telemetry("OTHER_CHARGING_DATA", `"data":[
		{"key":"maxStateOfCharge","unit":"percent","value":80},
		{"key":"chargePortLatch","value":"BLOCKING"},
		{"key":"chargePortDoorOpen","unit":"boolean","value":true},
		{"key":"batteryTemperature","unit":"celsius","value":21.5},
		{"key":"plugType","value":"CCS2"},
		{"key":"nothing","value":null},
		{"key":"absent"},
		{"key":"schedule","value":{"start":"22:00","days":[1,2]}},
		{"key":"phases","value":[1,2,3]},
		{"key":"huge","value":1e400},
		{"key":"escaped","value":"caf\u00e9 \"quoted\""}]`)
	tm := parseTelemetry(t, body)
	require.NoError(t, tm.MetricErr)
	m := tm.Metric.(*volteras.OtherChargingData)
	require.Len(t, m.Data, 11)

	q, ok := m.MaxStateOfCharge()
	assert.True(t, ok)
	assert.Equal(t, volteras.Quantity{Unit: volteras.UnitPercent, Value: 80}, q)
	latch, ok := m.ChargePortLatch()
	assert.True(t, ok)
	assert.Equal(t, volteras.ChargePortLatchBlocking, latch)
	open, ok := m.ChargePortDoorOpen()
	assert.True(t, ok)
	assert.True(t, open)

	kinds := []volteras.ValueKind{volteras.KindNumber, volteras.KindString, volteras.KindBool, volteras.KindNumber,
		volteras.KindString, volteras.KindNull, volteras.KindAbsent, volteras.KindOther, volteras.KindOther,
		volteras.KindNumber, volteras.KindString}
	for i, k := range kinds {
		assert.Equal(t, k, m.Data[i].Value.Kind(), "entry %d (%s)", i, m.Data[i].Key)
	}
	assert.False(t, m.Data[3].Key.Known())
	f, ok := m.Data[3].Value.Number()
	assert.True(t, ok)
	assert.Equal(t, 21.5, f)
	_, ok = m.Data[3].Value.Text()
	assert.False(t, ok)
	_, ok = m.Data[3].Value.Bool()
	assert.False(t, ok)
	s, ok := m.Data[4].Value.Text()
	assert.True(t, ok)
	assert.Equal(t, "CCS2", s)
	_, ok = m.Data[9].Value.Number()
	assert.False(t, ok, "1e400 does not fit a float64")
	s, _ = m.Data[10].Value.Text()
	assert.Equal(t, `café "quoted"`, s)
	assert.Equal(t, `{"start":"22:00","days":[1,2]}`, m.Data[7].Value.String())

	// Accessors report wrong kinds instead of guessing.
	wrong := &volteras.OtherChargingData{Data: []volteras.DataEntry{
		{Key: volteras.KeyChargePortDoorOpen, Value: volteras.TextValue("yes")},
		{Key: volteras.KeyChargePowerLevel, Value: volteras.BoolValue(true)},
		{Key: volteras.KeyChargePortLatch, Value: volteras.NumberValue(1)},
	}}
	_, ok = wrong.ChargePortDoorOpen()
	assert.False(t, ok)
	_, ok = wrong.ChargePowerLevel()
	assert.False(t, ok)
	_, ok = wrong.ChargePortLatch()
	assert.False(t, ok)
	_, ok = wrong.ChargeCurrentLimit()
	assert.False(t, ok)

	// 1e400 cannot be compared as a JSON tree through float64: compare the
	// rest, and that entry's text.
	out, err := json.Marshal(tm)
	require.NoError(t, err)
	assert.Contains(t, string(out), `{"key":"huge","value":1e400}`)
	fixed := strings.Replace(string(body), "1e400", "1", 1)
	outFixed := strings.Replace(string(out), "1e400", "1", 1)
	var a, b any
	require.NoError(t, json.Unmarshal([]byte(fixed), &a))
	require.NoError(t, json.Unmarshal([]byte(outFixed), &b))
	assert.Empty(t, cmp.Diff(a, b))
}

func TestParseOtherLocationDataPrefersData(t *testing.T) {
	body := telemetry("OTHER_LOCATION_DATA",
		`"data":[{"key":"speed","unit":"km/h","value":50},{"key":"altitude","unit":"m","value":12}],"speed":{"unit":"m/s","value":13.9},"heading":{"unit":"degree","value":90}`)
	tm := parseTelemetry(t, body)
	m := tm.Metric.(*volteras.OtherLocationData)
	speed, ok := m.Speed()
	assert.True(t, ok)
	assert.Equal(t, volteras.Quantity{Unit: "km/h", Value: 50}, speed, "data entry wins over the member")
	heading, ok := m.Heading()
	assert.True(t, ok)
	assert.Equal(t, volteras.Quantity{Unit: volteras.UnitDegree, Value: 90}, heading)
	_, ok = m.Elevation()
	assert.False(t, ok)
	alt, ok := volteras.Lookup(m.Data, "altitude")
	assert.True(t, ok)
	assert.False(t, alt.Key.Known())
	testJSONMarshal(t, tm, body)
}

func TestParseEmptyLists(t *testing.T) {
	for _, body := range [][]byte{
		telemetry("DEPARTURE_TIMES", `"departureTimes":[]`),
		telemetry("OTHER_CHARGING_DATA", `"data":[]`),
		telemetry("OTHER_LOCATION_DATA", `"data":[]`),
		telemetry("DEPARTURE_TIMES", `"departureTimes":[{"hour":6.0,"minute":1e1,"daysOfWeek":[],"localTimeOffset":-120}]`),
	} {
		tm := parseTelemetry(t, body)
		require.NoError(t, tm.MetricErr, "%s", body)
		_, unknown := tm.Metric.(*volteras.UnknownMetric)
		assert.False(t, unknown, "%s", body)
		testJSONMarshal(t, tm, body)
	}
	tm := parseTelemetry(t, telemetry("DEPARTURE_TIMES", `"departureTimes":[{"hour":6.0,"minute":1e1,"daysOfWeek":[],"localTimeOffset":-120}]`))
	d := tm.Metric.(*volteras.DepartureTimes).Times[0]
	assert.Equal(t, volteras.DepartureTime{Hour: 6, Minute: 10, DaysOfWeek: []volteras.Weekday{}, LocalTimeOffset: -120}, d)
	assert.True(t, d.EveryDay())
	_, off := time.Date(2024, 1, 1, d.Hour, d.Minute, 0, 0, d.Zone()).Zone()
	assert.Equal(t, -2*3600, off)
}

func TestParseNulls(t *testing.T) {
	tests := []struct {
		name, eventType, body string
	}{
		{"command REST fields", volteras.EventCommandUpdated,
			`{"id":"c","deviceType":"VEHICLE","deviceId":"d","command":"SET_CHARGE_LIMIT","status":"EXECUTED","failedReason":null,"commandArguments":{"limit":80},"timeout":300,"executedAt":"2024-01-15T10:30:00.123Z"}`},
		{"command null arguments", volteras.EventCommandUpdated,
			`{"id":"c","deviceType":"VEHICLE","deviceId":"d","command":"WAKE_UP","status":"PENDING","failedReason":null,"commandArguments":null}`},
		{"journey in progress", volteras.EventJourneyUpdated,
			`{"id":"j","vehicleId":"v","vin":"W","startTimestamp":"2024-01-15T10:00:00Z","stopTimestamp":null,"distanceTravelledKm":null,"odometerStart":null,"odometerEnd":null,"energyUsedKwh":null,"energyStartKwh":null,"energyEndKwh":null,"socUsed":null,"socStart":null,"socEnd":null,"startLatitude":null,"startLongitude":null,"stopLatitude":null,"stopLongitude":null}`},
		{"alert with REST fields", volteras.EventAlertUpdated,
			`{"id":"a","status":"ACTIVE","alertDefinitionId":"d","vehicleId":"v","vin":null,"muted":true,"createdAt":"2024-01-15T10:30:00+01:00","currentSeverity":null,"resolutions":[],"definition":{"id":"d","name":"n","description":"d","message":"m","category":{"id":"c","name":"n","description":null}},"metadata":{"createdAt":"2024-01-15T10:30:00Z","updatedAt":"2024-01-15T10:30:00Z"},"triggerName":"t","triggerDescription":null}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := volteras.Parse(tc.eventType, []byte(tc.body))
			require.NoError(t, err)
			// triggerDescription is omitted when nil, so its null is not
			// reproduced; every other null is.
			want := strings.Replace(tc.body, `,"triggerDescription":null`, ``, 1)
			testJSONMarshal(t, ev, []byte(want))
		})
	}
	ev, err := volteras.Parse(volteras.EventAlertUpdated, []byte(tests[3].body))
	require.NoError(t, err)
	a := ev.(*volteras.AlertUpdated)
	assert.Equal(t, "v", a.DeviceID())
	assert.Equal(t, ptr("t"), a.TriggerName)
	ev, err = volteras.Parse(volteras.EventCommandUpdated, []byte(tests[0].body))
	require.NoError(t, err)
	c := ev.(*volteras.CommandUpdated)
	assert.JSONEq(t, `{"limit":80}`, string(c.CommandArguments))
	assert.Equal(t, ptr(300), c.Timeout)
	require.NotNil(t, c.ExecutedAt)
	assert.Equal(t, 123*time.Millisecond, time.Duration(c.ExecutedAt.Nanosecond()))
}

func TestParseRateLimitSpellings(t *testing.T) {
	tests := []struct {
		name, body string
		camel      bool
	}{
		{"snake", `{"remaining_requests":10,"max_requests":100,"domain":"VEHICLE","window_size_seconds":3600,"object_id":"o","key":"BMW_ENERGY_API_COMMANDS"}`, false},
		{"camel", `{"remainingRequests":10,"maxRequests":100,"domain":"VEHICLE","windowSizeSeconds":3600,"objectId":"o","key":"BMW_ENERGY_API_COMMANDS"}`, true},
		{"whole decimals", `{"remaining_requests":10.0,"max_requests":1e2,"domain":"VEHICLE","window_size_seconds":3600.0,"object_id":"o","key":"BMW_ENERGY_API_COMMANDS"}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := volteras.Parse(volteras.EventRateLimitUpdated, []byte(tc.body))
			require.NoError(t, err)
			r := ev.(*volteras.RateLimitUpdated)
			assert.Equal(t, 10, r.RemainingRequests)
			assert.Equal(t, 100, r.MaxRequests)
			assert.Equal(t, 3600, r.WindowSizeSeconds)
			assert.Equal(t, "o", r.ObjectID)
			assert.Equal(t, tc.camel, r.CamelCase)
			testJSONMarshal(t, ev, []byte(tc.body))
		})
	}
	// Both spellings: snake_case wins, and the event marshals as snake_case.
	ev, err := volteras.Parse(volteras.EventRateLimitUpdated, []byte(`{"remaining_requests":1,"remainingRequests":2,"maxRequests":3}`))
	require.NoError(t, err)
	r := ev.(*volteras.RateLimitUpdated)
	assert.Equal(t, 1, r.RemainingRequests)
	assert.Equal(t, 3, r.MaxRequests)
	assert.False(t, r.CamelCase)
}

func TestParseBadInput(t *testing.T) {
	var (
		syntax   *json.SyntaxError
		typeErr  *json.UnmarshalTypeError
		isSyntax = func(err error) bool { return errors.As(err, &syntax) }
		isType   = func(err error) bool { return errors.As(err, &typeErr) }
	)
	tests := []struct {
		name      string
		eventType string
		body      string
		sentinel  error
		cause     func(error) bool
	}{
		{"empty body", volteras.EventDeviceConnected, ``, nil, isSyntax},
		{"blank body", volteras.EventDeviceTelemetry, " \n", nil, isSyntax},
		{"invalid JSON", volteras.EventDeviceTelemetry, `{"metricType":`, nil, isSyntax},
		{"trailing garbage", volteras.EventJourneyUpdated, `{"id":"j"} x`, nil, isSyntax},
		{"invalid JSON, unknown type", "x.y", `{"a":}`, nil, isSyntax},
		{"null", volteras.EventDeviceConnected, `null`, volteras.ErrNotObject, isType},
		{"array", volteras.EventDeviceTelemetry, `[{"metricType":"RANGE"}]`, volteras.ErrNotObject, isType},
		{"string", volteras.EventAlertUpdated, `"x"`, volteras.ErrNotObject, isType},
		{"number, unknown type", "x.y", `1`, volteras.ErrNotObject, isType},
		{"metricType missing", volteras.EventDeviceTelemetry, `{"vehicle":{"id":"v","vin":"W"},"stateOfCharge":{"unit":"percent","value":1}}`, volteras.ErrMissingMetricType, nil},
		{"metricType null", volteras.EventDeviceTelemetry, `{"metricType":null,"range":{"unit":"km","value":1}}`, volteras.ErrMissingMetricType, nil},
		{"metricType empty", volteras.EventDeviceTelemetry, `{"metricType":""}`, volteras.ErrMissingMetricType, nil},
		{"metricType missing, bad reading", volteras.EventDeviceTelemetry, `{"range":"x"}`, volteras.ErrMissingMetricType, nil},
		{"metricType wrong type", volteras.EventDeviceTelemetry, `{"metricType":7,"range":{"unit":"km","value":1}}`, nil, isType},
		{"vehicle wrong type", volteras.EventDeviceTelemetry, `{"metricType":"RANGE","vehicle":"v","range":{"unit":"km","value":1}}`, nil, isType},
		{"vin wrong type", volteras.EventDeviceTelemetry, `{"metricType":"RANGE","vehicle":{"id":"v","vin":1},"range":{"unit":"km","value":1}}`, nil, isType},
		{"timestamp wrong type", volteras.EventDeviceTelemetry, `{"metricType":"RANGE","timestamp":1705314600,"range":{"unit":"km","value":1}}`, nil, isType},
		{"device id wrong type", volteras.EventDeviceConnected, `{"id":1,"deviceType":"VEHICLE"}`, nil, isType},
		{"deviceType wrong type", volteras.EventDeviceDisconnected, `{"id":"d","deviceType":["VEHICLE"]}`, nil, isType},
		{"command failedReason wrong type", volteras.EventCommandUpdated, `{"id":"c","failedReason":false}`, nil, isType},
		{"command timeout not an int", volteras.EventCommandUpdated, `{"id":"c","timeout":"300"}`, nil, isType},
		{"rate limit count wrong type", volteras.EventRateLimitUpdated, `{"remaining_requests":"10"}`, nil, isType},
		{"rate limit count not whole", volteras.EventRateLimitUpdated, `{"max_requests":10.5}`, nil, isType},
		{"alert muted wrong type", volteras.EventAlertUpdated, `{"id":"a","muted":"no"}`, nil, isType},
		{"alert step order not whole", volteras.EventAlertUpdated, `{"resolutions":[{"steps":[{"definition":{"order":1.5}}]}]}`, nil, isType},
		{"alert resolutions wrong type", volteras.EventAlertUpdated, `{"resolutions":{}}`, nil, isType},
		{"alert createdAt wrong type", volteras.EventAlertUpdated, `{"createdAt":true}`, nil, isType},
		{"journey number as string", volteras.EventJourneyUpdated, `{"id":"j","socStart":"85"}`, nil, isType},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := volteras.Parse(tc.eventType, []byte(tc.body))
			require.Error(t, err)
			assert.Nil(t, ev)
			if tc.sentinel != nil {
				assert.ErrorIs(t, err, tc.sentinel)
			}
			if tc.cause != nil {
				assert.True(t, tc.cause(err), "%v does not wrap the encoding/json cause", err)
			}
			assert.True(t, strings.HasPrefix(err.Error(), "volteras: parse "), err.Error())
		})
	}
	_, err := volteras.Parse("", []byte(`{}`))
	assert.ErrorIs(t, err, volteras.ErrNoEventType)
}

func TestParseTimes(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		valid bool
		want  time.Time
		kept  bool
	}{
		{"canonical", "2024-01-15T10:30:00Z", true, ts("2024-01-15T10:30:00Z"), false},
		{"canonical fraction", "2024-01-15T10:30:00.5Z", true, ts("2024-01-15T10:30:00.5Z"), false},
		{"canonical offset", "2024-01-15T10:30:00+01:00", true, ts("2024-01-15T09:30:00Z"), false},
		{"padded fraction", "2024-01-15T10:30:00.000Z", true, ts("2024-01-15T10:30:00Z"), true},
		{"zero offset", "2024-01-15T10:30:00+00:00", true, ts("2024-01-15T10:30:00Z"), true},
		{"no zone is UTC", "2024-01-15T10:30:00", true, ts("2024-01-15T10:30:00Z"), true},
		{"space separator", "2024-01-15 10:30:00Z", true, ts("2024-01-15T10:30:00Z"), true},
		{"zero time", "0001-01-01T00:00:00Z", true, time.Time{}, true},
		{"malformed", "yesterday", false, time.Time{}, true},
		{"empty", "", false, time.Time{}, true},
		{"out of range", "2024-13-45T10:30:00Z", false, time.Time{}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := []byte(`{"metricType":"RANGE","timestamp":"` + tc.text + `","range":{"unit":"km","value":1}}`)
			tm := parseTelemetry(t, body)
			assert.Equal(t, tc.valid, tm.Timestamp.Valid())
			assert.True(t, tm.Timestamp.Time.Equal(tc.want), "got %v", tm.Timestamp.Time)
			assert.False(t, tm.Timestamp.IsZero())
			if tc.kept {
				assert.Equal(t, tc.text, tm.Timestamp.Text())
			} else {
				assert.Equal(t, "", tm.Timestamp.Text())
			}
			testJSONMarshal(t, tm, body)
		})
	}
}

func TestTime(t *testing.T) {
	var tm volteras.Time
	require.NoError(t, json.Unmarshal([]byte(`"2024-01-15T10:30:00.000Z"`), &tm))
	assert.Equal(t, "2024-01-15T10:30:00.000Z", tm.Text())
	b, err := json.Marshal(tm)
	require.NoError(t, err)
	assert.Equal(t, `"2024-01-15T10:30:00.000Z"`, string(b))

	// Changing the time drops the text that no longer describes it.
	tm.Time = tm.Add(time.Hour)
	assert.Equal(t, "", tm.Text())
	b, err = json.Marshal(tm)
	require.NoError(t, err)
	assert.Equal(t, `"2024-01-15T11:30:00Z"`, string(b))

	var bad volteras.Time
	require.NoError(t, json.Unmarshal([]byte(`"soon"`), &bad))
	assert.False(t, bad.Valid())
	bad.Time = ts("2024-01-15T10:30:00Z")
	assert.True(t, bad.Valid(), "a time set in Go is valid")

	var zero volteras.Time
	assert.True(t, zero.IsZero())
	assert.False(t, zero.Valid())
	require.NoError(t, json.Unmarshal([]byte(`null`), &zero))
	assert.True(t, zero.IsZero())

	assert.True(t, volteras.Time{Time: ts("2024-01-15T10:30:00Z")}.Equal(volteras.Time{Time: ts("2024-01-15T11:30:00+01:00")}))
	assert.False(t, tm.Equal(bad))
	assert.Empty(t, cmp.Diff(volteras.Time{Time: ts("2024-01-15T10:30:00Z")}, volteras.Time{Time: ts("2024-01-15T10:30:00Z")}))

	var te *json.UnmarshalTypeError
	assert.True(t, errors.As(json.Unmarshal([]byte(`12`), &tm), &te))
}

func TestEnums(t *testing.T) {
	assert.True(t, volteras.MetricOtherLocationData.Known())
	assert.True(t, volteras.CodeGeneralMalfunction.Known())
	assert.True(t, volteras.ComponentTrailer.Known())
	assert.True(t, volteras.ActionCheckBatteryCondition.Known())
	assert.True(t, volteras.CommandWindowHeatingOff.Known())
	assert.True(t, volteras.FailedReasonNotPermitted.Known())
	assert.True(t, volteras.Sunday.Known())
	assert.True(t, volteras.RateLimitKeyBMWEnergyAPICommandsAndFetchState.Known())
	assert.False(t, volteras.Weekday("monday").Known(), "enums other than units are case-sensitive")

	assert.True(t, volteras.Unit("kPa").Known())
	assert.True(t, volteras.Unit("Km").Known())
	assert.True(t, volteras.Unit("kPa").Is(volteras.UnitKPa))
	assert.False(t, volteras.Unit("psi").Known())
	assert.False(t, volteras.Unit("psi").Is(volteras.UnitKPa))

	var w volteras.Weekday
	require.NoError(t, json.Unmarshal([]byte(`"MON\u0044AY"`), &w))
	assert.Equal(t, volteras.Monday, w)
	require.NoError(t, json.Unmarshal([]byte(`null`), &w))
	assert.Equal(t, volteras.Monday, w, "null leaves the value unchanged")
	var te *json.UnmarshalTypeError
	assert.True(t, errors.As(json.Unmarshal([]byte(`1`), &w), &te))
	require.NoError(t, json.Unmarshal([]byte("\"\xff\""), &w))
	assert.Equal(t, volteras.Weekday("\ufffd"), w, "invalid UTF-8 is replaced as encoding/json does")
}

func TestUnmarshalJSONDirectly(t *testing.T) {
	var doc struct {
		Telemetry volteras.Telemetry        `json:"telemetry"`
		Rate      volteras.RateLimitUpdated `json:"rate"`
		Step      volteras.StepDefinition   `json:"step"`
		Nothing   volteras.Telemetry        `json:"nothing"`
	}
	doc.Nothing.Vehicle.VIN = "kept"
	body := `{"telemetry":` + string(readGolden(t, "device.telemetry_range.json")) +
		`,"rate":` + string(readGolden(t, "rate_limit.updated_commands.json")) +
		`,"step":{"id":"s","description":"d","order":2.0},"nothing":null}`
	require.NoError(t, json.Unmarshal([]byte(body), &doc))
	assert.Equal(t, &volteras.Range{Unit: volteras.UnitKm, Value: 320.8}, doc.Telemetry.Metric)
	assert.Nil(t, doc.Telemetry.Raw, "only Parse sets Raw")
	assert.Equal(t, 3600, doc.Rate.WindowSizeSeconds)
	assert.Equal(t, volteras.StepDefinition{ID: "s", Description: "d", Order: 2}, doc.Step)
	assert.Equal(t, "kept", doc.Nothing.Vehicle.VIN, "null is no change")

	var tm volteras.Telemetry
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"range":{}}`), &tm), volteras.ErrMissingMetricType)
}

// TestMarshalBuiltInGo marshals events built in Go rather than parsed, as
// users' tests and fakes do.
func TestMarshalBuiltInGo(t *testing.T) {
	at := volteras.Time{Time: ts("2024-01-15T10:30:00Z")}
	v := volteras.Vehicle{ID: "v", VIN: "W"}
	tests := []struct {
		name string
		ev   any
		want string
	}{
		{"no metric", &volteras.Telemetry{Vehicle: v},
			`{"metricType":"","vehicle":{"id":"v","vin":"W"}}`},
		{"nil departure times", &volteras.Telemetry{Timestamp: at, Metric: &volteras.DepartureTimes{}},
			`{"metricType":"DEPARTURE_TIMES","timestamp":"2024-01-15T10:30:00Z","departureTimes":[]}`},
		{"nil charging data", &volteras.Telemetry{Metric: &volteras.OtherChargingData{}},
			`{"metricType":"OTHER_CHARGING_DATA","data":[]}`},
		{"nil location data", &volteras.Telemetry{Metric: &volteras.OtherLocationData{}},
			`{"metricType":"OTHER_LOCATION_DATA","data":[]}`},
		{"location members only", &volteras.Telemetry{Metric: &volteras.OtherLocationData{
			Members: volteras.LocationMembers{Elevation: &volteras.Quantity{Unit: volteras.UnitMetre, Value: 3}}}},
			`{"metricType":"OTHER_LOCATION_DATA","elevation":{"unit":"m","value":3}}`},
		{"tire position only", &volteras.Telemetry{Metric: &volteras.Tires{Position: volteras.TireRearRight}},
			`{"metricType":"TIRES","position":"REAR_RIGHT"}`},
		{"values", &volteras.Telemetry{Metric: &volteras.OtherChargingData{Data: []volteras.DataEntry{
			{Key: "a", Value: volteras.NullValue()},
			{Key: "b", Value: volteras.BoolValue(false)},
			{Key: "c", Value: volteras.BoolValue(true)},
			{Key: "d", Unit: volteras.UnitKW, Value: volteras.NumberValue(7.4)},
			{Key: "e", Value: volteras.TextValue("x\"y")},
			{Key: "f"},
		}}}, `{"metricType":"OTHER_CHARGING_DATA","data":[{"key":"a","value":null},{"key":"b","value":false},
			{"key":"c","value":true},{"key":"d","unit":"kw","value":7.4},{"key":"e","value":"x\"y"},{"key":"f"}]}`},
		{"unknown metric", &volteras.Telemetry{Metric: &volteras.UnknownMetric{Type: "NEW", Members: map[string]json.RawMessage{
			"b": json.RawMessage(`{ "x" : 1 }`), "a\"q": nil, "vehicle": json.RawMessage(`"ignored"`)}}},
			`{"metricType":"NEW","a\"q":null,"b":{"x":1}}`},
		{"unknown event without raw", &volteras.Unknown{Name: "x"}, `null`},
		{"command", &volteras.CommandUpdated{ID: "c", Command: volteras.CommandHonkHorn, Status: volteras.CommandStatusPending},
			`{"id":"c","deviceType":"","deviceId":"","command":"HONK_HORN","status":"PENDING","failedReason":null}`},
		{"rate limit camel", &volteras.RateLimitUpdated{MaxRequests: 5, CamelCase: true},
			`{"remainingRequests":0,"maxRequests":5,"domain":"","windowSizeSeconds":0,"objectId":"","key":""}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := json.Marshal(tc.ev)
			require.NoError(t, err)
			assert.JSONEq(t, tc.want, string(got))
		})
	}
}

func TestValue(t *testing.T) {
	assert.True(t, volteras.NumberValue(1).Equal(volteras.NumberValue(1)))
	assert.False(t, volteras.NumberValue(1).Equal(volteras.TextValue("1")))
	assert.False(t, volteras.BoolValue(true).Equal(volteras.BoolValue(false)))
	assert.True(t, volteras.Value{}.IsZero())
	assert.False(t, volteras.NullValue().IsZero())
	assert.Equal(t, volteras.KindNull, volteras.NullValue().Kind())
	assert.Equal(t, "null", volteras.NullValue().String())
	assert.Equal(t, "null", volteras.Value{}.String())
	assert.Equal(t, `"a"`, volteras.TextValue("a").String())
	assert.Equal(t, "true", volteras.BoolValue(true).String())
	assert.Equal(t, "2.5", volteras.NumberValue(2.5).String())
	for k, want := range map[volteras.ValueKind]string{
		volteras.KindAbsent: "absent", volteras.KindNull: "null", volteras.KindNumber: "number",
		volteras.KindBool: "bool", volteras.KindString: "string", volteras.KindOther: "other", 9: "ValueKind(9)",
	} {
		assert.Equal(t, want, k.String())
	}
	// go-cmp uses Equal, so values with unexported fields compare.
	a := []volteras.DataEntry{{Key: "k", Value: volteras.NumberValue(1)}}
	b := []volteras.DataEntry{{Key: "k", Value: volteras.NumberValue(1)}}
	assert.Empty(t, cmp.Diff(a, b))
	b[0].Value = volteras.NumberValue(2)
	assert.NotEmpty(t, cmp.Diff(a, b))
}

// TestValueUnmarshalJSONDirectly calls Value.UnmarshalJSON as users may,
// without encoding/json validating the input first: one JSON value decodes,
// anything else is encoding/json's syntax error and leaves the value as it was.
func TestValueUnmarshalJSONDirectly(t *testing.T) {
	valid := []struct {
		in   string
		want volteras.Value
		text string // MarshalJSON
	}{
		{`null`, volteras.NullValue(), `null`},
		{`true`, volteras.BoolValue(true), `true`},
		{`false`, volteras.BoolValue(false), `false`},
		{` -1.5e1 `, volteras.NumberValue(-15), `-15`},
		{`"LOCKED"`, volteras.TextValue("LOCKED"), `"LOCKED"`},
		{`"a\u0041\n"`, volteras.TextValue("aA\n"), `"aA\n"`},
		{"\"\xff\"", volteras.TextValue("\ufffd"), `"` + "\ufffd" + `"`},
		{`1e400`, volteras.Value{}, `1e400`},
		{`{"a":[1,{}]}`, volteras.Value{}, `{"a":[1,{}]}`},
		{`[]`, volteras.Value{}, `[]`},
	}
	for _, tc := range valid {
		t.Run(tc.in, func(t *testing.T) {
			var v volteras.Value
			require.NoError(t, v.UnmarshalJSON([]byte(tc.in)))
			if tc.want.Kind() != volteras.KindAbsent {
				assert.True(t, tc.want.Equal(v), "got %s", v)
			}
			got, err := v.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, tc.text, string(got))
		})
	}

	invalid := []string{
		``, ` `, `"`, `"a`, `"\`, `"\u12"`, "\"a\x01\"", `nul`, `nulls`, `tru`, `f`, `-`, `1e`, `01`, `1.`,
		`NaN`, `Inf`, `0x1p0`, `1_0`, `+1`, `1 2`, `"a" "b"`, `{`, `[1,`, `{"a"}`, `]`, `x`,
	}
	for _, in := range invalid {
		t.Run("invalid "+in, func(t *testing.T) {
			v := volteras.TextValue("before")
			err := v.UnmarshalJSON([]byte(in))
			var se *json.SyntaxError
			require.ErrorAs(t, err, &se)
			assert.True(t, volteras.TextValue("before").Equal(v), "the value is unchanged, got %s", v)
		})
	}
}
