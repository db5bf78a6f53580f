package edrv_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
)

// Every action family has a typed response, and every action payload of the
// catalogue decodes into it.
func TestActionResponses(t *testing.T) {
	want := map[string]any{
		edrv.FamilySetPowerLimit:        (*edrv.StatusResponse)(nil),
		edrv.FamilyClearPowerLimit:      (*edrv.StatusResponse)(nil),
		edrv.FamilyGetConfiguration:     (*edrv.ConfigurationResponse)(nil),
		edrv.FamilyUpdateConfiguration:  (*edrv.StatusResponse)(nil),
		edrv.FamilyTriggerMessage:       (*edrv.StatusResponse)(nil),
		edrv.FamilyGetLocalListVersion:  (*edrv.LocalListVersionResponse)(nil),
		edrv.FamilySendLocalList:        (*edrv.StatusResponse)(nil),
		edrv.FamilyGetCompositeSchedule: (*edrv.CompositeSchedule)(nil),
		edrv.FamilySetChargingProfile:   (*edrv.StatusResponse)(nil),
		edrv.FamilyClearChargingProfile: (*edrv.StatusResponse)(nil),
		edrv.FamilyGetDiagnostics:       (*edrv.DiagnosticsResponse)(nil),
		edrv.FamilyUpdateFirmware:       (*edrv.StatusResponse)(nil),
		edrv.FamilyAuthorization:        (*edrv.AuthorizationResponse)(nil),
	}
	families := map[string]bool{}
	for key, body := range edrvtest.Payloads() {
		name := edrv.EventType(strings.SplitN(key, "/", 2)[0])
		if !name.Known() || !name.IsAction() {
			continue
		}
		t.Run(key, func(t *testing.T) {
			ev, err := edrv.Parse(body)
			require.NoError(t, err)
			a := requireType[*edrv.ActionEvent](t, ev).Data
			require.Equal(t, name.Action(), a.Family(), "the action's type names its family")
			families[a.Family()] = true
			resp, err := a.Response()
			require.NoError(t, err)
			w, ok := want[a.Family()]
			require.True(t, ok, "family %s has a response type", a.Family())
			if a.ResponseData == nil || string(a.ResponseData) == "null" {
				assert.Nil(t, resp)
				return
			}
			assert.Equal(t, reflect.TypeOf(w), reflect.TypeOf(resp))
			// The typed response is lossless too, with either JSON package.
			requireRoundTrip(t, resp, a.ResponseData)
		})
	}
	assert.Len(t, families, len(want), "the catalogue has an action of every family")
}

func TestActionTypedResponses(t *testing.T) {
	a := edrv.Action{Type: edrv.Some("chargestation.get_composite_schedule"), ResponseData: jsontext.Value(
		`{"status":"Accepted","connectorId":1,"scheduleStart":"2023-05-01T13:41:33Z","chargingSchedule":{"duration":86400,"chargingRateUnit":"A","chargingSchedulePeriod":[{"startPeriod":0,"limit":12}]}}`)}
	cs, err := a.CompositeSchedule()
	require.NoError(t, err)
	assert.Equal(t, "Accepted", cs.Status.Value)
	assert.Equal(t, 12.0, cs.ChargingSchedule.Value.ChargingSchedulePeriod.Value[0].Limit.Float64())

	a = edrv.Action{Type: edrv.Some("get_local_list_version"), ResponseData: jsontext.Value(`{"listVersion":"3"}`)}
	r, err := a.Response()
	require.NoError(t, err)
	n, ok := r.(*edrv.LocalListVersionResponse).ListVersion.Int64()
	assert.True(t, ok)
	assert.Equal(t, int64(3), n)

	a = edrv.Action{Type: edrv.Some("chargestation.authorization"), ResponseData: jsontext.Value(
		`{"idTagInfo":{"status":"Blocked","expiryDate":"2025-01-01T00:00:00Z","parentIdTag":"P1"}}`)}
	r, err = a.Response()
	require.NoError(t, err)
	info := r.(*edrv.AuthorizationResponse).IDTagInfo.Value
	assert.Equal(t, "Blocked", info.Status.Value)
	assert.Equal(t, "P1", info.ParentIDTag.Value)
	assert.Equal(t, 2025, info.ExpiryDate.Time().Year())

	a = edrv.Action{Type: edrv.Some("chargestation.get_diagnostics"), ResponseData: jsontext.Value(`{"fileName":"diag.zip"}`)}
	d, err := a.DiagnosticsResponse()
	require.NoError(t, err)
	assert.Equal(t, "diag.zip", d.FileName.Value)

	a = edrv.Action{Type: edrv.Some("session.set_power_limit"), Data: jsontext.Value(`{"unit":"current","limit":"10"}`),
		ResponseData: jsontext.Value(`{"status":"Rejected"}`)}
	pl, err := a.PowerLimit()
	require.NoError(t, err)
	assert.Equal(t, "current", pl.Unit.Value)
	assert.Equal(t, 10.0, pl.Limit.Float64())
	r, err = a.Response()
	require.NoError(t, err)
	assert.Equal(t, "Rejected", r.(*edrv.StatusResponse).Status.Value)

	a = edrv.Action{Type: edrv.Some("get_configuration"), Data: jsontext.Value(`{"key":"HeartbeatInterval","value":"900"}`)}
	cc, err := a.ConfigurationChange()
	require.NoError(t, err)
	assert.Equal(t, "HeartbeatInterval", cc.Key.Value)
	assert.Equal(t, "get_configuration", a.Family())
	assert.Equal(t, "", (&edrv.Action{}).Family())
}

// The typed helpers of Action report a body of another shape with the JSON
// cause, and no response data or data as nil without an error.
func TestActionHelpersErrors(t *testing.T) {
	var semErr *json.SemanticError
	var syntaxErr *jsontext.SyntacticError
	a := edrv.Action{ResponseData: jsontext.Value(`{"chargingSchedule":[1]}`), Data: jsontext.Value(`{"unit":5}`)}
	cs, err := a.CompositeSchedule()
	assert.Nil(t, cs)
	assert.ErrorAs(t, err, &semErr)
	assert.Contains(t, err.Error(), "response_data")
	pl, err := a.PowerLimit()
	assert.Nil(t, pl)
	assert.ErrorAs(t, err, &semErr)
	assert.Contains(t, err.Error(), "data")

	a = edrv.Action{ResponseData: jsontext.Value(`{"status":`), Data: jsontext.Value(`{"unit":`)}
	_, err = a.CompositeSchedule()
	assert.ErrorAs(t, err, &syntaxErr)
	_, err = a.PowerLimit()
	assert.ErrorAs(t, err, &syntaxErr)
	_, err = a.Response()
	assert.ErrorAs(t, err, &syntaxErr)

	for _, raw := range []jsontext.Value{nil, jsontext.Value(`null`)} {
		a = edrv.Action{ResponseData: raw, Data: raw}
		cs, err = a.CompositeSchedule()
		assert.NoError(t, err)
		assert.Nil(t, cs)
		pl, err = a.PowerLimit()
		assert.NoError(t, err)
		assert.Nil(t, pl)
		r, err := a.Response()
		assert.NoError(t, err)
		assert.True(t, r == nil, "an untyped nil")
	}
}
