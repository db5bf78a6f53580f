package dispatch_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
)

// check inspects a response.
type check func(t *testing.T, rec *httptest.ResponseRecorder)

func hasStatus(code int) check {
	return func(t *testing.T, rec *httptest.ResponseRecorder) {
		t.Helper()
		assert.Equal(t, code, rec.Code, "status")
	}
}

func hasBody(body string) check {
	return func(t *testing.T, rec *httptest.ResponseRecorder) {
		t.Helper()
		assert.Equal(t, body, rec.Body.String(), "body")
	}
}

func hasHeader(key, value string) check {
	return func(t *testing.T, rec *httptest.ResponseRecorder) {
		t.Helper()
		assert.Equal(t, value, rec.Header().Get(key), "header %s", key)
	}
}

func lacksHeader(key string) check {
	return func(t *testing.T, rec *httptest.ResponseRecorder) {
		t.Helper()
		assert.Empty(t, rec.Header().Values(key), "header %s", key)
	}
}

// genericFailure checks a failure answer: the status, its generic text and
// the plain-text headers.
func genericFailure(code int) []check {
	return []check{
		hasStatus(code),
		hasBody(http.StatusText(code) + "\n"),
		hasHeader("Content-Type", "text/plain; charset=utf-8"),
		hasHeader("X-Content-Type-Options", "nosniff"),
	}
}

// emptyOK checks a 200 with an empty body, as eDRV wants.
func emptyOK() []check {
	return []check{hasStatus(http.StatusOK), hasBody(""), lacksHeader("Content-Type")}
}

// recorder counts handler calls and keeps the reported errors.
type recorder struct {
	mu     sync.Mutex
	calls  []string // "<handler>:<event name>"
	errs   []error
	reqs   []*http.Request
	fellTo []dispatch.Message
}

func (rc *recorder) called(who string, name string) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.calls = append(rc.calls, who+":"+name)
}

func (rc *recorder) onError(r *http.Request, err error) {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.errs = append(rc.errs, err)
	rc.reqs = append(rc.reqs, r)
}

func (rc *recorder) fallback(_ context.Context, msg dispatch.Message) error {
	rc.mu.Lock()
	defer rc.mu.Unlock()
	rc.fellTo = append(rc.fellTo, msg)
	return nil
}

var (
	errBoom   = errors.New("database unavailable: password=hunter2")
	errReader = errors.New("connection reset by peer")
)

// failingReader fails after returning part of a body.
type failingReader struct{ done bool }

func (f *failingReader) Read(p []byte) (int, error) {
	if f.done {
		return 0, errReader
	}
	f.done = true
	return copy(p, `{"id":`), nil
}

// registerStandard installs the handlers used by the behaviour table.
func registerStandard(r *dispatch.Router, rc *recorder) {
	dispatch.Handle(r, "session.started", func(_ context.Context, s *Session) error {
		rc.called("started", s.Name)
		return nil
	})
	dispatch.Handle(r, "session.ended", func(_ context.Context, s *Session) error {
		rc.called("ended", s.Name)
		switch s.Station {
		case "error":
			return errBoom
		case "status-422":
			return dispatch.Status(http.StatusUnprocessableEntity, errBoom)
		case "status-202":
			return dispatch.Status(http.StatusAccepted, errBoom)
		case "status-99":
			return dispatch.Status(99, errBoom)
		case "status-503-wrapped":
			return errors.Join(errors.New("outer"), dispatch.Status(http.StatusServiceUnavailable, errBoom))
		case "panic":
			panic("handler exploded: password=hunter2")
		case "panic-error":
			panic(errBoom)
		case "returns-panic-error":
			return dispatch.Status(http.StatusBadGateway, &dispatch.PanicError{Value: "recovered elsewhere"})
		}
		return nil
	})
}

