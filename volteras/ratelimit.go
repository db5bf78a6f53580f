package volteras

import "encoding/json"

// RateLimitUpdated is a rate_limit.updated event: the state of a rate limit
// changed. Its members are snake_case on the wire; the REST API's camelCase
// spellings (remainingRequests, maxRequests, windowSizeSeconds, objectId) are
// accepted too, and a parsed event marshals back in the spelling it came in.
type RateLimitUpdated struct {
	// RemainingRequests is the number of requests left in the window.
	RemainingRequests int
	// MaxRequests is the maximum number of requests per window.
	MaxRequests int
	// Domain is the kind of object limited, [RateLimitDomainVehicle].
	Domain RateLimitDomain
	// WindowSizeSeconds is the length of the window, 3600 in the examples.
	WindowSizeSeconds int
	// ObjectID is the limited object, such as a vehicle id.
	ObjectID string
	// Key names the limit, such as [RateLimitKeyBMWEnergyAPICommands].
	Key RateLimitKey
	// CamelCase records that the event arrived with the REST API's camelCase
	// member names; it makes MarshalJSON use them too.
	CamelCase bool

	// Raw is the body the event was parsed from; [Parse] sets it.
	Raw json.RawMessage `json:"-"`
}

// Type returns [EventRateLimitUpdated].
func (*RateLimitUpdated) Type() string { return EventRateLimitUpdated }

type rateLimitWire struct {
	RemainingRequests optInt          `json:"remaining_requests"`
	MaxRequests       optInt          `json:"max_requests"`
	Domain            RateLimitDomain `json:"domain"`
	WindowSizeSeconds optInt          `json:"window_size_seconds"`
	ObjectID          optString       `json:"object_id"`
	Key               RateLimitKey    `json:"key"`

	RemainingRequestsCamel optInt    `json:"remainingRequests"`
	MaxRequestsCamel       optInt    `json:"maxRequests"`
	WindowSizeSecondsCamel optInt    `json:"windowSizeSeconds"`
	ObjectIDCamel          optString `json:"objectId"`
}

// optInt is a whole number that records whether it was present (and not
// null), without the allocation of a pointer.
type optInt struct {
	v   int
	set bool
}

// UnmarshalJSON decodes a whole JSON number; null leaves n unset.
func (n *optInt) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	v, err := parseWholeInt(b)
	if err != nil {
		return err
	}
	*n = optInt{v, true}
	return nil
}

// optString is a string that records whether it was present (and not null).
type optString struct {
	v   string
	set bool
}

// UnmarshalJSON decodes a JSON string; null leaves s unset.
func (s *optString) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var v string
	if err := decodeString(&v, b); err != nil {
		return err
	}
	*s = optString{v, true}
	return nil
}

type rateLimitSnake struct {
	RemainingRequests int             `json:"remaining_requests"`
	MaxRequests       int             `json:"max_requests"`
	Domain            RateLimitDomain `json:"domain"`
	WindowSizeSeconds int             `json:"window_size_seconds"`
	ObjectID          string          `json:"object_id"`
	Key               RateLimitKey    `json:"key"`
}

type rateLimitCamel struct {
	RemainingRequests int             `json:"remainingRequests"`
	MaxRequests       int             `json:"maxRequests"`
	Domain            RateLimitDomain `json:"domain"`
	WindowSizeSeconds int             `json:"windowSizeSeconds"`
	ObjectID          string          `json:"objectId"`
	Key               RateLimitKey    `json:"key"`
}

// UnmarshalJSON decodes either spelling; snake_case wins when a member is
// present in both. Whole numbers written as 3600.0 are accepted. null is no
// change. Raw is left nil; [Parse] sets it.
func (r *RateLimitUpdated) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	*r = RateLimitUpdated{}
	return r.decode(b)
}

func (r *RateLimitUpdated) decode(b []byte) error {
	var w rateLimitWire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	r.fromWire(&w)
	return nil
}

// fromWire sets r from the decoded members of either spelling.
func (r *RateLimitUpdated) fromWire(w *rateLimitWire) {
	camel := false
	pickInt := func(snake, alt optInt) int {
		switch {
		case snake.set:
			return snake.v
		case alt.set:
			camel = true
			return alt.v
		}
		return 0
	}
	r.RemainingRequests = pickInt(w.RemainingRequests, w.RemainingRequestsCamel)
	r.MaxRequests = pickInt(w.MaxRequests, w.MaxRequestsCamel)
	r.WindowSizeSeconds = pickInt(w.WindowSizeSeconds, w.WindowSizeSecondsCamel)
	switch {
	case w.ObjectID.set:
		r.ObjectID = w.ObjectID.v
	case w.ObjectIDCamel.set:
		r.ObjectID, camel = w.ObjectIDCamel.v, true
	}
	r.Domain, r.Key = w.Domain, w.Key
	r.CamelCase = camel && !w.RemainingRequests.set && !w.MaxRequests.set &&
		!w.WindowSizeSeconds.set && !w.ObjectID.set
}

// MarshalJSON writes the snake_case members Volteras sends, or the camelCase
// ones when r.CamelCase is set.
func (r RateLimitUpdated) MarshalJSON() ([]byte, error) {
	s := rateLimitSnake{r.RemainingRequests, r.MaxRequests, r.Domain, r.WindowSizeSeconds, r.ObjectID, r.Key}
	if r.CamelCase {
		return json.Marshal(rateLimitCamel(s))
	}
	return json.Marshal(s)
}
