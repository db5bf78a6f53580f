package dispatch_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
)

// deliver sends a signed event through r's pure form and returns the result.
func deliver(t *testing.T, r *dispatch.Router, id, name string) dispatch.Result {
	t.Helper()
	body := fakeBody(id, name, "")
	res, err := r.Deliver(context.Background(), fakeHeader(body), body)
	require.NoError(t, err, name)
	return res
}

// registration is one Handle call, with a type chosen by kind.
type registration struct {
	pattern string
	kind    string // "session", "action", "group", "unknown", "event" (interface), "any"
}

func (g registration) register(r *dispatch.Router, calls *[]string) {
	note := func(name string) { *calls = append(*calls, g.kind+"@"+g.pattern+":"+name) }
	switch g.kind {
	case "session":
		dispatch.Handle(r, g.pattern, func(_ context.Context, ev *Session) error { note(ev.Name); return nil })
	case "action":
		dispatch.Handle(r, g.pattern, func(_ context.Context, ev *Action) error { note(ev.Name); return nil })
	case "group":
		dispatch.Handle(r, g.pattern, func(_ context.Context, ev *Group) error { note(ev.Name); return nil })
	case "unknown":
		dispatch.Handle(r, g.pattern, func(_ context.Context, ev *Unknown) error { note(ev.Name); return nil })
	case "event":
		dispatch.Handle(r, g.pattern, func(_ context.Context, ev Event) error { note(ev.Type()); return nil })
	case "any":
		dispatch.Handle(r, g.pattern, func(_ context.Context, ev any) error { note(ev.(Event).Type()); return nil })
	default:
		panic("bad kind " + g.kind)
	}
}

