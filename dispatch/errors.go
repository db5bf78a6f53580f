package dispatch

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

// Sentinel errors naming the stage at which a delivery failed. Every error
// the router reports is an [*Error] that wraps one of them and, where there is
// one, the cause, so both errors.Is(err, dispatch.ErrVerify) and
// errors.Is(err, verify.ErrSignatureMismatch) hold for a forged request.
var (
	// ErrMethodNotAllowed reports a request whose method is not POST (405).
	ErrMethodNotAllowed = errors.New("method not allowed")
	// ErrBodyTooLarge reports a body longer than the limit (413); see
	// [WithMaxBodyBytes].
	ErrBodyTooLarge = errors.New("body too large")
	// ErrBodyRead reports a body that could not be read, typically because
	// the client went away (400).
	ErrBodyRead = errors.New("cannot read body")
	// ErrVerify reports a delivery the [Source] did not verify (401).
	ErrVerify = errors.New("verification failed")
	// ErrDecode reports a verified delivery the [Source] could not decode (400).
	ErrDecode = errors.New("decoding failed")
	// ErrHandler reports a handler or fallback that returned an error (500,
	// or the status carried by a [*StatusError]).
	ErrHandler = errors.New("handler failed")
	// ErrPanic reports a handler or fallback that panicked (500); the cause
	// is a [*PanicError].
	ErrPanic = errors.New("handler panicked")
	// ErrInFlight reports a redelivery that arrived while an earlier delivery
	// of the same message was still being handled (409, so the provider
	// retries later); see [Deduplicator].
	ErrInFlight = errors.New("delivery already in flight")
	// ErrDedup reports a [Deduplicator] that failed. It does not change the
	// answer: the delivery is handled as if deduplication were off.
	ErrDedup = errors.New("deduplication failed")
	// ErrSink reports a [Sink] that did not store a delivery (503, so that the
	// provider retries later); see [WithSink].
	ErrSink = errors.New("storing the delivery failed")
)

// Error is a failed delivery, as passed to the error callback of
// [WithErrorHandler] and returned by [Router.Deliver]. It carries the full
// cause; the HTTP response only ever carries generic text.
type Error struct {
	// Status is the HTTP status the router answered.
	Status int
	// Provider is the source's provider name.
	Provider string
	// Event is the decoded event name, or "" when decoding did not succeed.
	Event string
	// ID is the decoded idempotency key, or "" when there was none.
	ID string
	// Kind is the sentinel naming the failed stage, such as [ErrVerify].
	Kind error
	// Err is the underlying cause, or nil when Kind says it all.
	Err error
}

// Error returns "dispatch: <provider>[ <event>]: <kind>[: <cause>]".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("dispatch: ")
	b.WriteString(e.Provider)
	if e.Event != "" {
		b.WriteString(" ")
		b.WriteString(strconv.Quote(e.Event))
	}
	if e.Kind != nil {
		b.WriteString(": ")
		b.WriteString(e.Kind.Error())
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns Kind and Err, so that [errors.Is] and [errors.As] find both
// the stage and the cause.
func (e *Error) Unwrap() []error {
	switch {
	case e.Kind == nil && e.Err == nil:
		return nil
	case e.Kind == nil:
		return []error{e.Err}
	case e.Err == nil:
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

// StatusError is a handler error that chooses the HTTP status of the answer,
// for example 422 for a permanently bad event the provider should not retry,
// or 503 to ask for a retry. Create it with [Status].
type StatusError struct {
	// Code is the HTTP status to answer, between 200 and 599; the router
	// answers 500 for any other value.
	Code int
	// Err is the cause; it reaches the error callback, never the response.
	Err error
}

// Status wraps err so that a handler returning it makes the router answer
// code instead of 500. The response body is still generic text (empty for a
// code below 400); err reaches the error callback only. A 2xx code
// acknowledges the delivery, so a deduplicated message id is then recorded as
// handled.
func Status(code int, err error) error {
	return &StatusError{Code: code, Err: err}
}

// Error returns the status code and the cause.
func (e *StatusError) Error() string {
	if e.Err == nil {
		return "status " + strconv.Itoa(e.Code)
	}
	return "status " + strconv.Itoa(e.Code) + ": " + e.Err.Error()
}

// Unwrap returns the cause.
func (e *StatusError) Unwrap() error { return e.Err }

// PanicError is the cause reported with [ErrPanic]: the value a handler
// panicked with and the stack of the panicking goroutine.
type PanicError struct {
	// Value is the value passed to panic.
	Value any
	// Stack is the goroutine's stack trace at the time of the panic.
	Stack []byte
}

// Error describes the panic value; the stack is left out.
func (e *PanicError) Error() string {
	return fmt.Sprintf("panic: %v", e.Value)
}

// Unwrap returns the panic value when it is an error, such as
// [http.ErrAbortHandler], and nil otherwise.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error)
	return err
}

// handlerStatus is the status answered for a handler error.
func handlerStatus(err error) int {
	var se *StatusError
	if errors.As(err, &se) && se.Code >= 200 && se.Code <= 599 {
		return se.Code
	}
	return http.StatusInternalServerError
}
