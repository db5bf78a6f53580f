package dispatch_test

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/evhooks/evhooks/dispatch"
)

// nopSource accepts everything and decodes nothing, so that the router's own
// cost can be measured.
type nopSource struct{ msg dispatch.Message }

func (nopSource) Provider() string                                      { return "nop" }
func (nopSource) Catalog() dispatch.Catalog                             { return dispatch.Catalog{} }
func (nopSource) Verify(*dispatch.Delivery) error                       { return nil }
func (s nopSource) Decode(*dispatch.Delivery) (dispatch.Message, error) { return s.msg, nil }

// nopWriter is a ResponseWriter that allocates nothing.
type nopWriter struct {
	h    http.Header
	code int
}

func (w *nopWriter) Header() http.Header         { return w.h }
func (w *nopWriter) Write(b []byte) (int, error) { return len(b), nil }
func (w *nopWriter) WriteHeader(code int)        { w.code = code }

// rewindReader serves the same body again after each EOF.
type rewindReader struct {
	body string
	r    strings.Reader
}

func (r *rewindReader) Read(p []byte) (int, error) { return r.r.Read(p) }
func (r *rewindReader) Close() error               { return nil }

func overheadRouter() (*dispatch.Router, *int) {
	calls := new(int)
	src := nopSource{msg: dispatch.Message{Name: "load_management.group.chargestation.added", Event: &Group{}, ID: "id"}}
	r := dispatch.New(src)
	dispatch.Handle(r, "session.started", func(context.Context, *Session) error { return nil })
	dispatch.Handle(r, "session.*", func(context.Context, *Session) error { return nil })
	dispatch.Handle(r, "*.rejected", func(context.Context, *Action) error { return nil })
	dispatch.Handle(r, "*.group.*", func(context.Context, *Group) error { *calls++; return nil })
	dispatch.Handle(r, "*", func(context.Context, Event) error { return nil })
	return r, calls
}

// The router's own work on the success path allocates a fixed, small
// amount: the body, the handler context and http.MaxBytesReader's reader
// for ServeHTTP; the handler context alone for Deliver. No maps, no fmt.
func TestHotPathAllocs(t *testing.T) {
	r, calls := overheadRouter()
	body := `{"some":"json body of a delivery"}`
	req, err := http.NewRequest(http.MethodPost, "/", nil)
	assert.NoError(t, err)
	rr := &rewindReader{body: body}
	req.ContentLength = int64(len(body))
	w := &nopWriter{h: http.Header{}}
	serve := func() {
		rr.r.Reset(body)
		req.Body = rr
		r.ServeHTTP(w, req)
		if w.code != http.StatusOK {
			t.Fatalf("status %d", w.code)
		}
	}
	assert.LessOrEqual(t, testing.AllocsPerRun(200, serve), 3.0, "ServeHTTP")

	b := []byte(body)
	ctx := context.Background()
	deliver := func() {
		if res, err := r.Deliver(ctx, nil, b); err != nil || res.Status != http.StatusOK {
			t.Fatalf("%d %v", res.Status, err)
		}
	}
	assert.LessOrEqual(t, testing.AllocsPerRun(200, deliver), 1.0, "Deliver")
	assert.Greater(t, *calls, 400, "the *.group.* handler ran")
}

// BenchmarkRouterOverhead is the cost of the router itself, with a source
// that does no work, so that BenchmarkRouter's figures can be split into
// router and provider time.
func BenchmarkRouterOverhead(b *testing.B) {
	r, _ := overheadRouter()
	body := `{"some":"json body of a delivery"}`
	b.Run("ServeHTTP", func(b *testing.B) {
		req, _ := http.NewRequest(http.MethodPost, "/", nil)
		rr := &rewindReader{body: body}
		req.ContentLength = int64(len(body))
		w := &nopWriter{h: http.Header{}}
		b.ReportAllocs()
		for range b.N {
			rr.r.Reset(body)
			req.Body = rr
			r.ServeHTTP(w, req)
		}
	})
	b.Run("Deliver", func(b *testing.B) {
		bb := []byte(body)
		ctx := context.Background()
		b.ReportAllocs()
		for range b.N {
			_, _ = r.Deliver(ctx, nil, bb)
		}
	})
}
