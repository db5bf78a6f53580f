package edrv_test

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
)

func TestParseErrors(t *testing.T) {
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	tests := []struct {
		name   string
		body   string
		target any   // for errors.As
		is     error // for errors.Is
	}{
		{"empty body", ``, &syntaxErr, nil},
		{"not JSON", `hello`, &syntaxErr, nil},
		{"truncated", `{"_id":"a","type":"session.updated","data":{`, &syntaxErr, nil},
		{"trailing comma", `{"_id":"a","type":"session.updated",}`, &syntaxErr, nil},
		{"trailing garbage", `{"_id":"a","type":"session.updated"} x`, &syntaxErr, nil},
		{"array", `[{"type":"session.updated"}]`, &typeErr, nil},
		{"string", `"session.updated"`, &typeErr, nil},
		{"null", `null`, nil, edrv.ErrMissingType},
		{"type is a number", `{"_id":"a","type":5,"data":{}}`, &typeErr, nil},
		{"_id is a number", `{"_id":5,"type":"session.updated","data":{}}`, &typeErr, nil},
		{"no type", `{"_id":"a","object":"session","data":{}}`, nil, edrv.ErrMissingType},
		{"empty type", `{"_id":"a","type":"","data":{}}`, nil, edrv.ErrMissingType},
		{"null type", `{"_id":"a","type":null,"data":{}}`, nil, edrv.ErrMissingType},
		{"empty object", `{}`, nil, edrv.ErrMissingType},
		{"legacy v1.0", `{"collection":"chargestations","operation":"update","data":{"_id":"x"}}`, nil, edrv.ErrLegacyEnvelope},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := edrv.Parse([]byte(tt.body))
			require.Error(t, err)
			assert.Nil(t, ev)
			if tt.target != nil {
				assert.ErrorAs(t, err, tt.target)
			}
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
			var de *edrv.DataError
			assert.False(t, errors.As(err, &de), "envelope errors are not data errors")
		})
	}
}

func TestParseDataErrors(t *testing.T) {
	var syntaxErr *json.SyntaxError
	var typeErr *json.UnmarshalTypeError
	tests := []struct {
		name   string
		body   string
		form   edrv.DataForm
		data   string
		target any
		is     error
	}{
		{"data is an array", `{"_id":"e1","type":"session.updated","data":[1,2]}`, edrv.DataJSON, `[1,2]`, nil, edrv.ErrDataNotObject},
		{"data is a number", `{"_id":"e1","type":"session.updated","data":5}`, edrv.DataJSON, `5`, nil, edrv.ErrDataNotObject},
		{"data is a bool", `{"_id":"e1","type":"session.updated","data":true}`, edrv.DataJSON, `true`, nil, edrv.ErrDataNotObject},
		{"data is a plain string", `{"_id":"e1","type":"session.updated","data":"hello"}`, edrv.DataJSON, `"hello"`, nil, edrv.ErrDataNotObject},
		{"data string with bad JSON", `{"_id":"e1","type":"session.updated","data":"{\"_id\":"}`, edrv.DataString, `{"_id":`, &syntaxErr, nil},
		{"wrong type inside data", `{"_id":"e1","type":"session.updated","data":{"_id":"s","metrics":"soon"}}`, edrv.DataJSON, `{"_id":"s","metrics":"soon"}`, &typeErr, nil},
		{"wrong type inside string data", `{"_id":"e1","type":"chargestation.online","data":"{\"connectors\":{}}"}`, edrv.DataString, `{"connectors":{}}`, &typeErr, nil},
		{"wrong id type", `{"_id":"e1","type":"rfid.created","data":{"_id":12}}`, edrv.DataJSON, `{"_id":12}`, &typeErr, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := edrv.Parse([]byte(tt.body))
			require.Error(t, err)
			var de *edrv.DataError
			require.ErrorAs(t, err, &de)
			if tt.target != nil {
				assert.ErrorAs(t, err, tt.target)
			}
			if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
			u, ok := ev.(*edrv.Unknown)
			require.True(t, ok, "got %T", ev)
			assert.Equal(t, "e1", u.EventID())
			assert.Equal(t, de.Type, u.Name)
			assert.Same(t, de, u.Err)
			assert.Equal(t, tt.form, u.DataForm)
			assert.Equal(t, tt.data, string(u.Data))
			assert.Equal(t, tt.body, string(u.Raw()))
			assert.Contains(t, err.Error(), string(u.Name))
			testJSONMarshal(t, u, []byte(tt.body))
		})
	}
}

