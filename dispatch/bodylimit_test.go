package dispatch_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
)

// rawPost sends a POST of size bytes to addr over a fresh TCP connection,
// writing the whole request before reading anything, as many HTTP clients
// without Expect: 100-continue do, and returns the response. With chunked
// set, the body is sent with chunked transfer coding instead of a
// Content-Length. The body is written from one small buffer, so the client
// allocates almost nothing.
func rawPost(t *testing.T, addr string, size int, chunked bool) (*http.Response, []byte) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	require.NoError(t, err)
	defer conn.Close()
	// A server that does not read would block the writes forever.
	require.NoError(t, conn.SetDeadline(time.Now().Add(30*time.Second)))

	w := bufio.NewWriterSize(conn, 64<<10)
	fmt.Fprintf(w, "POST /webhooks/fake HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n", addr)
	if chunked {
		fmt.Fprintf(w, "Transfer-Encoding: chunked\r\n\r\n")
	} else {
		fmt.Fprintf(w, "Content-Length: %d\r\n\r\n", size)
	}
	chunk := []byte(strings.Repeat("x", 32<<10))
	for left := size; left > 0; {
		n := min(left, len(chunk))
		if chunked {
			fmt.Fprintf(w, "%x\r\n", n)
		}
		_, err := w.Write(chunk[:n])
		require.NoError(t, err, "writing the body: the server reset the connection")
		if chunked {
			w.WriteString("\r\n")
		}
		left -= n
	}
	if chunked {
		w.WriteString("0\r\n\r\n")
	}
	require.NoError(t, w.Flush(), "writing the body: the server reset the connection")

	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err, "reading the response")
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, body
}

// A body over the limit is drained, within bounds, before the 413, so that a
// sender that writes its whole body before reading gets the 413 instead of
// a connection reset; the connection is then closed, nothing is buffered,
// and the server keeps serving.
func TestOversizedBodyGets413(t *testing.T) {
	rc := &recorder{}
	r := dispatch.New(newFakeSource(), dispatch.WithErrorHandler(rc.onError))
	registerStandard(r, rc)
	srv := httptest.NewServer(r) // listens on 127.0.0.1
	defer srv.Close()
	addr := srv.Listener.Addr().String()
	allocs := map[bool][]uint64{} // chunked -> bytes allocated per case, in order

	for _, tt := range []struct {
		name    string
		size    int
		chunked bool
	}{
		{"declared 4 MiB", 4 << 20, false},
		{"declared 16 MiB", 16 << 20, false},
		{"declared just over the limit", dispatch.DefaultMaxBodyBytes + 1, false},
		{"chunked 4 MiB", 4 << 20, true},
		{"chunked 16 MiB", 16 << 20, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := len(rc.errs)
			runtime.GC()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			res, body := rawPost(t, addr, tt.size, tt.chunked)
			runtime.ReadMemStats(&after)

			assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
			assert.True(t, res.Close, "Connection: close")
			assert.Equal(t, "Request Entity Too Large\n", string(body))
			// Reading up to the limit (chunked: in doubling buffers) is
			// allowed; anything beyond does not depend on the body's size.
			alloc := after.TotalAlloc - before.TotalAlloc
			assert.Less(t, alloc, uint64(3*dispatch.DefaultMaxBodyBytes+1<<20),
				"allocated %d bytes for a %d-byte body: it was buffered", alloc, tt.size)
			allocs[tt.chunked] = append(allocs[tt.chunked], alloc)
			require.Len(t, rc.errs, n+1)
			assert.ErrorIs(t, rc.errs[n], dispatch.ErrBodyTooLarge)

			// The server keeps serving.
			ok := fakeBody("", "session.started", "")
			req, err := http.NewRequest(http.MethodPost, srv.URL+"/webhooks/fake", strings.NewReader(string(ok)))
			require.NoError(t, err)
			req.Header = fakeHeader(ok)
			resp, err := srv.Client().Do(req)
			require.NoError(t, err)
			resp.Body.Close()
			assert.Equal(t, http.StatusOK, resp.StatusCode)
		})
	}
	assert.Contains(t, rc.calls, "started:session.started")
	// Memory stays flat: 16 MiB costs what 4 MiB costs, within 256 KiB.
	for chunked, a := range allocs { // a[0] is the 4 MiB case, a[1] the 16 MiB one
		assert.InDelta(t, float64(a[0]), float64(a[1]), 256<<10, "chunked %v: %d vs %d bytes", chunked, a[0], a[1])
	}
}

// A sender that asked to be told first (Expect: 100-continue) gets the 413
// without being asked for its body.
func TestOversizedBodyExpectContinue(t *testing.T) {
	r := dispatch.New(newFakeSource())
	srv := httptest.NewServer(r)
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	_, err = fmt.Fprintf(conn, "POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: %d\r\n\r\n", 16<<20)
	require.NoError(t, err)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode, "no 100 Continue, straight the 413")
	assert.True(t, res.Close)
}

// The drain is bounded: a body declared far beyond the allowance is not
// drained at all, and the connection is closed after the 413.
func TestOversizedBodyBeyondDrain(t *testing.T) {
	r := dispatch.New(newFakeSource())
	srv := httptest.NewServer(r)
	defer srv.Close()
	conn, err := net.Dial("tcp", srv.Listener.Addr().String())
	require.NoError(t, err)
	defer conn.Close()
	require.NoError(t, conn.SetDeadline(time.Now().Add(10*time.Second)))
	_, err = fmt.Fprintf(conn, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\n\r\n", int64(1)<<40)
	require.NoError(t, err)
	// The client reads at once (as Go's client does while writing).
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
	assert.True(t, res.Close)
}

// Deliver answers 413 for an oversized body too, without a network to drain.
func TestDeliverOversized(t *testing.T) {
	r := dispatch.New(newFakeSource(), dispatch.WithMaxBodyBytes(10))
	res, err := r.Deliver(context.Background(), http.Header{}, make([]byte, 11))
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.Status)
	assert.ErrorIs(t, err, dispatch.ErrBodyTooLarge)
}
