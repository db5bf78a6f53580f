package smartcar_test

import (
	jsonv1 "encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
)

// TestOpt: absent, null and a value are three states that both JSON
// packages marshal back as they came.
func TestOpt(t *testing.T) {
	type s struct {
		A smartcar.Opt[string]              `json:"a,omitzero"`
		B smartcar.Opt[bool]                `json:"b,omitzero"`
		M smartcar.Opt[smartcar.Mode]       `json:"m,omitzero"`
		L smartcar.Opt[[]smartcar.Opt[int]] `json:"l,omitzero"`
	}
	tests := []struct {
		in    string
		check func(t *testing.T, v s)
	}{
		{`{}`, func(t *testing.T, v s) { assert.True(t, v.A.IsZero() && v.B.IsZero() && v.M.IsZero() && v.L.IsZero()) }},
		{`{"a":null,"b":null,"m":null,"l":null}`, func(t *testing.T, v s) { assert.True(t, v.A.Null && v.B.Null && v.M.Null && v.L.Null) }},
		{`{"a":"","b":false,"m":"TEST","l":[]}`, func(t *testing.T, v s) {
			a, ok := v.A.Get()
			assert.True(t, ok)
			assert.Empty(t, a)
			assert.True(t, v.B.Valid && !v.B.Value)
			assert.Equal(t, smartcar.ModeTest, v.M.Value)
			assert.True(t, v.L.Valid)
			assert.Empty(t, v.L.Value)
		}},
		{`{"a":"\u00e9\n","l":[1,null]}`, func(t *testing.T, v s) {
			assert.Equal(t, "é\n", v.A.Value)
			assert.True(t, v.L.Value[1].Null)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var v s
			require.NoError(t, json.Unmarshal([]byte(tc.in), &v))
			tc.check(t, v)
			requireRoundTrip(t, []byte(tc.in), v)
		})
	}
	var v s
	var sem *json.SemanticError
	require.ErrorAs(t, json.Unmarshal([]byte(`{"a":1}`), &v), &sem)
	require.ErrorAs(t, json.Unmarshal([]byte(`{"b":"yes"}`), &v), &sem)
	assert.Equal(t, smartcar.Opt[int]{Value: 3, Valid: true}, smartcar.Some(3))
	assert.Equal(t, smartcar.Opt[int]{Null: true}, smartcar.NullOpt[int]())
	b, err := jsonv1.Marshal(smartcar.NullOpt[string]())
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
}

// TestNumber: every form is kept; the typed accessors report what they can.
func TestNumber(t *testing.T) {
	tests := []struct {
		in     string
		f      float64
		fOK    bool
		i      int64
		iOK    bool
		str    string
		isNull bool
		isStr  bool
	}{
		{`75`, 75, true, 75, true, "75", false, false},
		{`1.50`, 1.5, true, 0, false, "1.50", false, false},
		{`300.0`, 300, true, 300, true, "300.0", false, false},
		{`-0`, 0, true, 0, true, "-0", false, false},
		{`1e3`, 1000, true, 1000, true, "1e3", false, false},
		{`12345678901234567890`, 12345678901234567890, true, 0, false, "12345678901234567890", false, false},
		{`"2020"`, 2020, true, 2020, true, "2020", false, true},
		{`"n/a"`, 0, false, 0, false, "n/a", false, true},
		{`null`, 0, false, 0, false, "null", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var n smartcar.Number
			require.NoError(t, json.Unmarshal([]byte(tc.in), &n))
			f, ok := n.Float64()
			assert.Equal(t, tc.fOK, ok)
			if ok {
				assert.Equal(t, tc.f, f)
			}
			i, ok := n.Int64()
			assert.Equal(t, tc.iOK, ok)
			assert.Equal(t, tc.i, i)
			assert.Equal(t, tc.str, n.String())
			assert.Equal(t, tc.isNull, n.IsNull())
			assert.Equal(t, tc.isStr, n.IsString())
			assert.False(t, n.IsZero())
			requireRoundTrip(t, []byte(tc.in), n)
		})
	}
	for _, in := range []string{`true`, `{}`, `[1]`} {
		var n smartcar.Number
		var sem *json.SemanticError
		require.ErrorAs(t, json.Unmarshal([]byte(in), &n), &sem, in)
	}
	lit, ok := smartcar.NumberLiteral("1.50")
	require.True(t, ok)
	_, ok = smartcar.NumberLiteral("1.")
	assert.False(t, ok)
	for n, want := range map[smartcar.Number]string{
		smartcar.Float(0.1): "0.1", smartcar.Int(1 << 60): "1152921504606846976", smartcar.Int(-3): "-3",
		lit: "1.50", smartcar.NumberString("42"): `"42"`, smartcar.NullNumber(): "null",
	} {
		b, err := json.Marshal(n)
		require.NoError(t, err)
		assert.Equal(t, want, string(b))
	}
	assert.True(t, smartcar.Number{}.IsZero())
	assert.False(t, smartcar.Number{}.Valid())
}

