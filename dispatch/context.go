package dispatch

import "context"

// deliveryKey is the context key under which handlers find the [Delivery].
type deliveryKey struct{}

// deliveryContext is the context handlers receive: the request's (or
// Deliver's) context plus the delivery being handled. Holding the delivery
// in the context value itself costs one allocation per request for both.
type deliveryContext struct {
	context.Context
	d Delivery
}

// Value returns the delivery for the package's key and defers to the parent
// context for every other key.
func (c *deliveryContext) Value(key any) any {
	if _, ok := key.(deliveryKey); ok {
		return &c.d
	}
	return c.Context.Value(key)
}

// DeliveryFromContext returns the delivery being handled, so that a handler
// can read the request headers or the raw body. It reports false when ctx is
// not the context of a handler called by a [Router]. The delivery and its
// body must not be modified.
func DeliveryFromContext(ctx context.Context) (*Delivery, bool) {
	d, ok := ctx.Value(deliveryKey{}).(*Delivery)
	return d, ok
}

// RawBody returns the exact bytes of the delivery being handled, as they were
// verified, or nil when ctx is not the context of a handler called by a
// [Router]. The slice is shared with the decoded event and must not be
// modified; it stays valid after the handler returns.
func RawBody(ctx context.Context) []byte {
	if d, ok := DeliveryFromContext(ctx); ok {
		return d.Body
	}
	return nil
}
