package smartcar_test

import (
	"bytes"
	jsonv1 "encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
)

const injectedMember = `{"big": 12345678901234567890, "dec": 1.50, "empty": "", "nil": null, "arr": [1, "a", {"k": null}], "obj": {"n": 0}}`

// inject adds "x_evhooks_injected" to every object of the JSON value v, at
// every depth (the injected value itself excepted).
func inject(v any, member any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = inject(e, member)
		}
		v["x_evhooks_injected"] = member
	case []any:
		for i, e := range v {
			v[i] = inject(e, member)
		}
	}
	return v
}

// encodeTree marshals a tree decoded with UseNumber, numbers as sent.
func encodeTree(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := jsonv1.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(v))
	return bytes.TrimSpace(buf.Bytes())
}

// TestInjectedUnknownMembers: a member the package does not know, added to
// every object at every depth of every golden (and at the top level), is
// accepted and marshalled back exactly by both JSON packages.
func TestInjectedUnknownMembers(t *testing.T) {
	for _, g := range goldens(t) {
		t.Run(g.name, func(t *testing.T) {
			in := encodeTree(t, inject(tree(t, g.body), tree(t, []byte(injectedMember))))
			require.Contains(t, string(in), "12345678901234567890")
			ev := mustParse(t, in)
			requireRoundTrip(t, in, ev)
			if _, ok := ev.(*smartcar.Unknown); ok {
				return
			}
			// The members went to the typed values' Extra, not to a raw echo.
			v2, err := json.Marshal(ev)
			require.NoError(t, err)
			assert.Equal(t, strings.Count(string(in), "x_evhooks_injected"), strings.Count(string(v2), "x_evhooks_injected"))
		})
	}
}

// TestExtraIsKeptPerObject checks where unknown members land, at a few
// depths, including a typed signal body and meta.
func TestExtraIsKeptPerObject(t *testing.T) {
	in := []byte(`{"eventId":"e","eventType":"VEHICLE_STATE","x0":1,
		"data":{"x1":"a","user":{"id":"u","x2":null},"vehicle":{"id":"v","color":"red"},
		"signals":[{"code":"tractionbattery-stateofcharge","name":"StateOfCharge","group":"TractionBattery",
			"body":{"unit":"percent","value":75,"x3":1.50},"meta":{"retrievedAt":1,"x4":[]},"x5":{}}]},
		"meta":{"version":"4.0","x6":""}}`)
	ev := mustParse(t, in).(*smartcar.VehicleState)
	assert.JSONEq(t, `{"x0":1}`, string(ev.Extra))
	assert.JSONEq(t, `{"x1":"a"}`, string(ev.Data.Value.Extra))
	assert.JSONEq(t, `{"x2":null}`, string(ev.User().Extra))
	assert.JSONEq(t, `{"color":"red"}`, string(ev.Vehicle().Extra))
	s := ev.Signal(smartcar.CodeTractionBatteryStateOfCharge)
	require.NotNil(t, s)
	p, ok := s.Body.Value.(*smartcar.Percent)
	require.True(t, ok, "%T", s.Body.Value)
	assert.Equal(t, `{"x3":1.50}`, string(p.Extra))
	assert.JSONEq(t, `{"x4":[]}`, string(s.Meta.Value.Extra))
	assert.JSONEq(t, `{"x5":{}}`, string(s.Extra))
	assert.JSONEq(t, `{"x6":""}`, string(ev.Meta().Extra))
	requireRoundTrip(t, in, ev)
}

// TestModifiedEventMarshalsItsModification: changes to the typed values,
// including a typed signal body, show in both marshals.
func TestModifiedEventMarshalsItsModification(t *testing.T) {
	ev := mustParse(t, smartcartest.Payload("VEHICLE_STATE")).(*smartcar.VehicleState)
	ev.EventID = smartcar.Some("changed-id")
	d := ev.Data.Value
	d.Vehicle.Value.Make = smartcar.Some("Changed Make")
	d.Vehicle.Value.Year = smartcar.Int(2031)
	s := d.Signals.Value.Get(smartcar.CodeTractionBatteryStateOfCharge)
	s.Body.Value.(*smartcar.Percent).Value = smartcar.Float(12.5)
	d.Signals.Value = append(d.Signals.Value, smartcar.Signal{
		Code: smartcar.Some(smartcar.CodeChargeIsCharging), Name: smartcar.Some("IsCharging"), Group: smartcar.Some("Charge"),
		Body: smartcar.SignalBody{Value: &smartcar.Flag{Value: smartcar.Some(true)}},
	})
	d.User.Value.ExternalID = smartcar.NullOpt[string]()
	ev.Data = smartcar.Some(d)
	ev.TopTriggers = smartcar.Some([]smartcar.Trigger{smartcar.TriggerText("FIRST_DELIVERY")})

	for name, b := range map[string][]byte{"v1": mustMarshalV1(t, ev), "v2": mustMarshalV2(t, ev)} {
		t.Run(name, func(t *testing.T) {
			got := mustParse(t, b).(*smartcar.VehicleState)
			assert.Equal(t, "changed-id", got.ID())
			assert.Equal(t, "Changed Make", got.Vehicle().Make.Value)
			y, ok := got.Vehicle().Year.Int64()
			assert.True(t, ok)
			assert.Equal(t, int64(2031), y)
			soc, ok := got.StateOfCharge()
			assert.True(t, ok)
			assert.Equal(t, 12.5, soc)
			charging, ok := got.IsCharging()
			assert.True(t, ok && charging)
			assert.True(t, got.User().ExternalID.Null)
			assert.True(t, got.IsFirstDelivery())
			assert.Contains(t, string(b), `"triggers":["FIRST_DELIVERY"]`)
			assert.Contains(t, string(b), `"externalId":null`)
		})
	}
}