func TestPrecedence(t *testing.T) {
	regs := []registration{
		{"session.started", "session"},
		{"session.*", "session"},
		{"session.*", "any"},
		{"*.rejected", "action"},
		{"chargestation.*.accepted", "action"},
		{"*.accepted", "action"},
		{"session.*.rejected", "action"},
		{"load_management.group.*", "group"},
		{"*.group.*", "group"},
		{"*.chargestation.*", "event"},
		{"*.*.*", "unknown"},
		{"*", "event"},
	}
	tests := []struct {
		name string
		want string // winning registration and the event name
	}{
		// 1. an exact name wins.
		{"session.started", "session@session.started"},
		// 2. more literal segments: "session.*.rejected" (2) over "*.rejected" (1) and "session.*" (1).
		{"session.set_power_limit.rejected", "action@session.*.rejected"},
		// 2. "*.rejected" (1 literal) over "*" (0).
		{"chargestation.remote_start.rejected", "action@*.rejected"},
		// 2. "chargestation.*.accepted" (2 literals) over "*.accepted" (1).
		{"chargestation.remote_start.accepted", "action@chargestation.*.accepted"},
		// 3. "load_management.group.*" has 2 literals; "*.group.*" 1.
		{"load_management.group.chargestation.added", "group@load_management.group.*"},
		// 5. on "session.*", *Session before any.
		{"session.ended", "session@session.*"},
		{"session.target.cost.reached", "session@session.*"},
		// an unknown name under "session.*": only the interface handler takes *Unknown.
		{"session.teleported", "any@session.*"},
		// an unknown deep name: "*.chargestation.*" (1 literal) before "*.*.*" (0).
		{"x.chargestation.y", "event@*.chargestation.*"},
		// 4. more segments: "*.*.*" before "*".
		{"a.b.c", "unknown@*.*.*"},
		{"VEHICLE_STATE", "event@*"},
	}
	// Rules 1-5 do not depend on the order of registration.
	rng := rand.New(rand.NewPCG(5, 6))
	for round := range 20 {
		order := append([]registration(nil), regs...)
		if round > 0 {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		var calls []string
		r := dispatch.New(newFakeSource())
		for _, g := range order {
			g.register(r, &calls)
		}
		for _, tt := range tests {
			calls = calls[:0]
			res := deliver(t, r, "id", tt.name)
			require.Equal(t, []string{tt.want + ":" + tt.name}, calls, "round %d, order %v", round, order)
			_, pattern, _ := strings.Cut(tt.want, "@")
			assert.Equal(t, pattern, res.Pattern, "Result.Pattern")
		}
	}
}

// 3. At the first position where one pattern has a literal and the other a
// wildcard, the literal wins; 6. equal ranks go by registration order.
func TestPrecedenceLiteralFirstAndRegistrationOrder(t *testing.T) {
	var calls []string
	r := dispatch.New(newFakeSource())
	registration{"*.started", "session"}.register(r, &calls)
	registration{"session.*", "session"}.register(r, &calls)
	deliver(t, r, "1", "session.started")
	assert.Equal(t, []string{"session@session.*:session.started"}, calls)

	for _, first := range []string{"*.x.*", "*.y.*"} {
		second := map[string]string{"*.x.*": "*.y.*", "*.y.*": "*.x.*"}[first]
		calls = nil
		r := dispatch.New(newFakeSource())
		registration{first, "unknown"}.register(r, &calls)
		registration{second, "unknown"}.register(r, &calls)
		deliver(t, r, "1", "q.x.y.r")
		assert.Equal(t, []string{"unknown@" + first + ":q.x.y.r"}, calls, "the first registered wins")
	}
}

// With several E on one pattern, the event's dynamic type picks the handler.
func TestSamePatternSeveralTypes(t *testing.T) {
	var calls []string
	r := dispatch.New(newFakeSource())
	registration{"*", "session"}.register(r, &calls)
	registration{"*", "action"}.register(r, &calls)
	registration{"*", "any"}.register(r, &calls)
	for _, name := range []string{"session.started", "chargestation.remote_start.accepted", "load_management.group.updated", "new.thing"} {
		deliver(t, r, "1", name)
	}
	assert.Equal(t, []string{
		"session@*:session.started",
		"action@*:chargestation.remote_start.accepted",
		"any@*:load_management.group.updated",
		"any@*:new.thing",
	}, calls)
}

func TestFallback(t *testing.T) {
	var got []dispatch.Message
	var gotCtx context.Context
	r := dispatch.New(newFakeSource(), dispatch.WithFallback(func(ctx context.Context, msg dispatch.Message) error {
		got = append(got, msg)
		gotCtx = ctx
		if msg.Name == "fail.please" {
			return dispatch.Status(http.StatusServiceUnavailable, errBoom)
		}
		return nil
	}))
	var calls []string
	registration{"session.*", "session"}.register(r, &calls)

	deliver(t, r, "a", "session.started")
	deliver(t, r, "b", "chargestation.remote_start.accepted") // known, no handler
	deliver(t, r, "c", "session.teleported")                  // matches a pattern, but not its type
	body := fakeBody("d", "fail.please", "")
	res, err := r.Deliver(context.Background(), fakeHeader(body), body)
	assert.Equal(t, http.StatusServiceUnavailable, res.Status)
	assert.ErrorIs(t, err, dispatch.ErrHandler)
	assert.ErrorIs(t, err, errBoom)

	assert.Equal(t, []string{"session@session.*:session.started"}, calls)
	require.Len(t, got, 3)
	assert.Equal(t, "chargestation.remote_start.accepted", got[0].Name)
	assert.Equal(t, "b", got[0].ID)
	assert.IsType(t, (*Action)(nil), got[0].Event)
	assert.Equal(t, "session.teleported", got[1].Name)
	assert.IsType(t, (*Unknown)(nil), got[1].Event)
	assert.Equal(t, "fail.please", got[2].Name)
	assert.Equal(t, body, dispatch.RawBody(gotCtx), "the fallback gets the delivery context")

	// A panicking fallback is recovered like a handler.
	r = dispatch.New(newFakeSource(), dispatch.WithFallback(func(context.Context, dispatch.Message) error { panic("fallback") }))
	body = fakeBody("e", "x", "")
	res, err = r.Deliver(context.Background(), fakeHeader(body), body)
	assert.Equal(t, http.StatusInternalServerError, res.Status)
	assert.ErrorIs(t, err, dispatch.ErrPanic)
	assert.Empty(t, res.Pattern)
}

// nopHandler returns a handler for E that does nothing.
func nopHandler[E any]() func(context.Context, E) error {
	return func(context.Context, E) error { return nil }
}

// fmtStringer is an interface no fake event implements.
type fmtStringer = fmt.Stringer

func TestRegistrationPanics(t *testing.T) {
	tests := []struct {
		name  string
		setup func(r *dispatch.Router)
		reg   func(r *dispatch.Router)
		want  string
	}{
		{
			name: "empty pattern",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "", nopHandler[*Session]()) },
			want: `dispatch: Handle[*dispatch_test.Session](""): invalid pattern: empty pattern`,
		},
		{
			name: "wildcard inside a segment",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "session*", nopHandler[*Session]()) },
			want: `dispatch: Handle[*dispatch_test.Session]("session*"): invalid pattern: segment "session*" mixes * with text: a wildcard must be a whole segment`,
		},
		{
			name: "empty segment",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "session..started", nopHandler[*Session]()) },
			want: `dispatch: Handle[*dispatch_test.Session]("session..started"): invalid pattern: segment 2 is empty`,
		},
		{
			name: "nil function",
			reg:  func(r *dispatch.Router) { dispatch.Handle[*Session](r, "session.started", nil) },
			want: `dispatch: Handle[*dispatch_test.Session]("session.started") with a nil function`,
		},
		{
			name: "nil router",
			reg:  func(*dispatch.Router) { dispatch.Handle(nil, "session.started", nopHandler[*Session]()) },
			want: `dispatch: Handle("session.started") on a nil *Router`,
		},
		{
			name: "exact known name, wrong type",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "session.started", nopHandler[*Action]()) },
			want: `dispatch: Handle[*dispatch_test.Action]("session.started"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Session`,
		},
		{
			name: "exact known name, value instead of pointer",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "session.started", nopHandler[Session]()) },
			want: `dispatch: Handle[dispatch_test.Session]("session.started"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Session`,
		},
		{
			name: "exact known name, interface the type lacks",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "session.started", nopHandler[fmtStringer]()) },
			want: `dispatch: Handle[fmt.Stringer]("session.started"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Session`,
		},
		{
			name: "exact unknown name, known type (a typo)",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "sesion.started", nopHandler[*Session]()) },
			want: `dispatch: Handle[*dispatch_test.Session]("sesion.started"): the handler can never be called: "sesion.started" is not a known event of fake, so it arrives as *dispatch_test.Unknown`,
		},
		{
			name: "wildcard, none of its types",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "session.*", nopHandler[*Group]()) },
			want: `dispatch: Handle[*dispatch_test.Group]("session.*"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Action, *dispatch_test.Session or *dispatch_test.Unknown`,
		},
		{
			name: "a name the source answers itself",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "verify", nopHandler[*Unknown]()) },
			want: `dispatch: Handle[*dispatch_test.Unknown]("verify"): the handler can never be called: fake answers "verify" itself, so it never reaches a handler`,
		},
		{
			name: "a name the source answers itself, as any",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "verify", nopHandler[any]()) },
			want: `dispatch: Handle[interface {}]("verify"): the handler can never be called: fake answers "verify" itself, so it never reaches a handler`,
		},
		{
			name: "generic type arguments without import paths",
			reg:  func(r *dispatch.Router) { dispatch.Handle(r, "session.started", nopHandler[*Envelope[Session]]()) },
			want: `dispatch: Handle[*dispatch_test.Envelope[dispatch_test.Session]]("session.started"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Session`,
		},
		{
			name:  "duplicate",
			setup: func(r *dispatch.Router) { dispatch.Handle(r, "session.*", nopHandler[*Session]()) },
			reg:   func(r *dispatch.Router) { dispatch.Handle(r, "session.*", nopHandler[*Session]()) },
			want:  `dispatch: Handle[*dispatch_test.Session]("session.*"): a handler for this pattern and type is already registered`,
		},
		{
			name:  "shadowed by an earlier interface handler",
			setup: func(r *dispatch.Router) { dispatch.Handle(r, "session.started", nopHandler[any]()) },
			reg:   func(r *dispatch.Router) { dispatch.Handle(r, "session.started", nopHandler[Event]()) },
			want:  `dispatch: Handle[dispatch_test.Event]("session.started"): the handler can never be called: the handler for interface {} on the same pattern takes every event it could receive`,
		},
		{
			name:  "shadowing an earlier interface handler",
			setup: func(r *dispatch.Router) { dispatch.Handle(r, "session.started", nopHandler[Event]()) },
			reg:   func(r *dispatch.Router) { dispatch.Handle(r, "session.started", nopHandler[*Session]()) },
			want:  `dispatch: Handle[*dispatch_test.Session]("session.started"): the handler registered earlier for dispatch_test.Event on the same pattern would never be called again: this one takes every event it could receive`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := dispatch.New(newFakeSource())
			if tt.setup != nil {
				tt.setup(r)
			}
			assert.PanicsWithValue(t, tt.want, func() { tt.reg(r) })
		})
	}
}

