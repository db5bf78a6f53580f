package volteras_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/evhooks/evhooks/volteras"
)

// The baselines are plain structs with the same fields as each payload, as a
// user without this package would write them; json.Unmarshal into them is
// what BenchmarkParse compares the typed decode against.

type baseVehicle struct {
	ID  string `json:"id"`
	VIN string `json:"vin"`
}

type baseQuantity struct {
	Unit  string  `json:"unit"`
	Value float64 `json:"value"`
}

type baseTelemetry struct {
	MetricType string      `json:"metricType"`
	Vehicle    baseVehicle `json:"vehicle"`
	Timestamp  time.Time   `json:"timestamp"`
}

type (
	baseStateOfCharge struct {
		baseTelemetry
		StateOfCharge baseQuantity `json:"stateOfCharge"`
	}
	baseEnergyRemaining struct {
		baseTelemetry
		EnergyRemainingKwh baseQuantity `json:"energyRemainingKwh"`
	}
	baseLocation struct {
		baseTelemetry
		Location struct {
			Unit  string `json:"unit"`
			Value struct {
				Longitude float64 `json:"longitude"`
				Latitude  float64 `json:"latitude"`
			} `json:"value"`
		} `json:"location"`
	}
	baseOdometer struct {
		baseTelemetry
		Odometer baseQuantity `json:"odometer"`
	}
	baseRange struct {
		baseTelemetry
		Range baseQuantity `json:"range"`
	}
	baseTires struct {
		baseTelemetry
		Pressure baseQuantity `json:"pressure"`
		Position string       `json:"position"`
	}
	baseOEMAlert struct {
		baseTelemetry
		OEMAlert struct {
			Status            string          `json:"status"`
			OEMCode           string          `json:"oemCode"`
			OEMMessage        *string         `json:"oemMessage"`
			OEMMetadata       json.RawMessage `json:"oemMetadata"`
			MappedMessage     *string         `json:"mappedMessage"`
			Severity          *string         `json:"severity"`
			MappedCode        *string         `json:"mappedCode"`
			AffectedComponent *string         `json:"affectedComponent"`
			RecommendedAction *string         `json:"recommendedAction"`
			Type              *string         `json:"type"`
		} `json:"oemAlert"`
	}
	baseChargingState struct {
		baseTelemetry
		State string `json:"state"`
	}
	baseDepartureTimes struct {
		baseTelemetry
		DepartureTimes []struct {
			Hour            int      `json:"hour"`
			Minute          int      `json:"minute"`
			DaysOfWeek      []string `json:"daysOfWeek"`
			LocalTimeOffset int      `json:"localTimeOffset"`
		} `json:"departureTimes"`
	}
	baseData struct {
		baseTelemetry
		Data []struct {
			Key   string `json:"key"`
			Unit  string `json:"unit"`
			Value any    `json:"value"`
		} `json:"data"`
	}
	baseDevice struct {
		ID         string `json:"id"`
		DeviceType string `json:"deviceType"`
	}
	baseCommand struct {
		ID           string  `json:"id"`
		DeviceType   string  `json:"deviceType"`
		DeviceID     string  `json:"deviceId"`
		Command      string  `json:"command"`
		Status       string  `json:"status"`
		FailedReason *string `json:"failedReason"`
	}
	baseRateLimit struct {
		RemainingRequests int    `json:"remaining_requests"`
		MaxRequests       int    `json:"max_requests"`
		Domain            string `json:"domain"`
		WindowSizeSeconds int    `json:"window_size_seconds"`
		ObjectID          string `json:"object_id"`
		Key               string `json:"key"`
	}
	baseAlert struct {
		ID                string    `json:"id"`
		Status            string    `json:"status"`
		AlertDefinitionID string    `json:"alertDefinitionId"`
		OEMDeviceID       string    `json:"oemDeviceId"`
		VIN               *string   `json:"vin"`
		Muted             bool      `json:"muted"`
		CreatedAt         time.Time `json:"createdAt"`
		CurrentSeverity   *string   `json:"currentSeverity"`
		Resolutions       []struct {
			ID         string `json:"id"`
			Definition struct {
				ID          string `json:"id"`
				Name        string `json:"name"`
				Description string `json:"description"`
			} `json:"definition"`
			Status string `json:"status"`
			Steps  []struct {
				ID         string `json:"id"`
				Status     string `json:"status"`
				Definition struct {
					ID          string `json:"id"`
					Description string `json:"description"`
					Order       int    `json:"order"`
				} `json:"definition"`
			} `json:"steps"`
		} `json:"resolutions"`
		Definition struct {
			ID          string `json:"id"`
			Name        string `json:"name"`
			Description string `json:"description"`
			Message     string `json:"message"`
			Category    struct {
				ID          string  `json:"id"`
				Name        string  `json:"name"`
				Description *string `json:"description"`
			} `json:"category"`
		} `json:"definition"`
		Metadata struct {
			CreatedAt time.Time `json:"createdAt"`
			UpdatedAt time.Time `json:"updatedAt"`
		} `json:"metadata"`
	}
	baseJourney struct {
		ID                  string     `json:"id"`
		VehicleID           string     `json:"vehicleId"`
		VIN                 string     `json:"vin"`
		StartTimestamp      time.Time  `json:"startTimestamp"`
		StopTimestamp       *time.Time `json:"stopTimestamp"`
		DistanceTravelledKm *float64   `json:"distanceTravelledKm"`
		OdometerStart       *float64   `json:"odometerStart"`
		OdometerEnd         *float64   `json:"odometerEnd"`
		EnergyUsedKwh       *float64   `json:"energyUsedKwh"`
		EnergyStartKwh      *float64   `json:"energyStartKwh"`
		EnergyEndKwh        *float64   `json:"energyEndKwh"`
		SocUsed             *float64   `json:"socUsed"`
		SocStart            *float64   `json:"socStart"`
		SocEnd              *float64   `json:"socEnd"`
		StartLatitude       *float64   `json:"startLatitude"`
		StartLongitude      *float64   `json:"startLongitude"`
		StopLatitude        *float64   `json:"stopLatitude"`
		StopLongitude       *float64   `json:"stopLongitude"`
	}
)

