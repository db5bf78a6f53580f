package smartcar_test

import (
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
)

func ms(v int64) time.Time { return time.UnixMilli(v).UTC() }

// as asserts the dynamic type of ev.
func as[T any](t *testing.T, ev smartcar.Event) T {
	t.Helper()
	v, ok := ev.(T)
	require.Truef(t, ok, "event is %T", ev)
	return v
}

// get asserts that n is set and returns its value.
func get[T any](t *testing.T, n smartcar.Nullable[T]) T {
	t.Helper()
	v, ok := n.Get()
	require.True(t, ok, "value not set")
	return v
}

// body returns the typed body of the signal with the given code.
func body[T any](t *testing.T, ev *smartcar.VehicleState, code smartcar.SignalCode) *T {
	t.Helper()
	s := ev.Signal(code)
	require.NotNil(t, s, "signal %s", code)
	require.NoError(t, s.BodyErr)
	b, ok := s.Body.(*T)
	require.Truef(t, ok, "%s body is %T", code, s.Body)
	return b
}

var goldenCases = []struct {
	file  string
	typ   string
	id    string
	drop  []string // undocumented input fields the typed event does not keep
	check func(t *testing.T, ev smartcar.Event)
}{
	{file: "vehicle_state_v3.json", typ: "VEHICLE_STATE", id: "1234567890", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		assert.Empty(t, ev.TopVehicleID)
		assert.Equal(t, "123e4567-e89b-12d3-a456-426614174000", ev.VehicleID(), "falls back to data.vehicle.id")
		assert.Equal(t, "1HGCM82633A123456", ev.Data.Vehicle.VIN)
		assert.Equal(t, "user_1234567890", ev.Data.User.ID)
		soc, ok := ev.StateOfCharge()
		assert.True(t, ok)
		assert.Equal(t, 75.0, soc, `{"percentage":75}`)
		p := body[smartcar.Percent](t, ev, smartcar.CodeTractionBatteryStateOfCharge)
		assert.False(t, p.Value.Valid())
		assert.Equal(t, 75.0, get(t, p.Percentage))
		loc, ok := ev.Location()
		require.True(t, ok)
		assert.Equal(t, 37.7749, get(t, loc.Latitude))
		assert.Equal(t, -122.4194, get(t, loc.Longitude))
		assert.Equal(t, 90.0, get(t, loc.Heading))
		assert.Equal(t, smartcar.DirectionN, get(t, loc.Direction))
		assert.Equal(t, smartcar.LocationCurrent, get(t, loc.LocationType))
		s := ev.Signal(smartcar.CodeLocationPreciseLocation)
		assert.Nil(t, s.Status)
		assert.Nil(t, s.Meta)
		assert.True(t, s.OK(), "no status but a body")
		assert.True(t, s.RetrievedAt().IsZero())
		trig := ev.Triggers()
		require.Len(t, trig, 1)
		assert.Equal(t, smartcar.TriggerSignalUpdated, trig[0].Type)
		assert.Equal(t, smartcar.CodeTractionBatteryStateOfCharge, trig[0].Signal.Code)
		assert.Empty(t, trig[0].Signal.Name)
		m := ev.Meta()
		assert.Equal(t, "3.0", m.Version)
		assert.Equal(t, 5, get(t, m.SignalCount), "informational, not len(signals)")
		ts, ok := m.DeliveredAt.Millis()
		assert.True(t, ok)
		assert.Equal(t, int64(1700000000), ts, "seconds-like value is not rescaled")
		assert.Equal(t, smartcar.ModeLive, m.Mode)
		assert.Equal(t, "Charge Places Webhook", m.WebhookName)
	}},
	{file: "vehicle_state_v4.json", typ: "VEHICLE_STATE", id: "5a537912-9ad3-424b-ba33-65a1704567e9", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		assert.Equal(t, "123e4567-e89b-12d3-a456-426614174000", ev.VehicleID())
		require.Len(t, ev.Data.Signals, 3)
		home := ev.Signal(smartcar.CodeLocationIsAtHome)
		require.NotNil(t, home)
		assert.False(t, home.OK())
		assert.Nil(t, home.Body)
		assert.Nil(t, home.RawBody)
		require.NotNil(t, home.Err())
		assert.Equal(t, smartcar.ErrorTypeCompatibility, home.Err().Type)
		assert.Equal(t, smartcar.ErrorCodeVehicleNotCapable, get(t, home.Err().Code))
		assert.Equal(t, smartcar.StatusError, home.Status.Value)
		soc := ev.Signal(smartcar.CodeTractionBatteryStateOfCharge)
		assert.True(t, soc.OK())
		assert.Equal(t, ms(1758668712404), soc.RetrievedAt())
		assert.Equal(t, ms(1758668712404), soc.UpdatedAt())
		v, ok := ev.StateOfCharge()
		assert.True(t, ok)
		assert.Equal(t, 75.0, v)
		assert.Equal(t, "percent", get(t, body[smartcar.Percent](t, ev, smartcar.CodeTractionBatteryStateOfCharge).Unit))
		loc, ok := ev.Location()
		assert.True(t, ok)
		assert.False(t, loc.Heading.Valid())
		trig := ev.Triggers()
		require.Len(t, trig, 1)
		assert.Equal(t, smartcar.SignalRef{Code: "tractionbattery-stateofcharge", Name: "StateOfCharge", Group: "TractionBattery"}, trig[0].Signal)
		assert.False(t, ev.IsFirstDelivery())
		assert.Equal(t, ms(1761896351529), ev.Meta().Delivered())
		assert.Equal(t, "48b25f8f-9fea-42e1-9085-81043682cbb8", ev.Meta().DeliveryID)
		_, ok = ev.IsCharging()
		assert.False(t, ok, "absent signal")
	}},
	{file: "vehicle_state_signal_change.json", typ: "VEHICLE_STATE", id: "550e8400-e29b-41d4-a716-446655440000", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		assert.Equal(t, "9af13248-3b73-4c9d-9a4b-d937ce6bc8e2", ev.TopVehicleID)
		assert.Equal(t, "9af13248-3b73-4c9d-9a4b-d937ce6bc8e2", ev.VehicleID())
		assert.Nil(t, ev.TopTriggers)
		trig := ev.Triggers()
		require.Len(t, trig, 1, "data.triggers")
		assert.Equal(t, smartcar.TriggerSignalUpdated, trig[0].Type, "flat shape")
		assert.Equal(t, "TractionBattery.StateOfCharge", trig[0].Signal.String())
		soc, _ := ev.StateOfCharge()
		assert.Equal(t, 78.0, soc)
		charging, ok := ev.IsCharging()
		assert.True(t, ok)
		assert.True(t, charging)
		volt := body[smartcar.Quantity](t, ev, smartcar.CodeChargeVoltage)
		assert.Equal(t, "volts", get(t, volt.Unit))
		assert.Equal(t, 240.0, get(t, volt.Value))
		s := ev.Signal(smartcar.CodeChargeVoltage)
		assert.Equal(t, ms(1731940330000), s.RetrievedAt(), "fetchedAt")
		assert.Equal(t, ms(1731940328000), s.UpdatedAt())
		assert.Equal(t, "Battery Monitoring", ev.Meta().WebhookName)
	}},
	{file: "vehicle_state_first_delivery.json", typ: "VEHICLE_STATE", id: "7c8d9e10-f2a3-4b5c-6d7e-8f9a0b1c2d3e", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		trig := ev.Triggers()
		require.Len(t, trig, 1)
		assert.True(t, trig[0].IsFirstDelivery(), `{"code":"FIRST_DELIVERY"}`)
		assert.True(t, trig[0].Signal.IsZero())
		assert.True(t, ev.IsFirstDelivery())
		charging, ok := ev.IsCharging()
		assert.True(t, ok)
		assert.False(t, charging)
		soc, _ := ev.StateOfCharge()
		assert.Equal(t, 65.0, soc)
		assert.Equal(t, 0.0, get(t, body[smartcar.Quantity](t, ev, smartcar.CodeChargeVoltage).Value))
		assert.Equal(t, ms(1731926102000), ev.Signal(smartcar.CodeChargeIsCharging).RetrievedAt())
		assert.Equal(t, "1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d", ev.Meta().DeliveryID)
	}},
	{file: "vehicle_state_data_meta.json", typ: "VEHICLE_STATE", id: "a7738a15-7ee2-40b3-9815-823d146230cd", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		assert.Nil(t, ev.TopMeta)
		require.NotNil(t, ev.Data.Meta)
		m := ev.Meta()
		assert.Empty(t, m.Version)
		assert.True(t, m.DeliveredAt.IsZero())
		assert.True(t, m.DeliveryTimestamp.IsText())
		assert.Equal(t, time.Date(2024, 8, 4, 17, 0, 0, 0, time.UTC), m.Delivered())
		assert.Equal(t, smartcar.ModeLive, m.Mode)
		trig := ev.Triggers()
		require.Len(t, trig, 1, "data.triggers, shape A")
		assert.Equal(t, smartcar.CodeChargeIsCharging, trig[0].Signal.Code)
		assert.Equal(t, "Tesla", ev.Data.Vehicle.Make)
		charging, ok := ev.IsCharging()
		assert.True(t, ok)
		assert.True(t, charging)
	}},
	{file: "vehicle_state_live.json", typ: "VEHICLE_STATE", id: "0b5c8f1e-6f1d-4e53-9a44-1f1f5c0e9a11",
		drop: []string{"data.signals.5.body.phase"},
		check: func(t *testing.T, e smartcar.Event) {
			ev := as[*smartcar.VehicleState](t, e)
			assert.Equal(t, "d3a1f0c2-8b47-4c1e-9e6f-2a5b7c9d1e0f", ev.VehicleID())
			assert.Equal(t, "customer-42", get(t, ev.Data.User.ExternalID))
			assert.Equal(t, smartcar.Mode("live"), ev.Data.Vehicle.Mode)
			assert.True(t, ev.Data.Vehicle.Mode.IsLive())
			assert.Equal(t, "BEV", ev.Data.Vehicle.PowertrainType)
			m := ev.Meta()
			assert.Equal(t, smartcar.ModeTest, m.Mode)
			assert.False(t, m.Mode.IsLive())
			assert.Equal(t, int64(1731940327412), get(t, m.Sequence))
			trig := ev.Triggers()
			require.Len(t, trig, 3)
			assert.Equal(t, smartcar.CodeChargeIsCharging, trig[1].Signal.Code)
			assert.True(t, trig[2].Signal.IsText(), "signal as Group.Name")
			assert.Equal(t, smartcar.CodeClosureFrontTrunk, trig[2].Signal.Code, "code derived from Group.Name")
			assert.Equal(t, "Closure", trig[2].Signal.Group)
			trunk := body[smartcar.Closure](t, ev, smartcar.CodeClosureFrontTrunk)
			assert.False(t, get(t, trunk.IsOpen))
			assert.True(t, trunk.IsLocked.IsNull(), "null boolean")
			sunroof := body[smartcar.Closure](t, ev, smartcar.CodeClosureSunroof)
			assert.True(t, sunroof.IsOpen.IsNull())
			assert.False(t, sunroof.IsLocked.IsNull())
			assert.True(t, sunroof.IsLocked.IsZero())
			sr := ev.Signal(smartcar.CodeClosureSunroof)
			require.NotNil(t, sr.Meta, `"meta": {}`)
			assert.True(t, sr.UpdatedAt().IsZero())
			odo, ok := ev.Odometer()
			require.True(t, ok)
			assert.Equal(t, 15234.7, get(t, odo.Value))
			assert.Equal(t, "km", get(t, odo.Unit), "units are free strings")
			speed, ok := ev.Speed()
			assert.True(t, ok)
			assert.Equal(t, "km/h", get(t, speed.Unit))
			rng, ok := ev.Range()
			require.True(t, ok)
			assert.Equal(t, smartcar.RangeDefault, get(t, rng.Type))
			assert.NotNil(t, rng.AdditionalValues)
			assert.Empty(t, rng.AdditionalValues)
			tires := body[smartcar.Tires](t, ev, smartcar.CodeWheelTires)
			assert.Equal(t, "bar", get(t, tires.Unit))
			require.Len(t, tires.Values, 2)
			assert.Equal(t, 2.8, get(t, tires.Values[1].TirePressure))
			pk := ev.Signal(smartcar.CodeVehicleIdentificationPackages)
			assert.True(t, pk.UpdatedAt().IsZero(), "oemUpdatedAt 0 is unknown")
			ts, ok := pk.Meta.OEMUpdatedAt.Millis()
			assert.True(t, ok)
			assert.Zero(t, ts)
			assert.Equal(t, []string{"DESIGN"}, body[smartcar.List](t, ev, smartcar.CodeVehicleIdentificationPackages).Values)
			tail := ev.Signal(smartcar.CodeClosureTailgate)
			assert.Equal(t, smartcar.ErrorTypeServer, tail.Err().Type)
			assert.Equal(t, smartcar.ErrorCodeInternal, get(t, tail.Err().Code))
			loc := ev.Signal(smartcar.CodeLocationPreciseLocation)
			assert.True(t, loc.Err().Code.IsNull(), "code null with PERMISSION")
			_, ok = ev.Location()
			assert.False(t, ok, "failed signal")
			unk := ev.Signal("charge-chargingcurrent")
			require.NotNil(t, unk)
			assert.False(t, unk.Code.Known())
			assert.Nil(t, unk.Body, "unknown code keeps the raw body only")
			assert.NoError(t, unk.BodyErr)
			assert.JSONEq(t, `{"unit":"ampere","value":15.8}`, string(unk.RawBody))
			var q smartcar.Quantity
			require.NoError(t, unk.As(&q))
			assert.Equal(t, 15.8, get(t, q.Value))
			amp := body[smartcar.Quantity](t, ev, smartcar.CodeChargeAmperage)
			assert.Equal(t, 16.0, get(t, amp.Value), "extra body fields are ignored")
			assert.Contains(t, string(ev.Signal(smartcar.CodeChargeAmperage).RawBody), `"phase"`, "and kept in the raw body")
		}},
	{file: "vehicle_state_meta_minimal.json", typ: "VEHICLE_STATE", id: "4d2f7a9c-3e1b-4c5d-8a6f-7b9e0c1d2e3f", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		m := ev.Meta()
		assert.Empty(t, m.Version)
		assert.Empty(t, m.WebhookID)
		assert.Empty(t, m.WebhookName)
		assert.Equal(t, ms(1767225600000), m.Delivered(), "deliveryTime as the last resort")
		assert.True(t, ev.Data.User.ExternalID.IsNull())
		assert.Empty(t, ev.Triggers())
	}},
	{file: "vehicle_state_delivered_at_iso.json", typ: "VEHICLE_STATE", id: "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		m := ev.Meta()
		assert.True(t, m.DeliveredAt.IsText())
		assert.Equal(t, "2025-10-31T07:39:11.529Z", m.DeliveredAt.String())
		assert.Equal(t, time.Date(2025, 10, 31, 7, 39, 11, 529e6, time.UTC), m.Delivered())
		s := ev.Signal(smartcar.CodeLocationPreciseLocation)
		assert.Equal(t, ms(1758668712404), s.RetrievedAt(), "retrievedAt wins when both are sent")
		assert.Equal(t, ms(1758668712999), s.Meta.FetchedAt.Time())
	}},
	{file: "vehicle_state_trigger_first_delivery.json", typ: "VEHICLE_STATE", id: "f1000000-0000-4000-8000-000000000001", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		require.Len(t, ev.TopTriggers, 1)
		assert.True(t, ev.TopTriggers[0].IsFirstDelivery())
		assert.True(t, ev.TopTriggers[0].Signal.IsZero())
	}},
	{file: "vehicle_state_trigger_null_signal.json", typ: "VEHICLE_STATE", id: "f1000000-0000-4000-8000-000000000002", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		require.Len(t, ev.Triggers(), 1)
		assert.True(t, ev.IsFirstDelivery())
		assert.True(t, ev.Triggers()[0].Signal.IsZero())
	}},
	{file: "vehicle_state_trigger_strings.json", typ: "VEHICLE_STATE", id: "f1000000-0000-4000-8000-000000000003", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		trig := ev.Triggers()
		require.Len(t, trig, 2)
		assert.True(t, trig[0].IsFirstDelivery(), `"FIRST_DELIVERY"`)
		assert.Equal(t, smartcar.TriggerSignalUpdated, trig[1].Type)
		assert.Equal(t, smartcar.CodeTractionBatteryStateOfCharge, trig[1].Signal.Code)
		assert.Equal(t, "StateOfCharge", trig[1].Signal.Name)
	}},
	{file: "vehicle_state_no_meta.json", typ: "VEHICLE_STATE", id: "f1000000-0000-4000-8000-000000000004", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		assert.Equal(t, smartcar.Meta{}, ev.Meta())
		assert.True(t, ev.Meta().Delivered().IsZero())
		_, ok := ev.IsCharging()
		assert.False(t, ok, "null boolean reports absence")
		assert.True(t, body[smartcar.Flag](t, ev, smartcar.CodeChargeIsCharging).Value.IsNull())
		home := ev.Signal(smartcar.CodeLocationIsAtHome)
		require.NotNil(t, home.Meta)
		assert.Equal(t, smartcar.SignalMeta{}, *home.Meta)
	}},
	{file: "vehicle_state_empty_meta.json", typ: "VEHICLE_STATE", id: "f1000000-0000-4000-8000-000000000005", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		require.NotNil(t, ev.TopMeta, `"meta": {}`)
		assert.Equal(t, smartcar.Meta{}, ev.Meta())
		assert.NotNil(t, ev.Data.Triggers, `"triggers": [] kept`)
		assert.Empty(t, ev.Triggers())
		s := ev.Signal(smartcar.CodeTractionBatteryStateOfCharge)
		assert.True(t, s.OK())
		assert.True(t, s.RetrievedAt().IsZero())
		soc, ok := ev.StateOfCharge()
		assert.True(t, ok)
		assert.Equal(t, 42.0, soc)
	}},
	{file: "vehicle_state_catalogue.json", typ: "VEHICLE_STATE", id: "c0ffee00-0000-4000-8000-000000000001", check: checkCatalogue},
	{file: "vehicle_state_30_signals.json", typ: "VEHICLE_STATE", id: "b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleState](t, e)
		require.Len(t, ev.Data.Signals, 30)
		for _, s := range ev.Data.Signals {
			assert.NotNil(t, s.Body, s.Code)
		}
	}},
	{file: "vehicle_error.json", typ: "VEHICLE_ERROR", id: "5a537912-9ad3-424b-ba33-65a1704567e9", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleError](t, e)
		assert.Equal(t, "123e4567-e89b-12d3-a456-426614174000", ev.VehicleID())
		require.Len(t, ev.Data.Errors, 1)
		d := ev.Data.Errors[0]
		assert.Equal(t, smartcar.ErrorTypeCompatibility, d.Type)
		assert.Equal(t, smartcar.ErrorCodeVehicleNotCapable, get(t, d.Code))
		assert.Equal(t, smartcar.ErrorStateError, d.State)
		assert.Equal(t, "Your car is unable to perform this request.", d.SuggestedUserMessage)
		assert.Equal(t, "https://smartcar.com/docs/errors/api-errors/compatibility-errors#vehicle-not-capable", d.DocURL)
		assert.Equal(t, smartcar.ResolutionContactSupport, get(t, d.Resolution.Type))
		require.Len(t, d.Signals, 2)
		assert.Equal(t, smartcar.CodeTractionBatteryStateOfCharge, d.Signals[1].Code)
		assert.False(t, ev.Resolved())
		assert.Equal(t, "Battery Monitoring", ev.Meta().WebhookName)
	}},
	{file: "vehicle_error_resolved.json", typ: "VEHICLE_ERROR", id: "8d9e0f1a-2b3c-4d5e-6f7a-8b9c0d1e2f3a", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleError](t, e)
		require.Len(t, ev.Data.Errors, 1)
		d := ev.Data.Errors[0]
		assert.Equal(t, smartcar.ErrorStateResolved, d.State)
		assert.Equal(t, smartcar.ErrorCodeUnreachable, get(t, d.Code))
		assert.Nil(t, d.Resolution)
		assert.Empty(t, d.DocURL)
		assert.True(t, ev.Resolved())
	}},
	{file: "vehicle_error_live.json", typ: "VEHICLE_ERROR", id: "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.VehicleError](t, e)
		assert.Empty(t, ev.TopVehicleID)
		assert.Equal(t, "d3a1f0c2-8b47-4c1e-9e6f-2a5b7c9d1e0f", ev.VehicleID())
		require.Len(t, ev.Data.Errors, 2)
		perm := ev.Data.Errors[0]
		assert.Equal(t, smartcar.ErrorTypePermission, perm.Type)
		assert.True(t, perm.Code.IsNull())
		assert.Equal(t, smartcar.ResolutionReauthenticate, get(t, perm.Resolution.Type))
		require.Len(t, perm.Signals, 2)
		assert.True(t, perm.Signals[0].IsText())
		assert.Equal(t, smartcar.CodeLocationPreciseLocation, perm.Signals[0].Code)
		assert.Equal(t, smartcar.CodeClosureTailgate, perm.Signals[1].Code)
		asleep := ev.Data.Errors[1]
		assert.True(t, asleep.Resolution.Type.IsNull())
		assert.Equal(t, smartcar.ErrorCodeAsleep, get(t, asleep.Code))
		assert.Empty(t, ev.Meta().Version)
		assert.Equal(t, smartcar.ModeTest, ev.Meta().Mode)
	}},
	{file: "verify_v4.json", typ: "VERIFY", id: "52f6e0bb-1369-45da-a61c-9e67d092d6db", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.Verify](t, e)
		assert.Equal(t, "3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f", ev.Challenge())
		assert.Nil(t, ev.Payload)
		assert.Equal(t, "Example Webhook", ev.Meta.WebhookName)
		assert.Equal(t, ms(1761896351529), ev.Meta.Delivered())
	}},
	{file: "verify_v4_iso_delivered_at.json", typ: "VERIFY", id: "52f6e0bb-1369-45da-a61c-9e67d092d6db", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.Verify](t, e)
		assert.Equal(t, "<random-string>", ev.Challenge())
		assert.Equal(t, time.Date(2025, 7, 31, 19, 38, 42, 332e6, time.UTC), ev.Meta.Delivered())
	}},
	{file: "verify_v2.json", typ: "verify", id: "", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.Verify](t, e)
		assert.Equal(t, "3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f", ev.Challenge())
		assert.Equal(t, "2.0", ev.Version)
		assert.Equal(t, "5a8e5e38-1e12-4011-a36d-56f120053f9e", ev.WebhookID)
		assert.Nil(t, ev.Data)
		assert.Empty(t, ev.Mode)
	}},
	{file: "v2_schedule.json", typ: "schedule", id: "", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.Schedule](t, e)
		assert.Equal(t, smartcar.Mode("live"), ev.Mode)
		assert.Equal(t, "6f9c7e43-2278-4a9b-b273-cdacab9ed83c", ev.WebhookID)
		require.Len(t, ev.Payload.Vehicles, 1)
		v := ev.Payload.Vehicles[0]
		assert.Equal(t, "1a9fdd59-b65e-4bf1-8264-5448812eac83", v.VehicleID)
		assert.Equal(t, "6c22cd5c-34df-48ae-ad90-b324170629be", v.RequestID)
		assert.Equal(t, time.Date(2020, 5, 13, 22, 0, 1, 288e6, time.UTC), v.Timestamp.Time())
		require.Len(t, v.Data, 3)
		assert.Equal(t, "/", v.Data[0].Path)
		assert.NotNil(t, v.Data[0].Headers, "{} kept")
		assert.Empty(t, v.Data[0].Headers)
		fuel := v.Data[1]
		assert.True(t, fuel.OK())
		assert.Equal(t, "imperial", fuel.UnitSystem())
		assert.Equal(t, "imperial", fuel.Header("SC-Unit-System"))
		age, ok := fuel.DataAge()
		assert.True(t, ok)
		assert.Equal(t, time.Date(2020, 5, 11, 23, 44, 31, 0, time.UTC), age)
		var f struct {
			Range            float64 `json:"range"`
			PercentRemaining float64 `json:"percentRemaining"`
		}
		require.NoError(t, fuel.As(&f))
		assert.Equal(t, 0.57, f.PercentRemaining, "v2 percentages are 0-1")
		_, isErr := fuel.AsError()
		assert.False(t, isErr)
	}},
	{file: "v2_scheduled.json", typ: "scheduled", id: "", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.Schedule](t, e)
		assert.Equal(t, smartcar.Mode("test"), ev.Mode)
		v := ev.Payload.Vehicles[0]
		require.Len(t, v.Data, 3)
		loc := v.Data[1]
		assert.False(t, loc.OK())
		apiErr, ok := loc.AsError()
		require.True(t, ok)
		assert.Equal(t, smartcar.ErrorTypeVehicleState, apiErr.Type)
		assert.Equal(t, smartcar.ErrorCodeAsleep, get(t, apiErr.Code))
		assert.Equal(t, 409, apiErr.StatusCode)
		assert.Equal(t, smartcar.ResolutionRetryLater, get(t, apiErr.Resolution.Type))
		assert.Equal(t, "smartcar: api error VEHICLE_STATE ASLEEP (Conflict)", apiErr.Error())
		assert.Nil(t, v.Data[2].Headers, "headers key missing")
	}},
	{file: "v2_dynamic.json", typ: "dynamic", id: "", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.Schedule](t, e)
		v := ev.Payload.Vehicles[0]
		assert.Equal(t, "00000000-0000-4000-A000-000000000000", v.VehicleID, "kept as sent")
		assert.True(t, v.Timestamp.IsZero())
		assert.Equal(t, "/battery", v.Data[0].Path)
		assert.Equal(t, "metric", v.Data[0].UnitSystem())
	}},
	{file: "v2_event_based.json", typ: "eventBased", id: "1713eab1-eebc-4b4e-9433-0f2a488851c2", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.EventBased](t, e)
		assert.Equal(t, smartcar.ChargingCompleted, ev.Payload.EventType)
		assert.True(t, ev.Payload.EventType.Known())
		assert.Equal(t, "9af13248-3b73-4c9d-9a4b-d937ce6bc8e2", ev.Payload.VehicleID)
		assert.Equal(t, time.Date(2022, 4, 6, 1, 48, 22, 845e6, time.UTC), ev.Payload.EventTime.Time())
		assert.Equal(t, "abde94ff-d57d-43b9-8d09-6020db2d977a", ev.WebhookID)
	}},
	{file: "v2_event_based_seed.json", typ: "eventBased", id: "1713eab1-eebc-4b4e-9433-0f2a488851c2", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.EventBased](t, e)
		assert.Equal(t, "2022-04-06T01:4 8:22.845Z", ev.Payload.EventTime.String(), "malformed time kept as sent")
		assert.True(t, ev.Payload.EventTime.Time().IsZero())
	}},
	{file: "unknown_event.json", typ: "VEHICLE_COMMAND_RESULT", id: "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.Unknown](t, e)
		assert.Equal(t, "VEHICLE_COMMAND_RESULT", ev.Name)
		assert.Equal(t, golden(t, "unknown_event.json"), []byte(ev.Raw))
	}},
	{file: "unknown_v2.json", typ: "geofence", id: "", check: func(t *testing.T, e smartcar.Event) {
		ev := as[*smartcar.Unknown](t, e)
		assert.Equal(t, golden(t, "unknown_v2.json"), []byte(ev.Raw))
	}},
}

