package volteras

import (
	"encoding/json"
	"fmt"
)

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
// wrapping the encoding/json cause.
func DetectEventType(body []byte) (string, error) {
	if err := checkObject(body); err != nil {
		return "", fmt.Errorf("volteras: detect event type: %w", err)
	}
	var members map[string]json.RawMessage
	if err := json.Unmarshal(body, &members); err != nil {
		return "", fmt.Errorf("volteras: detect event type: %w", err)
	}
	has := func(names ...string) bool {
		for _, n := range names {
			if _, ok := members[n]; ok {
				return true
			}
		}
		return false
	}
	switch {
	case has("metricType"):
		return EventDeviceTelemetry, nil
	case has("command") && has("status"):
		return EventCommandUpdated, nil
	case has("max_requests", "remaining_requests", "window_size_seconds",
		"maxRequests", "remainingRequests", "windowSizeSeconds"):
		return EventRateLimitUpdated, nil
	case has("alertDefinitionId"):
		return EventAlertUpdated, nil
	case has("startTimestamp") && has("vehicleId", "distanceTravelledKm"):
		return EventJourneyUpdated, nil
	case has("id") && has("deviceType"):
		return "", fmt.Errorf("volteras: %w: device.connected and device.disconnected share the body {id, deviceType} and cannot be told apart; give the event type by route or header", ErrAmbiguousEventType)
	}
	return "", fmt.Errorf("volteras: %w: no event type has these members", ErrUnrecognizedShape)
}
