package smartcar_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
)

// TestMarshalBuiltEvent builds a VEHICLE_STATE in code, as a user's test
// would, and checks its JSON and that Parse reads it back.
func TestMarshalBuiltEvent(t *testing.T) {
	ev := &smartcar.VehicleState{
		EventID:   "e-1",
		EventType: smartcar.EventVehicleState,
		Data: smartcar.StateData{
			User:    smartcar.User{ID: "u-1"},
			Vehicle: smartcar.Vehicle{ID: "v-1", Make: "TESLA", Model: "Model 3", Year: 2020},
			Signals: smartcar.Signals{
				{Code: smartcar.CodeTractionBatteryStateOfCharge, Name: "StateOfCharge", Group: "TractionBattery",
					Body:   &smartcar.Percent{Unit: smartcar.Some("percent"), Value: smartcar.Some(64.5)},
					Status: &smartcar.SignalStatus{Value: smartcar.StatusSuccess},
					Meta:   &smartcar.SignalMeta{OEMUpdatedAt: smartcar.TimestampFromMillis(1700000000000), RetrievedAt: smartcar.TimestampFromTime(time.UnixMilli(1700000001000))}},
				{Code: smartcar.CodeClosureFrontTrunk, Name: "FrontTrunk", Group: "Closure",
					Body: &smartcar.Closure{IsOpen: smartcar.Some(false), IsLocked: smartcar.Null[bool]()}},
				{Code: smartcar.CodeLocationIsAtHome, Name: "IsAtHome", Group: "Location",
					Status: &smartcar.SignalStatus{Value: smartcar.StatusError, Error: &smartcar.SignalError{Type: smartcar.ErrorTypePermission, Code: smartcar.Null[smartcar.ErrorCode]()}}},
			},
		},
		TopTriggers: []smartcar.Trigger{
			{Type: smartcar.TriggerSignalUpdated, Signal: smartcar.SignalRef{Code: smartcar.CodeTractionBatteryStateOfCharge}},
			{Type: smartcar.TriggerSignalUpdated, Signal: smartcar.SignalRefText("Closure", "FrontTrunk")},
			{Type: smartcar.TriggerFirstDelivery},
		},
		TopMeta: &smartcar.Meta{Version: "4.0", DeliveredAt: smartcar.TimestampFromText("2025-07-31T19:38:42.332Z"), SignalCount: smartcar.Some(3), Mode: smartcar.ModeTest},
	}
	out, err := json.Marshal(ev)
	require.NoError(t, err)
	assert.JSONEq(t, `{
	  "eventId":"e-1","eventType":"VEHICLE_STATE",
	  "data":{"user":{"id":"u-1"},"vehicle":{"id":"v-1","make":"TESLA","model":"Model 3","year":2020},
	    "signals":[
	      {"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery","body":{"unit":"percent","value":64.5},
	       "status":{"value":"SUCCESS"},"meta":{"oemUpdatedAt":1700000000000,"retrievedAt":1700000001000}},
	      {"code":"closure-fronttrunk","name":"FrontTrunk","group":"Closure","body":{"isOpen":false,"isLocked":null}},
	      {"code":"location-isathome","name":"IsAtHome","group":"Location","status":{"value":"ERROR","error":{"type":"PERMISSION","code":null}}}]},
	  "triggers":[{"type":"SIGNAL_UPDATED","signal":{"code":"tractionbattery-stateofcharge"}},{"type":"SIGNAL_UPDATED","signal":"Closure.FrontTrunk"},{"type":"FIRST_DELIVERY"}],
	  "meta":{"version":"4.0","deliveredAt":"2025-07-31T19:38:42.332Z","signalCount":3,"mode":"TEST"}}`, string(out))

	back, err := smartcar.Parse(out)
	require.NoError(t, err)
	st := back.(*smartcar.VehicleState)
	soc, ok := st.StateOfCharge()
	assert.True(t, ok)
	assert.Equal(t, 64.5, soc)
	assert.Equal(t, time.UnixMilli(1700000001000).UTC(), st.Data.Signals[0].RetrievedAt())
	assert.Equal(t, ev.TopTriggers[1].Signal, st.TopTriggers[1].Signal)
	assert.Equal(t, ev.TopTriggers, st.TopTriggers, "decoded triggers equal the ones built in code")
	assert.True(t, st.IsFirstDelivery())
}

