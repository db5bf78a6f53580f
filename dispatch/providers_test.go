package dispatch_test

// Provider tests: the three real sources behind a Router, driven by signed
// requests from their *test packages and the goldens under testdata/. The
// core tests never depend on this file.

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
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

// goldens returns the golden files of a provider, by base name.
func goldens(t testing.TB, provider string) map[string][]byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", provider, "*.json"))
	require.NoError(t, err)
	require.NotEmpty(t, paths, "goldens of %s", provider)
	out := make(map[string][]byte, len(paths))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		out[filepath.Base(p)] = b
	}
	return out
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

// catalogType is the Go type a source's catalog promises for name.
func catalogType(src dispatch.Source, name string) reflect.Type {
	c := src.Catalog()
	if v, ok := c.Events[name]; ok {
		// A name that can decode to several types lists the typed event
		// first; a golden, being well formed, must arrive as that one.
		if vs, ok := v.([]any); ok && len(vs) > 0 {
			v = vs[0]
		}
		return reflect.TypeOf(v)
	}
	return reflect.TypeOf(c.Unknown)
}

// assertGoldenDelivered checks that one golden was answered 200 with an empty
// body and reached the catch-all handler once, as the catalog's type, with
// its exact bytes.
func assertGoldenDelivered(t *testing.T, src dispatch.Source, rec *httptest.ResponseRecorder, log *typeLog, body []byte, wantName string) {
	t.Helper()
	for _, c := range emptyOK() {
		c(t, rec)
	}
	require.Len(t, log.names, 1, "handler calls")
	if wantName != "" {
		assert.Equal(t, wantName, log.names[0], "event name")
	}
	assert.Equal(t, catalogType(src, log.names[0]), log.types[0], "Go type of %q", log.names[0])
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

func runProviderCases(t *testing.T, newRouter func(rc *recorder, log *typeLog) *dispatch.Router, cases []providerCase) {
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

// volterasEventType derives the event type from a golden's name, such as
// "device.telemetry_location.json".
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

func TestVolteras(t *testing.T) {
	secret := volterastest.NewSecret()
	newSource := func(t testing.TB, opts ...volteras.SourceOption) *volteras.Source {
		src, err := volteras.NewSource(secret, opts...)
		require.NoError(t, err)
		return src
	}
	newRouter := func(rc *recorder, log *typeLog, src *volteras.Source, opts ...dispatch.Option) *dispatch.Router {
		r := dispatch.New(src, append([]dispatch.Option{dispatch.WithErrorHandler(rc.onError)}, opts...)...)
		dispatch.Handle(r, "*", func(ctx context.Context, ev volteras.Event) error {
			log.add(ctx, ev.Type(), ev)
			return nil
		})
		return r
	}

	t.Run("goldens", func(t *testing.T) {
		src := newSource(t)
		for file, body := range goldens(t, "volteras") {
			t.Run(file, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				r := newRouter(rc, log, src)
				require.True(t, volteras.KnownEventType(volterasEventType(file)), "golden %s names no known event type", file)
				req, err := volterastest.NewRequest(secret, volterasEventType(file), body)
				require.NoError(t, err)
				rec := httptest.NewRecorder()
				r.ServeHTTP(rec, req)
				assertGoldenDelivered(t, src, rec, log, body, volterasEventType(file))
				assert.Empty(t, rc.errs)
			})
		}
	})

	telemetry := goldens(t, "volteras")["device.telemetry_state_of_charge.json"]
	require.NotNil(t, telemetry)
	cases := []providerCase{
		{
			name: "webhook-* headers",
			req: func(t *testing.T) *http.Request {
				req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithWebhookHeaders())
				require.NoError(t, err)
				return req
			},
			checks: emptyOK(),
			calls:  1,
		},
		{
			name: "unknown event type",
			req: func(t *testing.T) *http.Request {
				req, err := volterastest.NewRequest(secret, "vehicle.teleported", []byte(`{"id":"x"}`))
				require.NoError(t, err)
				return req
			},
			checks: emptyOK(),
			calls:  1,
		},
		{
			name: "forged: another secret",
			req: func(t *testing.T) *http.Request {
				req, err := volterastest.NewRequest(volterastest.NewSecret(), volteras.EventDeviceTelemetry, telemetry)
				require.NoError(t, err)
				return req
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name: "stale timestamp",
			req: func(t *testing.T) *http.Request {
				req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry,
					volterastest.WithTimestamp(time.Now().Add(-time.Hour)))
				require.NoError(t, err)
				return req
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrTimestampTooOld},
		},
		{
			name: "future timestamp",
			req: func(t *testing.T) *http.Request {
				req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry,
					volterastest.WithTimestamp(time.Now().Add(time.Hour)))
				require.NoError(t, err)
				return req
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrTimestampTooNew},
		},
		{
			name: "no signature",
			req: func(t *testing.T) *http.Request {
				req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry)
				require.NoError(t, err)
				req.Header.Del("Svix-Signature")
				return req
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrMissingSignature},
		},
		{
			name: "signed body that is not JSON",
			req: func(t *testing.T) *http.Request {
				req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, []byte(`{"metricType":`))
				require.NoError(t, err)
				return req
			},
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode},
		},
		{
			name: "no event type",
			req: func(t *testing.T) *http.Request {
				req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithPathValue(""))
				require.NoError(t, err)
				return req
			},
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode, volteras.ErrNoEventType},
		},
		{
			name: "GET",
			req: func(t *testing.T) *http.Request {
				return httptest.NewRequest(http.MethodGet, volterastest.DefaultPath+volteras.EventDeviceTelemetry, nil)
			},
			checks:  append(genericFailure(http.StatusMethodNotAllowed), hasHeader("Allow", "POST")),
			wantErr: []error{dispatch.ErrMethodNotAllowed},
		},
	}
	runProviderCases(t, func(rc *recorder, log *typeLog) *dispatch.Router {
		return newRouter(rc, log, newSource(t))
	}, cases)

	t.Run("typed handler", func(t *testing.T) {
		r := dispatch.New(newSource(t))
		var got *volteras.Telemetry
		dispatch.Handle(r, volteras.EventDeviceTelemetry, func(_ context.Context, ev *volteras.Telemetry) error {
			got = ev
			return nil
		})
		req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry)
		require.NoError(t, err)
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, req)
		require.Equal(t, http.StatusOK, rec.Code)
		require.NotNil(t, got)
		assert.IsType(t, (*volteras.StateOfCharge)(nil), got.Metric)
		assert.NotEmpty(t, got.Vehicle.VIN)
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
		r := newRouter(rc, log, newSource(t), dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)))
		for i := range 3 {
			// Svix signs every attempt anew but keeps the message id.
			req, err := volterastest.NewRequest(secret, volteras.EventDeviceTelemetry, telemetry,
				volterastest.WithMessageID("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W"),
				volterastest.WithTimestamp(time.Now().Add(time.Duration(i)*time.Second)))
			require.NoError(t, err)
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, req)
			assert.Equal(t, http.StatusOK, rec.Code)
		}
		assert.Len(t, log.names, 1)
		assert.Empty(t, rc.errs)
	})

	t.Run("real server with the event type in the route", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		mux := http.NewServeMux()
		mux.Handle("/webhooks/volteras/{event}", newRouter(rc, log, newSource(t)))
		srv := httptest.NewServer(mux)
		defer srv.Close()
		for _, eventType := range []string{volteras.EventDeviceTelemetry, "vehicle.teleported"} {
			req, err := volterastest.NewRequest(secret, eventType, telemetry,
				volterastest.WithTarget(srv.URL+volterastest.DefaultPath+eventType), volterastest.WithPathValue(""))
			require.NoError(t, err)
			resp, err := srv.Client().Do(req)
			require.NoError(t, err)
			resp.Body.Close()
			assert.Equal(t, http.StatusOK, resp.StatusCode, eventType)
		}
		assert.Equal(t, []string{volteras.EventDeviceTelemetry, "vehicle.teleported"}, log.names)
		assert.Equal(t, []reflect.Type{reflect.TypeFor[*volteras.Telemetry](), reflect.TypeFor[*volteras.Unknown]()}, log.types)
		assert.Empty(t, rc.errs)
	})

	t.Run("pure form with the event type in a header", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		r := newRouter(rc, log, newSource(t, volteras.WithEventTypeHeader("X-Volteras-Event")))
		header, err := volterastest.Header(secret, volteras.EventDeviceTelemetry, telemetry,
			volterastest.WithEventTypeHeader("X-Volteras-Event"))
		require.NoError(t, err)
		res, err := r.Deliver(context.Background(), header, telemetry)
		require.NoError(t, err)
		assert.Equal(t, http.StatusOK, res.Status)
		assert.Equal(t, volteras.EventDeviceTelemetry, res.Message.Name)
		assert.Equal(t, "*", res.Pattern)
		assert.Equal(t, header.Get("Svix-Id"), res.Message.ID)
		assert.Len(t, log.names, 1)
	})
}

