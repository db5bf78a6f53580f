package dispatch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Router is an [http.Handler] that reads a webhook delivery, has its [Source]
// verify and decode it, and calls the handler registered with [Handle] for
// the event. It answers as the table in the package documentation says.
//
// A Router is safe for concurrent use, including registering handlers while
// it serves.
type Router struct {
	src      Source
	provider string
	catalog  catalog
	cfg      config

	mu     sync.Mutex             // serialises registrations
	routes atomic.Pointer[routes] // immutable snapshot read by deliveries
}

// New returns a Router for the deliveries of src. It panics if src is nil.
func New(src Source, opts ...Option) *Router {
	if src == nil {
		panic("dispatch: New with a nil Source")
	}
	r := &Router{src: src, provider: src.Provider(), cfg: config{maxBody: DefaultMaxBodyBytes}}
	for _, o := range opts {
		if o != nil {
			o(&r.cfg)
		}
	}
	r.catalog = newCatalog(src.Catalog())
	r.routes.Store(&routes{})
	return r
}

// Result is the outcome of one delivery: what [Router.ServeHTTP] answers, or
// what a caller of [Router.Deliver] should answer.
type Result struct {
	// Status is the HTTP status code.
	Status int
	// ContentType is the Content-Type of the answer: the reply's, text/plain
	// for a failure with generic text, or "" when there is none.
	ContentType string
	// Body is the response body: the source's [Reply], generic status text
	// for a failure, or empty.
	Body []byte
	// Message is the decoded message; its zero value when verification or
	// decoding failed.
	Message Message
	// Pattern is the pattern of the handler that took the event, or "" when
	// none did (no handler, the fallback, a reply or a duplicate).
	Pattern string
	// Duplicate reports a redelivery skipped by the [Deduplicator]: one
	// already handled (200) or one still in flight (409).
	Duplicate bool
}

// ServeHTTP handles one webhook delivery; see the package documentation for
// the answers. The body is read once, bounded by [WithMaxBodyBytes], and
// shared by the source and the handlers ([RawBody]). A body over the limit
// is drained within bounds before the 413, so that a sender that writes its
// whole body before reading receives the answer, and the connection is then
// closed.
func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		var res Result
		r.fail(req, &res, http.StatusMethodNotAllowed, ErrMethodNotAllowed, nil)
		writeResult(w, &res)
		return
	}
	c := &deliveryContext{Context: req.Context(), d: Delivery{Header: req.Header, Request: req}}
	if r.cfg.sink != nil {
		// One instant for verification and for the stored delivery, so that
		// DeliverStored later verifies it exactly as it was verified here.
		c.d.ReceivedAt = time.Now()
	}
	body, err := r.readBody(w, req)
	if err != nil {
		var res Result
		if errors.As(err, new(*http.MaxBytesError)) {
			drain(w, req, r.cfg.maxBody)
			// Whatever the drain left on the wire must not be read as the
			// next request: the connection ends with the 413.
			w.Header().Set("Connection", "close")
			r.fail(req, &res, http.StatusRequestEntityTooLarge, ErrBodyTooLarge, err)
		} else {
			r.fail(req, &res, http.StatusBadRequest, ErrBodyRead, err)
		}
		writeResult(w, &res)
		return
	}
	c.d.Body = body
	res, err := r.deliver(c, false)
	if err != nil && errors.Is(err, ErrPanic) && errors.Is(err, http.ErrAbortHandler) {
		// The handler asked net/http to abort the response; honour it.
		panic(http.ErrAbortHandler)
	}
	writeResult(w, &res)
}

// Deliver is the router without HTTP, for serverless functions and queue
// consumers: it verifies, decodes and routes one delivery given its headers
// and exact body, and returns what [Router.ServeHTTP] would have answered
// (except 405, which needs a method). Handlers receive ctx and find no
// request in [Delivery.Request]. The error is the [*Error] also passed to the
// error callback, or nil when the delivery succeeded; failures of the
// [Deduplicator] go only to the callback, as they do not change the answer.
func (r *Router) Deliver(ctx context.Context, header http.Header, body []byte) (Result, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if int64(len(body)) > r.cfg.maxBody {
		var res Result
		err := r.fail(nil, &res, http.StatusRequestEntityTooLarge, ErrBodyTooLarge,
			&http.MaxBytesError{Limit: r.cfg.maxBody})
		return res, err
	}
	c := &deliveryContext{Context: ctx, d: Delivery{Header: header, Body: body}}
	if r.cfg.sink != nil {
		c.d.ReceivedAt = time.Now()
	}
	return r.deliver(c, false)
}

