package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// TestMain lets the test binary act as the receiver, so that the tests drive
// the real program over HTTP and signals.
func TestMain(m *testing.M) {
	if os.Getenv("EVHOOKS_RECEIVER_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

const (
	testVolteras = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	testEDRV     = "edrv_test_secret"
	testSmartcar = "amt"
)

// receiver is a running receiver process.
type receiver struct {
	cmd    *exec.Cmd
	addr   string
	stdout *bytes.Buffer
	stderr *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// start runs the receiver with env and waits for its "listening" line.
func start(t *testing.T, env ...string) *receiver {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-addr", "127.0.0.1:0")
	cmd.Env = append(os.Environ(), append(env, "EVHOOKS_RECEIVER_MAIN=1")...)
	r := &receiver{cmd: cmd, stdout: &bytes.Buffer{}, stderr: &syncBuffer{}}
	cmd.Stdout = r.stdout
	pipe, err := cmd.StderrPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	t.Cleanup(func() { _ = cmd.Process.Kill() })

	lines := bufio.NewScanner(pipe)
	addr := make(chan string, 1)
	go func() {
		for lines.Scan() {
			r.stderr.Write(append(lines.Bytes(), '\n'))
			var l struct{ Msg, Addr string }
			if json.Unmarshal(lines.Bytes(), &l) == nil && l.Msg == "listening" {
				addr <- l.Addr
			}
		}
	}()
	select {
	case r.addr = <-addr:
	case <-time.After(20 * time.Second):
		t.Fatalf("receiver did not start; stderr: %s", r.stderr.String())
	}
	return r
}

// stop sends SIGTERM and waits for a clean exit.
func (r *receiver) stop(t *testing.T) {
	t.Helper()
	require.NoError(t, r.cmd.Process.Signal(syscall.SIGTERM))
	done := make(chan error, 1)
	go func() { done <- r.cmd.Wait() }()
	select {
	case err := <-done:
		require.NoError(t, err, "exit status; stderr: %s", r.stderr.String())
	case <-time.After(20 * time.Second):
		t.Fatal("receiver did not stop on SIGTERM")
	}
}

func golden(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/" + path)
	require.NoError(t, err)
	return b
}

func TestReceiver(t *testing.T) {
	r := start(t, envVolteras+"="+testVolteras, envEDRV+"="+testEDRV, envSmartcar+"="+testSmartcar)
	base := "http://" + r.addr

	telemetry := golden(t, "volteras/device.telemetry_state_of_charge.json")
	vh, err := volterastest.Header(testVolteras, "device.telemetry", telemetry)
	require.NoError(t, err)
	session := golden(t, "edrv/session.updated.json")
	state := golden(t, "smartcar/vehicle_state_v4.json")
	verifyBody := smartcartest.VerifyBody("challenge-123")
	notJSON := []byte("not json")
	nh, err := volterastest.Header(testVolteras, "device.telemetry", notJSON)
	require.NoError(t, err)

	tests := []struct {
		name   string
		method string
		path   string
		header http.Header
		body   []byte
		status int
		check  func(t *testing.T, resp *http.Response, body []byte)
	}{
		{name: "volteras telemetry", path: "/webhooks/volteras/device.telemetry", header: vh, body: telemetry, status: 200},
		{name: "edrv session", path: "/webhooks/edrv", header: edrvtest.Header(testEDRV, session), body: session, status: 200},
		{name: "smartcar state", path: "/webhooks/smartcar", header: smartcartest.Header(testSmartcar, state), body: state, status: 200},
		{name: "smartcar verify", path: "/webhooks/smartcar", header: http.Header{}, body: verifyBody, status: 200,
			check: func(t *testing.T, resp *http.Response, body []byte) {
				assert.Equal(t, "application/json", resp.Header.Get("Content-Type"))
				assert.JSONEq(t, `{"challenge":"`+smartcar.HashChallenge(testSmartcar, "challenge-123")+`"}`, string(body))
			}},
		{name: "forged volteras", path: "/webhooks/volteras/device.telemetry", header: vh, body: append([]byte(" "), telemetry...), status: 401},
		{name: "forged edrv", path: "/webhooks/edrv", header: edrvtest.Header("wrong", session), body: session, status: 401},
		{name: "unsigned smartcar", path: "/webhooks/smartcar", header: http.Header{}, body: state, status: 401},
		{name: "signed garbage", path: "/webhooks/volteras/device.telemetry", header: nh, body: notJSON, status: 400},
		{name: "GET", method: http.MethodGet, path: "/webhooks/edrv", status: 405},
		{name: "too large", path: "/webhooks/edrv", header: edrvtest.Header(testEDRV, session), body: bytes.Repeat([]byte(" "), 1<<20+1), status: 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = http.MethodPost
			}
			req, err := http.NewRequest(method, base+tt.path, bytes.NewReader(tt.body))
			require.NoError(t, err)
			for k, v := range tt.header {
				req.Header[k] = v
			}
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			assert.Equal(t, tt.status, resp.StatusCode, "body %q", body)
			if tt.status >= 400 {
				// Generic text only: never the cause.
				assert.NotContains(t, strings.ToLower(string(body)), "signature")
			}
			if tt.check != nil {
				tt.check(t, resp, body)
			}
		})
	}
	r.stop(t)

	// One JSON line per handled event on stdout, nothing else.
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(r.stdout.String()), "\n") {
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), "line %q", l)
		lines = append(lines, m)
	}
	require.Len(t, lines, 3, "stdout: %s", r.stdout.String())
	want := [][3]string{
		{"volteras", "device.telemetry", "*volteras.Telemetry"},
		{"edrv", "session.updated", "*edrv.Envelope[edrv.Session]"},
		{"smartcar", "VEHICLE_STATE", "*smartcar.VehicleState"},
	}
	for i, w := range want {
		assert.Equal(t, w[0], lines[i]["provider"])
		assert.Equal(t, w[1], lines[i]["event"])
		assert.Equal(t, w[2], lines[i]["go_type"])
	}
	// Rejections are logged with their cause on stderr.
	assert.Contains(t, r.stderr.String(), "delivery rejected")
	assert.NotContains(t, r.stderr.String(), testVolteras)
}