func TestServeHTTP(t *testing.T) {
	started := fakeBody("msg_1", "session.started", `{"station":"cs-1"}`)
	tests := []struct {
		name    string
		req     func() *http.Request
		opts    []dispatch.Option
		checks  []check
		calls   []string // handler calls expected
		fellTo  []string // event names the fallback expects
		wantErr []error  // errors.Is targets for the single reported error; nil: none reported
		as      any      // optional errors.As target type for the reported error
	}{
		{
			name:   "handled",
			req:    func() *http.Request { return fakeRequest(started) },
			checks: emptyOK(),
			calls:  []string{"started:session.started"},
		},
		{
			name:   "known event without handler",
			req:    func() *http.Request { return fakeRequest(fakeBody("msg_2", "chargestation.remote_start.accepted", "")) },
			checks: emptyOK(),
		},
		{
			name:   "unknown event without handler",
			req:    func() *http.Request { return fakeRequest(fakeBody("msg_3", "chargestation.teleported", "")) },
			checks: emptyOK(),
		},
		{
			name:   "fallback takes events without handler",
			req:    func() *http.Request { return fakeRequest(fakeBody("msg_4", "chargestation.teleported", `{"x":1}`)) },
			checks: emptyOK(),
			fellTo: []string{"chargestation.teleported"},
		},
		{
			name: "source reply",
			req: func() *http.Request {
				return fakeRequest(fakeBody("", "verify", `{"challenge":"c0ffee"}`))
			},
			checks: []check{
				hasStatus(http.StatusOK),
				hasBody(`{"challenge":"c0ffee"}`),
				hasHeader("Content-Type", "application/json"),
				lacksHeader("X-Content-Type-Options"),
			},
		},
		{
			name:    "GET",
			req:     func() *http.Request { return httptest.NewRequest(http.MethodGet, "/webhooks/fake", nil) },
			checks:  append(genericFailure(http.StatusMethodNotAllowed), hasHeader("Allow", "POST")),
			wantErr: []error{dispatch.ErrMethodNotAllowed},
		},
		{
			name: "PUT with a valid signature",
			req: func() *http.Request {
				r := fakeRequest(started)
				r.Method = http.MethodPut
				return r
			},
			checks:  append(genericFailure(http.StatusMethodNotAllowed), hasHeader("Allow", "POST")),
			wantErr: []error{dispatch.ErrMethodNotAllowed},
		},
		{
			name: "body above the default limit, length declared",
			req: func() *http.Request {
				return fakeRequest(fakeBody("big", "session.started", `{"pad":"`+strings.Repeat("x", 1<<20)+`"}`))
			},
			checks:  genericFailure(http.StatusRequestEntityTooLarge),
			wantErr: []error{dispatch.ErrBodyTooLarge},
			as:      new(*http.MaxBytesError),
		},
		{
			name: "limit <= 0 keeps the default, not unlimited",
			req: func() *http.Request {
				return fakeRequest(fakeBody("big", "session.started", `{"pad":"`+strings.Repeat("x", 1<<20)+`"}`))
			},
			opts:    []dispatch.Option{dispatch.WithMaxBodyBytes(0), dispatch.WithMaxBodyBytes(-1)},
			checks:  genericFailure(http.StatusRequestEntityTooLarge),
			wantErr: []error{dispatch.ErrBodyTooLarge},
			as:      new(*http.MaxBytesError),
		},
		{
			name:   "limit <= 0 keeps the default, not zero",
			req:    func() *http.Request { return fakeRequest(started) },
			opts:   []dispatch.Option{dispatch.WithMaxBodyBytes(0), dispatch.WithMaxBodyBytes(-1)},
			checks: emptyOK(),
			calls:  []string{"started:session.started"},
		},
		{
			name: "body above a configured limit, length unknown",
			req: func() *http.Request {
				r := fakeRequest(started)
				r.ContentLength = -1
				r.Body = io.NopCloser(strings.NewReader(string(started)))
				return r
			},
			opts:    []dispatch.Option{dispatch.WithMaxBodyBytes(int64(len(started) - 1))},
			checks:  genericFailure(http.StatusRequestEntityTooLarge),
			wantErr: []error{dispatch.ErrBodyTooLarge},
			as:      new(*http.MaxBytesError),
		},
		{
			name: "body exactly at the limit, length unknown",
			req: func() *http.Request {
				r := fakeRequest(started)
				r.ContentLength = -1
				r.Body = io.NopCloser(strings.NewReader(string(started)))
				return r
			},
			opts:   []dispatch.Option{dispatch.WithMaxBodyBytes(int64(len(started)))},
			checks: emptyOK(),
			calls:  []string{"started:session.started"},
		},
		{
			name: "unreadable body",
			req: func() *http.Request {
				r := fakeRequest(started)
				r.ContentLength = -1
				r.Body = io.NopCloser(&failingReader{})
				return r
			},
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrBodyRead, errReader},
		},
		{
			name: "missing signature",
			req: func() *http.Request {
				r := fakeRequest(started)
				r.Header.Del(fakeSigHeader)
				return r
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrMissingSignature},
		},
		{
			name: "wrong signature",
			req: func() *http.Request {
				r := fakeRequest(started)
				r.Header.Set(fakeSigHeader, fakeSign([]byte("another body")))
				return r
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name: "signature over other bytes than sent",
			req: func() *http.Request {
				r := fakeRequest(started)
				tampered := strings.Replace(string(started), "cs-1", "cs-2", 1)
				r.Body = io.NopCloser(strings.NewReader(tampered))
				return r
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name:    "verified body that is not JSON",
			req:     func() *http.Request { return fakeRequest([]byte(`{"id":"msg_5",`)) },
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode},
			as:      new(*json.SyntaxError),
		},
		{
			name:    "verified body with a wrongly typed field",
			req:     func() *http.Request { return fakeRequest(fakeBody("msg_6", "session.started", `{"station":42}`)) },
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode},
			as:      new(*json.UnmarshalTypeError),
		},
		{
			name:    "handler error",
			req:     func() *http.Request { return fakeRequest(fakeBody("msg_7", "session.ended", `{"station":"error"}`)) },
			checks:  genericFailure(http.StatusInternalServerError),
			calls:   []string{"ended:session.ended"},
			wantErr: []error{dispatch.ErrHandler, errBoom},
		},
		{
			name: "handler error with a status",
			req: func() *http.Request {
				return fakeRequest(fakeBody("msg_8", "session.ended", `{"station":"status-422"}`))
			},
			checks:  genericFailure(http.StatusUnprocessableEntity),
			calls:   []string{"ended:session.ended"},
			wantErr: []error{dispatch.ErrHandler, errBoom},
			as:      new(*dispatch.StatusError),
		},
		{
			name: "handler error with a wrapped status",
			req: func() *http.Request {
				return fakeRequest(fakeBody("msg_9", "session.ended", `{"station":"status-503-wrapped"}`))
			},
			checks:  genericFailure(http.StatusServiceUnavailable),
			calls:   []string{"ended:session.ended"},
			wantErr: []error{dispatch.ErrHandler, errBoom},
		},
		{
			name: "handler error with a 2xx status",
			req: func() *http.Request {
				return fakeRequest(fakeBody("msg_10", "session.ended", `{"station":"status-202"}`))
			},
			checks:  []check{hasStatus(http.StatusAccepted), hasBody(""), lacksHeader("Content-Type")},
			calls:   []string{"ended:session.ended"},
			wantErr: []error{dispatch.ErrHandler, errBoom},
		},
		{
			name: "handler error with an invalid status",
			req: func() *http.Request {
				return fakeRequest(fakeBody("msg_11", "session.ended", `{"station":"status-99"}`))
			},
			checks:  genericFailure(http.StatusInternalServerError),
			calls:   []string{"ended:session.ended"},
			wantErr: []error{dispatch.ErrHandler, errBoom},
		},
		{
			name: "handler returning a PanicError did not panic",
			req: func() *http.Request {
				return fakeRequest(fakeBody("msg_14", "session.ended", `{"station":"returns-panic-error"}`))
			},
			checks:  genericFailure(http.StatusBadGateway),
			calls:   []string{"ended:session.ended"},
			wantErr: []error{dispatch.ErrHandler},
		},
		{
			name:    "handler panic",
			req:     func() *http.Request { return fakeRequest(fakeBody("msg_12", "session.ended", `{"station":"panic"}`)) },
			checks:  genericFailure(http.StatusInternalServerError),
			calls:   []string{"ended:session.ended"},
			wantErr: []error{dispatch.ErrPanic},
			as:      new(*dispatch.PanicError),
		},
		{
			name: "handler panic with an error",
			req: func() *http.Request {
				return fakeRequest(fakeBody("msg_13", "session.ended", `{"station":"panic-error"}`))
			},
			checks:  genericFailure(http.StatusInternalServerError),
			calls:   []string{"ended:session.ended"},
			wantErr: []error{dispatch.ErrPanic, errBoom},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rc := &recorder{}
			opts := append([]dispatch.Option{dispatch.WithErrorHandler(rc.onError)}, tt.opts...)
			if tt.fellTo != nil {
				opts = append(opts, dispatch.WithFallback(rc.fallback))
			}
			r := dispatch.New(newFakeSource(), opts...)
			registerStandard(r, rc)

			req := tt.req()
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, req)

			for _, c := range tt.checks {
				c(t, rec)
			}
			assert.NotContains(t, rec.Body.String(), "hunter2", "the cause leaked into the response")
			assert.Equal(t, tt.calls, rc.calls, "handler calls")
			var fell []string
			for _, m := range rc.fellTo {
				fell = append(fell, m.Name)
			}
			assert.Equal(t, tt.fellTo, fell, "fallback calls")

			if tt.wantErr == nil {
				assert.Empty(t, rc.errs, "reported errors")
				return
			}
			require.Len(t, rc.errs, 1, "reported errors")
			err := rc.errs[0]
			assert.Same(t, req, rc.reqs[0], "the callback gets the request")
			var de *dispatch.Error
			require.ErrorAs(t, err, &de)
			assert.Equal(t, rec.Code, de.Status, "Error.Status")
			assert.Equal(t, "fake", de.Provider)
			for _, target := range tt.wantErr {
				assert.ErrorIs(t, err, target)
			}
			if tt.as != nil {
				assert.ErrorAs(t, err, tt.as)
			}
		})
	}
}