func TestParseDataForms(t *testing.T) {
	tests := []struct {
		name string
		body string
		form edrv.DataForm
	}{
		{"object", `{"_id":"e","type":"rfid.updated","data":{"_id":"r","physicalId":"0D1F64DA"}}`, edrv.DataJSON},
		{"string", `{"_id":"e","type":"rfid.updated","data":"{\"_id\":\"r\",\"physicalId\":\"0D1F64DA\"}"}`, edrv.DataString},
		{"string with spaces", `{"_id":"e","type":"rfid.updated","data":"  {\"_id\": \"r\", \"physicalId\": \"0D1F64DA\"} "}`, edrv.DataString},
		{"null", `{"_id":"e","type":"rfid.updated","data":null}`, edrv.DataNull},
		{"absent", `{"_id":"e","type":"rfid.updated"}`, edrv.DataAbsent},
		{"empty string", `{"_id":"e","type":"rfid.updated","data":""}`, edrv.DataEmpty},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := edrv.Parse([]byte(tt.body))
			require.NoError(t, err)
			e := requireType[*edrv.RFIDEvent](t, ev)
			assert.Equal(t, tt.form, e.DataForm)
			if tt.form == edrv.DataJSON || tt.form == edrv.DataString {
				assert.Equal(t, "0D1F64DA", e.Data.PhysicalID)
				require.NotNil(t, e.RawData())
				var d map[string]any
				require.NoError(t, json.Unmarshal(e.RawData(), &d))
				assert.Equal(t, "r", d["_id"])
			} else {
				assert.Equal(t, edrv.RFID{}, e.Data)
				assert.Nil(t, e.RawData())
			}
			testJSONMarshal(t, ev, []byte(tt.body))
		})
	}
}

// One odd value never fails the event: lenient fields keep what was sent.
func TestParseLenientValuesKeepTheEvent(t *testing.T) {
	body := []byte(`{"_id":"e","type":"session.ended","object":"session","data":{
		"_id":"s","status":"ENDED","rate":null,
		"metrics":{"chargingStart":"yesterday","chargingStop":1655818921,"meterStart":"n/a","energyConsumed":"12.5"},
		"energy_report":{"power":{"value":{"v":1},"unit":"kW"}},
		"cost":{"amount":"","currency":"usd","breakdown":[{"type":"PARKING TIME","period":{"startTime":"2023-08-16T13:30.00.00Z","endTime":""},"rateName":"r","unit":"h","quantity":null}]},
		"configurations":{"include_id_tag":"yes","include_raw_energy_report":"FALSE"},
		"createdAt":"1655816640000","updatedAt":null},
		"createdAt":"not a time"}`)
	ev, err := edrv.Parse(body)
	require.NoError(t, err)
	e := requireType[*edrv.SessionEvent](t, ev)
	s := e.Data
	assert.True(t, e.CreatedAt.Malformed())
	assert.True(t, s.Status.Is(edrv.SessionStatusEnded))
	assert.Equal(t, edrv.RateRef{}, edrv.RateRef{ID: s.Rate.ID, Rate: s.Rate.Rate}, "null rate is empty")
	assert.True(t, s.Metrics.ChargingStart.Malformed())
	assert.Equal(t, `"yesterday"`, s.Metrics.ChargingStart.Raw())
	assert.True(t, s.Metrics.ChargingStop.Epoch())
	assert.Equal(t, int64(1655818921), s.Metrics.ChargingStop.Time().Unix())
	assert.True(t, s.Metrics.MeterStart.Malformed())
	assert.Equal(t, `"n/a"`, s.Metrics.MeterStart.Raw())
	assert.Equal(t, 12.5, s.Metrics.EnergyConsumed.Float64())
	assert.True(t, s.EnergyReport.Power.Value.Malformed())
	assert.Equal(t, "kW", s.EnergyReport.Power.Unit)
	assert.False(t, s.Cost.Amount.Valid())
	assert.False(t, s.Cost.Amount.Malformed(), `"" is unset, not malformed`)
	item := s.Cost.Breakdown[0]
	assert.True(t, item.Type.Is(edrv.PriceParkingTime))
	assert.True(t, item.Period.StartTime.Malformed())
	assert.False(t, item.Period.EndTime.Valid())
	assert.True(t, item.Quantity.Null())
	assert.True(t, s.Configurations.IncludeIDTag.Malformed())
	assert.True(t, s.Configurations.IncludeRawEnergyReport.Valid())
	assert.False(t, s.Configurations.IncludeRawEnergyReport.Bool())
	assert.True(t, s.CreatedAt.Epoch())
	assert.True(t, s.UpdatedAt.Null())
	testJSONMarshal(t, ev, body)
}