// TestTimestamp: milliseconds, text, odd numbers and null, kept as sent.
func TestTimestamp(t *testing.T) {
	ms := time.UnixMilli(1761896351529).UTC()
	tests := []struct {
		in   string
		want time.Time
	}{
		{`1761896351529`, ms},
		{`"2025-07-31T19:38:42.332Z"`, time.Date(2025, 7, 31, 19, 38, 42, 332e6, time.UTC)},
		{`"1761896351529"`, ms},
		{`1761896351529.0`, ms},
		{`0`, time.Time{}},
		{`"2022-04-06T01:4 8:22.845Z"`, time.Time{}},
		{`null`, time.Time{}},
		{`1e400`, time.Time{}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var ts smartcar.Timestamp
			require.NoError(t, json.Unmarshal([]byte(tc.in), &ts))
			assert.Equal(t, tc.want, ts.Time())
			requireRoundTrip(t, []byte(tc.in), ts)
		})
	}
	var ts smartcar.Timestamp
	var sem *json.SemanticError
	require.ErrorAs(t, json.Unmarshal([]byte(`true`), &ts), &sem)
	m, ok := smartcar.TimestampFromTime(ms).Millis()
	assert.True(t, ok)
	assert.Equal(t, int64(1761896351529), m)
	assert.True(t, smartcar.TimestampFromText("x").IsText())
}