func baseline[T any](body []byte) error { return json.Unmarshal(body, new(T)) }

var benchCases = []struct {
	file     string
	baseline func([]byte) error
}{
	{"device.telemetry_state_of_charge.json", baseline[baseStateOfCharge]},
	{"device.telemetry_energy_remaining.json", baseline[baseEnergyRemaining]},
	{"device.telemetry_location.json", baseline[baseLocation]},
	{"device.telemetry_odometer.json", baseline[baseOdometer]},
	{"device.telemetry_range.json", baseline[baseRange]},
	{"device.telemetry_tires.json", baseline[baseTires]},
	{"device.telemetry_oem_alert.json", baseline[baseOEMAlert]},
	{"device.telemetry_charging_state.json", baseline[baseChargingState]},
	{"device.telemetry_departure_times.json", baseline[baseDepartureTimes]},
	{"device.telemetry_other_charging_data.json", baseline[baseData]},
	{"device.telemetry_other_location_data.json", baseline[baseData]},
	{"device.connected.json", baseline[baseDevice]},
	{"command.updated_set_temperature_failed.json", baseline[baseCommand]},
	{"rate_limit.updated_commands.json", baseline[baseRateLimit]},
	{"alert.updated_resolved.json", baseline[baseAlert]},
	{"journey.updated_complete.json", baseline[baseJourney]},
}

// BenchmarkParse compares Parse with json.Unmarshal into the plain baseline
// struct of the same payload, per event kind (and per metric type for
// device.telemetry).
func BenchmarkParse(b *testing.B) {
	for _, c := range benchCases {
		body := readGolden(b, c.file)
		eventType := eventTypeOf(c.file)
		name := strings.TrimSuffix(c.file, ".json")
		b.Run(name+"/evhooks", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if _, err := volteras.Parse(eventType, body); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/baseline", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(body)))
			for b.Loop() {
				if err := c.baseline(body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
