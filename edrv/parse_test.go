package edrv_test

import (
	jsonv1 "encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
)

func requireType[E edrv.Event](t *testing.T, ev edrv.Event) E {
	t.Helper()
	e, ok := ev.(E)
	require.True(t, ok, "got %T", ev)
	return e
}

// errInvalidUTF8 stands for the syntactic error jsontext reports for
// invalid UTF-8, which it does not export.
var errInvalidUTF8 = errors.New("invalid UTF-8")

func TestParseErrors(t *testing.T) {
	var syntaxErr *jsontext.SyntacticError
	var semErr *json.SemanticError
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
		{"duplicate type", `{"_id":"e","type":"session.updated","type":"chargestation.offline","data":{"_id":"c"}}`, &syntaxErr, jsontext.ErrDuplicateName},
		{"duplicate _id", `{"_id":"e","_id":"f","type":"chargestation.offline","data":{"_id":"c"}}`, &syntaxErr, jsontext.ErrDuplicateName},
		{"duplicate member in data", `{"_id":"e","type":"chargestation.offline","data":{"_id":"c","online":true,"online":false}}`, &syntaxErr, jsontext.ErrDuplicateName},
		{"duplicate unknown member", `{"_id":"e","type":"chargestation.offline","x":1,"x":2,"data":{"_id":"c"}}`, &syntaxErr, jsontext.ErrDuplicateName},
		{"duplicate member of an unknown event", `{"_id":"e","type":"new.event","data":{"a":1,"a":1}}`, &syntaxErr, jsontext.ErrDuplicateName},
		{"invalid UTF-8 in data", "{\"_id\":\"e\",\"type\":\"chargestation.offline\",\"data\":{\"_id\":\"c\xff\"}}", &syntaxErr, errInvalidUTF8},
		{"invalid UTF-8 in an unknown member", "{\"_id\":\"e\",\"type\":\"chargestation.offline\",\"x\":\"\xc3\x28\"}", &syntaxErr, errInvalidUTF8},
		{"array", `[{"type":"session.updated"}]`, &semErr, nil},
		{"string", `"session.updated"`, &semErr, nil},
		{"null", `null`, nil, edrv.ErrMissingType},
		{"type is a number", `{"_id":"a","type":5,"data":{}}`, &semErr, nil},
		{"_id is a number", `{"_id":5,"type":"session.updated","data":{}}`, &semErr, nil},
		{"no type", `{"_id":"a","object":"session","data":{}}`, nil, edrv.ErrMissingType},
		{"upper-case type key", `{"_id":"a","TYPE":"session.updated","data":{}}`, nil, edrv.ErrMissingType},
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
			if tt.is == errInvalidUTF8 {
				assert.Contains(t, err.Error(), "invalid UTF-8")
			} else if tt.is != nil {
				assert.ErrorIs(t, err, tt.is)
			}
			var de *edrv.DataError
			assert.False(t, errors.As(err, &de), "envelope errors are not data errors")
			assert.True(t, strings.HasPrefix(err.Error(), "edrv: "), err.Error())
		})
	}
}