// TestTriggerShapes: each of the five shapes decodes to the same
// normalised view and marshals back in its own shape.
func TestTriggerShapes(t *testing.T) {
	soc := smartcar.CodeTractionBatteryStateOfCharge
	tests := []struct {
		shape, in string
		kind      smartcar.TriggerType
		code      smartcar.SignalCode
	}{
		{"A typed object", `{"type":"SIGNAL_UPDATED","signal":{"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery"}}`, smartcar.TriggerSignalUpdated, soc},
		{"A' typed, code only", `{"type":"SIGNAL_UPDATED","signal":{"code":"tractionbattery-stateofcharge"}}`, smartcar.TriggerSignalUpdated, soc},
		{"A typed, group and name", `{"type":"SIGNAL_UPDATED","signal":{"name":"StateOfCharge","group":"TractionBattery"}}`, smartcar.TriggerSignalUpdated, soc},
		{"A first delivery", `{"type":"FIRST_DELIVERY"}`, smartcar.TriggerFirstDelivery, ""},
		{"A first delivery, null signal", `{"type":"FIRST_DELIVERY","signal":null}`, smartcar.TriggerFirstDelivery, ""},
		{"B flat", `{"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery"}`, smartcar.TriggerSignalUpdated, soc},
		{"B' flat first delivery", `{"code":"FIRST_DELIVERY"}`, smartcar.TriggerFirstDelivery, ""},
		{"D typed, string signal", `{"type":"SIGNAL_UPDATED","signal":"TractionBattery.StateOfCharge"}`, smartcar.TriggerSignalUpdated, soc},
		{"E bare string", `"TractionBattery.StateOfCharge"`, smartcar.TriggerSignalUpdated, soc},
		{"E bare first delivery", `"FIRST_DELIVERY"`, smartcar.TriggerFirstDelivery, ""},
		{"unknown type kept", `{"type":"SCHEDULED","extra":1}`, "SCHEDULED", ""},
		{"signal without type", `{"signal":"TractionBattery.StateOfCharge"}`, smartcar.TriggerSignalUpdated, soc},
	}
	for _, tc := range tests {
		t.Run(tc.shape, func(t *testing.T) {
			var tr smartcar.Trigger
			require.NoError(t, json.Unmarshal([]byte(tc.in), &tr))
			assert.Equal(t, tc.kind, tr.Kind())
			assert.Equal(t, tc.kind == smartcar.TriggerFirstDelivery, tr.IsFirstDelivery())
			code, _, _ := tr.Ref().Resolve()
			assert.Equal(t, tc.code, code)
			requireRoundTrip(t, []byte(tc.in), tr)
		})
	}
	for _, in := range []string{`null`, `1`, `[]`, `{"signal":1}`} {
		var tr smartcar.Trigger
		assert.Error(t, json.Unmarshal([]byte(in), &tr), in)
	}
	built := smartcar.NewTrigger(smartcar.TriggerSignalUpdated, smartcar.SignalRefOf(soc))
	b, err := json.Marshal(built)
	require.NoError(t, err)
	assert.JSONEq(t, `{"type":"SIGNAL_UPDATED","signal":{"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery"}}`, string(b))
	var decoded smartcar.Trigger
	require.NoError(t, json.Unmarshal(b, &decoded))
	assert.Equal(t, built.Kind(), decoded.Kind())
	assert.Equal(t, built.Ref().String(), decoded.Ref().String())
	b, err = json.Marshal(smartcar.NewTrigger(smartcar.TriggerFirstDelivery, smartcar.SignalRef{}))
	require.NoError(t, err)
	assert.Equal(t, `{"type":"FIRST_DELIVERY"}`, string(b))
	text, ok := smartcar.TriggerText("A.B").Text()
	assert.True(t, ok)
	assert.Equal(t, "A.B", text)
}

// TestSignalRef: the forms of a signal reference.
func TestSignalRef(t *testing.T) {
	for in, want := range map[string]string{
		`"Location.PreciseLocation"`:  "Location.PreciseLocation",
		`"Tailgate"`:                  "",
		`{"code":"closure-tailgate"}`: "closure-tailgate",
		`{}`:                          "",
		`null`:                        "",
	} {
		var r smartcar.SignalRef
		require.NoError(t, json.Unmarshal([]byte(in), &r), in)
		assert.Equal(t, want, r.String(), in)
		requireRoundTrip(t, []byte(in), r)
	}
	var r smartcar.SignalRef
	assert.Error(t, json.Unmarshal([]byte(`true`), &r))
	_, g, n := smartcar.SignalRefText("Tailgate").Resolve()
	assert.Equal(t, "", g)
	assert.Equal(t, "Tailgate", n)
}