func TestEDRV(t *testing.T) {
	src, err := edrv.NewSource(edrvSecret)
	require.NoError(t, err)
	newRouter := func(rc *recorder, log *typeLog, opts ...dispatch.Option) *dispatch.Router {
		r := dispatch.New(src, append([]dispatch.Option{dispatch.WithErrorHandler(rc.onError)}, opts...)...)
		dispatch.Handle(r, "*", func(ctx context.Context, ev edrv.Event) error {
			log.add(ctx, ev.Type(), ev)
			return nil
		})
		return r
	}

	t.Run("goldens", func(t *testing.T) {
		for file, body := range goldens(t, "edrv") {
			t.Run(file, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				rec := httptest.NewRecorder()
				newRouter(rc, log).ServeHTTP(rec, edrvtest.NewRequest(edrvSecret, body))
				var env struct{ Type string }
				require.NoError(t, json.Unmarshal(body, &env))
				assertGoldenDelivered(t, src, rec, log, body, env.Type)
				assert.Empty(t, rc.errs)
			})
		}
	})

	session := goldens(t, "edrv")["session.updated.json"]
	require.NotNil(t, session)
	cases := []providerCase{
		{
			name:   "legacy signature",
			req:    func(*testing.T) *http.Request { return edrvtest.NewRequest(edrvSecret, session, edrvtest.WithLegacy()) },
			checks: emptyOK(),
			calls:  1,
		},
		{
			name:    "forged: another secret",
			req:     func(*testing.T) *http.Request { return edrvtest.NewRequest("another-secret", session) },
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
	runProviderCases(t, func(rc *recorder, log *typeLog) *dispatch.Router { return newRouter(rc, log) }, cases)

	t.Run("typed handlers and wildcards", func(t *testing.T) {
		r := dispatch.New(src)
		var got []string
		dispatch.Handle(r, "session.*", func(_ context.Context, ev *edrv.SessionEvent) error {
			got = append(got, "session.*:"+ev.Type()+":"+ev.Data.Chargestation)
			return nil
		})
		dispatch.Handle(r, "*.rejected", func(_ context.Context, ev *edrv.ActionEvent) error {
			got = append(got, "*.rejected:"+ev.Type()+":"+string(ev.Data.Status))
			return nil
		})
		for _, file := range []string{"session.updated.json", "session.target.soc.reached.json", "session.set_power_limit.rejected.json", "chargestation.online.json"} {
			body := goldens(t, "edrv")[file]
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, edrvtest.NewRequest(edrvSecret, body))
			assert.Equal(t, http.StatusOK, rec.Code, file)
			assert.Empty(t, rec.Body.String(), file)
		}
		assert.Equal(t, []string{
			"session.*:session.updated:644a58a868bf304318358001",
			"session.*:session.target.soc.reached:" + edrvStation(t, "session.target.soc.reached.json"),
			"*.rejected:session.set_power_limit.rejected:failed",
		}, got, "session.* takes sessions; the action under session.* goes to *.rejected; chargestation.online has no handler")
	})

	t.Run("redelivery of an envelope id is handled once", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		r := newRouter(rc, log, dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)))
		for range 3 {
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, edrvtest.NewRequest(edrvSecret, session))
			assert.Equal(t, http.StatusOK, rec.Code)
			assert.Empty(t, rec.Body.String())
		}
		assert.Len(t, log.names, 1)
	})
}