func TestParseKeepsOwnCopy(t *testing.T) {
	body := readGolden(t, "session.updated.json")
	orig := string(body)
	ev, err := edrv.Parse(body)
	require.NoError(t, err)
	for i := range body {
		body[i] = ' '
	}
	assert.Equal(t, orig, string(ev.Raw()))
	assert.Equal(t, "6464bfe3a1bc750b39ae3de0", ev.(*edrv.SessionEvent).Data.ID)
}

// Odd but valid envelopes decode the way encoding/json reads them.
func TestParseEnvelopeVariants(t *testing.T) {
	tests := []struct {
		name string
		body string
		typ  string
		id   string
	}{
		{"data before type", `{"data":{"_id":"c","online":false},"type":"chargestation.offline","_id":"e"}`, "chargestation.offline", "e"},
		{"escaped type", `{"_id":"e","type":"chargestation\u002eoffline","data":{"_id":"c"}}`, "chargestation.offline", "e"},
		{"upper-case key", `{"_id":"e","TYPE":"chargestation.offline","data":{"_id":"c"}}`, "chargestation.offline", "e"},
		{"duplicate type, last wins", `{"_id":"e","type":"session.updated","type":"chargestation.offline","data":{"_id":"c"}}`, "chargestation.offline", "e"},
		{"whitespace", " \n{ \"_id\" : \"e\" ,\t\"type\" : \"chargestation.offline\" , \"data\" : { \"_id\" : \"c\" } }\n", "chargestation.offline", "e"},
		{"unknown members", `{"_id":"e","type":"chargestation.offline","attempt":3,"data":{"_id":"c","new":[{"a":"}"}]}}`, "chargestation.offline", "e"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := edrv.Parse([]byte(tt.body))
			require.NoError(t, err)
			e := requireType[*edrv.ChargestationEvent](t, ev)
			assert.Equal(t, tt.typ, e.Type())
			assert.Equal(t, tt.id, e.EventID())
			assert.Equal(t, "c", e.Data.ID)
		})
	}
}

func TestEnvelopeUnmarshalJSON(t *testing.T) {
	body := readGolden(t, "session.updated.json")
	var e edrv.SessionEvent
	require.NoError(t, json.Unmarshal(body, &e))
	assert.Equal(t, "6464bfe3a1bc750b39ae3de0", e.Data.ID)
	assert.Equal(t, edrv.SessionUpdated, e.Name)
	testJSONMarshal(t, &e, body)

	// Decoding into an explicit type ignores the name.
	var c edrv.ChargestationEvent
	require.NoError(t, json.Unmarshal(body, &c))
	assert.Equal(t, "6464bfe3a1bc750b39ae3de0", c.Data.ID)

	var de *edrv.DataError
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"type":"x","data":[1]}`), &c), &de)
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"data":{}}`), &c), edrv.ErrMissingType)
}

