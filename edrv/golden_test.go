package edrv_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
)

const goldenDir = "../testdata/edrv"

func readGolden(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(goldenDir, name))
	require.NoError(t, err)
	return b
}

// jsonTree decodes b into a generic tree. A string-encoded envelope data
// member is decoded too, since eDRV's text inside it and ours may differ in
// spacing and member order while holding the same JSON value.
func jsonTree(t testing.TB, b []byte) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal(b, &v), "%s", b)
	if m, ok := v.(map[string]any); ok {
		var inner map[string]any
		if s, ok := m["data"].(string); ok && json.Unmarshal([]byte(s), &inner) == nil && inner != nil {
			m["data"] = map[string]any{"(string)": inner}
		}
	}
	return v
}

// testJSONMarshal checks that v marshals to the same JSON tree as want.
func testJSONMarshal(t *testing.T, v any, want []byte) {
	t.Helper()
	got, err := json.Marshal(v)
	require.NoError(t, err)
	if diff := cmp.Diff(jsonTree(t, want), jsonTree(t, got)); diff != "" {
		t.Errorf("round trip differs (-input +marshaled):\n%s", diff)
	}
}

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	ts, err := time.Parse(time.RFC3339Nano, s)
	require.NoError(t, err)
	return ts
}

func TestGoldens(t *testing.T) {
	tests := []struct {
		file  string
		check func(t *testing.T, ev edrv.Event)
	}{
		{"chargestation.get_composite_schedule.accepted.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.ActionEvent](t, ev)
			assert.Equal(t, "644fc18f84c4b5000981ad7b", e.ID)
			assert.Equal(t, edrv.ChargestationGetCompositeScheduleAccepted, e.Name)
			assert.Equal(t, "action", e.Object)
			assert.Equal(t, edrv.DataJSON, e.DataForm)
			assert.Equal(t, mustTime(t, "2023-05-01T13:41:35.264Z"), e.CreatedAt.Time())
			a := e.Data
			assert.Equal(t, "644fc18db506a40c0452220d", a.ID)
			assert.Equal(t, "chargestation.get_composite_schedule", a.Type)
			assert.Equal(t, e.Name.ActionType(), a.Type)
			assert.Equal(t, edrv.ActionCompleted, a.Status)
			assert.Equal(t, e.Name.Status(), a.Status.Status())
			assert.Equal(t, "5fb24edb64345616b6f3198d", a.Chargestation)
			assert.Equal(t, "5fb24edb64345616b6f3198d", ev.ChargestationID())
			assert.Equal(t, "5fb24edb64345616b6f3198f", a.Connector)
			assert.Nil(t, a.Data)
			assert.Equal(t, mustTime(t, "2023-05-01T13:41:34.642Z"), a.UpdatedAt.Time())
			cs, err := a.CompositeSchedule()
			require.NoError(t, err)
			assert.Equal(t, "Accepted", cs.Status)
			id, ok := cs.ConnectorID.Int64()
			assert.True(t, ok)
			assert.Equal(t, int64(1), id)
			assert.Equal(t, mustTime(t, "2023-05-01T13:41:33Z"), cs.ScheduleStart.Time())
			require.NotNil(t, cs.ChargingSchedule)
			assert.Equal(t, 86400.0, cs.ChargingSchedule.Duration.Float64())
			assert.Equal(t, "A", cs.ChargingSchedule.ChargingRateUnit)
			require.Len(t, cs.ChargingSchedule.ChargingSchedulePeriod, 1)
			assert.Equal(t, 12.0, cs.ChargingSchedule.ChargingSchedulePeriod[0].Limit.Float64())
			pl, err := a.PowerLimit()
			assert.NoError(t, err)
			assert.Nil(t, pl)
		}},
		{"chargestation.get_composite_schedule.requested.data-string.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.ActionEvent](t, ev)
			assert.Equal(t, edrv.DataString, e.DataForm)
			assert.Equal(t, edrv.ChargestationGetCompositeScheduleRequested, e.Name)
			assert.Equal(t, "644fc18db506a40c0452220d", e.Data.ID)
			assert.Equal(t, edrv.ActionRequested, e.Data.Status)
			assert.Equal(t, edrv.StatusRequested, e.Data.Status.Status())
			assert.JSONEq(t, `{"_id":"644fc18db506a40c0452220d","type":"chargestation.get_composite_schedule","status":"requested"}`,
				string(e.RawData()))
			assert.Empty(t, ev.ChargestationID())
		}},
		{"chargestation.get_configuration.requested.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.ActionEvent](t, ev)
			assert.Equal(t, "get_configuration", e.Data.Type, "older payloads use bare action names")
			assert.Equal(t, edrv.ActionRequested, e.Data.Status)
			assert.JSONEq(t, `{"key":"HeartbeatInterval","value":"900"}`, string(e.Data.Data))
			assert.Equal(t, `{}`, string(e.Data.ResponseData))
			cs, err := e.Data.CompositeSchedule()
			require.NoError(t, err)
			assert.Equal(t, &edrv.CompositeSchedule{}, cs)
		}},
		{"session.set_power_limit.rejected.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.ActionEvent](t, ev)
			assert.True(t, e.Name.IsAction())
			assert.Equal(t, edrv.StatusRejected, e.Name.Status())
			assert.Equal(t, edrv.ActionFailed, e.Data.Status)
			assert.Equal(t, e.Name.Status(), e.Data.Status.Status())
			pl, err := e.Data.PowerLimit()
			require.NoError(t, err)
			assert.Equal(t, "current", pl.Unit)
			assert.Equal(t, 10.0, pl.Limit.Float64())
			assert.Equal(t, "644a58a868bf304318358001", ev.ChargestationID())
		}},
		{"session.updated.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.SessionEvent](t, ev)
			assert.Equal(t, edrv.SessionUpdated, e.Name)
			assert.Equal(t, "6464c0f3a1bc750b39ae3e41", ev.EventID())
			s := e.Data
			assert.Equal(t, "6464bfe3a1bc750b39ae3de0", s.ID)
			assert.Equal(t, "615ec8c82cf705033a667b81", s.User)
			assert.Equal(t, "644a58a868bf304318358001", ev.ChargestationID())
			assert.Equal(t, "644a58a968bf304318358018", s.Connector)
			assert.Equal(t, edrv.SessionStatusStarted, s.Status)
			assert.Equal(t, edrv.RateRef{ID: "62569ca2f94d5506460d9f42"}, s.Rate)
			require.NotNil(t, s.Configurations)
			assert.True(t, s.Configurations.IncludeRawEnergyReport.Valid())
			assert.False(t, s.Configurations.IncludeRawEnergyReport.Bool())
			assert.True(t, s.Configurations.IncludeIDTag.Bool())
			assert.False(t, s.Configurations.IncludeArtificialStatusNotificationFor201.Valid())
			require.NotNil(t, s.Target)
			assert.Equal(t, 175.0, s.Target.Time.Float64())
			assert.Equal(t, "17.5", s.Target.Cost.String())
			assert.Equal(t, 100.0, s.Target.Energy.Float64())
			assert.Equal(t, mustTime(t, "2023-05-17T18:30:00Z"), s.Target.EnergyStopTime.Time())
			require.NotNil(t, s.Metrics)
			assert.Equal(t, mustTime(t, "2023-05-17T11:52:03.762Z"), s.Metrics.ChargingStart.Time())
			assert.False(t, s.Metrics.ChargingStop.Valid())
			assert.Equal(t, 693.0, s.Metrics.MeterStart.Float64())
			assert.Equal(t, "Asia/Baghdad", s.Metrics.Timezone)
			assert.Equal(t, "240.188", s.Metrics.EnergyPeriod.String())
			assert.True(t, s.Metrics.EnergyConsumed.Valid())
			assert.Equal(t, 0.0, s.Metrics.EnergyConsumed.Float64())
			require.NotNil(t, s.EnergyReport)
			assert.Equal(t, "A", s.EnergyReport.Current.Unit)
			wh, ok := s.EnergyReport.EnergyMeter.WattHours()
			assert.True(t, ok)
			assert.Equal(t, 693.0, wh)
			assert.True(t, s.EnergyReport.StateOfCharge.Value.Quoted())
			assert.Equal(t, "0.00", s.EnergyReport.StateOfCharge.Value.String())
			assert.Equal(t, "Percent", s.EnergyReport.StateOfCharge.Unit)
			require.Len(t, s.ChargingActivity, 3)
			assert.Equal(t, edrv.ConnectorSuspendedEV, s.ChargingActivity[1].Status)
			require.NotNil(t, s.Cost)
			assert.Equal(t, "3.198", s.Cost.Amount.String())
			assert.Equal(t, "usd", s.Cost.Currency)
			require.Len(t, s.Cost.Breakdown, 2)
			flat := s.Cost.Breakdown[0]
			assert.Equal(t, edrv.PriceFlat, flat.Type)
			assert.Equal(t, "All-$3-Grace-6m", flat.RateName)
			assert.Equal(t, "", flat.Unit)
			assert.True(t, flat.Period.EndTime.Null())
			assert.False(t, flat.Period.EndTime.Valid())
			assert.Equal(t, mustTime(t, "2023-05-17T11:52:02Z"), flat.Period.StartTime.Time())
			assert.Equal(t, "0.198", s.Cost.Breakdown[1].TotalCost.String())
			assert.JSONEq(t, `{"session_source":"Android_App"}`, string(s.MetaData))
			assert.Equal(t, mustTime(t, "2023-05-17T11:56:04.020Z"), s.UpdatedAt.Time())
		}},
		{"session.updated.2022.json", func(t *testing.T, ev edrv.Event) {
			s := requireType[*edrv.SessionEvent](t, ev).Data
			assert.Equal(t, edrv.SessionStatus("started"), s.Status)
			assert.True(t, s.Status.Is(edrv.SessionStatusStarted))
			assert.True(t, s.Status.Known())
			r := s.EnergyReport
			require.NotNil(t, r)
			assert.Equal(t, mustTime(t, "2022-06-21T13:41:59Z"), r.Timestamp.Time())
			assert.Equal(t, "16.0", r.Current.Value.String())
			assert.Equal(t, 16.0, r.Current.Value.Float64())
			assert.True(t, r.Current.Value.Quoted())
			assert.Equal(t, "734.060", r.EnergyMeter.Value.String())
			wh, ok := r.EnergyMeter.WattHours()
			assert.True(t, ok)
			assert.InDelta(t, 734060.0, wh, 1e-6)
			assert.Equal(t, 69.0, r.StateOfCharge.Value.Float64())
			item := s.Cost.Breakdown[0]
			assert.Equal(t, edrv.PriceEnergy, item.Type)
			assert.True(t, item.Period.StartTime.Epoch())
			assert.Equal(t, time.UnixMilli(1655816640000).UTC(), item.Period.StartTime.Time())
			assert.Equal(t, time.UnixMilli(1655818921000).UTC(), item.Period.EndTime.Time())
			assert.Equal(t, "", item.RateName)
			assert.Equal(t, "kWh", item.Unit)
			assert.Equal(t, mustTime(t, "2022-06-21T13:42:02.52Z"), s.UpdatedAt.Time())
		}},
		{"session.updated.ocpp201.json", func(t *testing.T, ev edrv.Event) {
			s := requireType[*edrv.SessionEvent](t, ev).Data
			assert.True(t, s.Configurations.IncludeArtificialStatusNotificationFor201.Bool())
			assert.Equal(t, edrv.ChargingStateCharging, s.Metrics.ChargingState)
			assert.True(t, s.Metrics.ChargingState.Known())
			soc := s.EnergyReport.StateOfCharge
			assert.True(t, soc.UnitNull())
			assert.Equal(t, "", soc.Unit)
			assert.Equal(t, 0.52, soc.Value.Float64())
			assert.Nil(t, s.EnergyReport.Current)
			raw := s.RawEnergyReport
			require.NotNil(t, raw)
			assert.True(t, raw.Timestamp.Malformed(), "published timestamp is malformed")
			assert.Equal(t, `"2023-08-16T13:30.00.00Z"`, raw.Timestamp.Raw())
			assert.True(t, raw.ServerTimestamp.Malformed())
			assert.Len(t, raw.Measurands, 4)
			require.Len(t, raw.Measurands["voltage"], 2)
			v := raw.Measurands["voltage"][1]
			assert.Equal(t, "233.90", v.Value.String())
			assert.Equal(t, "V", v.Unit)
			assert.Equal(t, "L3-N", v.Phase)
			assert.Equal(t, mustTime(t, "2023-08-16T13:24:38.593Z"), v.Timestamp.Time())
			em := raw.Measurands["energy_meter"][0]
			assert.True(t, em.Timestamp.Malformed())
			assert.Equal(t, 4174.0, em.Value.Float64())
			assert.Empty(t, raw.Other)
			assert.JSONEq(t, `{"eventType":"Updated","triggerReason":"MeterValuePeriodic","seqNo":3,
				"transactionInfo":{"transactionId":"f1c2","chargingState":"Charging"}}`, string(s.TransactionEvent()))
			assert.Equal(t, mustTime(t, "2025-05-08T14:06:22.5873215Z"), s.CreatedAt.Time())
		}},
		{"session.ended.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.SessionEvent](t, ev)
			assert.Equal(t, edrv.SessionEnded, e.Name)
			s := e.Data
			assert.Equal(t, edrv.SessionStatusEnded, s.Status)
			assert.Equal(t, mustTime(t, "2022-06-08T19:15:02.907Z"), s.Metrics.ChargingStop.Time())
			assert.Equal(t, "152003", s.Metrics.MeterStart.String())
			assert.True(t, s.Metrics.MeterStart.Quoted())
			assert.Equal(t, "3.01", s.Cost.Amount.String())
			require.Len(t, s.Cost.Breakdown, 1, "cost_breakdown decodes into Breakdown")
			assert.Equal(t, "Evening", s.Cost.Breakdown[0].RateName)
			assert.Equal(t, "3.0123", s.Cost.Breakdown[0].TotalCost.String())
		}},
		{"session.created.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.SessionEvent](t, ev)
			assert.Equal(t, edrv.ClassSync, e.Name.Class())
			assert.Equal(t, edrv.SessionStatusCreated, e.Data.Status)
			assert.Nil(t, e.Data.Metrics)
			assert.Nil(t, e.Data.Cost)
		}},
		{"session.target.soc.reached.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.SessionEvent](t, ev)
			assert.Equal(t, edrv.ClassIntelligence, e.Name.Class())
			assert.Equal(t, "session.target.soc", e.Name.Resource())
			assert.Equal(t, 80.0, e.Data.EnergyReport.StateOfCharge.Value.Float64())
			wh, ok := e.Data.EnergyReport.EnergyMeter.WattHours()
			assert.True(t, ok)
			assert.InDelta(t, 41943.0, wh, 1e-6)
		}},
		{"chargestation.connector_status.updated.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.ChargestationEvent](t, ev)
			assert.Equal(t, edrv.ClassNetwork, e.Name.Class())
			c := e.Data
			assert.Equal(t, "5eafcdae9e7760a2646be430", ev.ChargestationID())
			assert.Equal(t, "5f5e130ce35d6e2629ba6e4c", c.Location)
			assert.Equal(t, edrv.ProtocolOCPP16, c.Protocol)
			assert.Equal(t, "edrv02", c.Endpoint)
			assert.True(t, c.Online.Bool())
			assert.True(t, c.Public.Bool())
			assert.True(t, c.IsSimulator.Valid())
			assert.False(t, c.IsSimulator.Bool())
			require.NotNil(t, c.BootInfo)
			assert.Equal(t, "AWSE770003T2P0", c.BootInfo.ChargePointModel)
			assert.Equal(t, "234500011399988", c.BootInfo.IMSI)
			assert.Equal(t, 4.865672799999999, c.Coordinates.Lng)
			assert.Equal(t, 52.3310936, c.Coordinates.Lat)
			require.Len(t, c.Connectors, 2)
			c0 := c.Connector("5eafcdaf9e7760a2646be433")
			require.NotNil(t, c0)
			assert.Equal(t, edrv.ConnectorPreparing, c0.Status)
			assert.Equal(t, edrv.ConnectorTypeJ1772, c0.Type)
			assert.True(t, c0.Format.Is(edrv.FormatSocket))
			assert.Equal(t, edrv.PowerAC1Phase, c0.PowerType.Normalized())
			assert.Equal(t, "2.01", c0.Power.String())
			require.NotNil(t, c0.Rate.Rate, "rate embedded as an object")
			assert.Equal(t, "6124c9bdcd8ad428ee3de0b3", c0.Rate.ID)
			assert.Equal(t, "EUR", c0.Rate.Rate.Currency)
			require.Len(t, c0.Rate.Rate.PriceComponents, 1)
			assert.Equal(t, edrv.PriceTime, c0.Rate.Rate.PriceComponents[0].Type)
			assert.Equal(t, 1.0, c0.Rate.Rate.PriceComponents[0].StepSize.Float64())
			c1 := c.Connectors[1]
			assert.Equal(t, edrv.ConnectorReserved, c1.Status)
			assert.True(t, c1.Status.Known())
			assert.Nil(t, c1.Rate.Rate)
			assert.Equal(t, "6124c9bdcd8ad428ee3de0b3", c1.Rate.ID, "rate as an id string")
			assert.Equal(t, 22.0, c1.Power.Float64())
			assert.Nil(t, c.Connector("missing"))
			assert.Equal(t, mustTime(t, "2021-10-13T12:27:45.718Z"), c.LastDisconnectAt.Time())
			assert.JSONEq(t, `{"notes":""}`, string(c.MetaData))
			assert.Equal(t, "{}", string(c.Configuration))
			assert.Equal(t, "ws://devcsms.edrv.io/1l9t", c.ConnectionURL)
			assert.Equal(t, &edrv.Security{Type: "none"}, c.Security)
		}},
		{"chargestation.online.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.ChargestationEvent](t, ev)
			assert.Equal(t, edrv.ChargestationOnline, e.Name)
			assert.True(t, e.Data.Online.Bool())
			assert.Empty(t, e.Data.Connectors)
			assert.Equal(t, mustTime(t, "2024-06-04T13:30:18Z"), e.CreatedAt.Time())
		}},
		{"chargestation.connector.updated.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.ChargestationEvent](t, ev)
			assert.Equal(t, edrv.ClassSync, e.Name.Class())
			assert.Equal(t, "chargestation.connector", e.Name.Resource())
			c := e.Data
			assert.Equal(t, edrv.ProtocolOCPP201, c.Protocol)
			assert.True(t, c.OpenForBusiness.Bool())
			assert.False(t, c.Public.Bool())
			assert.Equal(t, "Terra AC", c.Model)
			k := c.Connectors[0]
			assert.Equal(t, edrv.ConnectorOccupied, k.Status)
			assert.Equal(t, edrv.FormatCable, k.Format)
			assert.Equal(t, edrv.PowerAC3Phase, k.PowerType.Normalized())
			assert.True(t, k.PowerType.Is(edrv.PowerAC3Phase))
			evse, ok := k.EVSEID.Int64()
			assert.True(t, ok)
			assert.Equal(t, int64(1), evse)
			assert.Contains(t, string(k.RawMessage), `"connectorStatus": "Occupied"`)
		}},
		{"location.updated.json", func(t *testing.T, ev edrv.Event) {
			l := requireType[*edrv.LocationEvent](t, ev).Data
			assert.Equal(t, "Hummingbird Energy", l.OperatorName)
			assert.Equal(t, &edrv.Address{StreetAndNumber: "Lepelstraat 20", PostalCode: "1018 XM ", City: "Amsterdam",
				Country: "Netherlands", State: "Noord"}, l.Address)
			assert.Equal(t, edrv.NewCoordinates(-52.33, 34.23), l.Coordinates)
			assert.Equal(t, []edrv.OpeningPeriod{{StartTime: "08:00", EndTime: "12:00"}, {StartTime: "13:00", EndTime: "20:00"}},
				l.OpeningPeriods(time.Monday))
			assert.Empty(t, l.OpeningPeriods(time.Sunday))
			assert.Empty(t, ev.ChargestationID())
		}},
		{"location.created.v1.json", func(t *testing.T, ev edrv.Event) {
			l := requireType[*edrv.LocationEvent](t, ev).Data
			assert.True(t, l.Coordinates.Valid())
			assert.Equal(t, 4.8894, l.Coordinates.Lng)
			assert.Equal(t, 52.3796, l.Coordinates.Lat)
			assert.Equal(t, []string{"5eafcdae9e7760a2646be430"}, l.Chargestations)
			assert.Equal(t, "Gate code 1234", l.Notes)
			assert.Equal(t, "5e7e6c058a6deccfefdf4223", l.Organization)
			assert.Equal(t, "[]", string(l.Images))
		}},
		{"user.created.json", func(t *testing.T, ev edrv.Event) {
			u := requireType[*edrv.UserEvent](t, ev).Data
			assert.Equal(t, "test@test.test", u.Email)
			assert.Equal(t, "Alabama", u.Address.State)
			assert.Equal(t, &edrv.Phone{Mobile: "(705)123-1212", Home: "(706)124-1212", Work: "(706)125-1212"}, u.Phone)
			require.NotNil(t, u.Wallet)
			assert.Equal(t, 5000.0, u.Wallet.Balance.Float64())
			assert.Equal(t, "usd", u.Wallet.Currency)
			require.NotNil(t, u.Wallet.AutoTopUp)
			assert.True(t, u.Wallet.AutoTopUp.Active.Bool())
			assert.Equal(t, "60e7116e15f9305d44e9d4d5", u.Wallet.AutoTopUp.PaymentMethod)
		}},
		{"rate.updated.json", func(t *testing.T, ev edrv.Event) {
			r := requireType[*edrv.RateEvent](t, ev).Data
			assert.Equal(t, "EUR", r.Currency)
			require.Len(t, r.PriceComponents, 4)
			pt := r.PriceComponents[3]
			assert.Equal(t, edrv.PriceComponentType("PARKING TIME"), pt.Type, "value kept as sent")
			assert.Equal(t, edrv.PriceParkingTime, pt.Type.Normalized())
			assert.True(t, pt.Type.Known())
			assert.Equal(t, 1.5, pt.GracePeriod.Float64())
			assert.Equal(t, "0.5", r.MinimumAmount.String())
			assert.True(t, r.MinimumAmount.Quoted())
			assert.True(t, r.Active.Bool())
		}},
		{"rate_schedule.created.json", func(t *testing.T, ev edrv.Event) {
			r := requireType[*edrv.RateScheduleEvent](t, ev).Data
			assert.True(t, r.Active.Bool(), `"true" as a string`)
			assert.True(t, r.Active.Quoted())
			require.Len(t, r.Layout, 1)
			assert.Equal(t, "08:00", r.Layout[0].Target.StartTime)
			assert.Equal(t, "[]", string(r.Layout[0].Target.DayOfWeek))
			assert.Equal(t, "5fca57b3fbfcc320b3b03f22", r.Layout[0].Rate)
			assert.Equal(t, "5fca57b3fbfcc320b3b03f22", r.DefaultRate)
			assert.False(t, r.CreatedAt.Valid())
		}},
		{"rfid.created.json", func(t *testing.T, ev edrv.Event) {
			r := requireType[*edrv.RFIDEvent](t, ev).Data
			assert.Equal(t, "0D1F64DA", r.PhysicalID)
			assert.Equal(t, edrv.TokenISO14443, r.Type)
			assert.True(t, r.Type.Known())
			assert.Equal(t, "5e7e727a28b1ac52051b2ef0", r.Driver)
		}},
		{"load_management.group.created.json", func(t *testing.T, ev edrv.Event) {
			e := requireType[*edrv.LoadManagementEvent](t, ev)
			assert.Equal(t, "load_management.group", e.Name.Resource())
			g := e.Data
			assert.Equal(t, "Park3-E1", g.Name)
			assert.Equal(t, 100.0, g.MaximumCapacity.Float64())
			assert.Equal(t, 2.5, g.MinimumConnectorCapacity.Float64())
			assert.Equal(t, "0.10", g.Buffer.String())
			assert.Equal(t, "649be7ca525c000bc98a6c05", g.Location)
		}},
		{"organization.updated.json", func(t *testing.T, ev edrv.Event) {
			o := requireType[*edrv.OrganizationEvent](t, ev).Data
			assert.Equal(t, "5e7e6c058a6deccfefdf4223", o.ID)
			assert.JSONEq(t, `{"_id":"5e7e6c058a6deccfefdf4223","any_field":"kept raw"}`, string(o.Raw))
		}},
		{"unknown.json", func(t *testing.T, ev edrv.Event) {
			u := requireType[*edrv.Unknown](t, ev)
			assert.Equal(t, "session.target.energy.reached", u.Type())
			assert.Empty(t, u.ChargestationID(), "data is not decoded")
			assert.False(t, u.Name.Known())
			assert.Equal(t, "session", u.Object)
			assert.NoError(t, u.Err)
			assert.Contains(t, string(u.Data), `"future_field"`)
			assert.Equal(t, mustTime(t, "2023-05-17T12:51:04.230Z"), u.CreatedAt.Time())
		}},
	}
	files, err := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	require.NoError(t, err)
	var want, have []string
	for _, f := range files {
		want = append(want, filepath.Base(f))
	}
	for _, tt := range tests {
		have = append(have, tt.file)
	}
	require.ElementsMatch(t, want, have, "every golden has exactly one test case")
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			body := readGolden(t, tt.file)
			ev, err := edrv.Parse(body)
			require.NoError(t, err)
			assert.Equal(t, string(body), string(ev.Raw()))
			var env struct {
				ID   string `json:"_id"`
				Type string `json:"type"`
			}
			require.NoError(t, json.Unmarshal(body, &env))
			assert.Equal(t, env.Type, ev.Type())
			assert.Equal(t, edrv.EventType(env.Type), ev.EventType())
			assert.Equal(t, env.ID, ev.EventID())
			tt.check(t, ev)
			testJSONMarshal(t, ev, body)
		})
	}
}

func requireType[E edrv.Event](t *testing.T, ev edrv.Event) E {
	t.Helper()
	e, ok := ev.(E)
	require.True(t, ok, "got %T", ev)
	return e
}