func TestReceiverServesOnlyConfiguredProviders(t *testing.T) {
	r := start(t, envEDRV+"="+testEDRV)
	resp, err := http.Post("http://"+r.addr+"/webhooks/smartcar", "application/json", strings.NewReader("{}"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	r.stop(t)
}

func TestReceiverRefusesToStart(t *testing.T) {
	tests := []struct {
		name string
		env  []string
		want string
	}{
		{"no secret", nil, "no provider configured"},
		{"malformed volteras secret", []string{envVolteras + "=whsec_not*base64", envEDRV + "=" + testEDRV}, envVolteras},
		{"public key as volteras secret", []string{envVolteras + "=whpk_AAAA"}, envVolteras},
		{"white space around a token", []string{envSmartcar + "=amt\n"}, envSmartcar},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-addr", "127.0.0.1:0")
			env := []string{"EVHOOKS_RECEIVER_MAIN=1"}
			for _, kv := range os.Environ() {
				if !strings.HasPrefix(kv, envVolteras+"=") && !strings.HasPrefix(kv, envEDRV+"=") && !strings.HasPrefix(kv, envSmartcar+"=") {
					env = append(env, kv)
				}
			}
			cmd.Env = append(env, tt.env...)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			var exit *exec.ExitError
			require.ErrorAs(t, err, &exit, "stderr: %s", stderr.String())
			assert.Equal(t, 1, exit.ExitCode())
			assert.Contains(t, stderr.String(), tt.want)
			assert.NotContains(t, stderr.String(), "listening")
		})
	}
}
