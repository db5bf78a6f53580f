package smartcar_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/smartcar"
)

// TestOddScalars: the odd forms of issue 9 decode to their typed values,
// never fail the event, and round-trip exactly (TestGoldenRoundTrip covers
// the files too; this test pins the typed values).
func TestOddScalars(t *testing.T) {
	t.Run("vehicle state", func(t *testing.T) {
		b := readGolden(t, "vehicle_state_odd_scalars.json")
		ev := mustParse(t, b).(*smartcar.VehicleState)
		requireRoundTrip(t, b, ev)

		year, ok := ev.Vehicle().Year.Int64()
		assert.True(t, ok)
		assert.Equal(t, int64(2020), year, "year 2020.0")
		assert.True(t, ev.Vehicle().VIN.Null)
		assert.True(t, ev.User().ExternalID.Valid)
		assert.Equal(t, "", ev.User().ExternalID.Value)

		soc, ok := ev.StateOfCharge()
		assert.True(t, ok)
		assert.Equal(t, 75.5, soc)
		s := ev.Signal(smartcar.CodeTractionBatteryStateOfCharge)
		assert.Equal(t, time.UnixMilli(1731940328000).UTC(), s.UpdatedAt(), "ms sent as a string")
		assert.Equal(t, time.UnixMilli(1731940330000).UTC(), s.RetrievedAt(), "ms sent as 1.73e12")

		odo := ev.Signal(smartcar.CodeOdometerTraveledDistance).Body.Value.(*smartcar.Quantity)
		assert.Equal(t, "12345678901234567890", odo.Value.String(), "no rounding")
		_, ok = odo.Value.Int64()
		assert.False(t, ok, "beyond int64")

		ttc := ev.Signal(smartcar.CodeChargeTimeToComplete).Body.Value.(*smartcar.Quantity)
		assert.True(t, ttc.Value.IsString())
		v, ok := ttc.Value.Float64()
		assert.True(t, ok)
		assert.Equal(t, 45.0, v)

		days := ev.Signal(smartcar.CodeChargeChargeTimers).Body.Value.(*smartcar.ChargeTimers).Values.Value[0].Schedules.Value[0].Days.Value
		require.Len(t, days, 3)
		assert.Equal(t, "MONDAY", days[0].String())
		n, ok := days[1].Number()
		assert.True(t, ok)
		assert.Equal(t, 2, n)
		assert.Equal(t, "null", days[2].String())

		// Bodies that do not fit their type keep their bytes and never fail
		// the event.
		for _, code := range []smartcar.SignalCode{smartcar.CodeChargeIsCharging, smartcar.CodeChargeVoltage} {
			sig := ev.Signal(code)
			assert.Nil(t, sig.Body.Value, code)
			assert.NotNil(t, sig.Body.Raw, code)
		}
		assert.Error(t, ev.Signal(smartcar.CodeChargeVoltage).Body.Err)
		unknown := ev.Signal("vendor-newthing")
		assert.Nil(t, unknown.Body.Value)
		assert.JSONEq(t, `{"value":1e3,"nested":{"deep":[1.0,-0.0]}}`, string(unknown.Body.Raw))
		var into struct {
			Value float64 `json:"value"`
		}
		require.NoError(t, unknown.As(&into))
		assert.Equal(t, 1000.0, into.Value)
		tail := ev.Signal(smartcar.CodeClosureTailgate)
		assert.False(t, tail.OK())
		assert.Equal(t, smartcar.ErrorTypeServer, tail.Err().Type.Value)
		assert.True(t, tail.Err().Code.Null)

		m := ev.Meta()
		assert.Equal(t, time.Date(2025, 7, 31, 19, 38, 42, 332e6, time.UTC), m.Delivered(), "ISO deliveredAt")
		c, ok := m.SignalCount.Int64()
		assert.True(t, ok)
		assert.Equal(t, int64(8), c, `"8"`)
		assert.Equal(t, "12345678901234567890", m.Sequence.String())

		tr := ev.Triggers()
		require.Len(t, tr, 4)
		for _, x := range tr {
			assert.Equal(t, smartcar.TriggerSignalUpdated, x.Kind())
		}
		code, _, _ := tr[2].Ref().Resolve()
		assert.Equal(t, smartcar.CodeOdometerTraveledDistance, code)
		code, _, _ = tr[3].Ref().Resolve()
		assert.Equal(t, smartcar.CodeOdometerTraveledDistance, code)
	})
	t.Run("vehicle error", func(t *testing.T) {
		b := readGolden(t, "vehicle_error_year_string.json")
		ev := mustParse(t, b).(*smartcar.VehicleError)
		requireRoundTrip(t, b, ev)
		year, ok := ev.Data.Value.Vehicle.Value.Year.Int64()
		assert.True(t, ok)
		assert.Equal(t, int64(2020), year, `year "2020"`)
		assert.True(t, ev.Data.Value.Vehicle.Value.Year.IsString())
		assert.Equal(t, time.UnixMilli(1761896351529).UTC(), ev.Meta().Delivered(), "1761896351529.0")
		refs := ev.Errors()[0].Signals.Value
		require.Len(t, refs, 3)
		assert.Equal(t, "Location.PreciseLocation", refs[0].String())
		assert.True(t, refs[2].IsNull())
	})
	t.Run("v2 schedule", func(t *testing.T) {
		b := readGolden(t, "v2_schedule_odd_scalars.json")
		ev := mustParse(t, b).(*smartcar.Schedule)
		requireRoundTrip(t, b, ev)
		subs := ev.Vehicles()[0].Data.Value
		require.Len(t, subs, 3)
		assert.True(t, subs[0].OK(), "code 200.0")
		status, ok := subs[0].Status()
		assert.True(t, ok)
		assert.Equal(t, 200, status)
		assert.Equal(t, "1589240671000", subs[0].Header("SC-Fetched-At"), "a header value sent as a number")
		assert.Equal(t, "", subs[0].Header("x-null"))
		assert.Equal(t, "imperial", subs[0].UnitSystem())
		age, ok := subs[0].DataAge()
		assert.True(t, ok)
		assert.Equal(t, 2020, age.Year())
		assert.False(t, subs[1].OK(), `code "409"`)
		apiErr, ok := subs[1].AsError()
		require.True(t, ok)
		assert.Equal(t, smartcar.ErrorCodeAsleep, apiErr.Code.Value)
		assert.Equal(t, "smartcar: api error VEHICLE_STATE ASLEEP (Conflict)", apiErr.Error())
		assert.True(t, subs[2].Headers.Null)
		assert.Equal(t, time.UnixMilli(1589407201288).UTC(), ev.Vehicles()[0].Timestamp.Time())
	})
}