func TestParseDataErrors(t *testing.T) {
	var syntaxErr *jsontext.SyntacticError
	var semErr *json.SemanticError
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
		{"data string with duplicates", `{"_id":"e1","type":"session.updated","data":"{\"_id\":\"a\",\"_id\":\"b\"}"}`, edrv.DataString, `{"_id":"a","_id":"b"}`, &syntaxErr, jsontext.ErrDuplicateName},
		{"wrong type inside data", `{"_id":"e1","type":"session.updated","data":{"_id":"s","metrics":"soon"}}`, edrv.DataJSON, `{"_id":"s","metrics":"soon"}`, &semErr, nil},
		{"wrong type inside string data", `{"_id":"e1","type":"chargestation.online","data":"{\"connectors\":{}}"}`, edrv.DataString, `{"connectors":{}}`, &semErr, nil},
		{"wrong id type", `{"_id":"e1","type":"rfid.created","data":{"_id":12}}`, edrv.DataJSON, `{"_id":12}`, &semErr, nil},
		// A null element of an array of objects or strings would come back as
		// {} or "": refused, and kept in the Unknown.
		{"null object in an array", `{"_id":"e1","type":"session.updated","data":{"charging_activity":[{"status":"Charging"},null]}}`, edrv.DataJSON, `{"charging_activity":[{"status":"Charging"},null]}`, &semErr, nil},
		{"null string in an array", `{"_id":"e1","type":"location.updated","data":{"chargestations":["a",null]}}`, edrv.DataJSON, `{"chargestations":["a",null]}`, &semErr, nil},
		{"null in a nested array", `{"_id":"e1","type":"session.updated","data":{"cost":{"breakdown":[null]}}}`, edrv.DataJSON, `{"cost":{"breakdown":[null]}}`, &semErr, nil},
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
			u := requireType[*edrv.Unknown](t, ev)
			assert.Equal(t, "e1", u.ID())
			assert.Equal(t, de.Type, u.Name)
			assert.Same(t, de, u.Err)
			assert.Equal(t, tt.form, u.DataForm)
			assert.Equal(t, tt.data, string(u.Data))
			assert.Equal(t, tt.body, string(u.Raw()))
			assert.Contains(t, err.Error(), string(u.Name))
			requireRoundTrip(t, u, []byte(tt.body))
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
		{"string with escapes", `{"_id":"e","type":"rfid.updated","data":"{\"_id\":\"r\",\"physicalId\":\"0D1F64DA\",\"note\":\"Z\u00fcrich \\\"a\\\"\"}"}`, edrv.DataString},
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
				assert.Equal(t, edrv.Some("0D1F64DA"), e.Data.PhysicalID)
				assert.Equal(t, "r", e.Data.ID.Value)
			} else {
				assert.Equal(t, edrv.RFID{}, e.Data)
			}
			requireRoundTrip(t, ev, []byte(tt.body))
		})
	}
}

// One odd value never fails the event: lenient fields keep what was sent.
func TestParseLenientValuesKeepTheEvent(t *testing.T) {
	body := []byte(`{"_id":"e","type":"session.ended","object":"session","data":{
		"_id":"s","status":"ENDED","rate":null,
		"metrics":{"chargingStart":"yesterday","chargingStop":1655818921,"meterStart":"n/a","energyConsumed":"12.5","energyPeriod":300.0},
		"energy_report":{"power":{"value":{"v":1},"unit":"kW"},"state_of_charge":{"value":"69","unit":null}},
		"cost":{"amount":"","currency":"usd","breakdown":[{"type":"PARKING TIME","period":{"startTime":"2023-08-16T13:30.00.00Z","endTime":""},"rateName":"","unit":"h","quantity":null,"totalCost":12345678901234567890}]},
		"configurations":{"include_id_tag":"yes","include_raw_energy_report":"FALSE"},
		"createdAt":"1655816640000","updatedAt":null},
		"createdAt":"not a time"}`)
	ev, err := edrv.Parse(body)
	require.NoError(t, err)
	e := requireType[*edrv.SessionEvent](t, ev)
	s := e.Data
	assert.True(t, e.CreatedAt.Malformed())
	assert.True(t, s.Status.Value.Is(edrv.SessionStatusEnded))
	assert.True(t, s.Rate.Null(), "null rate")
	m := s.Metrics.Value
	assert.True(t, m.ChargingStart.Malformed())
	assert.Equal(t, `"yesterday"`, m.ChargingStart.Raw())
	assert.True(t, m.ChargingStop.Epoch())
	assert.Equal(t, int64(1655818921), m.ChargingStop.Time().Unix())
	assert.True(t, m.MeterStart.Malformed())
	assert.Equal(t, `"n/a"`, m.MeterStart.Raw())
	assert.Equal(t, 12.5, m.EnergyConsumed.Float64())
	n, ok := m.EnergyPeriod.Int64()
	assert.True(t, ok, "300.0 is an integer")
	assert.Equal(t, int64(300), n)
	assert.Equal(t, "300.0", m.EnergyPeriod.String())
	er := s.EnergyReport.Value
	assert.True(t, er.Power.Value.Value.Malformed())
	assert.Equal(t, edrv.Some("kW"), er.Power.Value.Unit)
	assert.True(t, er.StateOfCharge.Value.Unit.Null)
	assert.Equal(t, 69.0, er.StateOfCharge.Value.Value.Float64())
	c := s.Cost.Value
	assert.False(t, c.Amount.Valid())
	assert.False(t, c.Amount.Malformed(), `"" is unset, not malformed`)
	item := c.Items()[0]
	assert.True(t, item.Type.Value.Is(edrv.PriceParkingTime))
	assert.True(t, item.Period.Value.StartTime.Malformed())
	assert.False(t, item.Period.Value.EndTime.Valid())
	assert.True(t, item.Quantity.Null())
	assert.Equal(t, edrv.Some(""), item.RateName, `"" is kept`)
	assert.Equal(t, "12345678901234567890", item.TotalCost.String())
	assert.True(t, s.Configurations.Value.IncludeIDTag.Malformed())
	assert.True(t, s.Configurations.Value.IncludeRawEnergyReport.Valid())
	assert.False(t, s.Configurations.Value.IncludeRawEnergyReport.Bool())
	assert.True(t, s.CreatedAt.Epoch())
	assert.True(t, s.UpdatedAt.Null())
	requireRoundTrip(t, ev, body)
}