func TestMarshalHandBuilt(t *testing.T) {
	ev := &edrv.ActionEvent{
		ID:     "e1",
		Name:   edrv.SessionSetPowerLimitRequested,
		Object: "action",
		Data: edrv.Action{ID: "a1", Type: edrv.SessionSetPowerLimitRequested.ActionType(), Status: edrv.ActionRequested,
			Data: json.RawMessage(`{"unit":"power","limit":7400}`)},
	}
	out, err := json.Marshal(ev)
	require.NoError(t, err)
	assert.JSONEq(t, `{"_id":"e1","type":"session.set_power_limit.requested","object":"action",
		"data":{"_id":"a1","type":"session.set_power_limit","status":"requested","data":{"unit":"power","limit":7400}}}`, string(out))
	back, err := edrv.Parse(out)
	require.NoError(t, err)
	assert.Equal(t, ev.Data, back.(*edrv.ActionEvent).Data)

	ev.DataForm = edrv.DataString
	out, err = json.Marshal(ev)
	require.NoError(t, err)
	back, err = edrv.Parse(out)
	require.NoError(t, err)
	assert.Equal(t, edrv.DataString, back.(*edrv.ActionEvent).DataForm)
	assert.Equal(t, ev.Data, back.(*edrv.ActionEvent).Data)
}

// FuzzParse checks that Parse never panics, that what it accepts marshals,
// and that parsing the marshaled form again gives the same JSON.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	require.NoError(f, err)
	for _, file := range files {
		f.Add(readGolden(f, filepath.Base(file)))
	}
	f.Add([]byte(`{"type":"session.updated","data":"{\"metrics\":{\"chargingStart\":1}}"}`))
	f.Add([]byte(`{"collection":"users"}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		ev, err := edrv.Parse(body)
		if err != nil {
			var de *edrv.DataError
			if errors.As(err, &de) {
				if _, ok := ev.(*edrv.Unknown); !ok {
					t.Fatalf("data error without an *Unknown: %T", ev)
				}
			} else if ev != nil {
				t.Fatalf("event %T with envelope error %v", ev, err)
			}
			if ev == nil {
				return
			}
		}
		if ev.Type() == "" {
			t.Fatal("event without a type")
		}
		out, err := json.Marshal(ev)
		if err != nil {
			t.Fatalf("marshal %T: %v", ev, err)
		}
		ev2, err := edrv.Parse(out)
		if ev2 == nil {
			t.Fatalf("re-parse of %s: %v", out, err)
		}
		if ev2.Type() != ev.Type() || ev2.EventID() != ev.EventID() {
			t.Fatalf("re-parse changed the envelope: %q %q", ev.Type(), ev2.Type())
		}
		out2, err := json.Marshal(ev2)
		if err != nil {
			t.Fatalf("marshal again: %v", err)
		}
		var a, b any
		if json.Unmarshal(out, &a) != nil || json.Unmarshal(out2, &b) != nil {
			t.Fatal("marshaled invalid JSON")
		}
		if !jsonEqual(a, b) {
			t.Fatalf("not stable:\n%s\n%s", out, out2)
		}
	})
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

func TestUnknownInfer(t *testing.T) {
	tests := []struct {
		name string
		body string
		want any // typed nil of the inferred type, or nil
	}{
		{"new action", `{"_id":"e","type":"chargestation.reserve_now.accepted","object":"action","data":{"_id":"a","status":"completed"}}`, (*edrv.ActionEvent)(nil)},
		{"new action, string data", `{"_id":"e","type":"connector.unlock.rejected","data":"{\"_id\":\"a\",\"status\":\"failed\"}"}`, (*edrv.ActionEvent)(nil)},
		{"new session target", `{"_id":"e","type":"session.target.energy.reached","object":"session","data":{"_id":"s","status":"Started"}}`, (*edrv.SessionEvent)(nil)},
		{"known object", `{"_id":"e","type":"location.archived","object":"location","data":{"_id":"l","operatorName":"x"}}`, (*edrv.LocationEvent)(nil)},
		{"rate schedule object", `{"_id":"e","type":"rate_schedule.archived","object":"rate_schedule","data":{"_id":"r"}}`, (*edrv.RateScheduleEvent)(nil)},
		{"unknown object", `{"_id":"e","type":"payment.succeeded","object":"payment","data":{"_id":"p"}}`, nil},
		{"no data", `{"_id":"e","type":"session.target.energy.reached","object":"session"}`, nil},
		{"data not an object", `{"_id":"e","type":"session.target.energy.reached","data":[1]}`, nil},
		{"data does not decode", `{"_id":"e","type":"session.target.energy.reached","data":{"metrics":1}}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := edrv.Parse([]byte(tt.body))
			require.NoError(t, err)
			u := requireType[*edrv.Unknown](t, ev)
			got, ok := u.Infer()
			if tt.want == nil {
				assert.False(t, ok)
				assert.Nil(t, got)
				return
			}
			require.True(t, ok)
			assert.IsType(t, tt.want, got)
			assert.Equal(t, u.Type(), got.Type(), "the name is kept")
			assert.Equal(t, "e", got.EventID())
			assert.Equal(t, u.Raw(), got.Raw())
			testJSONMarshal(t, got, []byte(tt.body))
		})
	}
	// An Unknown that reports a decoding error is not inferred again.
	ev, err := edrv.Parse([]byte(`{"_id":"e","type":"session.updated","data":{"metrics":1}}`))
	require.Error(t, err)
	_, ok := ev.(*edrv.Unknown).Infer()
	assert.False(t, ok)
}

