package volteras

import (
	"fmt"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// seen records that a member was present, whatever its value.
type seen bool

// UnmarshalJSONFrom skips the value and records its presence.
func (s *seen) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	*s = true
	return dec.SkipValue()
}

// shape holds the members shape detection looks at.
type shape struct {
	MetricType         seen `json:"metricType"`
	Command            seen `json:"command"`
	Status             seen `json:"status"`
	MaxRequests        seen `json:"max_requests"`
	RemainingRequests  seen `json:"remaining_requests"`
	WindowSizeSeconds  seen `json:"window_size_seconds"`
	MaxRequestsC       seen `json:"maxRequests"`
	RemainingRequestsC seen `json:"remainingRequests"`
	WindowSizeSecondsC seen `json:"windowSizeSeconds"`
	AlertDefinitionID  seen `json:"alertDefinitionId"`
	StartTimestamp     seen `json:"startTimestamp"`
	VehicleID          seen `json:"vehicleId"`
	DistanceTravelled  seen `json:"distanceTravelledKm"`
	ID                 seen `json:"id"`
	DeviceType         seen `json:"deviceType"`
}

// DetectEventType guesses the event type of body from its top-level members,
// for deployments that cannot give the type by route or header. It is a
// fallback only: it recognises the kinds whose shape is unambiguous.
//
//	metricType                                   device.telemetry
//	command and status                           command.updated
//	max_requests, remaining_requests or
//	window_size_seconds (or their camelCase)     rate_limit.updated
//	alertDefinitionId                            alert.updated
//	startTimestamp, and vehicleId or
//	distanceTravelledKm                          journey.updated
//	id and deviceType                            ErrAmbiguousEventType
//	anything else                                ErrUnrecognizedShape
//
// device.connected and device.disconnected have the same body, so they are
// never guessed: DetectEventType returns an error wrapping
// [ErrAmbiguousEventType]. A body that is not a JSON object is an error
// wrapping the json v2 cause.
func DetectEventType(body []byte) (string, error) {
	if err := checkObject(body); err != nil {
		return "", fmt.Errorf("volteras: detect event type: %w", err)
	}
	var m shape
	if err := json.Unmarshal(body, &m); err != nil {
		return "", fmt.Errorf("volteras: detect event type: %w", err)
	}
	switch true {
	case bool(m.MetricType):
		return EventDeviceTelemetry, nil
	case bool(m.Command && m.Status):
		return EventCommandUpdated, nil
	case bool(m.MaxRequests || m.RemainingRequests || m.WindowSizeSeconds ||
		m.MaxRequestsC || m.RemainingRequestsC || m.WindowSizeSecondsC):
		return EventRateLimitUpdated, nil
	case bool(m.AlertDefinitionID):
		return EventAlertUpdated, nil
	case bool(m.StartTimestamp && (m.VehicleID || m.DistanceTravelled)):
		return EventJourneyUpdated, nil
	case bool(m.ID && m.DeviceType):
		return "", fmt.Errorf("volteras: %w: device.connected and device.disconnected share the body {id, deviceType} and cannot be told apart; give the event type by route or header", ErrAmbiguousEventType)
	}
	return "", fmt.Errorf("volteras: %w: no event type has these members", ErrUnrecognizedShape)
}
