package dispatch

import (
	"net/http"
	"time"
)

// Source is one provider's side of the router: it verifies a delivery,
// decodes it into a typed event and names the events it can produce.
// The provider packages implement it (volteras.NewSource, edrv.NewSource,
// smartcar.NewSource); dispatch itself knows no provider.
//
// Implementations must be safe for concurrent use.
type Source interface {
	// Provider returns a short lower-case provider name, such as "edrv".
	// It prefixes deduplication keys and appears in error reports.
	Provider() string

	// Catalog describes the events the source decodes, so that [Handle] can
	// reject at registration a handler type that can never be called.
	Catalog() Catalog

	// Verify checks the signature of d against the exact raw body. The
	// router answers 401 to any error it returns.
	Verify(d *Delivery) error

	// Decode turns a verified delivery into a typed event. The router
	// answers 400 to any error it returns.
	Decode(d *Delivery) (Message, error)
}

// Delivery is one webhook delivery as a [Source] sees it.
type Delivery struct {
	// Header holds the request headers.
	Header http.Header
	// Body is the exact raw body, read once; sources must not modify it.
	Body []byte
	// Request is the HTTP request, or nil when the delivery did not come
	// through the router's ServeHTTP (see [Router.Deliver]). Sources may
	// read path values from it (Request.PathValue).
	Request *http.Request
	// ReceivedAt is when the delivery was first received; zero means now.
	// Sources check timestamp windows and maximum ages against it instead
	// of their clock, so that a stored delivery (see [Router.DeliverStored])
	// verifies as it did when it arrived.
	ReceivedAt time.Time
	// Name is the event name the delivery was stored under (set by
	// [Router.DeliverStored] from [Stored.Name]); sources whose body carries
	// no name (Volteras) use it in place of the request path or header. It is
	// empty for live deliveries.
	Name string
}

// Message is what a [Source] decoded from a verified [Delivery].
type Message struct {
	// Name is the event name exactly as the provider sent it; the router
	// matches patterns against it.
	Name string
	// Event is the typed event value, for example *volteras.Telemetry. Its
	// dynamic type is one of those listed in the source's [Catalog].
	Event any
	// ID is the provider's idempotency key (Standard Webhooks message id,
	// eDRV envelope _id, Smartcar eventId), or "" when the delivery has none.
	ID string
	// Reply, when not nil, is written as the response and the event is not
	// routed to handlers (Smartcar's VERIFY challenge).
	Reply *Reply
}

// Reply is a response a [Source] asks the router to send in place of routing,
// such as the answer to a Smartcar VERIFY challenge.
type Reply struct {
	// Status is the HTTP status code; 0 means 200.
	Status int
	// ContentType is the Content-Type header of the reply, if any.
	ContentType string
	// Body is the response body.
	Body []byte
}

// Catalog lists the events a [Source] delivers to handlers.
type Catalog struct {
	// Events maps every event name the source knows to a typed nil value
	// of the Go type it decodes that name into, for example
	// "device.telemetry": (*volteras.Telemetry)(nil). When a name can
	// decode to several types, the value is a []any of typed nil values,
	// for example []any{(*edrv.SessionEvent)(nil), (*edrv.Unknown)(nil)}
	// for a source that delivers its Unknown type when a known event's data
	// cannot be decoded. A nil value declares the name without its type, so
	// [Handle] does not check handlers that can receive it.
	Events map[string]any
	// Unknown is a typed nil value of the Go type delivered for names that
	// are not in Events, for example (*volteras.Unknown)(nil).
	Unknown any
	// Answered lists the event names the source answers itself with a
	// [Reply], such as Smartcar's "VERIFY" and "verify" challenges; such
	// events never reach a handler, so [Handle] panics for a handler
	// registered on one of them.
	Answered []string
}