func TestUnknownUnmarshalJSON(t *testing.T) {
	for _, file := range []string{"session.updated.json", "chargestation.get_composite_schedule.requested.data-string.json", "unknown.json"} {
		t.Run(file, func(t *testing.T) {
			body := readGolden(t, file)
			var u edrv.Unknown
			require.NoError(t, json.Unmarshal(body, &u))
			ev, err := edrv.Parse(body)
			require.NoError(t, err)
			assert.Equal(t, ev.Type(), u.Type())
			assert.Equal(t, ev.EventID(), u.EventID())
			assert.Equal(t, strings.TrimSpace(string(body)), string(u.Raw()), "json.Unmarshal hands over the value without surrounding space")
			assert.NoError(t, u.Err)
			testJSONMarshal(t, &u, body)
		})
	}
	var u edrv.Unknown
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"_id":"e"}`), &u), edrv.ErrMissingType)
	require.NoError(t, json.Unmarshal([]byte(`{"type":"x","data":[1]}`), &u), "data is not judged")
	assert.Equal(t, "[1]", string(u.Data))
}

// The typed helpers of Action report a body of another shape with the JSON
// cause, and no response data or data as nil without an error.
func TestActionHelpersErrors(t *testing.T) {
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	a := edrv.Action{ResponseData: json.RawMessage(`{"chargingSchedule":[1]}`), Data: json.RawMessage(`{"unit":5}`)}
	cs, err := a.CompositeSchedule()
	assert.Nil(t, cs)
	assert.ErrorAs(t, err, &typeErr)
	assert.Contains(t, err.Error(), "response_data")
	pl, err := a.PowerLimit()
	assert.Nil(t, pl)
	assert.ErrorAs(t, err, &typeErr)
	assert.Contains(t, err.Error(), "data")

	a = edrv.Action{ResponseData: json.RawMessage(`{"status":`), Data: json.RawMessage(`[`)}
	_, err = a.CompositeSchedule()
	assert.ErrorAs(t, err, &syntaxErr)
	_, err = a.PowerLimit()
	assert.ErrorAs(t, err, &syntaxErr)

	for _, raw := range []json.RawMessage{nil, json.RawMessage(`null`)} {
		a = edrv.Action{ResponseData: raw, Data: raw}
		cs, err = a.CompositeSchedule()
		assert.NoError(t, err)
		assert.Nil(t, cs)
		pl, err = a.PowerLimit()
		assert.NoError(t, err)
		assert.Nil(t, pl)
	}
}
