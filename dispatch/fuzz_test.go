package dispatch_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
)

// FuzzDeliver feeds arbitrary bodies, signed and unsigned, through the
// router: it never panics, answers only statuses of the behaviour table,
// returns an error exactly for failures, and calls a handler at most once
// and only for a verified body.
//
// Run it on a 2-core machine with
//
//	go test -run '^$' -fuzz '^FuzzDeliver$' -fuzztime 60s -fuzzminimizetime 0 -parallel 2 ./dispatch
func FuzzDeliver(f *testing.F) {
	for _, seed := range [][]byte{
		fakeBody("m1", "session.started", `{"station":"cs-1"}`),
		fakeBody("m2", "session.ended", `{"station":"panic"}`),
		fakeBody("m3", "session.ended", `{"station":"error"}`),
		fakeBody("m4", "load_management.group.chargestation.added", `{"group":"g"}`),
		fakeBody("", "verify", `{"challenge":"abc"}`),
		fakeBody("m5", "vendor.new", `[1,2]`),
		[]byte(`{"id":`),
		[]byte(`null`),
		{},
	} {
		f.Add(seed, true)
		f.Add(seed, false)
	}
	f.Fuzz(func(t *testing.T, body []byte, signed bool) {
		var reported []error
		rc := &recorder{}
		r := dispatch.New(newFakeSource(), dispatch.WithMaxBodyBytes(4096),
			dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(16, 0)),
			dispatch.WithFallback(rc.fallback),
			dispatch.WithErrorHandler(func(_ *http.Request, err error) { reported = append(reported, err) }))
		registerStandard(r, rc)
		dispatch.Handle(r, "*", func(_ context.Context, ev Event) error {
			rc.called("any", ev.Type())
			return nil
		})

		header := http.Header{}
		if signed {
			header.Set(fakeSigHeader, fakeSign(body))
		}
		res, err := r.Deliver(context.Background(), header, body)

		allowed := map[int]bool{200: true, 202: true, 400: true, 401: true, 413: true, 422: true, 500: true, 503: true}
		if !allowed[res.Status] {
			t.Fatalf("status %d", res.Status)
		}
		if calls := len(rc.calls) + len(rc.fellTo); calls > 1 {
			t.Fatalf("%d handler calls", calls)
		}
		switch {
		case len(body) > 4096:
			if res.Status != http.StatusRequestEntityTooLarge {
				t.Fatalf("oversized body answered %d", res.Status)
			}
		case !signed:
			if res.Status != http.StatusUnauthorized || len(rc.calls)+len(rc.fellTo) != 0 {
				t.Fatalf("unsigned body answered %d after %d calls", res.Status, len(rc.calls))
			}
		}
		if (err != nil) != (res.Status >= 400) && res.Status != http.StatusAccepted {
			t.Fatalf("status %d with error %v", res.Status, err)
		}
		if err != nil {
			var de *dispatch.Error
			if !errors.As(err, &de) || de.Status != res.Status || len(reported) != 1 || reported[0] != err {
				t.Fatalf("error %v not reported as *Error with status %d", err, res.Status)
			}
			if string(res.Body) != http.StatusText(res.Status)+"\n" && res.Status >= 400 {
				t.Fatalf("failure body %q", res.Body)
			}
		}
	})
}