func TestParseGoldens(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.file, func(t *testing.T) {
			raw := golden(t, tc.file)
			ev, err := smartcar.Parse(raw)
			require.NoError(t, err)
			assert.Equal(t, tc.typ, ev.Type())
			assert.Equal(t, tc.id, ev.ID())
			tc.check(t, ev)
			testJSONRoundTrip(t, raw, ev, tc.drop...)
		})
	}
}

// TestGoldensCovered makes sure no golden file escapes TestParseGoldens.
func TestGoldensCovered(t *testing.T) {
	files, err := filepath.Glob("../testdata/smartcar/*.json")
	require.NoError(t, err)
	listed := map[string]bool{}
	for _, tc := range goldenCases {
		listed[tc.file] = true
	}
	for _, f := range files {
		assert.True(t, listed[filepath.Base(f)], "golden %s has no test case", f)
	}
	assert.Len(t, files, len(goldenCases))
}

// checkCatalogue checks the golden that holds every documented signal code
// with a body in the documented shape.
func checkCatalogue(t *testing.T, e smartcar.Event) {
	ev := as[*smartcar.VehicleState](t, e)
	seen := map[smartcar.SignalCode]bool{}
	for _, s := range ev.Data.Signals {
		seen[s.Code] = true
		assert.True(t, s.Code.Known(), s.Code)
		assert.Equal(t, s.Group, s.Code.Group(), s.Code)
		assert.Equal(t, s.Name, s.Code.Name(), s.Code)
		assert.Equal(t, smartcar.CodeOf(s.Group, s.Name), s.Code)
		assert.NoError(t, s.BodyErr, s.Code)
		want := smartcar.NewBody(s.Code)
		if want == nil {
			assert.Nil(t, s.Body, s.Code)
			continue
		}
		assert.IsType(t, want, s.Body, s.Code)
	}
	for _, c := range allCodes {
		assert.True(t, seen[c], "catalogue golden lacks %s", c)
	}

	limits := body[smartcar.ChargeLimits](t, ev, smartcar.CodeChargeChargeLimits)
	require.Len(t, limits.Values, 2)
	assert.True(t, get(t, limits.Values[0].Type).Is(smartcar.LimitGlobal), "lower-case global")
	assert.True(t, get(t, limits.Values[0].Type).Known())
	assert.True(t, limits.Values[0].Condition.IsNull())
	cond := get(t, limits.Values[1].Condition)
	assert.Equal(t, "Home", get(t, cond.Name))
	assert.Equal(t, "J1772", get(t, cond.ConnectorType))
	lim, ok := ev.ChargeLimit()
	assert.True(t, ok)
	assert.Equal(t, 80.0, lim)

	recs := body[smartcar.ChargeRecords](t, ev, smartcar.CodeChargeChargeRecords)
	require.Len(t, recs.Values, 1)
	assert.Equal(t, 12.5, get(t, get(t, recs.Values[0].Cost).EnergyAmount))
	assert.Equal(t, "Supercharger", get(t, get(t, recs.Values[0].Location).Name))
	assert.True(t, get(t, recs.Values[0].IsPublicCharger))
	assert.Equal(t, 42.1, get(t, recs.Values[0].EnergyAdded))
	assert.Equal(t, time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC), recs.Values[0].EndTime.Time())

	timers := body[smartcar.ChargeTimers](t, ev, smartcar.CodeChargeChargeTimers)
	require.Len(t, timers.Values, 1)
	sched := timers.Values[0].Schedules[0]
	assert.Equal(t, "22:00:00", get(t, sched.Start))
	assert.Equal(t, "MONDAY", sched.Days[0].String())
	_, isNum := sched.Days[0].Number()
	assert.False(t, isNum)
	n, isNum := timers.Values[0].DepartureTimers[0].Days[1].Number()
	assert.True(t, isNum, "numeric days accepted")
	assert.Equal(t, 5, n)
	assert.False(t, get(t, timers.Values[0].IsOEMOptimizationEnabled))

	status, ok := ev.ChargingStatus()
	assert.True(t, ok)
	assert.Equal(t, smartcar.ChargingStatusCharging, status)
	assert.True(t, status.Known())
	plugged, ok := ev.IsPluggedIn()
	assert.True(t, ok && plugged)
	assert.False(t, body[smartcar.Quantity](t, ev, smartcar.CodeChargeTimeToComplete).Unit.Valid(), "doc example lacks unit")
	assert.Equal(t, smartcar.PortColor("GREEN"), smartcar.PortColor(get(t, body[smartcar.Text](t, ev, smartcar.CodeChargeChargePortStatusColor).Value)))

	doors := body[smartcar.Doors](t, ev, smartcar.CodeClosureDoors)
	require.Len(t, doors.Values, 4)
	assert.Equal(t, 2, get(t, doors.RowCount))
	assert.True(t, get(t, doors.Values[2].IsOpen))
	assert.False(t, get(t, doors.Values[2].IsLocked))
	windows := body[smartcar.Windows](t, ev, smartcar.CodeClosureWindows)
	assert.True(t, get(t, windows.Values[1].IsOpen))
	assert.Equal(t, 1, get(t, windows.Values[1].Column))
	locked, ok := ev.IsLocked()
	assert.True(t, ok && locked)

	abs := body[smartcar.Diagnostic](t, ev, smartcar.CodeDiagnosticsABS)
	assert.Equal(t, smartcar.DiagnosticOK, get(t, abs.Status))
	assert.Equal(t, "ABS system functioning normally", get(t, abs.Description))
	assert.Equal(t, smartcar.DiagnosticAlert, get(t, body[smartcar.Diagnostic](t, ev, smartcar.CodeDiagnosticsTirePressure).Status))
	dtc := body[smartcar.DTCList](t, ev, smartcar.CodeDiagnosticsDTCList)
	assert.Equal(t, "P0300", get(t, dtc.Values[0].Code))
	assert.Equal(t, time.Date(2023, 10, 15, 8, 0, 0, 0, time.UTC), dtc.Values[0].Timestamp.Time())

	fuel, ok := ev.FuelLevel()
	assert.True(t, ok)
	assert.Equal(t, 55.0, fuel)
	loc, ok := ev.Location()
	require.True(t, ok)
	assert.Equal(t, smartcar.LocationLastParked, get(t, loc.LocationType))
	assert.True(t, get(t, loc.Direction).Known())
	assert.Equal(t, "GOOD", get(t, body[smartcar.Text](t, ev, smartcar.CodeLowVoltageBatteryStatus).Value))

	svc := body[smartcar.ServiceRecords](t, ev, smartcar.CodeServiceRecords)
	assert.Equal(t, 199.99, get(t, get(t, svc.Values[0].Cost).Amount))
	assert.Equal(t, "Tire rotation", get(t, svc.Values[0].Tasks[0].Description))
	assert.Equal(t, "Rotated all four tires", get(t, svc.Values[0].Details[0].Description))
	assert.Equal(t, 20000.0, get(t, svc.Values[0].Odometer))
	assert.Equal(t, time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC), svc.Values[0].Time.Time())

	capacity := body[smartcar.NominalCapacity](t, ev, smartcar.CodeTractionBatteryNominalCapacity)
	assert.Equal(t, smartcar.CapacitySmartcar, get(t, capacity.Source))
	assert.Equal(t, 73.5, get(t, capacity.Capacity))
	assert.Equal(t, "kWhr", get(t, capacity.Unit))
	assert.True(t, capacity.AvailableCapacities[1].Description.IsNull())
	rng, ok := ev.Range()
	require.True(t, ok)
	require.Len(t, rng.AdditionalValues, 3)
	assert.Equal(t, smartcar.RangeRated, get(t, rng.AdditionalValues[2].Type))
	assert.Equal(t, 360.0, get(t, rng.AdditionalValues[2].Value))

	gear, ok := ev.GearState()
	assert.True(t, ok)
	assert.Equal(t, smartcar.GearPark, gear)
	dm := body[smartcar.DriveMode](t, ev, smartcar.CodeTransmissionDriveMode)
	assert.Equal(t, "NORMAL", get(t, dm.Canonical))
	assert.Equal(t, "everyday", get(t, dm.OEMDisplayName))
	assert.Equal(t, []string{"vehicle_cmds", "vehicle_device_data"}, body[smartcar.List](t, ev, smartcar.CodeVehicleUserAccountPermissions).Values)
	assert.Equal(t, `19" Sport`, get(t, body[smartcar.Text](t, ev, smartcar.CodeWheelStyle).Value))
	online, ok := ev.IsOnline()
	assert.True(t, ok && online)
	assert.Equal(t, 12345.6, get(t, func() smartcar.Quantity { q, _ := ev.Odometer(); return q }().Value))
	assert.Nil(t, ev.Signal(smartcar.CodeClosureTailgate).Body, "no documented body")
}

