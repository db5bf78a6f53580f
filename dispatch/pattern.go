package dispatch

import (
	"errors"
	"fmt"
	"strings"
)

// wildcard is the pattern segment that matches one or more name segments.
const wildcard = "*"

// pattern is a parsed handler pattern: dot-separated segments, each either
// literal text or the wildcard.
type pattern struct {
	text     string
	segs     []string
	literals int  // number of literal segments
	wild     bool // at least one wildcard segment
}

// parsePattern splits s into segments and validates them.
func parsePattern(s string) (pattern, error) {
	if s == "" {
		return pattern{}, errors.New("empty pattern")
	}
	p := pattern{text: s, segs: strings.Split(s, ".")}
	for i, seg := range p.segs {
		switch {
		case seg == "":
			return pattern{}, fmt.Errorf("segment %d is empty", i+1)
		case seg == wildcard:
			p.wild = true
		case strings.Contains(seg, wildcard):
			return pattern{}, fmt.Errorf("segment %q mixes * with text: a wildcard must be a whole segment", seg)
		default:
			p.literals++
		}
	}
	return p, nil
}

// nextSegment returns the segment of name starting at byte offset i and the
// offset just past the dot that ends it (len(name)+1 for the last segment).
func nextSegment(name string, i int) (seg string, next int) {
	if j := strings.IndexByte(name[i:], '.'); j >= 0 {
		return name[i : i+j], i + j + 1
	}
	return name[i:], len(name) + 1
}

// match reports whether name matches p. A literal segment matches the same
// text; a wildcard segment matches one or more whole segments. Every name,
// even "", has at least one segment, so the pattern "*" matches all names.
//
// This is glob matching over segments with backtracking to the last
// wildcard only, which is complete for this kind of pattern: a wildcard is a
// mandatory single segment followed by an optional run, and only the run of
// the latest wildcard ever needs to grow. It allocates nothing.
func (p *pattern) match(name string) bool {
	if !p.wild {
		return name == p.text
	}
	if len(p.segs) == 1 {
		return true
	}
	end := len(name) + 1
	pi, ni := 0, 0          // next pattern segment, next name offset
	starPi, starNi := -1, 0 // after the last wildcard: pattern index, name offset
	for ni < end {
		seg, next := nextSegment(name, ni)
		if pi < len(p.segs) {
			switch p.segs[pi] {
			case wildcard:
				pi, ni = pi+1, next
				starPi, starNi = pi, ni
				continue
			case seg:
				pi, ni = pi+1, next
				continue
			}
		}
		if starPi < 0 {
			return false
		}
		// Let the last wildcard take one more segment and retry from there.
		_, starNi = nextSegment(name, starNi)
		pi, ni = starPi, starNi
	}
	return pi == len(p.segs)
}

// comparePatterns orders patterns from most to least specific; it returns a
// negative number when p ranks before q, a positive one when q ranks before
// p, and 0 when the patterns rank equal (the registration order then decides):
//
//  1. a pattern without wildcard (an exact name) before any wildcard pattern;
//  2. more literal segments before fewer;
//  3. at the first position where one has a literal segment and the other a
//     wildcard, the literal first ("session.*" before "*.started");
//  4. more segments before fewer ("a.*.*" before "a.*").
func comparePatterns(p, q *pattern) int {
	if p.wild != q.wild {
		if !p.wild {
			return -1
		}
		return 1
	}
	if p.literals != q.literals {
		return q.literals - p.literals
	}
	for i := range min(len(p.segs), len(q.segs)) {
		pw, qw := p.segs[i] == wildcard, q.segs[i] == wildcard
		if pw != qw {
			if !pw {
				return -1
			}
			return 1
		}
	}
	return len(q.segs) - len(p.segs)
}
