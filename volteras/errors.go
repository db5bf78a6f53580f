package volteras

import "errors"

// Sentinel errors of this package. Match them with [errors.Is]; decode errors
// also wrap the json v2 cause (*jsontext.SyntacticError,
// *json.SemanticError) where there is one, for [errors.As].
var (
	// ErrNoEventType reports that no event type was given or could be
	// resolved. Volteras bodies do not name their event type: it comes from
	// the endpoint (route or [WithEventType]) or a configured header.
	ErrNoEventType = errors.New("no event type")
	// ErrAmbiguousEventType reports a body that shape detection cannot
	// classify because several event types share its shape:
	// device.connected and device.disconnected are both {id, deviceType}.
	ErrAmbiguousEventType = errors.New("ambiguous event type")
	// ErrUnrecognizedShape reports a body whose shape matches no event type
	// that shape detection can recognise.
	ErrUnrecognizedShape = errors.New("unrecognized payload shape")
	// ErrUnacceptedEventType reports an event type taken from an unsigned
	// header that is neither a known event type nor one accepted with
	// [WithAcceptedEventTypes].
	ErrUnacceptedEventType = errors.New("unaccepted event type")
	// ErrMissingMetricType reports a device.telemetry body without a
	// metricType: the union cannot be decoded without its discriminator.
	ErrMissingMetricType = errors.New("missing metricType")
	// ErrMissingReading is set (wrapped) in [Telemetry.MetricErr] when the
	// reading member of a known metric type is absent.
	ErrMissingReading = errors.New("missing reading")
	// ErrNoSecret reports a delivery that a [Source] with per-type secrets
	// ([WithEventSecret]) and no shared secret cannot verify: its claimed
	// event type has no secret of its own, or no type could be resolved
	// before verification. The router answers 401.
	ErrNoSecret = errors.New("no secret for the event type")
	// ErrNotObject reports a body whose top level is not a JSON object; Svix
	// only delivers objects.
	ErrNotObject = errors.New("payload is not a JSON object")
)