// TestParseAllocations pins the allocations of Parse on the one-pass path,
// so that a change that sends documented payloads back to encoding/json,
// or adds per-signal allocations, shows. (json.Unmarshal of the same
// bodies into plain structs with raw signal bodies takes 53 and 247
// allocations for the first two.)
func TestParseAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("sync.Pool drops values at random under the race detector")
	}
	tests := []struct {
		file string
		max  float64
	}{
		{"vehicle_state_v4.json", 11},
		{"vehicle_state_30_signals.json", 45},
		{"vehicle_error.json", 8},
		{"verify_v4.json", 4},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			body := golden(t, tc.file)
			allocs := testing.AllocsPerRun(100, func() {
				if _, err := smartcar.Parse(body); err != nil {
					t.Fatal(err)
				}
			})
			assert.LessOrEqual(t, allocs, tc.max)
		})
	}
}

// TestParseVerifyKeepsEveryField: Verify holds the fields of both
// generations, so a VERIFY carrying members of the other generation keeps
// them, and decodes as json.Unmarshal into a Verify does.
func TestParseVerifyKeepsEveryField(t *testing.T) {
	for _, body := range []string{
		`{"eventId":"e","eventType":"VERIFY","data":{"challenge":"x"},"version":"2.0","webhookId":"w","mode":"live"}`,
		`{"eventId":"e","eventType":"VERIFY","data":{"challenge":"x"},"payload":{"challenge":"v2"}}`,
		`{"version":"2.0","webhookId":"w","eventName":"verify","payload":{"challenge":"x"},"eventId":"e","eventType":"VERIFY","meta":{"version":"4.0"}}`,
		`{"version":"2.0","webhookId":"w","eventName":"verify","payload":{"challenge":"x"},"data":{"challenge":"v4"}}`,
		`{"version":"2.0","webhookId":"w","eventName":"verify","mode":"test","payload":{"challenge":"x"}}`,
	} {
		t.Run(body, func(t *testing.T) {
			ev, err := smartcar.Parse([]byte(body))
			require.NoError(t, err)
			v := as[*smartcar.Verify](t, ev)
			var want smartcar.Verify
			require.NoError(t, json.Unmarshal([]byte(body), &want))
			assert.Equal(t, want, *v)
			assert.Equal(t, "x", v.Challenge())
			testJSONRoundTrip(t, []byte(body), v)
		})
	}
}