func mustMarshalV1(t *testing.T, v any) []byte {
	t.Helper()
	b, err := jsonv1.Marshal(v)
	require.NoError(t, err)
	return b
}

func mustMarshalV2(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

// TestDuplicatesAndInvalidUTF8AreRejected: a duplicate member name at any
// depth, or invalid UTF-8 in a string, fails Parse with an error wrapping
// *jsontext.SyntacticError, in both the envelope and a signal body.
func TestDuplicatesAndInvalidUTF8AreRejected(t *testing.T) {
	base := string(smartcartest.Payload("VEHICLE_STATE"))
	tests := map[string]string{
		"duplicate top level":       strings.Replace(base, `"eventId":`, `"eventId":"dup","eventId":`, 1),
		"duplicate discriminator":   strings.Replace(base, `"eventType": "VEHICLE_STATE"`, `"eventType":"VEHICLE_STATE","eventType":"VEHICLE_ERROR"`, 1),
		"duplicate in data.vehicle": strings.Replace(base, `"make":"Test Make"`, `"make":"A","make":"B"`, 1),
		"duplicate in signal body":  strings.Replace(base, `"body": {"unit":"percent","value":75}`, `"body": {"unit":"percent","value":75,"value":76}`, 1),
		"duplicate unknown member":  strings.Replace(base, `"eventId":`, `"x":1,"x":2,"eventId":`, 1),
		"invalid UTF-8":             strings.Replace(base, `Test Make`, "Test \xff Make", 1),
		"invalid UTF-8 in body":     strings.Replace(base, `"unit":"percent"`, "\"unit\":\"per\xc3\x28cent\"", 1),
		"invalid UTF-8 v2":          strings.Replace(string(smartcartest.Payload("schedule")), `BMW`, "B\xedW", 1),
	}
	for name, body := range tests {
		t.Run(name, func(t *testing.T) {
			require.NotEqual(t, base, body, "the case must change the payload")
			_, err := smartcar.Parse([]byte(body))
			var syn *jsontext.SyntacticError
			require.True(t, errors.As(err, &syn), "want *jsontext.SyntacticError, got %v", err)
		})
	}
}

// TestEncodingJSONUnmarshalEvents: encoding/json can decode the events too
// (through json v2), with the same result as Parse.
func TestEncodingJSONUnmarshalEvents(t *testing.T) {
	for _, g := range goldens(t) {
		ev := mustParse(t, g.body)
		var into smartcar.Event
		switch ev.(type) {
		case *smartcar.VehicleState:
			into = new(smartcar.VehicleState)
		case *smartcar.VehicleError:
			into = new(smartcar.VehicleError)
		case *smartcar.Verify:
			into = new(smartcar.Verify)
		case *smartcar.Schedule:
			into = new(smartcar.Schedule)
		case *smartcar.EventBased:
			into = new(smartcar.EventBased)
		default:
			continue
		}
		require.NoError(t, jsonv1.Unmarshal(g.body, into), g.name)
		assert.Equal(t, ev.Type(), into.Type(), g.name)
		assert.Equal(t, ev.ID(), into.ID(), g.name)
		assert.Equal(t, string(bytes.TrimSpace(g.body)), string(into.Raw()), g.name, "encoding/json passes the value without surrounding space")
		requireRoundTrip(t, g.body, into)
	}
	var vs smartcar.VehicleState
	var sem *json.SemanticError
	require.ErrorAs(t, jsonv1.Unmarshal([]byte(`null`), &vs), &sem)
}