// What registration must accept.
func TestRegistrationAccepts(t *testing.T) {
	tests := []struct {
		name string
		reg  func(r *dispatch.Router)
	}{
		{"exact unknown name as Unknown", func(r *dispatch.Router) { dispatch.Handle(r, "chargestation.teleported", nopHandler[*Unknown]()) }},
		{"exact unknown name as any", func(r *dispatch.Router) { dispatch.Handle(r, "chargestation.teleported", nopHandler[any]()) }},
		{"wildcard as Unknown", func(r *dispatch.Router) { dispatch.Handle(r, "*.teleported", nopHandler[*Unknown]()) }},
		{"wildcard as one of several types", func(r *dispatch.Router) { dispatch.Handle(r, "session.*", nopHandler[*Action]()) }},
		{"everything as the interface", func(r *dispatch.Router) { dispatch.Handle(r, "*", nopHandler[Event]()) }},
		{"same pattern, concrete and interface, both reachable", func(r *dispatch.Router) {
			dispatch.Handle(r, "session.*", nopHandler[Event]())
			dispatch.Handle(r, "session.*", nopHandler[*Session]())
		}},
		{"exact concrete and wildcard interface", func(r *dispatch.Router) {
			dispatch.Handle(r, "session.started", nopHandler[*Session]())
			dispatch.Handle(r, "session.*", nopHandler[any]())
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NotPanics(t, func() { tt.reg(dispatch.New(newFakeSource())) })
		})
	}
}

