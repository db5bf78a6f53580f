package dispatch_test

// Provider tests: the three real sources behind a Router, driven by signed
// requests from their *test packages, every payload of their catalogues and
// the edge cases under testdata/. The core tests never depend on this file.

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/verify"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

const (
	edrvSecret    = "edrv-endpoint-secret"
	smartcarToken = "smartcar-application-management-token"
)

// edgeCases returns the edge-case files of a provider under testdata/, by
// base name.
func edgeCases(t testing.TB, provider string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", provider, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, paths, "edge cases of %s", provider)
	out := make(map[string][]byte, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		out[filepath.Base(p)] = b
	}
	return out
}

// payload returns a catalogue payload, failing the test when there is none.
func payload(t testing.TB, get func(string) []byte, key string) []byte {
	t.Helper()
	b := get(key)
	require.NotNil(t, b, "no catalogue payload %q", key)
	return b
}

// eventName is the event name of a catalogue key ("device.telemetry/location").
func eventName(key string) string {
	name, _, _ := strings.Cut(key, "/")
	return name
}

// typeLog records what the catch-all handler of a provider router received.
type typeLog struct {
	mu     sync.Mutex
	names  []string
	types  []reflect.Type
	bodies [][]byte
}

func (l *typeLog) add(ctx context.Context, name string, ev any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.names = append(l.names, name)
	l.types = append(l.types, reflect.TypeOf(ev))
	l.bodies = append(l.bodies, dispatch.RawBody(ctx))
}

// catalogTypes are the Go types a source's catalog promises for name, the
// typed event first.
func catalogTypes(src dispatch.Source, name string) []reflect.Type {
	c := src.Catalog()
	v, ok := c.Events[name]
	if !ok {
		return []reflect.Type{reflect.TypeOf(c.Unknown)}
	}
	vs, ok := v.([]any)
	if !ok {
		vs = []any{v}
	}
	var ts []reflect.Type
	for _, v := range vs {
		ts = append(ts, reflect.TypeOf(v))
	}
	return ts
}

// assertDelivered checks that one delivery was answered 200 with an empty
// body and reached the catch-all handler once, with its exact bytes, as the
// catalog's type: the typed one when strict, any of the name's otherwise.
func assertDelivered(t *testing.T, src dispatch.Source, rec *httptest.ResponseRecorder, log *typeLog, body []byte, wantName string, strict bool) {
	t.Helper()
	for _, c := range emptyOK() {
		c(t, rec)
	}
	require.Len(t, log.names, 1, "handler calls; answer %d %q", rec.Code, rec.Body.String())
	if wantName != "" {
		assert.Equal(t, wantName, log.names[0], "event name")
	}
	types := catalogTypes(src, log.names[0])
	if strict {
		assert.Equal(t, types[0], log.types[0], "Go type of %q", log.names[0])
	} else {
		assert.Contains(t, types, log.types[0], "Go type of %q", log.names[0])
	}
	assert.Equal(t, body, log.bodies[0], "raw body")
}

// providerCase is one non-golden delivery of the provider tables.
type providerCase struct {
	name    string
	req     func(t *testing.T) *http.Request
	checks  []check
	calls   int
	wantErr []error
}

func runProviderCases(t *testing.T, newRouter func(rc *recorder, log *typeLog) http.Handler, cases []providerCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			rc, log := &recorder{}, &typeLog{}
			r := newRouter(rc, log)
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, tt.req(t))
			for _, c := range tt.checks {
				c(t, rec)
			}
			assert.Len(t, log.names, tt.calls, "handler calls")
			if tt.wantErr == nil {
				assert.Empty(t, rc.errs)
				return
			}
			require.Len(t, rc.errs, 1)
			for _, target := range tt.wantErr {
				assert.ErrorIs(t, rc.errs[0], target)
			}
		})
	}
}