// Failure after decoding names the event and id in the reported error.
func TestServeHTTPErrorNamesEvent(t *testing.T) {
	rc := &recorder{}
	r := dispatch.New(newFakeSource(), dispatch.WithErrorHandler(rc.onError))
	registerStandard(r, rc)
	r.ServeHTTP(httptest.NewRecorder(), fakeRequest(fakeBody("msg_err", "session.ended", `{"station":"error"}`)))
	require.Len(t, rc.errs, 1)
	var de *dispatch.Error
	require.ErrorAs(t, rc.errs[0], &de)
	assert.Equal(t, "session.ended", de.Event)
	assert.Equal(t, "msg_err", de.ID)
	assert.Equal(t, `dispatch: fake "session.ended": handler failed: database unavailable: password=hunter2`, de.Error())
}

func TestPanicKeepsServing(t *testing.T) {
	rc := &recorder{}
	r := dispatch.New(newFakeSource(), dispatch.WithErrorHandler(rc.onError))
	registerStandard(r, rc)
	srv := httptest.NewServer(r)
	defer srv.Close()

	post := func(body []byte) int {
		t.Helper()
		req, err := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(string(body)))
		require.NoError(t, err)
		req.Header = fakeHeader(body)
		resp, err := srv.Client().Do(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		_, _ = io.Copy(io.Discard, resp.Body)
		return resp.StatusCode
	}
	for i := range 3 {
		assert.Equal(t, http.StatusInternalServerError, post(fakeBody("p", "session.ended", `{"station":"panic"}`)), "round %d", i)
		assert.Equal(t, http.StatusOK, post(fakeBody("ok", "session.started", "")), "round %d", i)
	}
	require.Len(t, rc.errs, 3)
	var pe *dispatch.PanicError
	require.ErrorAs(t, rc.errs[0], &pe)
	assert.Equal(t, "handler exploded: password=hunter2", pe.Value)
	assert.Contains(t, string(pe.Stack), "registerStandard", "the stack shows the panicking handler")
}