func TestTimestampForms(t *testing.T) {
	tests := []struct {
		in      string
		time    time.Time
		millis  bool
		text    bool
		null    bool
		str     string
		wantErr bool
	}{
		{in: `1731940330000`, time: time.UnixMilli(1731940330000).UTC(), millis: true, str: "1731940330000"},
		{in: `0`, millis: true, str: "0"},
		{in: `-1`, time: time.UnixMilli(-1).UTC(), millis: true, str: "-1"},
		{in: `1700000000.5`, time: time.UnixMicro(1700000000500).UTC(), str: "1700000000.5"},
		{in: `1e12`, time: time.UnixMilli(1e12).UTC(), str: "1e12"},
		{in: `12345678901234567890`, str: "12345678901234567890"}, // beyond int64: kept, no time
		{in: `4e18`, str: "4e18"},                                 // microseconds beyond int64: no time
		{in: `-4e18`, str: "-4e18"},
		{in: `9e15`, time: time.UnixMicro(9e18).UTC(), str: "9e15"}, // still in range
		{in: `"2025-07-31T19:38:42.332Z"`, time: time.Date(2025, 7, 31, 19, 38, 42, 332e6, time.UTC), text: true, str: "2025-07-31T19:38:42.332Z"},
		{in: `"2024-08-04T19:00:00+02:00"`, time: time.Date(2024, 8, 4, 17, 0, 0, 0, time.UTC), text: true, str: "2024-08-04T19:00:00+02:00"},
		{in: `"yesterday"`, text: true, str: "yesterday"},
		{in: `"\u0031"`, text: true, str: "1"},
		{in: `null`, null: true, str: "null"},
		{in: `true`, wantErr: true},
		{in: `{}`, wantErr: true},
		{in: `01`, wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var ts smartcar.Timestamp
			err := json.Unmarshal([]byte(tc.in), &ts)
			if tc.wantErr {
				require.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.time, ts.Time())
			_, isMillis := ts.Millis()
			assert.Equal(t, tc.millis, isMillis)
			assert.Equal(t, tc.text, ts.IsText())
			assert.Equal(t, tc.null, ts.IsNull())
			assert.False(t, ts.IsZero())
			assert.Equal(t, tc.str, ts.String())
			out, err := json.Marshal(ts)
			require.NoError(t, err)
			if tc.in == `"\u0031"` {
				assert.Equal(t, `"1"`, string(out))
			} else {
				assert.Equal(t, tc.in, string(out), "marshals back as sent")
			}
		})
	}
	var typ *json.UnmarshalTypeError
	var ts smartcar.Timestamp
	err := json.Unmarshal([]byte(`true`), &ts)
	assert.True(t, errors.As(err, &typ), "%v", err)
	assert.True(t, smartcar.Timestamp{}.IsZero())
	assert.True(t, smartcar.Timestamp{}.Time().IsZero())
}

func TestNullableStates(t *testing.T) {
	type body struct {
		A smartcar.Nullable[bool]    `json:"a,omitzero"`
		B smartcar.Nullable[float64] `json:"b,omitzero"`
		C smartcar.Nullable[string]  `json:"c,omitzero"`
		D smartcar.Nullable[int]     `json:"d,omitzero"`
	}
	tests := []string{
		`{}`,
		`{"a":null,"b":null,"c":null,"d":null}`,
		`{"a":false,"b":0,"c":"","d":0}`,
		`{"a":true,"b":-1.5e-7,"c":"é \"quoted\"","d":-42}`,
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			var b body
			require.NoError(t, json.Unmarshal([]byte(in), &b))
			out, err := json.Marshal(b)
			require.NoError(t, err)
			assert.JSONEq(t, in, string(out))
		})
	}
	var b body
	require.NoError(t, json.Unmarshal([]byte(`{"a":null,"b":2.5}`), &b))
	assert.True(t, b.A.IsNull())
	assert.False(t, b.A.Valid())
	assert.Nil(t, b.A.Ptr())
	v, ok := b.B.Get()
	assert.True(t, ok)
	assert.Equal(t, 2.5, v)
	assert.Equal(t, 2.5, *b.B.Ptr())
	assert.True(t, b.C.IsZero())
	for _, bad := range []string{`{"a":"true"}`, `{"b":"1"}`, `{"c":1}`, `{"d":1.5}`} {
		var typ *json.UnmarshalTypeError
		assert.True(t, errors.As(json.Unmarshal([]byte(bad), &b), &typ), bad)
	}
}