// DeliverStored runs a stored delivery through the router: verification
// (signature over the exact body, timestamp window and maximum age checked
// against s.ReceivedAt instead of the clock), decoding (with
// [Delivery.Name] = s.Name), deduplication and handlers; never the [Sink].
// It is what a consumer of the deliveries a [Sink] stored calls, and answers
// like [Router.Deliver]: a [Result] whose Status says whether the delivery
// was handled (2xx, including an already handled redelivery) or should be
// retried, and the [*Error] also passed to the error callback. A delivery
// stored for another provider is not verified (401).
func (r *Router) DeliverStored(ctx context.Context, s Stored) (Result, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if s.Provider != "" && s.Provider != r.provider {
		var res Result
		err := r.fail(nil, &res, http.StatusUnauthorized, ErrVerify,
			fmt.Errorf("stored delivery of provider %q given to a router of %q", s.Provider, r.provider))
		return res, err
	}
	if int64(len(s.Body)) > r.cfg.maxBody {
		var res Result
		err := r.fail(nil, &res, http.StatusRequestEntityTooLarge, ErrBodyTooLarge,
			&http.MaxBytesError{Limit: r.cfg.maxBody})
		return res, err
	}
	c := &deliveryContext{Context: ctx, d: Delivery{Header: s.Header, Body: s.Body, ReceivedAt: s.ReceivedAt, Name: s.Name}}
	return r.deliver(c, true)
}

// deliver is the single code path behind ServeHTTP, Deliver and
// DeliverStored, from verification to the handler's or the sink's answer.
// stored reports a delivery from DeliverStored, which never goes to the sink.
func (r *Router) deliver(c *deliveryContext, stored bool) (Result, error) {
	var res Result
	req := c.d.Request
	if verr := r.src.Verify(&c.d); verr != nil {
		err := r.fail(req, &res, http.StatusUnauthorized, ErrVerify, verr)
		return res, err
	}
	msg, err := r.src.Decode(&c.d)
	if err != nil {
		err = r.fail(req, &res, http.StatusBadRequest, ErrDecode, err)
		return res, err
	}
	res.Message = msg
	if rep := msg.Reply; rep != nil {
		res.Status = rep.Status
		if res.Status == 0 {
			res.Status = http.StatusOK
		}
		res.ContentType, res.Body = rep.ContentType, rep.Body
		return res, nil
	}

	var key, token string
	var claimErr error
	if r.cfg.dedup != nil && msg.ID != "" {
		key = r.provider + ":" + msg.ID
		if r.cfg.sink != nil && !stored {
			// Stored is not handled: a router that stores deliveries and
			// handles them with DeliverStored can share one Deduplicator.
			key = "stored:" + key
		}
		var state ClaimState
		state, token, claimErr = r.cfg.dedup.Claim(c, key)
		switch {
		case claimErr != nil:
			key = "" // handle it as if deduplication were off; reported below
		case state == ClaimDone:
			res.Status, res.Duplicate = http.StatusOK, true
			return res, nil
		case state == ClaimInFlight:
			res.Duplicate = true
			err := r.fail(req, &res, http.StatusConflict, ErrInFlight, nil)
			return res, err
		}
	}

	res.Status = http.StatusOK
	var kind error
	if r.cfg.sink != nil && !stored {
		err = r.cfg.sink.Store(c, Stored{
			Provider: r.provider, Name: msg.Name, ID: msg.ID,
			Header: c.d.Header, Body: c.d.Body, ReceivedAt: c.d.ReceivedAt,
		})
		if err != nil {
			kind, res.Status = ErrSink, http.StatusServiceUnavailable
		}
	} else {
		var panicked bool
		res.Pattern, panicked, err = r.route(c, &msg)
		switch {
		case panicked:
			kind, res.Status = ErrPanic, http.StatusInternalServerError
		case err != nil:
			kind, res.Status = ErrHandler, handlerStatus(err)
		}
	}
	if key != "" {
		r.settle(req, c, &msg, key, token, res.Status)
	}
	if claimErr != nil {
		r.report(req, &Error{Status: res.Status, Provider: r.provider, Event: msg.Name, ID: msg.ID, Kind: ErrDedup, Err: claimErr})
	}
	if err != nil {
		err = r.fail(req, &res, res.Status, kind, err)
		return res, err
	}
	return res, nil
}

// settle commits a claimed key after a 2xx answer and releases it otherwise.
// It does not use the request's cancellation: a client that hung up must not
// leave the key claimed.
func (r *Router) settle(req *http.Request, c *deliveryContext, msg *Message, key, token string, status int) {
	ctx := context.WithoutCancel(c)
	var err error
	if status >= 200 && status < 300 {
		err = r.cfg.dedup.Commit(ctx, key, token)
	} else {
		err = r.cfg.dedup.Release(ctx, key, token)
	}
	if err != nil {
		r.report(req, &Error{Status: status, Provider: r.provider, Event: msg.Name, ID: msg.ID, Kind: ErrDedup, Err: err})
	}
}

// route calls the handler that takes msg, or the fallback, and returns the
// handler's pattern and error; a panic is recovered and returned as a
// [*PanicError] with panicked set.
func (r *Router) route(ctx context.Context, msg *Message) (pat string, panicked bool, err error) {
	defer func() {
		if v := recover(); v != nil {
			panicked, err = true, &PanicError{Value: v, Stack: debug.Stack()}
		}
	}()
	rt := r.routes.Load()
	if es := rt.exact[msg.Name]; es != nil {
		for _, e := range es {
			pat = e.pat.text
			if ok, err := e.call(ctx, msg.Event); ok {
				return pat, false, err
			}
		}
	}
	for _, e := range rt.wild {
		if e.pat.match(msg.Name) {
			pat = e.pat.text
			if ok, err := e.call(ctx, msg.Event); ok {
				return pat, false, err
			}
		}
	}
	pat = ""
	if r.cfg.fallback != nil {
		return "", false, r.cfg.fallback(ctx, *msg)
	}
	return "", false, nil
}

