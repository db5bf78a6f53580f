package main

import (
	"bytes"
	"iter"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/volteras/volterastest"
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

	payloads := 0
	for provider, catalogue := range map[string]iter.Seq2[string, []byte]{
		"volteras": volterastest.Payloads(),
		"edrv":     edrvtest.Payloads(),
		"smartcar": smartcartest.Payloads(),
	} {
		n := 0
		for key := range catalogue {
			n++
			line := lineWith(out, provider+" ", " "+key+" ")
			require.NotEmpty(t, line, "no output line for %s %s", provider, key)
			assert.True(t, strings.HasSuffix(line, " 200"), "%s %s: %q", provider, key, line)
		}
		require.NotZero(t, n, "%s has an empty catalogue", provider)
		payloads += n
	}
	// Go types as users write them, never with an import path.
	assert.Contains(t, lineWith(out, " device.telemetry "), "*volteras.Telemetry")
	assert.Contains(t, lineWith(out, " session.updated "), "*edrv.SessionEvent")
	assert.Contains(t, lineWith(out, " VEHICLE_STATE "), "*smartcar.VehicleState")
	assert.NotContains(t, out, "github.com/")
	assert.Contains(t, lineWith(out, " VERIFY "), "(answered by the source)")
	assert.Contains(t, lineWith(out, " verify "), "(answered by the source)")
	for _, forged := range []string{"forged telemetry", "forged session.ended", "forged VEHICLE_STATE"} {
		assert.True(t, strings.HasSuffix(lineWith(out, forged), " 401"), forged)
	}
	total := payloads + 3
	assert.Contains(t, out, strings.Join([]string{strconv.Itoa(total), "deliveries,", strconv.Itoa(total), "as expected, 3 failures"}, " "))
	assert.NotContains(t, out, "UNEXPECTED")
}

func lineWith(out string, parts ...string) string {
	for _, l := range strings.Split(out, "\n") {
		l = strings.TrimRight(l, " ") + " "
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