// TestBadInput: malformed JSON, wrong kinds, missing discriminators and
// nulls where objects are expected give typed errors, never a panic; names
// the package does not know give *Unknown.
func TestBadInput(t *testing.T) {
	var syn *jsontext.SyntacticError
	var sem *json.SemanticError
	tests := []struct {
		name string
		body string
		as   any   // errors.As target, or nil
		is   error // errors.Is target, or nil
	}{
		{"empty", ``, &syn, nil},
		{"truncated", `{"eventType":"VEHICLE_STATE"`, &syn, nil},
		{"trailing garbage", `{"eventType":"VEHICLE_STATE"} x`, &syn, nil},
		{"not an object", `[]`, &sem, nil},
		{"string", `"VEHICLE_STATE"`, &sem, nil},
		{"null", `null`, nil, smartcar.ErrUnknownEnvelope},
		{"empty object", `{}`, nil, smartcar.ErrUnknownEnvelope},
		{"empty names", `{"eventType":"","eventName":""}`, nil, smartcar.ErrUnknownEnvelope},
		{"eventType a number", `{"eventType":1}`, nil, smartcar.ErrUnknownEnvelope},
		{"data a string", `{"eventType":"VEHICLE_STATE","data":"x"}`, &sem, nil},
		{"signals an object", `{"eventType":"VEHICLE_STATE","data":{"signals":{}}}`, &sem, nil},
		{"null signal", `{"eventType":"VEHICLE_STATE","data":{"signals":[null]}}`, &sem, nil},
		{"null trigger", `{"eventType":"VEHICLE_STATE","triggers":[null]}`, &sem, nil},
		{"null error", `{"eventType":"VEHICLE_ERROR","data":{"errors":[null]}}`, &sem, nil},
		{"year a bool", `{"eventType":"VEHICLE_ERROR","data":{"vehicle":{"year":true}}}`, &sem, nil},
		{"eventId a number", `{"eventType":"VEHICLE_STATE","eventId":7}`, &sem, nil},
		{"v2 payload an array", `{"eventName":"eventBased","payload":[]}`, &sem, nil},
		{"v2 code an object", `{"eventName":"schedule","payload":{"vehicles":[{"data":[{"code":{}}]}]}}`, &sem, nil},
		{"challenge a number", `{"eventName":"verify","payload":{"challenge":1}}`, &sem, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ev, err := smartcar.Parse([]byte(tc.body))
			require.Error(t, err)
			assert.Nil(t, ev)
			if tc.as != nil {
				assert.True(t, errors.As(err, tc.as), "%T: %v", tc.as, err)
			}
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			assert.Regexp(t, `^smartcar: [a-z]`, err.Error())
		})
	}
	unknown := []struct{ body, name, id string }{
		{`{"eventType":"VEHICLE_COMMAND","eventId":"e1","data":{"signals":"x"}}`, "VEHICLE_COMMAND", "e1"},
		{`{"eventName":"geofence","payload":{"vehicles":{}}}`, "geofence", ""},
		{`{"eventType":"NEW","eventId":5}`, "NEW", ""},
	}
	for _, u := range unknown {
		ev, err := smartcar.Parse([]byte(u.body))
		require.NoError(t, err, u.body)
		require.IsType(t, (*smartcar.Unknown)(nil), ev)
		assert.Equal(t, u.name, ev.Type())
		assert.Equal(t, u.id, ev.ID())
		requireRoundTrip(t, []byte(u.body), ev)
	}
	u := smartcar.NewUnknown("X", "id", []byte(`{"a":1}`))
	assert.Equal(t, "X", u.Type())
	b, err := jsonv1.Marshal(smartcar.NewUnknown("X", "", nil))
	require.NoError(t, err)
	assert.Equal(t, "null", string(b))
}

// TestGenerations: the generation is read from the bytes; eventName wins
// over eventType, and a wrong hint is corrected.
func TestGenerations(t *testing.T) {
	tests := []struct {
		body string
		typ  any
		name string
	}{
		{`{"eventName":"verify","eventType":"VEHICLE_STATE","payload":{"challenge":"c"}}`, (*smartcar.Verify)(nil), "verify"},
		{`{"eventType":"VERIFY","eventName":"schedule"}`, (*smartcar.Schedule)(nil), "schedule"},
		{`{"eventType":"VEHICLE_STATE","note":"VEHICLE_ERROR"}`, (*smartcar.VehicleState)(nil), "VEHICLE_STATE"},
		{`{"eventType":"VEHICLE_ERROR","eventName":null}`, (*smartcar.VehicleError)(nil), "VEHICLE_ERROR"},
		{`{"eventType":"\u0056EHICLE_ERROR"}`, (*smartcar.VehicleError)(nil), "VEHICLE_ERROR"},
		{`{"eventName":"eventBased","note":"verify"}`, (*smartcar.EventBased)(nil), "eventBased"},
		{`{"eventName":"dynamic","eventType":"VERIFY"}`, (*smartcar.Schedule)(nil), "dynamic"},
		{`{"eventName":"","eventType":"VERIFY","data":{"challenge":"c"}}`, (*smartcar.Verify)(nil), "VERIFY"},
	}
	for _, tc := range tests {
		t.Run(tc.body, func(t *testing.T) {
			ev := mustParse(t, []byte(tc.body))
			assert.IsType(t, tc.typ, ev)
			assert.Equal(t, tc.name, ev.Type())
			requireRoundTrip(t, []byte(tc.body), ev)
		})
	}
}

