package dispatch

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustPattern(t *testing.T, s string) pattern {
	t.Helper()
	p, err := parsePattern(s)
	require.NoError(t, err, s)
	return p
}

func TestParsePattern(t *testing.T) {
	tests := []struct {
		in       string
		literals int
		wild     bool
		err      string
	}{
		{in: "session.started", literals: 2},
		{in: "VEHICLE_STATE", literals: 1},
		{in: "*", wild: true},
		{in: "session.*", literals: 1, wild: true},
		{in: "*.*.rejected", literals: 1, wild: true},
		{in: "", err: "empty pattern"},
		{in: ".started", err: "segment 1 is empty"},
		{in: "session.", err: "segment 2 is empty"},
		{in: "a..b", err: "segment 2 is empty"},
		{in: "session*", err: `segment "session*" mixes * with text: a wildcard must be a whole segment`},
		{in: "a.**", err: `segment "**" mixes * with text: a wildcard must be a whole segment`},
	}
	for _, tt := range tests {
		p, err := parsePattern(tt.in)
		if tt.err != "" {
			assert.EqualError(t, err, tt.err, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.literals, p.literals, tt.in)
		assert.Equal(t, tt.wild, p.wild, tt.in)
		assert.Equal(t, strings.Split(tt.in, "."), p.segs, tt.in)
	}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		pattern string
		yes     []string
		no      []string
	}{
		{"session.started", []string{"session.started"}, []string{"session.started.x", "session", "session.ended", ""}},
		{"*", []string{"a", "a.b.c", "", "VEHICLE_STATE", ".", "a..b"}, nil},
		{"session.*", []string{"session.started", "session.target.cost.reached"}, []string{"session", "sessions.started", "x.session.started"}},
		{"*.rejected", []string{"session.set_power_limit.rejected", "a.rejected"}, []string{"rejected", "a.rejected.b", "a.notrejected"}},
		{"chargestation.*.accepted", []string{"chargestation.remote_start.accepted", "chargestation.a.b.accepted"}, []string{"chargestation.accepted", "session.remote_start.accepted", "chargestation.remote_start.accepted.x"}},
		{"*.group.*", []string{"load_management.group.chargestation.added", "a.group.b", "group.group.group"}, []string{"group.b", "a.group", "load_management.groups.x"}},
		{"*.*", []string{"a.b", "a.b.c"}, []string{"a", ""}},
		{"a.*.b.*.c", []string{"a.x.b.y.c", "a.x.b.b.y.c", "a.b.b.b.c", "a.x.y.b.z.w.c"}, []string{"a.b.c", "a.x.b.c", "a.b.b.c.c.d"}},
		{"*.x.*", []string{"q.x.y.r", "x.x.x"}, []string{"x.y", "q.x"}},
	}
	for _, tt := range tests {
		p := mustPattern(t, tt.pattern)
		for _, name := range tt.yes {
			assert.True(t, p.match(name), "%q should match %q", tt.pattern, name)
		}
		for _, name := range tt.no {
			assert.False(t, p.match(name), "%q should not match %q", tt.pattern, name)
		}
	}
}

// refMatch is the definition of matching, by plain recursion over segments.
func refMatch(pat, name []string) bool {
	if len(pat) == 0 {
		return len(name) == 0
	}
	if pat[0] != wildcard {
		return len(name) > 0 && name[0] == pat[0] && refMatch(pat[1:], name[1:])
	}
	for n := 1; n <= len(name); n++ {
		if refMatch(pat[1:], name[n:]) {
			return true
		}
	}
	return false
}

