package volteras_test

import (
	jsonv1 "encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// BenchmarkParse compares Parse (evhooks: json v2 over the typed structs,
// unknown members kept, numbers exact) with what peer libraries do
// (baseline: encoding/json Unmarshal into a plain struct with the same
// fields, pointers for the nullable ones), on the catalogue payloads:
//
//	go test -run '^$' -bench 'BenchmarkParse$' -benchmem -count=5 ./volteras
func BenchmarkParse(b *testing.B) {
	cases := []struct {
		key      string
		baseline func() any
	}{
		{"device.telemetry", func() any { return new(baseTelemetry) }},
		{"device.telemetry/energy_remaining", func() any { return new(baseTelemetry) }},
		{"device.telemetry/location", func() any { return new(baseTelemetry) }},
		{"device.telemetry/odometer", func() any { return new(baseTelemetry) }},
		{"device.telemetry/range", func() any { return new(baseTelemetry) }},
		{"device.telemetry/tires", func() any { return new(baseTelemetry) }},
		{"device.telemetry/oem_alert", func() any { return new(baseTelemetry) }},
		{"device.telemetry/charging_state", func() any { return new(baseTelemetry) }},
		{"device.telemetry/departure_times", func() any { return new(baseTelemetry) }},
		{"device.telemetry/other_charging_data", func() any { return new(baseTelemetry) }},
		{"device.telemetry/other_location_data", func() any { return new(baseTelemetry) }},
		{"device.connected", func() any { return new(baseDevice) }},
		{"command.updated", func() any { return new(baseCommand) }},
		{"rate_limit.updated", func() any { return new(baseRateLimit) }},
		{"alert.updated", func() any { return new(baseAlert) }},
		{"journey.updated", func() any { return new(baseJourney) }},
	}
	for _, c := range cases {
		body := volterastest.Payload(c.key)
		if body == nil {
			b.Fatalf("no payload %s", c.key)
		}
		eventType, _, _ := strings.Cut(c.key, "/")
		name := strings.TrimPrefix(strings.ReplaceAll(c.key, "device.telemetry/", "telemetry_"), "device.")
		if c.key == "device.telemetry" {
			name = "telemetry_state_of_charge"
		}
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
				if err := jsonv1.Unmarshal(body, c.baseline()); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The baseline types: the fields of the typed events as a peer library
// declares them for encoding/json.

type baseQuantity struct {
	Unit  string  `json:"unit"`
	Value float64 `json:"value"`
}

type baseTelemetry struct {
	MetricType string `json:"metricType"`
	Vehicle    *struct {
		ID  string  `json:"id"`
		VIN *string `json:"vin"`
	} `json:"vehicle"`
	Timestamp          time.Time     `json:"timestamp"`
	StateOfCharge      *baseQuantity `json:"stateOfCharge"`
	EnergyRemainingKwh *baseQuantity `json:"energyRemainingKwh"`
	Location           *struct {
		Unit  string `json:"unit"`
		Value struct {
			Longitude float64 `json:"longitude"`
			Latitude  float64 `json:"latitude"`
		} `json:"value"`
	} `json:"location"`
	Odometer *baseQuantity `json:"odometer"`
	Range    *baseQuantity `json:"range"`
	Pressure *baseQuantity `json:"pressure"`
	Position string        `json:"position"`
	OEMAlert *struct {
		Status            string            `json:"status"`
		OEMCode           string            `json:"oemCode"`
		Timestamp         *time.Time        `json:"timestamp"`
		OEMMessage        *string           `json:"oemMessage"`
		OEMMetadata       jsonv1.RawMessage `json:"oemMetadata"`
		MappedMessage     *string           `json:"mappedMessage"`
		Severity          *string           `json:"severity"`
		MappedCode        *string           `json:"mappedCode"`
		AffectedComponent *string           `json:"affectedComponent"`
		RecommendedAction *string           `json:"recommendedAction"`
		Type              *string           `json:"type"`
	} `json:"oemAlert"`
	State          string `json:"state"`
	DepartureTimes []struct {
		Hour            int      `json:"hour"`
		Minute          int      `json:"minute"`
		DaysOfWeek      []string `json:"daysOfWeek"`
		LocalTimeOffset int      `json:"localTimeOffset"`
	} `json:"departureTimes"`
	Data []struct {
		Key   string  `json:"key"`
		Unit  *string `json:"unit"`
		Value any     `json:"value"`
	} `json:"data"`
	Speed     *baseQuantity `json:"speed"`
	Heading   *baseQuantity `json:"heading"`
	Elevation *baseQuantity `json:"elevation"`
}

type baseDevice struct {
	ID         string `json:"id"`
	DeviceType string `json:"deviceType"`
}

type baseCommand struct {
	ID               string            `json:"id"`
	DeviceType       string            `json:"deviceType"`
	DeviceID         string            `json:"deviceId"`
	Command          string            `json:"command"`
	Status           string            `json:"status"`
	FailedReason     *string           `json:"failedReason"`
	CommandArguments jsonv1.RawMessage `json:"commandArguments"`
	Timeout          *int              `json:"timeout"`
	ExecutedAt       *time.Time        `json:"executedAt"`
}

type baseRateLimit struct {
	RemainingRequests int    `json:"remaining_requests"`
	MaxRequests       int    `json:"max_requests"`
	Domain            string `json:"domain"`
	WindowSizeSeconds int    `json:"window_size_seconds"`
	ObjectID          string `json:"object_id"`
	Key               string `json:"key"`
}

type baseAlert struct {
	ID                string    `json:"id"`
	Status            string    `json:"status"`
	AlertDefinitionID string    `json:"alertDefinitionId"`
	OEMDeviceID       string    `json:"oemDeviceId"`
	VehicleID         string    `json:"vehicleId"`
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
	TriggerName        *string `json:"triggerName"`
	TriggerDescription *string `json:"triggerDescription"`
}

type baseJourney struct {
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
