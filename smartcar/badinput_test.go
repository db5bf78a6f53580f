package smartcar_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name      string
		body      string
		syntax    bool  // wraps *json.SyntaxError
		typeErr   bool  // wraps *json.UnmarshalTypeError
		sentinel  error // wraps this sentinel
		errSubstr string
	}{
		{name: "empty", body: "", syntax: true},
		{name: "truncated", body: `{"eventType":"VEHICLE_STATE","data":{`, syntax: true},
		{name: "trailing garbage", body: `{"eventType":"VERIFY"} x`, syntax: true},
		{name: "not JSON", body: "challenge=abc", syntax: true},
		{name: "array", body: `[]`, typeErr: true},
		{name: "string", body: `"VEHICLE_STATE"`, typeErr: true},
		{name: "null", body: `null`, sentinel: smartcar.ErrUnknownEnvelope},
		{name: "empty object", body: `{}`, sentinel: smartcar.ErrUnknownEnvelope},
		{name: "other provider", body: `{"type":"session.started","data":{}}`, sentinel: smartcar.ErrUnknownEnvelope},
		{name: "empty names", body: `{"eventType":"","eventName":""}`, sentinel: smartcar.ErrUnknownEnvelope},
		{name: "eventType not a string", body: `{"eventType":5}`, typeErr: true},
		{name: "signals not an array", body: `{"eventType":"VEHICLE_STATE","data":{"signals":{}}}`, typeErr: true, errSubstr: "VEHICLE_STATE"},
		{name: "year as string", body: `{"eventId":"e","eventType":"VEHICLE_STATE","data":{"vehicle":{"year":"2020"}}}`, typeErr: true},
		{name: "signal code as number", body: `{"eventType":"VEHICLE_STATE","data":{"signals":[{"code":1}]}}`, typeErr: true},
		{name: "trigger as number", body: `{"triggers":[5],"eventType":"VEHICLE_STATE"}`, typeErr: true},
		{name: "status as string", body: `{"eventType":"VEHICLE_STATE","data":{"signals":[{"code":"charge-ischarging","status":"OK"}]}}`, typeErr: true},
		{name: "errors not an array", body: `{"eventType":"VEHICLE_ERROR","data":{"errors":"boom"}}`, typeErr: true},
		{name: "v2 payload wrong type", body: `{"eventName":"eventBased","payload":[]}`, typeErr: true},
		{name: "v2 schedule vehicles wrong type", body: `{"eventName":"schedule","payload":{"vehicles":[{"data":[{"code":"200"}]}]}}`, typeErr: true, errSubstr: "schedule"},
		{name: "v2 verify challenge number", body: `{"eventName":"verify","payload":{"challenge":42}}`, typeErr: true},
		{name: "deliveredAt object", body: `{"eventType":"VEHICLE_STATE","meta":{"deliveredAt":{}}}`, typeErr: true},
		{name: "deliveredAt bool", body: `{"eventType":"VERIFY","meta":{"deliveredAt":true}}`, typeErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := smartcar.Parse([]byte(tc.body))
			require.Error(t, err)
			assert.Nil(t, ev)
			var syn *json.SyntaxError
			var typ *json.UnmarshalTypeError
			assert.Equal(t, tc.syntax, errors.As(err, &syn), "syntax error: %v", err)
			assert.Equal(t, tc.typeErr, errors.As(err, &typ), "type error: %v", err)
			if tc.sentinel != nil {
				assert.True(t, errors.Is(err, tc.sentinel), "%v", err)
			}
			assert.True(t, strings.HasPrefix(err.Error(), "smartcar: "), err.Error())
			assert.Contains(t, err.Error(), tc.errSubstr)
		})
	}
}

func TestParseUnknownWithAnyShape(t *testing.T) {
	tests := []struct {
		body string
		name string
		id   string
	}{
		{`{"eventType":"VEHICLE_COMMAND","data":{"signals":"x","errors":1,"challenge":[]},"triggers":{}}`, "VEHICLE_COMMAND", ""},
		{`{"eventId":"id-1","eventType":"NEW","meta":{"deliveredAt":{}}}`, "NEW", "id-1"},
		{`{"eventId":5,"eventType":"NEW"}`, "NEW", ""},
		{`{"eventName":"future","payload":"text"}`, "future", ""},
		{`{"eventName":"verify2","payload":{"challenge":{}}}`, "verify2", ""},
		{`{"eventType":"verify","data":{"challenge":"c"}}`, "verify", ""}, // case matters: not a v4 VERIFY
		{`{"eventName":"VERIFY","payload":{"challenge":"c"}}`, "VERIFY", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := smartcar.Parse([]byte(tc.body))
			require.NoError(t, err)
			u, ok := ev.(*smartcar.Unknown)
			require.True(t, ok, "%T", ev)
			assert.Equal(t, tc.name, u.Type())
			assert.Equal(t, tc.id, u.ID())
			assert.Equal(t, tc.body, string(u.Raw))
			out, err := json.Marshal(u)
			require.NoError(t, err)
			assert.JSONEq(t, tc.body, string(out))
		})
	}
}

// TestParseToleratesFieldsOfOtherVariants: a field that belongs to another
// event kind and has an unexpected type must not fail a known event.
func TestParseToleratesFieldsOfOtherVariants(t *testing.T) {
	body := `{"eventId":"e1","eventType":"VEHICLE_STATE","data":{"user":{"id":"u"},"vehicle":{"id":"v","make":"M","model":"X","year":2020},"signals":[],"errors":{"new":"shape"},"challenge":7},"payload":[1]}`
	ev, err := smartcar.Parse([]byte(body))
	require.NoError(t, err)
	st, ok := ev.(*smartcar.VehicleState)
	require.True(t, ok, "%T", ev)
	assert.Equal(t, "v", st.VehicleID())
	assert.Equal(t, body, string(st.Raw))
}

