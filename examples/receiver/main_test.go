package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
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

// start runs the receiver with the given environment variables (NAME=value)
// and flags (-flag), and waits for its "listening" line. The secrets of the
// test's own environment are not passed on.
func start(t *testing.T, settings ...string) *receiver {
	t.Helper()
	args := []string{"-addr", "127.0.0.1:0"}
	env := []string{"EVHOOKS_RECEIVER_MAIN=1"}
	for _, kv := range os.Environ() {
		if !slices.ContainsFunc([]string{envVolteras, envVolterasTypes, envEDRV, envSmartcar}, func(name string) bool {
			return strings.HasPrefix(kv, name+"=")
		}) {
			env = append(env, kv)
		}
	}
	for _, s := range settings {
		if strings.HasPrefix(s, "-") {
			args = append(args, s)
		} else {
			env = append(env, s)
		}
	}
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = env
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

// logLines parses JSON lines.
func logLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &m), "line %q", l)
		lines = append(lines, m)
	}
	return lines
}

// post sends body with header to the receiver and returns the status and
// answer.
func (r *receiver) post(t *testing.T, path string, header http.Header, body []byte) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, "http://"+r.addr+path, bytes.NewReader(body))
	require.NoError(t, err)
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp, b
}

// handled returns the receiver's handled-event lines so far.
func (r *receiver) handled(t *testing.T) []map[string]any {
	t.Helper()
	return logLines(t, r.stdout.String())
}

// fresh returns an eDRV envelope with its createdAt set to at, so that it
// is inside the receiver's maximum age.
func fresh(t *testing.T, body []byte, at time.Time) []byte {
	t.Helper()
	var env map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(body, &env))
	env["createdAt"] = json.RawMessage(`"` + at.UTC().Format("2006-01-02T15:04:05.000Z") + `"`)
	b, err := json.Marshal(env)
	require.NoError(t, err)
	return b
}

func TestReceiver(t *testing.T) {
	r := start(t, envVolteras+"="+testVolteras, envEDRV+"="+testEDRV, envSmartcar+"="+testSmartcar)

	telemetry := volterastest.Payload("device.telemetry")
	require.NotNil(t, telemetry)
	vh := volterastest.Header(testVolteras, "device.telemetry", telemetry, volterastest.WithID("msg_telemetry_1"))
	session := fresh(t, edrvtest.Payload("session.updated"), time.Now())
	state := smartcartest.Payload("VEHICLE_STATE")
	require.NotNil(t, state)
	verifyBody := smartcartest.VerifyBody("challenge-123")
	notJSON := []byte("not json")
	nh := volterastest.Header(testVolteras, "device.telemetry", notJSON)

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
		{name: "forged edrv", path: "/webhooks/edrv", header: edrvtest.Header(testEDRV, session, edrvtest.WithWrongSecret()), body: session, status: 401},
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
			req, err := http.NewRequest(method, "http://"+r.addr+tt.path, bytes.NewReader(tt.body))
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
	lines := r.handled(t)
	require.Len(t, lines, 3, "stdout: %s", r.stdout.String())
	var sessionID struct {
		ID string `json:"_id"`
	}
	require.NoError(t, json.Unmarshal(session, &sessionID))
	var stateID struct {
		EventID string `json:"eventId"`
	}
	require.NoError(t, json.Unmarshal(state, &stateID))
	want := []map[string]any{
		{"provider": "volteras", "event": "device.telemetry", "go_type": "*volteras.Telemetry", "id": "msg_telemetry_1"},
		{"provider": "edrv", "event": "session.updated", "go_type": "*edrv.SessionEvent", "id": sessionID.ID},
		{"provider": "smartcar", "event": "VEHICLE_STATE", "go_type": "*smartcar.VehicleState", "id": stateID.EventID},
	}
	for i, w := range want {
		for k, v := range w {
			assert.Equal(t, v, lines[i][k], "line %d key %s", i, k)
		}
		assert.NotEmpty(t, lines[i]["id"])
	}

	// Rejections are logged on stderr with provider, stage and cause, never a
	// secret or a signature.
	problems := logLines(t, r.stderr.String())
	stages := map[string]int{}
	for _, p := range problems {
		if p["msg"] != "delivery rejected" {
			continue
		}
		stages[p["provider"].(string)+"/"+p["stage"].(string)]++
		assert.NotEmpty(t, p["err"])
	}
	assert.Equal(t, map[string]int{
		"volteras/verify": 1, "volteras/decode": 1,
		"edrv/verify": 1, "edrv/method": 1, "edrv/read": 1,
		"smartcar/verify": 1,
	}, stages)
	assertNoSecrets(t, r.stderr.String()+r.stdout.String(), vh, nh)
}

