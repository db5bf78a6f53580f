package dispatch

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
)

// Handle registers fn for the events of r whose name matches pattern and
// whose Go type is E (a concrete type, such as *edrv.SessionEvent, or an interface
// the event implements, such as edrv.Event or any).
//
// # Patterns
//
// A pattern is an exact event name ("session.started", "VEHICLE_STATE"), a
// name with wildcard segments, or "*". Names are split at dots; a "*"
// segment matches ONE OR MORE whole segments, because providers use names of
// varying depth: "*.accepted" matches both "chargestation.reset.accepted"
// and "load_management.group.chargestation.accepted"; "session.*" matches
// "session.started" and "session.target.cost.reached" but not "session";
// "chargestation.*.accepted" does not match "chargestation.accepted". The
// pattern "*" matches every name. A "*" must be a whole segment.
//
// # Precedence
//
// Each delivery goes to exactly one handler: the first, in the order below,
// whose pattern matches the event name and whose E accepts the event's
// dynamic type. The order is total:
//
//  1. an exact name before any wildcard pattern;
//  2. more literal segments before fewer ("a.*.c" before "a.*");
//  3. at the first position where one pattern has a literal segment and the
//     other a wildcard, the literal first ("session.*" before "*.started");
//  4. more segments before fewer ("a.*.*" before "a.*");
//  5. a concrete E before an interface E (on "session.*", a handler for
//     *edrv.SessionEvent takes sessions before one for edrv.Event);
//  6. earlier registration first.
//
// When no handler takes the event, the fallback of [WithFallback] does, if
// set; otherwise the event is acknowledged (200) and dropped.
//
// # Registration panics
//
// Like [http.ServeMux] on conflicting patterns, Handle panics, so that the
// mistake shows at start-up rather than at the first delivery, when:
//   - r or fn is nil, or pattern is malformed (empty, an empty segment, or
//     a "*" inside a segment such as "session*");
//   - pattern is an exact name the source answers itself
//     ([Catalog.Answered], such as Smartcar's "VERIFY"): no handler is ever
//     called for it;
//   - the source's [Catalog] says no event matching pattern can have a type
//     assignable to E; an exact name the catalog does not know arrives as
//     the catalog's Unknown type, and a wildcard pattern may also receive
//     unknown names, so for those E may be (or be implemented by) the
//     Unknown type; names the source answers itself are left out;
//   - the same pattern already has a handler for the same E;
//   - on the same pattern, another handler would take every event this one
//     could receive, or this one would take every event of another: one of
//     them would never be called.
//
// Handle may be called while the router serves; a delivery sees either all
// of a registration or none of it.
func Handle[E any](r *Router, pattern string, fn func(ctx context.Context, ev E) error) {
	if r == nil {
		panic(fmt.Sprintf("dispatch: Handle(%q) on a nil *Router", pattern))
	}
	typ := reflect.TypeFor[E]()
	if fn == nil {
		panic(fmt.Sprintf("dispatch: Handle[%s](%q) with a nil function", typeName(typ), pattern))
	}
	r.register(pattern, &entry{
		typ: typ,
		call: func(ctx context.Context, ev any) (bool, error) {
			v, ok := ev.(E)
			if !ok {
				return false, nil
			}
			return true, fn(ctx, v)
		},
	})
}

// entry is one registered handler.
type entry struct {
	pat   pattern
	typ   reflect.Type // E
	iface bool         // E is an interface type
	seq   int          // registration order
	// call runs the handler if ev has a type it takes, reporting whether it
	// did; the type check and the call are one step, so routing costs one
	// type assertion per candidate handler.
	call func(ctx context.Context, ev any) (bool, error)
}

// accepts reports whether a value of dynamic type t can be passed as E.
func (e *entry) accepts(t reflect.Type) bool {
	if e.iface {
		return t.Implements(e.typ)
	}
	return t == e.typ
}

// compareEntries is the total order of the package documentation.
func compareEntries(a, b *entry) int {
	if c := comparePatterns(&a.pat, &b.pat); c != 0 {
		return c
	}
	if a.iface != b.iface {
		if !a.iface {
			return -1
		}
		return 1
	}
	return a.seq - b.seq
}