// A handler that panics with http.ErrAbortHandler aborts the response as
// net/http defines, after the failure was reported.
func TestAbortHandler(t *testing.T) {
	rc := &recorder{}
	r := dispatch.New(newFakeSource(), dispatch.WithErrorHandler(rc.onError))
	dispatch.Handle(r, "session.started", func(context.Context, *Session) error { panic(http.ErrAbortHandler) })
	assert.PanicsWithValue(t, http.ErrAbortHandler, func() {
		r.ServeHTTP(httptest.NewRecorder(), fakeRequest(fakeBody("a", "session.started", "")))
	})
	require.Len(t, rc.errs, 1)
	assert.ErrorIs(t, rc.errs[0], dispatch.ErrPanic)

	// The pure form has no connection to abort: it answers 500.
	res, err := r.Deliver(context.Background(), fakeHeader(fakeBody("a", "session.started", "")), fakeBody("a", "session.started", ""))
	assert.Equal(t, http.StatusInternalServerError, res.Status)
	assert.ErrorIs(t, err, http.ErrAbortHandler)
}

type ctxKey struct{}

func TestHandlerContextAndRawBody(t *testing.T) {
	src := newFakeSource()
	var bodies [][]byte
	src.seen = func(_ string, d *dispatch.Delivery) { bodies = append(bodies, d.Body) }
	r := dispatch.New(src)

	body := fakeBody("msg_ctx", "session.started", `{"station":"cs-9"}`)
	req := fakeRequest(body)
	req = req.WithContext(context.WithValue(req.Context(), ctxKey{}, "from the request"))

	var (
		gotValue any
		gotRaw   []byte
		gotDel   *dispatch.Delivery
	)
	dispatch.Handle(r, "session.started", func(ctx context.Context, s *Session) error {
		gotValue = ctx.Value(ctxKey{})
		gotRaw = dispatch.RawBody(ctx)
		gotDel, _ = dispatch.DeliveryFromContext(ctx)
		return nil
	})
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, req)
	require.Equal(t, http.StatusOK, rec.Code)

	assert.Equal(t, "from the request", gotValue, "handlers get the request context")
	assert.Equal(t, body, gotRaw)
	require.NotNil(t, gotDel)
	assert.Same(t, req, gotDel.Request)
	assert.Equal(t, fakeSign(body), gotDel.Header.Get(fakeSigHeader))

	// The body was read once: verify, decode and the handler share one slice.
	require.Len(t, bodies, 2)
	for _, b := range bodies {
		assert.Equal(t, unsafe.SliceData(gotRaw), unsafe.SliceData(b), "one body buffer")
	}

	assert.Nil(t, dispatch.RawBody(context.Background()))
	_, ok := dispatch.DeliveryFromContext(context.Background())
	assert.False(t, ok)
}

