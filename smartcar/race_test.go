//go:build race

package smartcar_test

// raceEnabled reports whether the race detector is on; it makes sync.Pool
// drop values at random, so allocation counts are meaningless.
const raceEnabled = true