// volterasEventType derives the event type from an edge case's file name,
// such as "device.telemetry_location.json".
func volterasEventType(file string) string {
	name := strings.TrimSuffix(file, ".json")
	// Event types contain one dot and may contain '_' before it
	// (rate_limit.updated); a variant follows the first '_' after the dot.
	if dot := strings.IndexByte(name, '.'); dot >= 0 {
		if i := strings.IndexByte(name[dot:], '_'); i >= 0 {
			name = name[:dot+i]
		}
	}
	return name
}

// catchAll registers a handler for every event of r that logs it.
func catchAll[E interface{ Type() string }](r *dispatch.Router, log *typeLog) {
	dispatch.Handle(r, "*", func(ctx context.Context, ev E) error {
		log.add(ctx, ev.Type(), ev)
		return nil
	})
}

func TestVolteras(t *testing.T) {
	secret := volterastest.NewSecret()
	newSource := func(t testing.TB, opts ...volteras.SourceOption) *volteras.Source {
		src, err := volteras.NewSource(secret, opts...)
		require.NoError(t, err)
		return src
	}
	newRouter := func(rc *recorder, log *typeLog, src *volteras.Source, opts ...dispatch.Option) *dispatch.Router {
		r := dispatch.New(src, append([]dispatch.Option{dispatch.WithErrorHandler(rc.onError)}, opts...)...)
		catchAll[volteras.Event](r, log)
		return r
	}

	t.Run("catalogue", func(t *testing.T) {
		src := newSource(t)
		n := 0
		for key, body := range volterastest.Payloads() {
			n++
			t.Run(key, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				r := newRouter(rc, log, src)
				mux := http.NewServeMux()
				mux.Handle("/webhooks/volteras/{event}", r)
				rec := httptest.NewRecorder()
				mux.ServeHTTP(rec, volterastest.NewRequest(secret, eventName(key), body))
				assertDelivered(t, src, rec, log, body, eventName(key), true)
				assert.Empty(t, rc.errs)
			})
		}
		assert.NotZero(t, n)
		for name := range src.Catalog().Events {
			assert.NotNil(t, volterastest.Payload(name), "no catalogue payload for %s", name)
		}
	})

	t.Run("edge cases", func(t *testing.T) {
		src := newSource(t)
		for file, body := range edgeCases(t, "volteras") {
			t.Run(file, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				mux := http.NewServeMux()
				mux.Handle("/webhooks/volteras/{event}", newRouter(rc, log, src))
				rec := httptest.NewRecorder()
				mux.ServeHTTP(rec, volterastest.NewRequest(secret, volterasEventType(file), body))
				assertDelivered(t, src, rec, log, body, volterasEventType(file), false)
				assert.Empty(t, rc.errs)
			})
		}
	})

	telemetry := payload(t, volterastest.Payload, volteras.EventDeviceTelemetry)
	route := func(r http.Handler) http.Handler {
		mux := http.NewServeMux()
		mux.Handle("/webhooks/volteras/{event}", r)
		return mux
	}
	cases := []providerCase{
		{
			name: "webhook-* headers",
			req: func(*testing.T) *http.Request {
				return volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithHeaderForm(volterastest.HeaderWebhook))
			},
			checks: emptyOK(),
			calls:  1,
		},
		{
			name: "unknown event type",
			req: func(*testing.T) *http.Request {
				return volterastest.NewRequest(secret, "vehicle.teleported", []byte(`{"id":"x"}`))
			},
			checks: emptyOK(),
			calls:  1,
		},
		{
			name: "forged: another secret",
			req: func(*testing.T) *http.Request {
				return volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithWrongSecret())
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name: "stale timestamp",
			req: func(*testing.T) *http.Request {
				return volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithTime(time.Now().Add(-time.Hour)))
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrTimestampTooOld},
		},
		{
			name: "future timestamp",
			req: func(*testing.T) *http.Request {
				return volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithTime(time.Now().Add(time.Hour)))
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrTimestampTooNew},
		},
		{
			name: "no signature",
			req: func(*testing.T) *http.Request {
				req := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry)
				req.Header.Del("Svix-Signature")
				return req
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrMissingSignature},
		},
		{
			name: "signed body that is not JSON",
			req: func(*testing.T) *http.Request {
				return volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, []byte(`{"metricType":`))
			},
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode},
		},
		{
			name: "GET",
			req: func(*testing.T) *http.Request {
				return httptest.NewRequest(http.MethodGet, volterastest.DefaultTarget+volteras.EventDeviceTelemetry, nil)
			},
			checks:  append(genericFailure(http.StatusMethodNotAllowed), hasHeader("Allow", "POST")),
			wantErr: []error{dispatch.ErrMethodNotAllowed},
		},
	}
	runProviderCases(t, func(rc *recorder, log *typeLog) http.Handler {
		return route(newRouter(rc, log, newSource(t)))
	}, cases)

	t.Run("no event type: a router mounted without the path value", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		r := newRouter(rc, log, newSource(t))
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry))
		for _, c := range genericFailure(http.StatusBadRequest) {
			c(t, rec)
		}
		require.Len(t, rc.errs, 1)
		assert.ErrorIs(t, rc.errs[0], dispatch.ErrDecode)
		assert.ErrorIs(t, rc.errs[0], volteras.ErrNoEventType)
	})

	t.Run("typed handler", func(t *testing.T) {
		r := dispatch.New(newSource(t))
		var got *volteras.Telemetry
		dispatch.Handle(r, volteras.EventDeviceTelemetry, func(_ context.Context, ev *volteras.Telemetry) error {
			got = ev
			return nil
		})
		rec := httptest.NewRecorder()
		route(r).ServeHTTP(rec, volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry))
		require.Equal(t, http.StatusOK, rec.Code)
		require.NotNil(t, got)
		assert.Equal(t, json.RawMessage(telemetry), got.Raw())
	})

	t.Run("registration checks the catalog", func(t *testing.T) {
		r := dispatch.New(newSource(t))
		assert.PanicsWithValue(t,
			`dispatch: Handle[*volteras.CommandUpdated]("device.telemetry"): the handler can never be called: volteras delivers the events of this pattern as *volteras.Telemetry`,
			func() {
				dispatch.Handle(r, volteras.EventDeviceTelemetry, func(context.Context, *volteras.CommandUpdated) error { return nil })
			})
	})

	t.Run("redelivery of a message id is handled once", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		r := route(newRouter(rc, log, newSource(t), dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0))))
		for i, eventType := range []string{volteras.EventDeviceTelemetry, volteras.EventDeviceTelemetry, "device.connected", "anything.else"} {
			// Svix signs every attempt anew but keeps the message id; a
			// replay on another path (the path is not signed) is the same
			// message.
			req := volterastest.NewRequest(secret, eventType, telemetry,
				volterastest.WithID("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"),
				volterastest.WithTime(time.Now().Add(time.Duration(i)*time.Second)))
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, req)
			assert.Equal(t, http.StatusOK, rec.Code)
		}
		assert.Equal(t, []string{volteras.EventDeviceTelemetry}, log.names)
		assert.Empty(t, rc.errs)
	})

	t.Run("per-type secrets refuse a re-typed delivery", func(t *testing.T) {
		connected := volterastest.NewSecret()
		rc, log := &recorder{}, &typeLog{}
		r := route(newRouter(rc, log, newSource(t, volteras.WithPathValue("event"), volteras.WithEventSecret("device.connected", connected))))
		body := payload(t, volterastest.Payload, "device.connected")
		h := volterastest.Header(connected, "device.connected", body)
		for _, tt := range []struct {
			eventType string
			status    int
		}{{"device.connected", 200}, {"device.disconnected", 401}, {"anything.else", 401}} {
			req := httptest.NewRequest(http.MethodPost, volterastest.DefaultTarget+tt.eventType, bytes.NewReader(body))
			req.Header = h.Clone()
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, req)
			assert.Equal(t, tt.status, rec.Code, tt.eventType)
		}
		assert.Equal(t, []string{"device.connected"}, log.names)
	})

	t.Run("pure form with the event type in a header", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		r := newRouter(rc, log, newSource(t, volteras.WithEventTypeHeader("X-Volteras-Event")))
		header := volterastest.Header(secret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithEventTypeHeader("X-Volteras-Event"))
		res, err := r.Deliver(context.Background(), header, telemetry)
		require.NoError(t, err)
		assert.Equal(t, http.StatusOK, res.Status)
		assert.Equal(t, volteras.EventDeviceTelemetry, res.Message.Name)
		assert.Equal(t, "*", res.Pattern)
		assert.Equal(t, header.Get("Svix-Id"), res.Message.ID)
		assert.Len(t, log.names, 1)
	})

	t.Run("stored and delivered later", func(t *testing.T) {
		sink := &memSink{}
		src := newSource(t)
		ingest := route(dispatch.New(src, dispatch.WithSink(sink)))
		rc, log := &recorder{}, &typeLog{}
		consume := newRouter(rc, log, src, dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)))

		rec := httptest.NewRecorder()
		ingest.ServeHTTP(rec, volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry))
		require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
		require.Len(t, sink.all(), 1)
		st := sink.all()[0]
		assert.Equal(t, "volteras", st.Provider)
		assert.Equal(t, volteras.EventDeviceTelemetry, st.Name)
		assert.NotEmpty(t, st.ID)

		// An hour later: the timestamp window is checked against the time
		// of receipt, and the name comes from the stored delivery, as no
		// request carries a path.
		signedAt := time.Now().Add(-time.Hour)
		old := dispatch.Stored{Provider: "volteras", Name: volteras.EventDeviceTelemetry, Body: telemetry, ReceivedAt: signedAt.Add(time.Second),
			Header: volterastest.Header(secret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithTime(signedAt))}
		for _, s := range []dispatch.Stored{st, old, st} {
			res, err := consume.DeliverStored(context.Background(), s)
			require.NoError(t, err)
			assert.Equal(t, http.StatusOK, res.Status)
		}
		assert.Equal(t, []string{volteras.EventDeviceTelemetry, volteras.EventDeviceTelemetry}, log.names, "the redelivery was skipped")
		old.ReceivedAt = time.Time{}
		res, err := consume.DeliverStored(context.Background(), old)
		assert.Equal(t, http.StatusUnauthorized, res.Status, "received now: outside the window")
		assert.ErrorIs(t, err, verify.ErrTimestampTooOld)
	})
}