// TestSignalRefTextRoundTrip: a reference or trigger sent as a string
// marshals back to the same string, whatever the string holds.
func TestSignalRefTextRoundTrip(t *testing.T) {
	tests := []struct {
		in          string
		group, name string
		code        smartcar.SignalCode
	}{
		{in: `"Charge.IsCharging"`, group: "Charge", name: "IsCharging", code: smartcar.CodeChargeIsCharging},
		{in: `"NoDot"`, name: "NoDot"},
		{in: `".Name"`, name: "Name"},
		{in: `"Group."`, group: "Group"},
		{in: `"."`},
		{in: `""`},
		{in: `"A.B.C"`, group: "A", name: "B.C", code: "a-b.c"},
		{in: `"Ö.Ü"`, group: "Ö", name: "Ü", code: "ö-ü"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			var r smartcar.SignalRef
			require.NoError(t, json.Unmarshal([]byte(tc.in), &r))
			assert.True(t, r.IsText())
			assert.Equal(t, tc.group, r.Group)
			assert.Equal(t, tc.name, r.Name)
			assert.Equal(t, tc.code, r.Code)
			out, err := json.Marshal(r)
			require.NoError(t, err)
			assert.Equal(t, tc.in, string(out), "SignalRef")

			var tr smartcar.Trigger
			require.NoError(t, json.Unmarshal([]byte(tc.in), &tr))
			assert.Equal(t, r, tr.Signal)
			out, err = json.Marshal(tr)
			require.NoError(t, err)
			assert.Equal(t, tc.in, string(out), "Trigger")

			// The same through Parse (one-pass decoder and encoding/json path).
			for _, body := range []string{
				`{"eventId":"e","eventType":"VEHICLE_STATE","triggers":[` + tc.in + `,{"type":"SIGNAL_UPDATED","signal":` + tc.in + `}]}`,
				`{"eventId":"e","eventType":"VEHICLE_STATE","triggers":[` + tc.in + `,{"type":"SIGNAL_UPDATED","signal":` + tc.in + `}],"version":"x"}`,
				`{"eventId":"e","eventType":"VEHICLE_ERROR","data":{"errors":[{"type":"T","state":"ERROR","signals":[` + tc.in + `]}]}}`,
			} {
				ev, err := smartcar.Parse([]byte(body))
				require.NoError(t, err)
				out, err := json.Marshal(ev)
				require.NoError(t, err)
				assert.Contains(t, string(out), `[`+tc.in, body)
				if st, ok := ev.(*smartcar.VehicleState); ok {
					require.Len(t, st.TopTriggers, 2)
					assert.Contains(t, string(out), `"signal":`+tc.in+`}`, body)
				}
			}
		})
	}
}

// TestTriggerShapesRoundTrip: every object shape of a trigger marshals back
// as it came, an empty signal included.
func TestTriggerShapesRoundTrip(t *testing.T) {
	for _, in := range []string{
		`{"type":"SIGNAL_UPDATED","signal":{"code":"a-b","name":"B","group":"A"}}`,
		`{"type":"SIGNAL_UPDATED","signal":{"name":"B","group":"A"}}`,
		`{"type":"SIGNAL_UPDATED","signal":{}}`,
		`{"type":"SIGNAL_UPDATED","signal":""}`,
		`{"type":"SIGNAL_UPDATED","signal":"A.B"}`,
		`{"type":"FIRST_DELIVERY"}`,
		`{"type":"FIRST_DELIVERY","signal":null}`,
		`{"code":"a-b","name":"B","group":"A"}`,
		`{"name":"B","group":"A"}`,
		`{"code":"FIRST_DELIVERY"}`,
	} {
		t.Run(in, func(t *testing.T) {
			var tr smartcar.Trigger
			require.NoError(t, json.Unmarshal([]byte(in), &tr))
			out, err := json.Marshal(tr)
			require.NoError(t, err)
			assert.JSONEq(t, in, string(out))

			body := `{"eventId":"e","eventType":"VEHICLE_STATE","triggers":[` + in + `]}`
			ev, err := smartcar.Parse([]byte(body))
			require.NoError(t, err)
			st := ev.(*smartcar.VehicleState)
			require.Len(t, st.TopTriggers, 1)
			assert.Equal(t, tr, st.TopTriggers[0], "Parse decodes as Trigger.UnmarshalJSON")
		})
	}
}