// Deliver gives exactly the answers of ServeHTTP, because both run one core.
func TestDeliverMatchesServeHTTP(t *testing.T) {
	bodies := map[string][]byte{
		"handled":       fakeBody("d1", "session.started", ""),
		"unhandled":     fakeBody("d2", "chargestation.teleported", ""),
		"reply":         fakeBody("", "verify", `{"challenge":"abc"}`),
		"not json":      []byte(`{"id":`),
		"handler error": fakeBody("d3", "session.ended", `{"station":"error"}`),
		"status 422":    fakeBody("d4", "session.ended", `{"station":"status-422"}`),
		"status 202":    fakeBody("d5", "session.ended", `{"station":"status-202"}`),
		"panic":         fakeBody("d6", "session.ended", `{"station":"panic"}`),
		"too large":     fakeBody("d7", "session.started", `{"pad":"`+strings.Repeat("y", 300)+`"}`),
	}
	for name, body := range bodies {
		for _, signed := range []bool{true, false} {
			t.Run(name+map[bool]string{true: "/signed", false: "/unsigned"}[signed], func(t *testing.T) {
				var httpErrs, pureErrs []error
				rcHTTP, rcPure := &recorder{}, &recorder{}
				newRouter := func(rc *recorder, errs *[]error) *dispatch.Router {
					r := dispatch.New(newFakeSource(), dispatch.WithMaxBodyBytes(256),
						dispatch.WithErrorHandler(func(_ *http.Request, err error) { *errs = append(*errs, err) }))
					registerStandard(r, rc)
					return r
				}
				header := fakeHeader(body)
				if !signed {
					header.Del(fakeSigHeader)
				}
				req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(string(body)))
				req.Header = header.Clone()
				rec := httptest.NewRecorder()
				newRouter(rcHTTP, &httpErrs).ServeHTTP(rec, req)

				res, err := newRouter(rcPure, &pureErrs).Deliver(context.Background(), header, body)

				assert.Equal(t, rec.Code, res.Status, "status")
				assert.Equal(t, rec.Body.String(), string(res.Body), "body")
				assert.Equal(t, rec.Header().Get("Content-Type"), res.ContentType, "content type")
				assert.Equal(t, rcHTTP.calls, rcPure.calls, "handler calls")
				require.Equal(t, len(httpErrs), len(pureErrs), "reported errors")
				if len(pureErrs) > 0 {
					assert.Equal(t, pureErrs[0], err, "Deliver returns the reported error")
					assert.Equal(t, httpErrs[0].Error(), err.Error())
				} else {
					assert.NoError(t, err)
				}
			})
		}
	}
}