// FuzzMemoryDeduplicator runs MemoryDeduplicator through a random sequence
// of claims, commits, releases (with the current or a stale token) and clock
// steps, and compares every answer with a plain model of the contract:
// a claim holds for the lease, a commit for the TTL from its time, a release
// frees only its own claim, a commit counts whatever the lease.
//
// Run it on a 2-core machine with
//
//	go test -run '^$' -fuzz '^FuzzMemoryDeduplicator$' -fuzztime 60s -fuzzminimizetime 0 -parallel 2 ./dispatch
func FuzzMemoryDeduplicator(f *testing.F) {
	f.Add([]byte{0, 0, 5, 1, 0})
	f.Add([]byte{0, 4 | 3<<5, 0, 3, 0, 2, 0})
	f.Add([]byte{0, 4 | 7<<5, 4 | 7<<5, 1, 0, 4 | 7<<5, 0})
	f.Add([]byte{0, 5, 10, 15, 4 | 2<<5, 0, 5, 1, 6, 2, 7, 3, 8})
	f.Fuzz(func(t *testing.T, ops []byte) {
		const (
			lease = time.Minute
			ttl   = 5 * time.Minute
		)
		ctx := context.Background()
		now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		d := dispatch.NewMemoryDeduplicator(100, ttl, dispatch.WithLease(lease), dispatch.WithClock(func() time.Time { return now }))

		type entry struct {
			done    bool
			token   string
			expires time.Time
		}
		model := map[string]*entry{}
		tokens := map[string][]string{} // every token issued per key, oldest first
		live := func(key string) *entry {
			e := model[key]
			if e != nil && !now.Before(e.expires) {
				delete(model, key)
				return nil
			}
			return e
		}
		for i, b := range ops {
			key := strconv.Itoa(int(b/5) % 4)
			switch b % 5 {
			case 0:
				got, tok, err := d.Claim(ctx, key)
				if err != nil {
					t.Fatal(err)
				}
				want := dispatch.ClaimAcquired
				switch e := live(key); {
				case e == nil:
					if tok == "" || slices.Contains(tokens[key], tok) {
						t.Fatalf("op %d: acquired with token %q, issued before: %q", i, tok, tokens[key])
					}
					tokens[key] = append(tokens[key], tok)
					model[key] = &entry{token: tok, expires: now.Add(lease)}
				case e.done:
					want = dispatch.ClaimDone
				default:
					want = dispatch.ClaimInFlight
				}
				if got != want {
					t.Fatalf("op %d: claim %s = %v, want %v", i, key, got, want)
				}
			case 1, 2, 3:
				ts := tokens[key]
				tok := "never-issued"
				switch {
				case b%5 != 3 && len(ts) > 0:
					tok = ts[len(ts)-1]
				case b%5 == 3 && len(ts) > 1:
					tok = ts[len(ts)-2] // stale
				}
				if b%5 == 1 {
					if err := d.Commit(ctx, key, tok); err != nil {
						t.Fatal(err)
					}
					live(key)
					model[key] = &entry{done: true, expires: now.Add(ttl)}
					continue
				}
				if err := d.Release(ctx, key, tok); err != nil {
					t.Fatal(err)
				}
				if e := live(key); e != nil && !e.done && e.token == tok {
					delete(model, key)
				}
			case 4:
				now = now.Add(time.Duration(b>>5) * 20 * time.Second)
			}
		}
		for key := range model {
			live(key)
		}
		if got := d.Len(); got < len(model) || got > 4 {
			t.Fatalf("Len %d with %d live keys", got, len(model))
		}
	})
}

// FuzzDeliverStored feeds arbitrary stored deliveries (name, body, time of
// receipt, signing time) through DeliverStored on a router with a sink and a
// deduplicator: it never panics, never calls the sink, verifies against the
// time of receipt, and handles an id at most once.
//
// Run it on a 2-core machine with
//
//	go test -run '^$' -fuzz '^FuzzDeliverStored$' -fuzztime 60s -fuzzminimizetime 0 -parallel 2 ./dispatch
func FuzzDeliverStored(f *testing.F) {
	for _, seed := range [][]byte{
		fakeBody("m1", "session.started", `{"station":"cs-1"}`),
		[]byte(`{"id":"m2","data":{"station":"s"}}`),
		fakeBody("", "verify", `{"challenge":"abc"}`),
		[]byte(`{"id":`),
		{},
	} {
		f.Add(seed, "session.ended", int64(0), int64(60))
		f.Add(seed, "", int64(-3600), int64(-3600))
		f.Add(seed, "vendor.x", int64(400), int64(0))
	}
	f.Fuzz(func(t *testing.T, body []byte, name string, receivedOffset, signedOffset int64) {
		sink := &memSink{}
		var handled []string
		r := dispatch.New(newFakeSource(), dispatch.WithSink(sink), dispatch.WithMaxBodyBytes(4096),
			dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(16, 0)))
		dispatch.Handle(r, "*", func(_ context.Context, ev Event) error {
			handled = append(handled, ev.Type())
			return nil
		})
		base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		received := base.Add(time.Duration(receivedOffset%1e6) * time.Second)
		signed := base.Add(time.Duration(signedOffset%1e6) * time.Second)
		st := dispatch.Stored{Provider: "fake", Name: name, Header: fakeTimedHeader(body, signed), Body: body, ReceivedAt: received}
		for range 2 {
			res, err := r.DeliverStored(context.Background(), st)
			allowed := map[int]bool{200: true, 400: true, 401: true, 413: true}
			if !allowed[res.Status] {
				t.Fatalf("status %d", res.Status)
			}
			if (err != nil) != (res.Status >= 400) {
				t.Fatalf("status %d with error %v", res.Status, err)
			}
			if d := received.Sub(signed); (d > fakeTolerance || d < -fakeTolerance) && len(body) <= 4096 &&
				(res.Status != http.StatusUnauthorized || !errors.Is(err, errFakeTooOld)) {
				t.Fatalf("signed %v before receipt: status %d, error %v", d, res.Status, err)
			}
		}
		if len(sink.all()) != 0 {
			t.Fatal("DeliverStored called the sink")
		}
		if len(handled) > 2 {
			t.Fatalf("handled %d times", len(handled))
		}
		if len(handled) == 2 && bytes.Contains(body, []byte(`"id"`)) {
			var env struct{ ID string }
			if json.Unmarshal(body, &env) == nil && env.ID != "" {
				t.Fatalf("id %q handled twice", env.ID)
			}
		}
	})
}