// assertNoSecrets checks that the logs carry no secret and none of the
// signatures sent.
func assertNoSecrets(t *testing.T, logs string, headers ...http.Header) {
	t.Helper()
	for _, s := range []string{testVolteras, strings.TrimPrefix(testVolteras, "whsec_"), testEDRV, testSmartcar} {
		assert.NotContains(t, logs, s)
	}
	for _, h := range headers {
		for _, k := range []string{"Svix-Signature", "Webhook-Signature", "Edrv-Signature", "Sc-Signature"} {
			for _, v := range h.Values(k) {
				for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ' ' || r == ',' || r == '=' }) {
					if len(part) >= 16 {
						assert.NotContains(t, logs, part, "a signature in the logs")
					}
				}
			}
		}
	}
}

// Volteras bodies carry no type and the URL is not signed. With per-type
// secrets, a delivery re-sent on another type's path is a 401; with one
// secret, the re-sent delivery is recognised by its svix-id and never
// handled again.
func TestReceiverVolterasRetypedReplay(t *testing.T) {
	connectedSecret, disconnectedSecret := volterastest.NewSecret(), volterastest.NewSecret()
	body := volterastest.Payload("device.connected")
	require.NotNil(t, body)

	t.Run("per-type secrets", func(t *testing.T) {
		r := start(t, envVolteras+"="+testVolteras,
			envVolterasTypes+"=device.connected="+connectedSecret+", device.disconnected="+disconnectedSecret)
		h := volterastest.Header(connectedSecret, "device.connected", body, volterastest.WithID("msg_conn_1"))
		resp, _ := r.post(t, "/webhooks/volteras/device.connected", h, body)
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		for _, path := range []string{"/webhooks/volteras/device.disconnected", "/webhooks/volteras/anything.else", "/webhooks/volteras/device.telemetry"} {
			resp, _ := r.post(t, path, h, body)
			assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, path)
		}
		// The default secret still serves the types without their own.
		th := volterastest.Header(testVolteras, "device.telemetry", volterastest.Payload("device.telemetry"))
		resp, _ = r.post(t, "/webhooks/volteras/device.telemetry", th, volterastest.Payload("device.telemetry"))
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		r.stop(t)
		lines := r.handled(t)
		require.Len(t, lines, 2, "stdout: %s", r.stdout.String())
		assert.Equal(t, "device.connected", lines[0]["event"])
		assert.Equal(t, "msg_conn_1", lines[0]["id"])
		assertNoSecrets(t, r.stderr.String()+r.stdout.String(), h, th)
		assert.NotContains(t, r.stderr.String(), connectedSecret)
		assert.NotContains(t, r.stderr.String(), disconnectedSecret)
	})

	t.Run("per-type secrets only", func(t *testing.T) {
		r := start(t, envVolterasTypes+"=device.connected="+connectedSecret)
		h := volterastest.Header(connectedSecret, "device.connected", body)
		resp, _ := r.post(t, "/webhooks/volteras/device.connected", h, body)
		assert.Equal(t, http.StatusOK, resp.StatusCode)
		resp, _ = r.post(t, "/webhooks/volteras/device.disconnected", h, body)
		assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, "a type without a secret is refused")
		r.stop(t)
		assert.Len(t, r.handled(t), 1)
		assert.Contains(t, r.stderr.String(), `"stage":"verify"`)
	})

	t.Run("one secret", func(t *testing.T) {
		r := start(t, envVolteras+"="+testVolteras)
		h := volterastest.Header(testVolteras, "device.connected", body, volterastest.WithID("msg_conn_2"))
		for _, path := range []string{"/webhooks/volteras/device.connected", "/webhooks/volteras/device.disconnected", "/webhooks/volteras/anything.else", "/webhooks/volteras/device.connected"} {
			resp, _ := r.post(t, path, h, body)
			assert.Equal(t, http.StatusOK, resp.StatusCode, path)
		}
		r.stop(t)
		lines := r.handled(t)
		require.Len(t, lines, 1, "handled once whatever the path; stdout: %s", r.stdout.String())
		assert.Equal(t, "device.connected", lines[0]["event"])
		assert.Equal(t, "msg_conn_2", lines[0]["id"])
		skipped := 0
		for _, l := range logLines(t, r.stderr.String()) {
			if l["msg"] == "redelivery skipped" {
				skipped++
				assert.Equal(t, "volteras", l["provider"])
				assert.Equal(t, "msg_conn_2", l["id"])
			}
		}
		assert.Equal(t, 3, skipped, "every skipped redelivery is logged with its id")
	})

	t.Run("one secret, dedup off", func(t *testing.T) {
		r := start(t, envVolteras+"="+testVolteras, "-dedup=false")
		h := volterastest.Header(testVolteras, "device.connected", body, volterastest.WithID("msg_conn_3"))
		for range 2 {
			resp, _ := r.post(t, "/webhooks/volteras/device.connected", h, body)
			assert.Equal(t, http.StatusOK, resp.StatusCode)
		}
		r.stop(t)
		assert.Len(t, r.handled(t), 2, "-dedup=false handles every verified delivery")
	})
}

