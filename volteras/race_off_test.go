//go:build !race

package volteras_test

// raceEnabled reports a -race build, in which sync.Pool drops items on
// purpose and allocation counts mean nothing.
const raceEnabled = false
