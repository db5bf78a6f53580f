package volteras

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// TestShortest checks the shortcut of parseNumber against the formatting it
// avoids: whenever shortest reports true, appendFloat writes the text back.
func TestShortest(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"0", true}, {"-0", true}, {"42", true}, {"1.5", true}, {"0.000001", true},
		{"123456789012345", true}, {"0.1", true}, {"-273.15", true},
		{"1.50", false}, {"300.0", false}, {"1e5", false}, {"0.0000001", false},
		{"1234567890123456", false}, {"0.30000000000000004", false},
		{"100000000000000000000", false},
	}
	for _, c := range cases {
		f, err := strconv.ParseFloat(c.text, 64)
		if err != nil {
			t.Fatal(err)
		}
		if got := shortest([]byte(c.text), f); got != c.want {
			t.Errorf("shortest(%s) = %v, want %v", c.text, got, c.want)
		}
		if shortest([]byte(c.text), f) && string(appendFloat(nil, f)) != c.text {
			t.Errorf("shortest(%s) but appendFloat writes %s", c.text, appendFloat(nil, f))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		digits := r.IntN(17) + 1
		text := strconv.FormatUint(r.Uint64N(1e17), 10)
		if len(text) > digits {
			text = text[:digits]
		}
		if p := r.IntN(len(text) + 1); p > 0 && p < len(text) {
			text = text[:p] + "." + text[p:]
		} else if p == 0 {
			text = "0." + strings.Repeat("0", r.IntN(8)) + text
		}
		if r.IntN(2) == 0 {
			text = "-" + text
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil {
			t.Fatal(err)
		}
		if shortest([]byte(text), f) && string(appendFloat(nil, f)) != text {
			t.Fatalf("shortest(%s) but appendFloat writes %s", text, appendFloat(nil, f))
		}
	}
}