// routes is an immutable snapshot of the registered handlers, replaced as a
// whole by each registration.
type routes struct {
	all   []*entry            // registration order
	exact map[string][]*entry // exact patterns by name, in precedence order
	wild  []*entry            // wildcard patterns in precedence order
}

func newRoutes(all []*entry) *routes {
	sorted := slices.Clone(all)
	slices.SortFunc(sorted, compareEntries)
	rt := &routes{all: all}
	for _, e := range sorted {
		if e.pat.wild {
			rt.wild = append(rt.wild, e)
			continue
		}
		if rt.exact == nil {
			rt.exact = make(map[string][]*entry)
		}
		rt.exact[e.pat.text] = append(rt.exact[e.pat.text], e)
	}
	return rt
}

// catalog is the registration-time view of a [Catalog].
type catalog struct {
	declared bool                      // the source listed events or an Unknown type
	names    []string                  // known names, sorted
	types    map[string][]reflect.Type // name -> its types; a nil element when undeclared
	unknown  reflect.Type              // type of unknown names, or nil
	answered map[string]bool           // names the source answers itself
}

func newCatalog(c Catalog) catalog {
	cat := catalog{declared: len(c.Events) > 0 || c.Unknown != nil, types: make(map[string][]reflect.Type, len(c.Events))}
	for name, v := range c.Events {
		cat.names = append(cat.names, name)
		var ts []reflect.Type
		if vs, ok := v.([]any); ok {
			for _, v := range vs {
				ts = append(ts, reflect.TypeOf(v))
			}
		} else {
			ts = append(ts, reflect.TypeOf(v))
		}
		cat.types[name] = ts
	}
	sort.Strings(cat.names)
	for _, name := range c.Answered {
		if cat.answered == nil {
			cat.answered = make(map[string]bool, len(c.Answered))
		}
		cat.answered[name] = true
	}
	if c.Unknown != nil {
		cat.unknown = reflect.TypeOf(c.Unknown)
	}
	return cat
}

// candidates returns the types events matching p can have, without
// duplicates, and whether that is known: it is not when the catalog is
// empty or lists a matching name with a nil value.
func (c *catalog) candidates(p *pattern) (types []reflect.Type, known bool) {
	if !c.declared {
		return nil, false
	}
	add := func(ts ...reflect.Type) bool {
		for _, t := range ts {
			if t == nil {
				return false
			}
			if !slices.Contains(types, t) {
				types = append(types, t)
			}
		}
		return true
	}
	if !p.wild {
		if ts, ok := c.types[p.text]; ok {
			return types, add(ts...)
		}
		if c.unknown != nil {
			add(c.unknown)
		}
		return types, true
	}
	for _, name := range c.names {
		if c.answered[name] {
			continue // never reaches a handler
		}
		if p.match(name) && !add(c.types[name]...) {
			return nil, false
		}
	}
	if c.unknown != nil {
		add(c.unknown)
	}
	return types, true
}

// register validates e against the catalog and the other handlers, then
// publishes a new snapshot that includes it.
func (r *Router) register(text string, e *entry) {
	p, err := parsePattern(text)
	if err != nil {
		panic(fmt.Sprintf("dispatch: Handle[%s](%q): invalid pattern: %v", typeName(e.typ), text, err))
	}
	e.pat = p
	e.iface = e.typ.Kind() == reflect.Interface
	if !p.wild && r.catalog.answered[text] {
		panic(fmt.Sprintf("dispatch: Handle[%s](%q): the handler can never be called: %s answers %q itself, so it never reaches a handler",
			typeName(e.typ), text, r.provider, text))
	}

	r.mu.Lock()
	defer r.mu.Unlock()
	old := r.routes.Load()
	for _, o := range old.all {
		if o.pat.text == text && o.typ == e.typ {
			panic(fmt.Sprintf("dispatch: Handle[%s](%q): a handler for this pattern and type is already registered", typeName(e.typ), text))
		}
	}

	types, known := r.catalog.candidates(&p)
	if known {
		r.checkReachable(e, types)
	}

	e.seq = len(old.all)
	all := append(old.all[:len(old.all):len(old.all)], e)
	if known {
		checkSiblings(all, e, types)
	}
	r.routes.Store(newRoutes(all))
}