// eDRV's default signature does not cover the header's timestamp. A replay
// with a fresh timestamp is recognised by its _id; one whose signed
// createdAt is older than the maximum age is a 401.
func TestReceiverEDRVRetimestampedReplay(t *testing.T) {
	r := start(t, envEDRV+"="+testEDRV)
	now := time.Now()
	body := fresh(t, edrvtest.Payload("session.updated"), now.Add(-time.Minute))
	resp, _ := r.post(t, "/webhooks/edrv", edrvtest.Header(testEDRV, body, edrvtest.WithTime(now.Add(-time.Minute))), body)
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	// The same signature with the timestamp rewritten to now.
	replay := edrvtest.Header(testEDRV, body, edrvtest.WithTime(now))
	resp, _ = r.post(t, "/webhooks/edrv", replay, body)
	assert.Equal(t, http.StatusOK, resp.StatusCode, "acknowledged, as a redelivery")

	// A delivery captured long ago and replayed with a fresh timestamp.
	old := fresh(t, edrvtest.Payload("session.ended"), now.Add(-edrv.DefaultMaxAge-time.Hour))
	resp, _ = r.post(t, "/webhooks/edrv", edrvtest.Header(testEDRV, old), old)
	assert.Equal(t, http.StatusUnauthorized, resp.StatusCode, "older than the maximum age")
	r.stop(t)

	lines := r.handled(t)
	require.Len(t, lines, 1, "handled once; stdout: %s", r.stdout.String())
	assert.Equal(t, "session.updated", lines[0]["event"])
	assert.Contains(t, r.stderr.String(), `"stage":"verify"`)
}

// eDRV's older signing page signs the escaped-Unicode form of the body;
// the receiver accepts it, in either hex case, for a non-ASCII delivery.
func TestReceiverEDRVEscapedUnicode(t *testing.T) {
	r := start(t, envEDRV+"="+testEDRV)
	for i, hc := range []edrvtest.HexCase{edrvtest.LowerHex, edrvtest.UpperHex} {
		var env map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(fresh(t, edrvtest.Payload("session.updated"), time.Now()), &env))
		env["_id"] = json.RawMessage(fmt.Sprintf(`"evt_unicode_%d"`, i))
		env["x_station_name"] = json.RawMessage(`"Zürich Hauptbahnhof 🔌"`)
		body, err := json.Marshal(env)
		require.NoError(t, err)
		require.True(t, bytes.Contains(body, []byte("ü")), "the body carries raw UTF-8")
		resp, _ := r.post(t, "/webhooks/edrv", edrvtest.Header(testEDRV, body, edrvtest.WithEscapedUnicode(hc)), body)
		assert.Equal(t, http.StatusOK, resp.StatusCode, "hex case %d", hc)
	}
	r.stop(t)
	assert.Len(t, r.handled(t), 2)
}

