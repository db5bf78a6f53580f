package dispatch

import (
	"context"
	"net/http"
	"time"
)

// Stored is one verified, decoded delivery as the router hands it to a
// [Sink], and as [Router.DeliverStored] takes it back: everything needed to
// verify, decode and handle it again later.
type Stored struct {
	// Provider is the source's provider name ([Source.Provider]).
	Provider string
	// Name is the event name as sent or derived ([Message.Name]).
	Name string
	// ID is the idempotency key ([Message.ID]), or "" when there is none.
	ID string
	// Header holds the delivery's request headers, which verification needs.
	Header http.Header
	// Body is the exact raw body.
	Body []byte
	// ReceivedAt is when the router received the delivery; verification of
	// the stored delivery checks timestamp windows and maximum ages against
	// it instead of the clock.
	ReceivedAt time.Time
}

// Sink stores deliveries durably instead of handling them on the request,
// for a durable ingest queue such as NATS JetStream: the provider gets its
// 200 once the delivery is stored, and a consumer handles it later with
// [Router.DeliverStored]. Enable one with [WithSink].
//
// Implementations must be safe for concurrent use.
type Sink interface {
	// Store durably stores one verified, decoded delivery. The router
	// answers 200 only after Store returns nil, and 503 when it returns an
	// error (reported as [ErrSink]). s.Header and s.Body must not be
	// modified; they stay valid after Store returns.
	Store(ctx context.Context, s Stored) error
}
