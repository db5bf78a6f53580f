package dispatch_test

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/evhooks/evhooks/dispatch"
)

// FuzzDeliver feeds arbitrary bodies, signed and unsigned, through the
// router: it never panics, answers only statuses of the behaviour table,
// returns an error exactly for failures, and calls a handler at most once
// and only for a verified body.
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