func TestDeliverResult(t *testing.T) {
	rc := &recorder{}
	r := dispatch.New(newFakeSource(), dispatch.WithErrorHandler(rc.onError))
	registerStandard(r, rc)

	body := fakeBody("msg_r", "session.started", `{"station":"cs-3"}`)
	res, err := r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.Status)
	assert.Empty(t, res.Body)
	assert.Empty(t, res.ContentType)
	assert.Equal(t, "session.started", res.Pattern)
	assert.Equal(t, "session.started", res.Message.Name)
	assert.Equal(t, "msg_r", res.Message.ID)
	assert.Equal(t, &Session{Name: "session.started", Station: "cs-3"}, res.Message.Event)
	assert.False(t, res.Duplicate)

	// No request exists in the pure form; the callback gets nil.
	res, err = r.Deliver(context.Background(), http.Header{}, body)
	assert.Equal(t, http.StatusUnauthorized, res.Status)
	assert.ErrorIs(t, err, dispatch.ErrVerify)
	assert.Zero(t, res.Message)
	require.Len(t, rc.reqs, 1)
	assert.Nil(t, rc.reqs[0])

	// A nil header is a missing signature, not a crash.
	res, err = r.Deliver(context.Background(), nil, body)
	assert.Equal(t, http.StatusUnauthorized, res.Status)
	assert.ErrorIs(t, err, verify.ErrMissingSignature)
}

func TestErrorUnwrap(t *testing.T) {
	cause := errors.New("cause")
	tests := []struct {
		err  *dispatch.Error
		text string
		is   []error
	}{
		{&dispatch.Error{Provider: "p", Kind: dispatch.ErrVerify, Err: cause}, "dispatch: p: verification failed: cause", []error{dispatch.ErrVerify, cause}},
		{&dispatch.Error{Provider: "p", Kind: dispatch.ErrInFlight}, "dispatch: p: delivery already in flight", []error{dispatch.ErrInFlight}},
		{&dispatch.Error{Provider: "p", Event: "a.b", Err: cause}, `dispatch: p "a.b": cause`, []error{cause}},
		{&dispatch.Error{Provider: "p"}, "dispatch: p", nil},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.text, tt.err.Error())
		for _, target := range tt.is {
			assert.ErrorIs(t, tt.err, target)
		}
		assert.NotErrorIs(t, tt.err, dispatch.ErrDecode)
	}
}

func TestStatusError(t *testing.T) {
	err := dispatch.Status(http.StatusConflict, errBoom)
	assert.Equal(t, "status 409: "+errBoom.Error(), err.Error())
	assert.ErrorIs(t, err, errBoom)
	var se *dispatch.StatusError
	require.ErrorAs(t, err, &se)
	assert.Equal(t, http.StatusConflict, se.Code)
	assert.Equal(t, "status 410", dispatch.Status(http.StatusGone, nil).Error())
}

func TestNewNilSource(t *testing.T) {
	assert.PanicsWithValue(t, "dispatch: New with a nil Source", func() { dispatch.New(nil) })
}