// Parse keeps the caller's body for Raw and nothing else: the event does
// not change when the body is overwritten.
func TestParseSharesOnlyRaw(t *testing.T) {
	body := edrvtest.Payload("session.updated")
	ev, err := edrv.Parse(body)
	require.NoError(t, err)
	before, err := json.Marshal(ev)
	require.NoError(t, err)
	require.Equal(t, &body[0], &ev.Raw()[0], "Raw is the caller's body")
	for i := range body {
		body[i] = ' '
	}
	after, err := json.Marshal(ev)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after))
}

// Valid envelopes in odd shapes decode.
func TestParseEnvelopeVariants(t *testing.T) {
	tests := []struct {
		name string
		body string
	}{
		{"data before type", `{"data":{"_id":"c","online":false},"type":"chargestation.offline","_id":"e"}`},
		{"escaped type", `{"_id":"e","type":"chargestation\u002eoffline","data":{"_id":"c"}}`},
		{"escaped member name", `{"_id":"e","\u0074ype":"chargestation.offline","data":{"_id":"c"}}`},
		{"whitespace", " \n{ \"_id\" : \"e\" ,\t\"type\" : \"chargestation.offline\" , \"data\" : { \"_id\" : \"c\" } }\n"},
		{"unknown members", `{"_id":"e","type":"chargestation.offline","attempt":3,"data":{"_id":"c","new":[{"a":"}"}]}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev, err := edrv.Parse([]byte(tt.body))
			require.NoError(t, err)
			e := requireType[*edrv.ChargestationEvent](t, ev)
			assert.Equal(t, edrv.ChargestationOffline, e.Type())
			assert.Equal(t, "e", e.ID())
			assert.Equal(t, "c", e.Data.ID.Value)
			assert.Equal(t, "c", e.ChargestationID())
			requireRoundTrip(t, ev, []byte(tt.body))
		})
	}
}

// "", null and absent stay three things at every level, identity members
// included.
func TestParseNullEmptyAbsent(t *testing.T) {
	tests := []string{
		`{"_id":"","type":"session.updated","object":"","data":{"_id":"","user":null,"rate":"","status":null,"metrics":null,"charging_activity":[],"cost":{"breakdown":null},"meta_data":null},"createdAt":""}`,
		`{"_id":null,"type":"session.updated","object":null,"data":{"_id":null,"rate":{"_id":"","price_components":null},"metrics":{},"energy_report":{"current":null},"createdAt":null},"createdAt":null}`,
		`{"type":"chargestation.online","data":{"_id":"c","connectors":[{"_id":"","rate":null,"raw_message":null}],"coordinates":null,"bootInfo":{"iccid":""},"meta_data":{"notes":""}}}`,
		`{"type":"user.created","data":{"_id":"u","phone":{"mobile":"1","home":"","work":null},"address":null,"wallet":{"auto_top_up":null}}}`,
		`{"type":"load_management.group.created","data":{"name":"","notes":"","description":null,"buffer":"","maximum_capacity":null}}`,
		`{"type":"location.updated","data":{"coordinates":{"latitude":1.50,"longitude":2},"openingHours":{"0":[],"1":null}}}`,
		`{"type":"chargestation.get_configuration.accepted","data":{"_id":"a","data":null,"response_data":{},"connector":""}}`,
		`{"type":"rate_schedule.created","data":{"active":"","layout":[{"target":null,"rate":""}]}}`,
		`{"type":"organization.updated","data":{"_id":"","any":[null]}}`,
		`{"type":"brand.new","_id":"","object":null,"data":null}`,
	}
	for _, body := range tests {
		t.Run(body[:40], func(t *testing.T) {
			ev, err := edrv.Parse([]byte(body))
			require.NoError(t, err)
			requireRoundTrip(t, ev, []byte(body))
		})
	}
}

// Events decode with json.Unmarshal of either package too, into the type
// asked for whatever the name.
func TestEventUnmarshalJSON(t *testing.T) {
	body := edrvtest.Payload("session.updated")
	var e edrv.SessionEvent
	require.NoError(t, jsonv1.Unmarshal(body, &e))
	assert.Equal(t, "6464bfe3a1bc750b39ae3de0", e.Data.ID.Value)
	assert.Equal(t, edrv.EventType(edrv.SessionUpdated), e.Name)
	assert.Nil(t, e.Raw(), "only Parse sets Raw")
	requireRoundTrip(t, &e, body)

	var c edrv.ChargestationEvent
	require.NoError(t, json.Unmarshal(body, &c))
	assert.Equal(t, "6464bfe3a1bc750b39ae3de0", c.Data.ID.Value)

	var de *edrv.DataError
	assert.False(t, errors.As(json.Unmarshal([]byte(`{"type":"x","data":[1]}`), &c), &de), "only Parse makes DataErrors")
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"type":"x","data":[1]}`), &c), edrv.ErrDataNotObject)

	var u edrv.Unknown
	require.NoError(t, jsonv1.Unmarshal(body, &u))
	assert.Equal(t, "session.updated", u.Type())
	requireRoundTrip(t, &u, body)
	require.NoError(t, json.Unmarshal([]byte(`{"type":"x","data":[1]}`), &u), "data is not judged")
	assert.Equal(t, "[1]", string(u.Data))
}