// checkReachable panics unless E accepts at least one of the types the
// pattern's events can have.
func (r *Router) checkReachable(e *entry, types []reflect.Type) {
	for _, t := range types {
		if e.accepts(t) {
			return
		}
	}
	var why string
	switch {
	case len(types) == 0 && !e.pat.wild:
		why = fmt.Sprintf("%q is not an event of %s and the source declares no type for unknown events", e.pat.text, r.provider)
	case len(types) == 0:
		why = fmt.Sprintf("no event of %s matches the pattern and the source declares no type for unknown events", r.provider)
	case !e.pat.wild && r.catalog.types[e.pat.text] == nil: // not in the catalog
		why = fmt.Sprintf("%q is not a known event of %s, so it arrives as %s", e.pat.text, r.provider, typeName(types[0]))
	default:
		why = fmt.Sprintf("%s delivers the events of this pattern as %s", r.provider, typeList(types))
	}
	panic(fmt.Sprintf("dispatch: Handle[%s](%q): the handler can never be called: %s", typeName(e.typ), e.pat.text, why))
}

// checkSiblings panics when, among the handlers of e's pattern, e or another
// handler is never the first to accept any of the pattern's types.
func checkSiblings(all []*entry, e *entry, types []reflect.Type) {
	var group []*entry
	for _, o := range all {
		if o.pat.text == e.pat.text {
			group = append(group, o)
		}
	}
	if len(group) < 2 {
		return
	}
	slices.SortFunc(group, compareEntries)
	for _, x := range group {
		reach, by := false, (*entry)(nil)
		for _, t := range types {
			if !x.accepts(t) {
				continue
			}
			first := x
			for _, o := range group {
				if o.accepts(t) {
					first = o
					break
				}
			}
			if first == x {
				reach = true
				break
			}
			by = first
		}
		if reach || by == nil {
			continue
		}
		if x == e {
			panic(fmt.Sprintf("dispatch: Handle[%s](%q): the handler can never be called: the handler for %s on the same pattern takes every event it could receive",
				typeName(e.typ), e.pat.text, typeName(by.typ)))
		}
		// x was reachable before e came, so e is what hides it.
		panic(fmt.Sprintf("dispatch: Handle[%s](%q): the handler registered earlier for %s on the same pattern would never be called again: this one takes every event it could receive",
			typeName(e.typ), e.pat.text, typeName(x.typ)))
	}
}

// typeList formats types for a panic message.
func typeList(types []reflect.Type) string {
	s := make([]string, len(types))
	for i, t := range types {
		s[i] = typeName(t)
	}
	sort.Strings(s)
	if len(s) == 1 {
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " or " + s[len(s)-1]
}

// TypeName names the Go type of v as users write it, with package names
// instead of import paths, also inside generic type arguments:
// "*edrv.SessionEvent", not "*github.com/evhooks/evhooks/edrv.SessionEvent".
// Handlers and error callbacks can use it to log a [Message.Event]; it gives
// "<nil>" for nil.
func TypeName(v any) string { return typeName(reflect.TypeOf(v)) }

// typeName returns the name of t as users write it in Go source: package
// names instead of import paths, also inside generic type arguments and
// composite types, so *edrv.Envelope[github.com/evhooks/evhooks/edrv.Session]
// reads *edrv.Envelope[edrv.Session]. reflect.Type.String already uses
// package names outside type arguments.
func typeName(t reflect.Type) string {
	if t == nil {
		return "<nil>"
	}
	s := t.String()
	if !strings.Contains(s, "/") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if !isPathByte(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isPathByte(s[j]) {
			j++
		}
		tok := s[i:j]
		if k := strings.LastIndexByte(tok, '/'); k >= 0 {
			tok = tok[k+1:]
		}
		b.WriteString(tok)
		i = j
	}
	return b.String()
}

// isPathByte reports whether c can be part of a qualified identifier with an
// import path, such as github.com/evhooks/evhooks/edrv.Session.
func isPathByte(c byte) bool {
	return c == '/' || c == '.' || c == '_' || c == '-' || c == '~' ||
		'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= 0x80
}