// Envelope is a generic type, whose reflect name carries the import path of
// its type argument.
type Envelope[T any] struct{ Data T }

// answeringSource lists the name it answers itself among its events too, as
// a source whose Parse decodes the challenge may.
type answeringSource struct{ *fakeSource }

func (answeringSource) Catalog() dispatch.Catalog {
	return dispatch.Catalog{
		Events:   map[string]any{"verify": (*Action)(nil), "session.started": (*Session)(nil)},
		Unknown:  (*Unknown)(nil),
		Answered: []string{"verify"},
	}
}

// A name the source answers never reaches a handler, even when its catalog
// lists a type for it: an exact pattern on it panics, and a wildcard does
// not count its type.
func TestRegistrationAnswered(t *testing.T) {
	r := dispatch.New(answeringSource{newFakeSource()})
	assert.PanicsWithValue(t,
		`dispatch: Handle[*dispatch_test.Action]("verify"): the handler can never be called: fake answers "verify" itself, so it never reaches a handler`,
		func() { dispatch.Handle(r, "verify", nopHandler[*Action]()) })
	assert.PanicsWithValue(t,
		`dispatch: Handle[*dispatch_test.Action]("*"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Session or *dispatch_test.Unknown`,
		func() { dispatch.Handle(r, "*", nopHandler[*Action]()) })
	assert.NotPanics(t, func() { dispatch.Handle(r, "*", nopHandler[*Session]()) })
}