func TestEDRV(t *testing.T) {
	src, err := edrv.NewSource(edrvSecret)
	require.NoError(t, err)
	newRouter := func(rc *recorder, log *typeLog, opts ...dispatch.Option) *dispatch.Router {
		r := dispatch.New(src, append([]dispatch.Option{dispatch.WithErrorHandler(rc.onError)}, opts...)...)
		catchAll[edrv.Event](r, log)
		return r
	}

	t.Run("catalogue", func(t *testing.T) {
		n := 0
		for key, body := range edrvtest.Payloads() {
			n++
			t.Run(key, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				rec := httptest.NewRecorder()
				newRouter(rc, log).ServeHTTP(rec, edrvtest.NewRequest(edrvSecret, body))
				assertDelivered(t, src, rec, log, body, eventName(key), true)
				assert.Empty(t, rc.errs)
			})
		}
		assert.NotZero(t, n)
		for name := range src.Catalog().Events {
			assert.NotNil(t, edrvtest.Payload(name), "no catalogue payload for %s", name)
		}
	})

	t.Run("edge cases", func(t *testing.T) {
		for file, body := range edgeCases(t, "edrv") {
			t.Run(file, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				rec := httptest.NewRecorder()
				newRouter(rc, log).ServeHTTP(rec, edrvtest.NewRequest(edrvSecret, body))
				var env struct{ Type string }
				require.NoError(t, json.Unmarshal(body, &env))
				assertDelivered(t, src, rec, log, body, env.Type, false)
				assert.Empty(t, rc.errs)
			})
		}
	})

	session := payload(t, edrvtest.Payload, edrv.SessionUpdated)
	cases := []providerCase{
		{
			name: "legacy signature",
			req: func(*testing.T) *http.Request {
				return edrvtest.NewRequest(edrvSecret, session, edrvtest.WithHeaderForm(edrvtest.HeaderLegacy))
			},
			checks: emptyOK(),
			calls:  1,
		},
		{
			name: "forged: another secret",
			req: func(*testing.T) *http.Request {
				return edrvtest.NewRequest(edrvSecret, session, edrvtest.WithWrongSecret())
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name: "stale timestamp",
			req: func(*testing.T) *http.Request {
				return edrvtest.NewRequest(edrvSecret, session, edrvtest.WithTime(time.Now().Add(-time.Hour)))
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrTimestampTooOld},
		},
		{
			name: "no signature",
			req: func(*testing.T) *http.Request {
				req := edrvtest.NewRequest(edrvSecret, session)
				req.Header.Del(edrv.SignatureHeader)
				return req
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrMissingSignature},
		},
		{
			name:    "signed body that is not JSON",
			req:     func(*testing.T) *http.Request { return edrvtest.NewRequest(edrvSecret, []byte(`{"_id":`)) },
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode},
		},
		{
			name: "body above the limit",
			req: func(*testing.T) *http.Request {
				return edrvtest.NewRequest(edrvSecret, []byte(`{"pad":"`+strings.Repeat("x", 1<<20)+`"}`))
			},
			checks:  genericFailure(http.StatusRequestEntityTooLarge),
			wantErr: []error{dispatch.ErrBodyTooLarge},
		},
	}
	runProviderCases(t, func(rc *recorder, log *typeLog) http.Handler { return newRouter(rc, log) }, cases)

	t.Run("typed handlers and wildcards", func(t *testing.T) {
		r := dispatch.New(src)
		var got []string
		dispatch.Handle(r, "session.*", func(_ context.Context, ev *edrv.SessionEvent) error {
			got = append(got, "session.*:"+ev.Type()+":"+ev.ID())
			return nil
		})
		dispatch.Handle(r, "*.rejected", func(_ context.Context, ev *edrv.ActionEvent) error {
			got = append(got, "*.rejected:"+ev.Type()+":"+ev.ID())
			return nil
		})
		var want []string
		for _, key := range []string{edrv.SessionUpdated, "session.target.soc.reached", "session.set_power_limit.rejected", "chargestation.online"} {
			body := payload(t, edrvtest.Payload, key)
			var env struct {
				ID string `json:"_id"`
			}
			require.NoError(t, json.Unmarshal(body, &env))
			switch {
			case strings.HasSuffix(key, ".rejected"):
				want = append(want, "*.rejected:"+key+":"+env.ID)
			case strings.HasPrefix(key, "session."):
				want = append(want, "session.*:"+key+":"+env.ID)
			}
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, edrvtest.NewRequest(edrvSecret, body))
			assert.Equal(t, http.StatusOK, rec.Code, key)
			assert.Empty(t, rec.Body.String(), key)
		}
		assert.Equal(t, want, got, "session.* takes sessions; the action under session.* goes to *.rejected; chargestation.online has no handler")
	})

	t.Run("redelivery of an envelope id is handled once", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		r := newRouter(rc, log, dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)))
		for i := range 3 {
			// Each retry is signed anew; the default signature does not
			// cover the timestamp, so a replay may carry any time.
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, edrvtest.NewRequest(edrvSecret, session, edrvtest.WithTime(time.Now().Add(time.Duration(i)*time.Second))))
			assert.Equal(t, http.StatusOK, rec.Code)
			assert.Empty(t, rec.Body.String())
		}
		assert.Len(t, log.names, 1)
	})

	t.Run("stored and delivered later", func(t *testing.T) {
		sink := &memSink{}
		ingest := dispatch.New(src, dispatch.WithSink(sink))
		rc, log := &recorder{}, &typeLog{}
		consume := newRouter(rc, log)
		signedAt := time.Now().Add(-time.Hour)
		h := edrvtest.Header(edrvSecret, session, edrvtest.WithTime(signedAt))
		res, err := ingest.Deliver(context.Background(), h, session)
		assert.Equal(t, http.StatusUnauthorized, res.Status, "live: outside the window")
		assert.ErrorIs(t, err, verify.ErrTimestampTooOld)

		res, err = consume.DeliverStored(context.Background(), dispatch.Stored{Provider: "edrv", Name: edrv.SessionUpdated, Header: h, Body: session, ReceivedAt: signedAt})
		require.NoError(t, err)
		assert.Equal(t, http.StatusOK, res.Status, "stored: inside the window at its time of receipt")
		assert.Equal(t, []string{edrv.SessionUpdated}, log.names)
		assert.Empty(t, sink.all())
	})
}