// fail completes res as a failure answered with status, reports it and
// returns the reported error.
func (r *Router) fail(req *http.Request, res *Result, status int, kind, cause error) error {
	e := &Error{Status: status, Provider: r.provider, Event: res.Message.Name, ID: res.Message.ID, Kind: kind, Err: cause}
	res.Status = status
	res.ContentType, res.Body = statusBody(status)
	r.report(req, e)
	return e
}

// report passes err to the error callback, if any.
func (r *Router) report(req *http.Request, err *Error) {
	if r.cfg.onError != nil {
		r.cfg.onError(req, err)
	}
}

// statusBody returns the generic body of a failure answer: the status text
// for a 4xx or 5xx code, nothing otherwise.
func statusBody(status int) (contentType string, body []byte) {
	if status < 400 {
		return "", nil
	}
	text := http.StatusText(status)
	if text == "" {
		text = "Error"
	}
	return "text/plain; charset=utf-8", []byte(text + "\n")
}

// readBody reads the whole body, at most the configured limit, with one
// allocation when the request declares its length.
func (r *Router) readBody(w http.ResponseWriter, req *http.Request) ([]byte, error) {
	limit := r.cfg.maxBody
	if req.ContentLength > limit {
		return nil, &http.MaxBytesError{Limit: limit}
	}
	if req.Body == nil || req.Body == http.NoBody {
		return []byte{}, nil
	}
	rd := http.MaxBytesReader(w, req.Body, limit)
	size := int64(512)
	if req.ContentLength >= 0 {
		size = req.ContentLength + 1 // room for the read that sees EOF
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			// Double (append grows large slices by 1.25x, which copies
			// about five times the limit on the way to it).
			nb := make([]byte, len(buf), min(2*int64(cap(buf)), limit+1))
			copy(nb, buf)
			buf = nb
		}
		n, err := rd.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// Bounds of the drain of an oversized body; see drain.
const (
	// drainMinBytes is the least drain allowance: 32 MiB covers the
	// oversized bodies a misbehaving sender realistically produces (16 MiB
	// is tested) at no memory cost and at most drainTimeout of one
	// goroutine per connection.
	drainMinBytes = 32 << 20
	// drainLimitFactor scales the allowance with a larger configured limit.
	drainLimitFactor = 4
	// drainTimeout bounds the drain in time, like nginx's lingering_timeout
	// (5 s): a sender slower than 32 MiB in 5 s (about 54 Mbit/s) gets the
	// connection closed instead of the 413.
	drainTimeout = 5 * time.Second
)

// drain reads and discards what remains of an oversized body, up to
// max(drainMinBytes, drainLimitFactor × maxBody) bytes and for at most
// drainTimeout, before the 413 is written. A sender that writes its whole
// body before reading the answer (no Expect: 100-continue, as many HTTP
// clients do) would otherwise see the connection reset, as closing a socket
// with unread data does, and never read the 413; this is what nginx's
// lingering close does. A body declared longer than the allowance is not
// drained at all, as draining part of it would not spare such a sender the
// reset, and neither is a body declared too long by a sender that asked to
// be told first (Expect: 100-continue). Nothing is buffered: the bytes go to [io.Discard] through its pooled
// buffer. The read deadline is set where the ResponseWriter supports it
// ([http.ResponseController]); elsewhere (for example HTTP/2, where an
// answer does not need the body drained) the byte bound applies alone.
func drain(w http.ResponseWriter, req *http.Request, maxBody int64) {
	if req.Body == nil || req.Body == http.NoBody {
		return
	}
	allowance := int64(drainMinBytes)
	if maxBody <= (1<<62)/drainLimitFactor && drainLimitFactor*maxBody > allowance {
		allowance = drainLimitFactor * maxBody
	}
	if req.ContentLength > allowance {
		return
	}
	if req.ContentLength > maxBody && strings.EqualFold(req.Header.Get("Expect"), "100-continue") {
		return // nothing was read, so no 100 Continue was sent: the sender waits for the 413
	}
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(drainTimeout))
	_, _ = io.CopyN(io.Discard, req.Body, allowance)
}

// writeResult writes res as the HTTP response.
func writeResult(w http.ResponseWriter, res *Result) {
	if res.ContentType != "" {
		h := w.Header()
		h.Set("Content-Type", res.ContentType)
		if res.Status >= 400 {
			h.Set("X-Content-Type-Options", "nosniff")
		}
	}
	w.WriteHeader(res.Status)
	if len(res.Body) > 0 {
		w.Write(res.Body) //nolint:errcheck // the client is gone; nothing left to do
	}
}