// The allocation-free matcher agrees with the recursive definition on every
// pattern and name drawn from a small alphabet, where collisions are common.
func TestMatchAgreesWithDefinition(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "b", "ab", ""}
	randSegs := func(n int, star bool) []string {
		segs := make([]string, n)
		for i := range segs {
			if star && rng.IntN(3) == 0 {
				segs[i] = wildcard
				continue
			}
			segs[i] = alphabet[rng.IntN(len(alphabet)-1)] // no empty literal in patterns
		}
		return segs
	}
	for range 20000 {
		pat := randSegs(1+rng.IntN(5), true)
		nameSegs := randSegs(1+rng.IntN(7), false)
		if rng.IntN(10) == 0 {
			nameSegs[rng.IntN(len(nameSegs))] = alphabet[3] // an empty name segment
		}
		name := strings.Join(nameSegs, ".")
		p := mustPattern(t, strings.Join(pat, "."))
		if got, want := p.match(name), refMatch(p.segs, strings.Split(name, ".")); got != want {
			t.Fatalf("match(%q, %q) = %v, want %v", p.text, name, got, want)
		}
	}
}

func TestMatchAllocs(t *testing.T) {
	p := mustPattern(t, "*.group.*.added")
	allocs := testing.AllocsPerRun(100, func() {
		if !p.match("load_management.group.chargestation.added") {
			t.Fatal("no match")
		}
	})
	assert.Zero(t, allocs)
}

// The patterns sorted by comparePatterns come out in the documented order,
// whatever order they start in.
func TestComparePatterns(t *testing.T) {
	want := []string{
		"session.set_power_limit.rejected", // exact
		"session.started",                  // exact
		"session.*.rejected",               // 2 literals, literal first
		"*.set_power_limit.rejected",       // 2 literals, wildcard first
		"session.*.*",                      // 1 literal, literal first, 3 segments
		"session.*",                        // 1 literal, literal first, 2 segments
		"*.set_power_limit.*",              // 1 literal in the middle
		"*.rejected",                       // 1 literal last
		"*.*",                              // no literal, 2 segments
		"*",                                // no literal, 1 segment
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50 {
		texts := slices.Clone(want)
		rng.Shuffle(len(texts), func(i, j int) { texts[i], texts[j] = texts[j], texts[i] })
		ps := make([]pattern, len(texts))
		for i, s := range texts {
			ps[i] = mustPattern(t, s)
		}
		slices.SortFunc(ps, func(a, b pattern) int { return comparePatterns(&a, &b) })
		got := make([]string, len(ps))
		for i := range ps {
			got[i] = ps[i].text
		}
		require.Equal(t, want[2:], got[2:], "wildcard order")
		require.ElementsMatch(t, want[:2], got[:2], "exact names first")
	}
	a, b := mustPattern(t, "*.x.*"), mustPattern(t, "*.y.*")
	assert.Zero(t, comparePatterns(&a, &b), "equal rank: registration order decides")
}

// FuzzMatch checks the matcher against the recursive definition on any
// pattern and name, and that parsing and matching never panic.
//
// Run it on a 2-core machine with
//
//	go test -run '^$' -fuzz '^FuzzMatch$' -fuzztime 60s -fuzzminimizetime 0 -parallel 2 ./dispatch
func FuzzMatch(f *testing.F) {
	for _, seed := range [][2]string{
		{"*", ""},
		{"session.*", "session.target.cost.reached"},
		{"*.rejected", "session.set_power_limit.rejected"},
		{"chargestation.*.accepted", "chargestation.accepted"},
		{"*.group.*", "load_management.group.chargestation.added"},
		{"a.*.b.*.c", "a.x.b.b.y.c"},
		{"*.*", "a..b"},
		{"VEHICLE_STATE", "VEHICLE_STATE"},
	} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, pat, name string) {
		p, err := parsePattern(pat)
		if err != nil {
			return
		}
		if len(p.segs) > 12 || strings.Count(name, ".") > 24 {
			return // keep the exponential reference fast
		}
		if got, want := p.match(name), refMatch(p.segs, strings.Split(name, ".")); got != want {
			t.Fatalf("match(%q, %q) = %v, want %v", pat, name, got, want)
		}
	})
}