func TestSmartcar(t *testing.T) {
	src, err := smartcar.NewSource(smartcarToken)
	require.NoError(t, err)
	newRouter := func(rc *recorder, log *typeLog, opts ...dispatch.Option) *dispatch.Router {
		r := dispatch.New(src, append([]dispatch.Option{dispatch.WithErrorHandler(rc.onError)}, opts...)...)
		catchAll[smartcar.Event](r, log)
		return r
	}
	answered := src.Catalog().Answered
	require.NotEmpty(t, answered, "the source declares the names it answers")

	t.Run("catalogue", func(t *testing.T) {
		n := 0
		for key, body := range smartcartest.Payloads() {
			n++
			t.Run(key, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				rec := httptest.NewRecorder()
				newRouter(rc, log).ServeHTTP(rec, smartcartest.NewRequest(smartcarToken, body))
				assert.Empty(t, rc.errs)
				if !slices.Contains(answered, eventName(key)) {
					assertDelivered(t, src, rec, log, body, eventName(key), true)
					return
				}
				// VERIFY is answered with the challenge's HMAC, not routed.
				var v struct {
					Payload struct{ Challenge string } `json:"payload"`
					Data    struct{ Challenge string } `json:"data"`
				}
				require.NoError(t, json.Unmarshal(body, &v))
				challenge := v.Data.Challenge + v.Payload.Challenge
				require.NotEmpty(t, challenge)
				hasStatus(http.StatusOK)(t, rec)
				hasHeader("Content-Type", "application/json")(t, rec)
				assert.JSONEq(t, `{"challenge":"`+smartcar.HashChallenge(smartcarToken, challenge)+`"}`, rec.Body.String())
				assert.Empty(t, log.names, "VERIFY is not routed")
			})
		}
		assert.NotZero(t, n)
		for name := range src.Catalog().Events {
			assert.NotNil(t, smartcartest.Payload(name), "no catalogue payload for %s", name)
		}
	})

	t.Run("edge cases", func(t *testing.T) {
		for file, body := range edgeCases(t, "smartcar") {
			t.Run(file, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				rec := httptest.NewRecorder()
				newRouter(rc, log).ServeHTTP(rec, smartcartest.NewRequest(smartcarToken, body))
				assertDelivered(t, src, rec, log, body, "", false)
				assert.Empty(t, rc.errs)
			})
		}
	})

	t.Run("answered names cannot be registered", func(t *testing.T) {
		r := dispatch.New(src)
		for _, name := range answered {
			assert.PanicsWithValue(t,
				`dispatch: Handle[*smartcar.Unknown]("`+name+`"): the handler can never be called: smartcar answers "`+name+`" itself, so it never reaches a handler`,
				func() { dispatch.Handle(r, name, func(context.Context, *smartcar.Unknown) error { return nil }) })
			assert.Panics(t, func() { dispatch.Handle(r, name, func(context.Context, smartcar.Event) error { return nil }) })
		}
	})

	state := payload(t, smartcartest.Payload, smartcar.EventVehicleState)
	verifyV4 := payload(t, smartcartest.Payload, "VERIFY")
	cases := []providerCase{
		{
			name: "unsigned VERIFY is answered",
			req:  func(*testing.T) *http.Request { return smartcartest.NewVerifyRequest("0d1a5c3e-challenge") },
			checks: []check{
				hasStatus(http.StatusOK),
				hasHeader("Content-Type", "application/json"),
				hasBody(string(smartcartest.ExpectedChallengeResponse(smartcarToken, "0d1a5c3e-challenge"))),
			},
		},
		{
			name: "signed v2.0 verify is answered",
			req: func(*testing.T) *http.Request {
				return smartcartest.NewRequest(smartcarToken, smartcartest.LegacyVerifyBody("legacy-challenge"))
			},
			checks: []check{
				hasStatus(http.StatusOK),
				hasHeader("Content-Type", "application/json"),
				hasBody(string(smartcartest.ExpectedChallengeResponse(smartcarToken, "legacy-challenge"))),
			},
		},
		{
			name: "forged: another token",
			req: func(*testing.T) *http.Request {
				return smartcartest.NewRequest(smartcarToken, state, smartcartest.WithWrongSecret())
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name: "no signature",
			req: func(*testing.T) *http.Request {
				req := smartcartest.NewRequest(smartcarToken, state)
				req.Header.Del(smartcar.SignatureHeader)
				return req
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrMissingSignature},
		},
		{
			name: "VERIFY with a forged signature",
			req: func(*testing.T) *http.Request {
				return smartcartest.NewRequest(smartcarToken, verifyV4, smartcartest.WithWrongSecret())
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name: "VERIFY with a JSON-looking challenge is refused",
			req: func(*testing.T) *http.Request {
				body := []byte(`{"eventId":"e","eventType":"VERIFY","data":{"challenge":"{\"forged\":true}"},"meta":{"version":"4.0"}}`)
				return smartcartest.NewRequest(smartcarToken, body)
			},
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode, smartcar.ErrChallengeRefused},
		},
		{
			name:    "signed body that is not JSON",
			req:     func(*testing.T) *http.Request { return smartcartest.NewRequest(smartcarToken, []byte(`{"eventType":`)) },
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode},
		},
	}
	runProviderCases(t, func(rc *recorder, log *typeLog) http.Handler { return newRouter(rc, log) }, cases)

	t.Run("typed handler", func(t *testing.T) {
		r := dispatch.New(src)
		var got *smartcar.VehicleState
		dispatch.Handle(r, smartcar.EventVehicleState, func(_ context.Context, ev *smartcar.VehicleState) error {
			got = ev
			return nil
		})
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, smartcartest.NewRequest(smartcarToken, state))
		require.Equal(t, http.StatusOK, rec.Code)
		require.NotNil(t, got)
		var env struct{ EventID string }
		require.NoError(t, json.Unmarshal(state, &env))
		assert.Equal(t, env.EventID, got.ID())
	})

	t.Run("redelivery of an eventId is handled once", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		r := newRouter(rc, log, dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)))
		for range 3 {
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, smartcartest.NewRequest(smartcarToken, state))
			assert.Equal(t, http.StatusOK, rec.Code)
		}
		assert.Len(t, log.names, 1)
		assert.Empty(t, rc.errs)
	})

	t.Run("a sink stores events, and VERIFY is still answered", func(t *testing.T) {
		sink := &memSink{}
		r := dispatch.New(src, dispatch.WithSink(sink))
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, smartcartest.NewVerifyRequest("c-1"))
		assert.Equal(t, string(smartcartest.ExpectedChallengeResponse(smartcarToken, "c-1")), rec.Body.String())
		rec = httptest.NewRecorder()
		r.ServeHTTP(rec, smartcartest.NewRequest(smartcarToken, state))
		assert.Equal(t, http.StatusOK, rec.Code)
		require.Len(t, sink.all(), 1)
		assert.Equal(t, smartcar.EventVehicleState, sink.all()[0].Name)
		assert.Equal(t, state, sink.all()[0].Body)
	})
}
