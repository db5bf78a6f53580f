package volterastest_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

func TestCatalogue(t *testing.T) {
	var keys []string
	for k, body := range volterastest.Payloads() {
		keys = append(keys, k)
		var obj map[string]any
		require.NoError(t, json.Unmarshal(body, &obj), k)
		assert.Equal(t, body, volterastest.Payload(k), k)
		assert.NotContains(t, k, "#")
	}
	assert.True(t, slices.IsSorted(keys), "sorted keys")
	assert.Len(t, keys, 29)

	// One primary example per event type.
	for name := range volteras.EventTypes() {
		assert.Contains(t, keys, name)
	}
	// One variant per metric type, named by the metric type in lower case.
	for _, m := range []volteras.MetricType{
		volteras.MetricStateOfCharge, volteras.MetricEnergyRemaining, volteras.MetricLocation,
		volteras.MetricOdometer, volteras.MetricRange, volteras.MetricTires, volteras.MetricOEMAlert,
		volteras.MetricChargingState, volteras.MetricDepartureTimes, volteras.MetricOtherChargingData,
		volteras.MetricOtherLocationData,
	} {
		key := "device.telemetry/" + strings.ToLower(string(m))
		body := volterastest.Payload(key)
		require.NotNil(t, body, key)
		var head struct {
			MetricType string `json:"metricType"`
		}
		require.NoError(t, json.Unmarshal(body, &head))
		assert.Equal(t, string(m), head.MetricType, key)
	}
	assert.Equal(t, volterastest.Payload("device.telemetry"), volterastest.Payload("device.telemetry/state_of_charge"))
	// The documented variants.
	for _, k := range []string{
		"command.updated/set_temperature_failed", "command.updated/unlock_doors_pending",
		"command.updated/set_charge_limit_executed", "command.updated/open_charge_port_failed",
		"rate_limit.updated/stop_commands", "alert.updated/resolved", "alert.updated/muted",
		"journey.updated/null_energy", "journey.updated/complete_2", "journey.updated/null_distance",
		"device.telemetry/other_location_data_members",
	} {
		assert.Contains(t, keys, k)
	}
}

func TestPayloadMisses(t *testing.T) {
	for _, name := range []string{"", "nope", "device.telemetry/nope", "device.telemetry#location", "../doc.go", "README"} {
		assert.Nil(t, volterastest.Payload(name), name)
	}
}

func TestPayloadIsAFreshCopy(t *testing.T) {
	a := volterastest.Payload(volteras.EventDeviceConnected)
	a[0] = 'X'
	assert.Equal(t, byte('{'), volterastest.Payload(volteras.EventDeviceConnected)[0])
	for _, b := range volterastest.Payloads() {
		b[0] = 'X'
		break
	}
	for k, b := range volterastest.Payloads() {
		assert.Equal(t, byte('{'), b[0], k)
	}
}