func TestParseBadSignalBodies(t *testing.T) {
	body := `{"eventId":"e","eventType":"VEHICLE_STATE","data":{"user":{"id":"u"},"vehicle":{"id":"v","make":"M","model":"X","year":2020},"signals":[` +
		`{"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery","body":{"value":"75"}},` +
		`{"code":"charge-ischarging","name":"IsCharging","group":"Charge","body":"yes"},` +
		`{"code":"closure-doors","name":"Doors","group":"Closure","body":{"values":[{"row":0.5}]}},` +
		`{"code":"location-preciselocation","name":"PreciseLocation","group":"Location","body":null},` +
		`{"code":"odometer-traveleddistance","name":"TraveledDistance","group":"Odometer","body":{"unit":"km","value":10}}]}}`
	ev, err := smartcar.Parse([]byte(body))
	require.NoError(t, err, "bad bodies never fail the event")
	st := ev.(*smartcar.VehicleState)
	for _, code := range []smartcar.SignalCode{smartcar.CodeTractionBatteryStateOfCharge, smartcar.CodeChargeIsCharging, smartcar.CodeClosureDoors} {
		s := st.Signal(code)
		assert.Nil(t, s.Body, code)
		var typ *json.UnmarshalTypeError
		assert.True(t, errors.As(s.BodyErr, &typ), "%s: %v", code, s.BodyErr)
		assert.Contains(t, s.BodyErr.Error(), string(code))
	}
	_, ok := st.StateOfCharge()
	assert.False(t, ok)
	_, ok = st.IsCharging()
	assert.False(t, ok)
	loc := st.Signal(smartcar.CodeLocationPreciseLocation)
	assert.Nil(t, loc.Body)
	assert.NoError(t, loc.BodyErr)
	assert.False(t, loc.OK(), "null body")
	odo, ok := st.Odometer()
	assert.True(t, ok)
	assert.Equal(t, 10.0, odo.Value.Value())
	// Undecodable bodies still round-trip from their raw bytes.
	testJSONRoundTrip(t, []byte(body), st)
}

func TestParseHugeSignalArray(t *testing.T) {
	const n = 20000
	var b strings.Builder
	b.WriteString(`{"eventId":"e","eventType":"VEHICLE_STATE","data":{"user":{"id":"u"},"vehicle":{"id":"v","make":"M","model":"X","year":2020},"signals":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"code":"charge-voltage","name":"Voltage","group":"Charge","body":{"unit":"volts","value":240}}`)
	}
	b.WriteString(`]}}`)
	ev, err := smartcar.Parse([]byte(b.String()))
	require.NoError(t, err)
	st := ev.(*smartcar.VehicleState)
	assert.Len(t, st.Data.Signals, n)
	assert.IsType(t, (*smartcar.Quantity)(nil), st.Data.Signals[n-1].Body)

	deep := `{"eventType":"VEHICLE_STATE","data":{"signals":[{"code":"x-y","body":` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + `}]}}`
	ev, err = smartcar.Parse([]byte(deep))
	require.NoError(t, err, "deeply nested unknown body")
	assert.Len(t, ev.(*smartcar.VehicleState).Data.Signals, 1)
}

func TestParseDoesNotAliasInput(t *testing.T) {
	body := golden(t, "vehicle_state_v4.json")
	ev, err := smartcar.Parse(body)
	require.NoError(t, err)
	want := string(body)
	for i := range body {
		body[i] = ' '
	}
	st := ev.(*smartcar.VehicleState)
	assert.Equal(t, want, string(st.Raw))
	assert.JSONEq(t, `{"unit":"percent","value":75}`, string(st.Signal(smartcar.CodeTractionBatteryStateOfCharge).RawBody))
}

// TestHelperErrors covers the error results of the decoding helpers that
// Parse does not reach.
func TestHelperErrors(t *testing.T) {
	var typ *json.UnmarshalTypeError

	noBody := smartcar.Signal{Code: smartcar.CodeChargeIsCharging}
	var f smartcar.Flag
	err := noBody.As(&f)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "smartcar: signal charge-ischarging has no body")

	bad := smartcar.Signal{Code: smartcar.CodeChargeIsCharging, RawBody: json.RawMessage(`{"value":"yes"}`)}
	err = bad.As(&f)
	assert.True(t, errors.As(err, &typ), "%v", err)
	assert.Contains(t, err.Error(), "charge-ischarging")

	sub := smartcar.SubResponse{Path: "/fuel", Code: 200, Body: json.RawMessage(`{"range":"far"}`)}
	var fuel struct {
		Range float64 `json:"range"`
	}
	err = sub.As(&fuel)
	assert.True(t, errors.As(err, &typ), "%v", err)
	assert.Contains(t, err.Error(), "/fuel")
	_, isErr := sub.AsError()
	assert.False(t, isErr, "2xx is no API error")

	for _, body := range []string{`{"type":5}`, `[1]`, ``} {
		sub := smartcar.SubResponse{Path: "/", Code: 409, Body: json.RawMessage(body)}
		apiErr, ok := sub.AsError()
		assert.False(t, ok, body)
		assert.Nil(t, apiErr, body)
	}

	for _, in := range []string{`true`, `{}`, `[1]`} {
		var d smartcar.Day
		err := json.Unmarshal([]byte(in), &d)
		assert.True(t, errors.As(err, &typ), "%s: %v", in, err)
	}

	out, err := json.Marshal(&smartcar.Unknown{Name: "X"})
	require.NoError(t, err)
	assert.Equal(t, "null", string(out), "Unknown without raw bytes")
}
