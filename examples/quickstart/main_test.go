package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMain lets the test binary act as the quickstart program, so that
// TestQuickstartProgram checks the real main: its output and exit status.
func TestMain(m *testing.M) {
	if os.Getenv("EVHOOKS_QUICKSTART_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

func TestQuickstartProgram(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "EVHOOKS_QUICKSTART_MAIN=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	require.NoError(t, err, "exit status; stderr: %s\nstdout: %s", stderr.String(), stdout.String())
	out := stdout.String()

	goldens := 0
	for _, p := range []string{"volteras", "edrv", "smartcar"} {
		files, err := filepath.Glob(filepath.Join("..", "..", "testdata", p, "*.json"))
		require.NoError(t, err)
		require.NotEmpty(t, files)
		goldens += len(files)
		for _, f := range files {
			line := lineWith(out, p+" ", filepath.Base(f)+" ")
			require.NotEmpty(t, line, "no output line for %s", f)
			assert.True(t, strings.HasSuffix(line, " 200"), "golden %s: %q", f, line)
		}
	}
	// The seed's device.telemetry example, typed.
	assert.Contains(t, lineWith(out, "device.telemetry_state_of_charge.json"), "*volteras.Telemetry")
	assert.Contains(t, lineWith(out, "device.telemetry_state_of_charge.json"), "stateOfCharge=85.5 percent")
	assert.Contains(t, lineWith(out, "session.updated.json"), "*edrv.Envelope[edrv.Session]")
	assert.Contains(t, lineWith(out, "vehicle_state_v4.json"), "*smartcar.VehicleState")
	assert.Contains(t, lineWith(out, "VERIFY challenge"), "(answered by the source)")
	for _, forged := range []string{"forged telemetry", "forged session.ended", "forged VEHICLE_STATE"} {
		assert.True(t, strings.HasSuffix(lineWith(out, forged), " 401"), forged)
	}
	total := goldens + 4
	assert.Contains(t, out, strings.Join([]string{itoa(total), "deliveries,", itoa(total), "as expected, 3 failures"}, " "))
	assert.NotContains(t, out, "UNEXPECTED")
}

func lineWith(out string, parts ...string) string {
	for _, l := range strings.Split(out, "\n") {
		ok := true
		for _, p := range parts {
			ok = ok && strings.Contains(l, p)
		}
		if ok {
			return strings.TrimRight(l, " ")
		}
	}
	return ""
}

func itoa(n int) string { return strconv.Itoa(n) }
