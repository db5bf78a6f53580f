package jetstream

import (
	"errors"
	"strconv"
	"strings"
)

// Sentinel errors.
var (
	// ErrInvalidOption reports an unusable option given to [NewSink] or
	// [NewConsumer].
	ErrInvalidOption = errors.New("jetstream: invalid option")
	// ErrNoRouter reports a stored delivery of a provider the [Consumer]
	// has no router for. It is retried like a failed handler, since another
	// replica may have that router.
	ErrNoRouter = errors.New("jetstream: no router for the provider")
	// ErrMalformed reports a stream message that is not a stored delivery
	// (a header this package writes is missing or unreadable). Such a
	// message goes to the dead-letter subject at once.
	ErrMalformed = errors.New("jetstream: malformed stored delivery")
	// ErrUnanswered is the last error of a message that was delivered more
	// than the maximum number of times without an answer (its handler
	// crashed or hung past the ack wait on the last delivery).
	ErrUnanswered = errors.New("jetstream: delivered too often without an answer")
)

// Failure is what a [Consumer] passes to the callback of
// [WithErrorHandler] for a stored delivery it could not handle, and what the
// dead-letter subject's [HeaderError] holds the text of.
type Failure struct {
	// Subject is the subject the delivery is stored under.
	Subject string
	// Sequence is the message's sequence number in the stream.
	Sequence uint64
	// Deliveries is how many times the message was delivered, this one
	// included.
	Deliveries uint64
	// Status is the router's answer, or 0 when the router did not run
	// (no router for the provider, a malformed message).
	Status int
	// DeadLettered reports that the message was sent to the dead-letter
	// subject and terminated; otherwise it will be delivered again.
	DeadLettered bool
	// Err is the cause: the router's [*dispatch.Error], [ErrNoRouter],
	// [ErrMalformed] or [ErrUnanswered].
	Err error
}

// Error returns "jetstream: <subject> #<sequence> delivery <n>[ (dead-lettered)]: <cause>".
func (f *Failure) Error() string {
	var b strings.Builder
	b.WriteString("jetstream: ")
	b.WriteString(f.Subject)
	b.WriteString(" #")
	b.WriteString(strconv.FormatUint(f.Sequence, 10))
	b.WriteString(" delivery ")
	b.WriteString(strconv.FormatUint(f.Deliveries, 10))
	if f.DeadLettered {
		b.WriteString(" (dead-lettered)")
	}
	if f.Err != nil {
		b.WriteString(": ")
		b.WriteString(f.Err.Error())
	}
	return b.String()
}

// Unwrap returns the cause.
func (f *Failure) Unwrap() error { return f.Err }
