//go:build race

package edrv_test

// raceEnabled reports a build with the race detector, under which sync.Pool
// drops items at random, so allocation counts do not hold.
const raceEnabled = true