// TestVerifyChallenge reads the challenge of either generation.
func TestVerifyChallenge(t *testing.T) {
	for key, want := range map[string]string{"VERIFY": "3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f", "verify": "3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f", "VERIFY/delivered_at_iso": "<random-string>"} {
		v := mustParse(t, smartcartest.Payload(key)).(*smartcar.Verify)
		assert.Equal(t, want, v.Challenge(), key)
	}
	v := mustParse(t, []byte(`{"eventName":"verify","payload":null,"data":{"challenge":"d"}}`)).(*smartcar.Verify)
	assert.Equal(t, "d", v.Challenge(), "the other generation's member when its own is not there")
	assert.Equal(t, "", v.ID())
}

// TestAccessorsOnLayouts: the normalised view is the same whatever layout.
func TestAccessorsOnLayouts(t *testing.T) {
	for _, key := range []string{"VEHICLE_STATE", "VEHICLE_STATE/v3", "VEHICLE_STATE/signal_change", "VEHICLE_STATE/first_delivery", "VEHICLE_STATE/data_meta", "VEHICLE_STATE/first_delivery_typed", "VEHICLE_STATE/trigger_strings"} {
		ev := mustParse(t, smartcartest.Payload(key)).(*smartcar.VehicleState)
		assert.NotEmpty(t, ev.VehicleID(), key)
		assert.NotEmpty(t, ev.Triggers(), key)
		assert.False(t, ev.Meta().Delivered().IsZero(), key)
		_, ok := ev.StateOfCharge()
		assert.Equal(t, key != "VEHICLE_STATE/data_meta", ok, key)
	}
	fd := mustParse(t, smartcartest.Payload("VEHICLE_STATE/first_delivery")).(*smartcar.VehicleState)
	assert.True(t, fd.IsFirstDelivery())
	live := mustParse(t, smartcartest.Payload("VEHICLE_STATE/live_traffic")).(*smartcar.VehicleState)
	assert.Equal(t, smartcar.ModeTest, live.Meta().Mode.Value)
	assert.False(t, live.Meta().Mode.Value.IsLive())
	ve := mustParse(t, smartcartest.Payload("VEHICLE_ERROR/resolved")).(*smartcar.VehicleError)
	assert.True(t, ve.Resolved())
	assert.Equal(t, "123e4567-e89b-12d3-a456-426614174000", ve.VehicleID())
	live2 := mustParse(t, smartcartest.Payload("VEHICLE_ERROR/live_traffic")).(*smartcar.VehicleError)
	assert.False(t, live2.Resolved())
	assert.NotEmpty(t, live2.VehicleID(), "from data.vehicle.id")
}

// TestCatalogueHasEveryTriggerShape: the payload catalogue shows every
// trigger shape Smartcar has sent.
func TestCatalogueHasEveryTriggerShape(t *testing.T) {
	seen := map[string]bool{}
	for _, b := range smartcartest.Payloads() {
		ev, ok := mustParse(t, b).(*smartcar.VehicleState)
		if !ok {
			continue
		}
		for _, tr := range ev.Triggers() {
			_, isText := tr.Text()
			_, refText := tr.Signal.Text()
			switch {
			case isText:
				seen["E bare string"] = true
			case tr.Type.Valid && refText:
				seen["D typed, string signal"] = true
			case tr.Type.Valid && tr.Signal.Code.Valid && !tr.Signal.Name.Valid:
				seen["A' typed, code only"] = true
			case tr.Type.Valid && tr.Signal.Name.Valid:
				seen["A typed object"] = true
			case tr.Type.Valid && tr.Signal.IsZero():
				seen["A first delivery"] = true
			case tr.Code.Value == "FIRST_DELIVERY":
				seen["B' flat first delivery"] = true
			case tr.Code.Valid:
				seen["B flat"] = true
			}
		}
	}
	assert.ElementsMatch(t, []string{"A typed object", "A' typed, code only", "A first delivery", "B flat", "B' flat first delivery", "D typed, string signal", "E bare string"}, sortedKeys(seen))
}