func TestMarshalHandBuilt(t *testing.T) {
	ev := &edrv.ActionEvent{
		EventID: "e1",
		Name:    edrv.SessionSetPowerLimitRequested,
		Object:  "action",
		Data: edrv.Action{ID: edrv.Some("a1"), Type: edrv.Some(edrv.EventType(edrv.SessionSetPowerLimitRequested).ActionType()),
			Status: edrv.Some(edrv.ActionRequested), Data: jsontext.Value(`{"unit":"power","limit":7400}`)},
	}
	want := `{"_id":"e1","type":"session.set_power_limit.requested","object":"action",
		"data":{"_id":"a1","type":"session.set_power_limit","status":"requested","data":{"unit":"power","limit":7400}}}`
	for _, marshal := range []func(any) ([]byte, error){jsonv1.Marshal, func(v any) ([]byte, error) { return json.Marshal(v) }} {
		out, err := marshal(ev)
		require.NoError(t, err)
		assert.JSONEq(t, want, string(out))
	}
	out, err := json.Marshal(ev)
	require.NoError(t, err)
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

// FuzzParse checks that Parse never panics, returns an event exactly when
// it reports no error or a *DataError, and that what it returns marshals.
//
//	go test ./edrv -run '^$' -fuzz '^FuzzParse$' -fuzztime 60s -fuzzminimizetime 0
func FuzzParse(f *testing.F) {
	all := goldens(f)
	for _, name := range sortedKeys(all) {
		f.Add(all[name])
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
		if _, err := json.Marshal(ev); err != nil {
			t.Fatalf("marshal %T: %v", ev, err)
		}
		if _, err := jsonv1.Marshal(ev); err != nil {
			t.Fatalf("encoding/json marshal %T: %v", ev, err)
		}
		if u, ok := ev.(*edrv.Unknown); ok {
			if typed, ok := u.Infer(); ok {
				requireRoundTrip(t, typed, body)
			}
		}
	})
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
		{"load management object", `{"_id":"e","type":"load_management.group.archived","object":"load_management_group","data":{"_id":"g","notes":""}}`, (*edrv.LoadManagementEvent)(nil)},
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
			requireRoundTrip(t, u, []byte(tt.body))
			got, ok := u.Infer()
			if tt.want == nil {
				assert.False(t, ok)
				assert.Nil(t, got)
				return
			}
			require.True(t, ok)
			assert.IsType(t, tt.want, got)
			assert.Equal(t, u.Type(), got.Type(), "the name is kept")
			assert.Equal(t, "e", got.ID())
			assert.Equal(t, u.Raw(), got.Raw())
			requireRoundTrip(t, got, []byte(tt.body))
		})
	}
	// An Unknown that reports a decoding error is not inferred again.
	ev, err := edrv.Parse([]byte(`{"_id":"e","type":"session.updated","data":{"metrics":1}}`))
	require.Error(t, err)
	_, ok := ev.(*edrv.Unknown).Infer()
	assert.False(t, ok)
}
