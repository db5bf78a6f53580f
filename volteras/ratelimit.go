package volteras

import "github.com/go-json-experiment/json/jsontext"

// RateLimitUpdated is a rate_limit.updated event: the state of a rate limit
// changed. Its members are snake_case on the wire; the REST API's camelCase
// spellings (remainingRequests, maxRequests, windowSizeSeconds, objectId)
// are decoded too, into their own fields, and the accessor methods read
// either spelling, snake_case first.
type RateLimitUpdated struct {
	// RemainingRequests is the number of requests left in the window.
	RemainingRequests Number `json:"remaining_requests,omitzero"`
	// MaxRequests is the maximum number of requests per window.
	MaxRequests Number `json:"max_requests,omitzero"`
	// Domain is the kind of object limited, [RateLimitDomainVehicle].
	Domain Opt[RateLimitDomain] `json:"domain,omitzero"`
	// WindowSizeSeconds is the length of the window, 3600 in the examples.
	WindowSizeSeconds Number `json:"window_size_seconds,omitzero"`
	// ObjectID is the limited object, such as a vehicle id.
	ObjectID Opt[string] `json:"object_id,omitzero"`
	// Key names the limit, such as [RateLimitKeyBMWEnergyAPICommands].
	Key Opt[RateLimitKey] `json:"key,omitzero"`

	// RemainingRequestsREST is remainingRequests, the REST API's spelling
	// of RemainingRequests.
	RemainingRequestsREST Number `json:"remainingRequests,omitzero"`
	// MaxRequestsREST is maxRequests, the REST spelling of MaxRequests.
	MaxRequestsREST Number `json:"maxRequests,omitzero"`
	// WindowSizeSecondsREST is windowSizeSeconds, the REST spelling of
	// WindowSizeSeconds.
	WindowSizeSecondsREST Number `json:"windowSizeSeconds,omitzero"`
	// ObjectIDREST is objectId, the REST spelling of ObjectID.
	ObjectIDREST Opt[string] `json:"objectId,omitzero"`

	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`

	raw []byte
}

// Remaining returns the number of requests left, from either spelling.
func (r *RateLimitUpdated) Remaining() (int64, bool) {
	return either(r.RemainingRequests, r.RemainingRequestsREST)
}

// Max returns the maximum number of requests per window, from either
// spelling.
func (r *RateLimitUpdated) Max() (int64, bool) { return either(r.MaxRequests, r.MaxRequestsREST) }

// Window returns the window length in seconds, from either spelling.
func (r *RateLimitUpdated) Window() (int64, bool) {
	return either(r.WindowSizeSeconds, r.WindowSizeSecondsREST)
}

// Object returns the limited object's id, from either spelling.
func (r *RateLimitUpdated) Object() (string, bool) {
	if r.ObjectID.Valid {
		return r.ObjectID.Value, true
	}
	return r.ObjectIDREST.Get()
}

func either(a, b Number) (int64, bool) {
	if v, ok := a.Int64(); ok {
		return v, true
	}
	return b.Int64()
}