// edrvStation returns data.chargestation of an eDRV golden.
func edrvStation(t *testing.T, file string) string {
	t.Helper()
	var env struct {
		Data struct{ Chargestation string } `json:"data"`
	}
	require.NoError(t, json.Unmarshal(goldens(t, "edrv")[file], &env))
	return env.Data.Chargestation
}

// smartcarRequest returns a POST of body carrying SC-Signature under token.
func smartcarRequest(t testing.TB, token string, body []byte) *http.Request {
	t.Helper()
	return smartcartest.NewRequest(token, body)
}

func TestSmartcar(t *testing.T) {
	src, err := smartcar.NewSource(smartcarToken)
	require.NoError(t, err)
	newRouter := func(rc *recorder, log *typeLog, opts ...dispatch.Option) *dispatch.Router {
		r := dispatch.New(src, append([]dispatch.Option{dispatch.WithErrorHandler(rc.onError)}, opts...)...)
		dispatch.Handle(r, "*", func(ctx context.Context, ev smartcar.Event) error {
			log.add(ctx, ev.Type(), ev)
			return nil
		})
		return r
	}

	t.Run("goldens", func(t *testing.T) {
		for file, body := range goldens(t, "smartcar") {
			t.Run(file, func(t *testing.T) {
				rc, log := &recorder{}, &typeLog{}
				rec := httptest.NewRecorder()
				newRouter(rc, log).ServeHTTP(rec, smartcarRequest(t, smartcarToken, body))
				assert.Empty(t, rc.errs)
				if !strings.HasPrefix(file, "verify") {
					assertGoldenDelivered(t, src, rec, log, body, "")
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
	})

	state := goldens(t, "smartcar")["vehicle_state_v4.json"]
	verifyV4 := goldens(t, "smartcar")["verify_v4.json"]
	require.NotNil(t, state)
	require.NotNil(t, verifyV4)
	cases := []providerCase{
		{
			name: "unsigned VERIFY is answered",
			req: func(*testing.T) *http.Request {
				return smartcartest.NewVerifyRequest("0d1a5c3e-challenge")
			},
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
			name:    "forged: another token",
			req:     func(t *testing.T) *http.Request { return smartcarRequest(t, "another-token", state) },
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name: "no signature",
			req: func(t *testing.T) *http.Request {
				req := smartcarRequest(t, smartcarToken, state)
				req.Header.Del(smartcar.SignatureHeader)
				return req
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrMissingSignature},
		},
		{
			name: "VERIFY with a forged signature",
			req: func(t *testing.T) *http.Request {
				return smartcarRequest(t, "another-token", verifyV4)
			},
			checks:  genericFailure(http.StatusUnauthorized),
			wantErr: []error{dispatch.ErrVerify, verify.ErrSignatureMismatch},
		},
		{
			name: "VERIFY with a JSON-looking challenge is refused",
			req: func(t *testing.T) *http.Request {
				body := []byte(`{"eventId":"e","eventType":"VERIFY","data":{"challenge":"{\"forged\":true}"},"meta":{"version":"4.0"}}`)
				return smartcarRequest(t, smartcarToken, body)
			},
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode, smartcar.ErrChallengeRefused},
		},
		{
			name:    "signed body that is not JSON",
			req:     func(t *testing.T) *http.Request { return smartcarRequest(t, smartcarToken, []byte(`{"eventType":`)) },
			checks:  genericFailure(http.StatusBadRequest),
			wantErr: []error{dispatch.ErrDecode},
		},
	}
	runProviderCases(t, func(rc *recorder, log *typeLog) *dispatch.Router { return newRouter(rc, log) }, cases)

	t.Run("typed handler", func(t *testing.T) {
		r := dispatch.New(src)
		var got *smartcar.VehicleState
		dispatch.Handle(r, smartcar.EventVehicleState, func(_ context.Context, ev *smartcar.VehicleState) error {
			got = ev
			return nil
		})
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, smartcarRequest(t, smartcarToken, state))
		require.Equal(t, http.StatusOK, rec.Code)
		require.NotNil(t, got)
		assert.Equal(t, "5a537912-9ad3-424b-ba33-65a1704567e9", got.EventID)
	})

	t.Run("redelivery of an eventId is handled once", func(t *testing.T) {
		rc, log := &recorder{}, &typeLog{}
		r := newRouter(rc, log, dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)))
		for range 3 {
			rec := httptest.NewRecorder()
			r.ServeHTTP(rec, smartcarRequest(t, smartcarToken, state))
			assert.Equal(t, http.StatusOK, rec.Code)
		}
		assert.Len(t, log.names, 1)
		assert.Empty(t, rc.errs)
	})
}