// rawPost writes a whole request with a body of size bytes before reading,
// as clients without Expect: 100-continue do, and returns the status.
func rawPost(t *testing.T, addr, path string, size int) int {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(30*time.Second)))
	w := bufio.NewWriterSize(conn, 64<<10)
	fmt.Fprintf(w, "POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", path, addr, size)
	chunk := bytes.Repeat([]byte("x"), 32<<10)
	for left := size; left > 0; left -= len(chunk) {
		_, err := w.Write(chunk[:min(left, len(chunk))])
		require.NoError(t, err, "the receiver reset the connection while the body was written")
	}
	require.NoError(t, w.Flush(), "the receiver reset the connection while the body was written")
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	resp.Body.Close()
	return resp.StatusCode
}

// A client that writes a 4 MiB or 16 MiB body before reading gets the 413,
// and the receiver keeps serving.
func TestReceiverOversizedBodies(t *testing.T) {
	r := start(t, envEDRV+"="+testEDRV, envSmartcar+"="+testSmartcar)
	state := smartcartest.Payload("VEHICLE_STATE")
	for _, size := range []int{4 << 20, 16 << 20, 4 << 20} {
		assert.Equal(t, http.StatusRequestEntityTooLarge, rawPost(t, r.addr, "/webhooks/edrv", size), "%d bytes", size)
		assert.Equal(t, http.StatusRequestEntityTooLarge, rawPost(t, r.addr, "/webhooks/smartcar", size), "%d bytes", size)
		resp, _ := r.post(t, "/webhooks/smartcar", smartcartest.Header(testSmartcar, state), state)
		assert.Equal(t, http.StatusOK, resp.StatusCode, "keeps serving")
	}
	r.stop(t)
	assert.Len(t, r.handled(t), 1, "one event, its redeliveries skipped")
	assert.Equal(t, 6, strings.Count(r.stderr.String(), `"stage":"read"`))
}

func TestReceiverFlags(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-dedup-ttl", "1h", "-edrv-max-age", "2h"}, "shorter than -edrv-max-age"},
		{[]string{"-dedup-lease", "0s"}, "-dedup-lease"},
		{[]string{"-edrv-max-age", "-1s"}, "negative"},
		{[]string{"extra"}, "unexpected arguments"},
	} {
		err := run(context.Background(), append([]string{"-addr", "127.0.0.1:0"}, tt.args...),
			func(string) string { return testEDRV }, io.Discard, io.Discard)
		require.Error(t, err, "%v", tt.args)
		assert.Contains(t, err.Error(), tt.want)
	}
	c := config{dedup: true, dedupLease: time.Minute, dedupSize: 1, edrvMaxAge: 200 * time.Hour}
	require.NoError(t, c.resolve())
	assert.Equal(t, 200*time.Hour, c.dedupTTL, "the TTL covers the maximum age")
	c = config{dedup: true, dedupLease: time.Minute, dedupSize: 1, edrvMaxAge: time.Hour}
	require.NoError(t, c.resolve())
	assert.Equal(t, dispatch.DefaultDedupTTL, c.dedupTTL, "and the providers' retry spans")
}

func TestTypeSecrets(t *testing.T) {
	got, err := typeSecrets("device.telemetry=whsec_a, command.updated=whsec_b=")
	require.NoError(t, err)
	assert.Equal(t, []typeSecret{{"device.telemetry", "whsec_a"}, {"command.updated", "whsec_b="}}, got)
	for _, bad := range []string{"x", "=whsec_a", "a=", "a=whsec_a,,b=whsec_b", "a=whsec_a,a=whsec_b", "a= whsec_a", "a b=whsec_a"} {
		_, err := typeSecrets(bad)
		require.Error(t, err, bad)
		assert.NotContains(t, err.Error(), "whsec_", "an error never shows a secret")
	}
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
		{"malformed per-type secrets", []string{envVolterasTypes + "=device.connected"}, envVolterasTypes},
		{"unusable per-type secret", []string{envVolterasTypes + "=device.connected=whsec_not*base64"}, envVolterasTypes},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-addr", "127.0.0.1:0")
			env := []string{"EVHOOKS_RECEIVER_MAIN=1"}
			for _, kv := range os.Environ() {
				if !strings.HasPrefix(kv, envVolteras+"=") && !strings.HasPrefix(kv, envVolterasTypes+"=") &&
					!strings.HasPrefix(kv, envEDRV+"=") && !strings.HasPrefix(kv, envSmartcar+"=") {
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