// undeclaredSource declares no catalog: registration cannot check types.
type undeclaredSource struct{ *fakeSource }

func (undeclaredSource) Catalog() dispatch.Catalog { return dispatch.Catalog{} }

// partialSource lists a name without its type.
type partialSource struct{ *fakeSource }

func (partialSource) Catalog() dispatch.Catalog {
	return dispatch.Catalog{Events: map[string]any{"session.started": nil, "session.ended": (*Session)(nil)}}
}

// multiSource lists a name that decodes to two types.
type multiSource struct{ *fakeSource }

func (multiSource) Catalog() dispatch.Catalog {
	return dispatch.Catalog{
		Events:  map[string]any{"session.ended": []any{(*Session)(nil), (*Unknown)(nil)}, "session.started": (*Session)(nil)},
		Unknown: (*Unknown)(nil),
	}
}

func TestRegistrationCatalogForms(t *testing.T) {
	r := dispatch.New(multiSource{newFakeSource()})
	assert.NotPanics(t, func() { dispatch.Handle(r, "session.ended", nopHandler[*Session]()) })
	assert.NotPanics(t, func() { dispatch.Handle(r, "session.ended", nopHandler[*Unknown]()) }, "the second type of a name")
	assert.PanicsWithValue(t,
		`dispatch: Handle[*dispatch_test.Group]("session.ended"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Session or *dispatch_test.Unknown`,
		func() { dispatch.Handle(r, "session.ended", nopHandler[*Group]()) })
	assert.PanicsWithValue(t,
		`dispatch: Handle[*dispatch_test.Unknown]("session.started"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Session`,
		func() { dispatch.Handle(r, "session.started", nopHandler[*Unknown]()) })
}

func TestRegistrationWithoutCatalog(t *testing.T) {
	r := dispatch.New(undeclaredSource{newFakeSource()})
	assert.NotPanics(t, func() { dispatch.Handle(r, "session.started", nopHandler[*Group]()) })

	r = dispatch.New(partialSource{newFakeSource()})
	assert.NotPanics(t, func() { dispatch.Handle(r, "session.started", nopHandler[*Group]()) }, "undeclared type")
	assert.NotPanics(t, func() { dispatch.Handle(r, "session.*", nopHandler[*Action]()) }, "a wildcard over an undeclared type")
	assert.PanicsWithValue(t,
		`dispatch: Handle[*dispatch_test.Group]("session.ended"): the handler can never be called: fake delivers the events of this pattern as *dispatch_test.Session`,
		func() { dispatch.Handle(r, "session.ended", nopHandler[*Group]()) })
	assert.PanicsWithValue(t,
		`dispatch: Handle[*dispatch_test.Session]("session.teleported"): the handler can never be called: "session.teleported" is not an event of fake and the source declares no type for unknown events`,
		func() { dispatch.Handle(r, "session.teleported", nopHandler[*Session]()) })
	assert.PanicsWithValue(t,
		`dispatch: Handle[*dispatch_test.Session]("*.teleported"): the handler can never be called: no event of fake matches the pattern and the source declares no type for unknown events`,
		func() { dispatch.Handle(r, "*.teleported", nopHandler[*Session]()) })
}

// Registering while serving is safe; each delivery sees a consistent table.
func TestRegisterWhileServing(t *testing.T) {
	r := dispatch.New(newFakeSource())
	var handled atomic.Int64
	dispatch.Handle(r, "*", func(context.Context, Event) error { handled.Add(1); return nil })
	body := fakeBody("x", "session.started", "")
	header := fakeHeader(body)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 50 {
				res, err := r.Deliver(context.Background(), header, body)
				if err != nil || res.Status != http.StatusOK {
					t.Errorf("worker %d: %d %v", i, res.Status, err)
					return
				}
			}
		}()
	}
	for i := range 50 {
		dispatch.Handle(r, fmt.Sprintf("p%d.*", i), func(context.Context, *Unknown) error { return nil })
	}
	wg.Wait()
	assert.Equal(t, int64(400), handled.Load())
}
