package edrv

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestParseUTC checks the shortcut for eDRV's own time form against the
// general RFC 3339 parser it bypasses.
func TestParseUTC(t *testing.T) {
	cases := []string{
		"2023-05-17T11:52:03.762Z", "2023-05-17T11:52:02Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
		"2023-04-31T00:00:00Z", "2023-13-01T00:00:00Z", "2023-05-17T24:00:00Z", "2023-05-17T23:60:00Z",
		"2023-05-17T23:59:60Z", "2023-05-17T11:52:03.Z", "2023-05-17T11:52:03.1234567891Z",
		"2023-05-17T11:52:03.123456789Z", "2023-05-17t11:52:03Z", "2023-05-17T11:52:03z",
		"2023-05-17T11:52:03+00:00", "2023-05-17 11:52:03Z", "0000-01-01T00:00:00Z", "2023-5-17T11:52:03Z",
		"2023-05-17T11:52:0xZ", "2023-05-17T11:52:03.1a3Z", "1900-02-29T00:00:00Z", "2000-02-29T00:00:00Z",
	}
	r := rand.New(rand.NewPCG(3, 4))
	for range 100000 {
		ts := time.Unix(r.Int64N(1<<34)-1<<33, r.Int64N(1e9)).UTC()
		cases = append(cases, ts.Format("2006-01-02T15:04:05"+[]string{"", ".0", ".00", ".000", ".000000", ".999999999"}[r.IntN(6)]+"Z"))
		b := []byte(cases[len(cases)-1])
		b[r.IntN(len(b))] = "0123456789:-.TZ"[r.IntN(15)] // and a mutation of it
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		got, frac, ok := parseUTC([]byte(s))
		want, err := time.Parse(time.RFC3339Nano, s)
		if ok && (err != nil || !got.Equal(want) || got.Location() != want.Location() || got.Format(layout(frac)) != s) {
			t.Fatalf("parseUTC(%q) = %v, %d; time.Parse: %v, %v", s, got, frac, want, err)
		}
		if !ok && err == nil && len(s) <= len("2006-01-02T15:04:05.123456789Z") && s[10] == 'T' && s[len(s)-1] == 'Z' {
			t.Errorf("parseUTC(%q) refused a time time.Parse reads as %v", s, want)
		}
	}
}

// layout is the layout of the UTC form with frac fraction digits.
func layout(frac int8) string {
	l := "2006-01-02T15:04:05"
	if frac >= 0 {
		l += "." + fmt.Sprintf("%0*d", frac, 0)
	}
	return l + "Z"
}

// TestFastFloat checks the shortcut for short plain numbers against strconv:
// whenever fastFloat accepts a number, it holds the correctly rounded value
// and formatting it writes the number back.
func TestFastFloat(t *testing.T) {
	cases := []string{"0", "-0", "1.5", "1.50", "300.0", "0.000001", "0.0000001", "123456789012345", "1234567890123456", "-273.15", "17.5", "0.1", "1e5"}
	r := rand.New(rand.NewPCG(5, 6))
	for range 200000 {
		s := strconv.FormatUint(1e16+r.Uint64N(9e16), 10)[1:][:r.IntN(16)+1]
		if p := r.IntN(len(s) + 1); p > 0 && p < len(s) {
			s = s[:p] + "." + s[p:]
		} else if p == 0 {
			s = "0." + strings.Repeat("0", r.IntN(10)) + s
		}
		if len(s) > 1 && s[0] == '0' && s[1] != '.' {
			continue // not a JSON number, which is all fastFloat reads
		}
		if r.IntN(2) == 0 {
			s = "-" + s
		}
		cases = append(cases, s)
	}
	accepted := 0
	for _, s := range cases {
		f, ok := fastFloat([]byte(s))
		if !ok {
			continue
		}
		accepted++
		want, err := strconv.ParseFloat(s, 64)
		if err != nil || f != want || strconv.FormatFloat(f, 'f', -1, 64) != s {
			t.Fatalf("fastFloat(%s) = %v; strconv: %v (%v), formats as %s", s, f, want, err, strconv.FormatFloat(f, 'f', -1, 64))
		}
	}
	if accepted < len(cases)/2 {
		t.Errorf("fastFloat accepted only %d of %d numbers", accepted, len(cases))
	}
}
