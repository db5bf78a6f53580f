package jetstream_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/nats-io/nats.go"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSubject(t *testing.T) {
	tests := []struct {
		prefix, provider, event, want string
	}{
		{"evhooks", "edrv", "session.updated", "evhooks.edrv.session.updated"},
		{"evhooks", "volteras", "device.telemetry", "evhooks.volteras.device.telemetry"},
		{"evhooks", "smartcar", "VEHICLE_STATE", "evhooks.smartcar.VEHICLE_STATE"},
		{"acme.hooks", "edrv", "chargestation.connector_status.updated", "acme.hooks.edrv.chargestation.connector_status.updated"},
		{"evhooks", "p", "tab\tname", "evhooks.p.tab%09name"},
		{"evhooks", "p", "a b*>", "evhooks.p.a%20b%2A%3E"},
		{"evhooks", "p", "*", "evhooks.p.%2A"},
		{"evhooks", "p", ">", "evhooks.p.%3E"},
		{"evhooks", "p", "50%", "evhooks.p.50%25"},
		{"evhooks", "p", "é", "evhooks.p.%C3%A9"},
		{"evhooks", "p", "", "evhooks.p.%"},
		{"evhooks", "p", ".x", "evhooks.p.%2Ex"},
		{"evhooks", "p", "x.", "evhooks.p.x%2E"},
		{"evhooks", "p", "a..b", "evhooks.p.a%2E%2Eb"},
		{"evhooks", "p", ".", "evhooks.p.%2E"},
		{"evhooks", "a.b", "x", "evhooks.a%2Eb.x"},
		{"evhooks", "", "x", "evhooks.%.x"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, jetstream.Subject(tt.prefix, tt.provider, tt.event), "%q %q", tt.provider, tt.event)
	}
}

// FuzzSubject checks that every subject is publishable (no empty token,
// wildcard token, white space or control byte), keeps the provider in one
// token, and that different names never share a subject.
func FuzzSubject(f *testing.F) {
	for _, s := range []string{"session.updated", "", ".", "a..b", "%", "%2E", "é", "*", ">", "a b"} {
		f.Add("edrv", s, "x")
	}
	f.Fuzz(func(t *testing.T, provider, a, b string) {
		sa := jetstream.Subject("evhooks", provider, a)
		toks := strings.Split(sa, ".")
		for _, tok := range toks {
			if tok == "" || tok == "*" || tok == ">" {
				t.Fatalf("subject %q has token %q", sa, tok)
			}
		}
		if strings.ContainsFunc(sa, func(r rune) bool { return r <= ' ' || r >= 0x7f }) {
			t.Fatalf("subject %q has white space, a control or a non-ASCII byte", sa)
		}
		if toks[0] != "evhooks" || toks[1] != strings.Split(jetstream.Subject("x", provider, "y"), ".")[1] {
			t.Fatalf("subject %q: provider is not one token", sa)
		}
		if a != b && sa == jetstream.Subject("evhooks", provider, b) {
			t.Fatalf("%q and %q share subject %q", a, b, sa)
		}
	})
}

// TestUnpackRoundTrip checks that the headers a Sink writes give back the
// Stored, including names and ids with bytes a header line cannot carry.
func TestUnpackRoundTrip(t *testing.T) {
	at := time.Date(2026, 12, 2, 19, 0, 0, 123456789, time.UTC)
	for _, st := range []dispatch.Stored{
		{Provider: "edrv", Name: "session.updated", ID: "abc", ReceivedAt: at, Body: []byte("{}"),
			Header: http.Header{"Edrv-Signature": {"t=1,v1=aa"}, "Content-Type": {"application/json"}}},
		{Provider: "p", Name: "line\r\nbreak 100%", ID: "id\x00\x7f%41", ReceivedAt: at, Body: []byte{},
			Header: http.Header{"X-Multi": {"a", "b"}}},
		{Provider: "p", Name: "", ID: "", ReceivedAt: at, Body: nil, Header: http.Header{}},
	} {
		h := jetstream.PackForTest(st)
		got, err := jetstream.Unpack(h, st.Body)
		require.NoError(t, err)
		assert.Equal(t, st, got)
		for k, vs := range h {
			for _, v := range vs {
				assert.False(t, strings.ContainsAny(v, "\r\n\x00"), "%s: %q", k, v)
			}
		}
	}
}

// TestUnpackMalformed checks the errors of Unpack for messages that are not
// stored deliveries.
func TestUnpackMalformed(t *testing.T) {
	ok := func() nats.Header {
		return nats.Header{
			jetstream.HeaderProvider: {"edrv"}, jetstream.HeaderEvent: {"e"},
			jetstream.HeaderReceivedAt: {"2026-12-02T19:00:00Z"},
		}
	}
	tests := []struct {
		name   string
		mutate func(nats.Header)
	}{
		{"no provider", func(h nats.Header) { delete(h, jetstream.HeaderProvider) }},
		{"empty provider", func(h nats.Header) { h[jetstream.HeaderProvider] = []string{""} }},
		{"no received-at", func(h nats.Header) { delete(h, jetstream.HeaderReceivedAt) }},
		{"bad received-at", func(h nats.Header) { h[jetstream.HeaderReceivedAt] = []string{"yesterday"} }},
		{"truncated escape", func(h nats.Header) { h[jetstream.HeaderEvent] = []string{"a%4"} }},
		{"bad escape", func(h nats.Header) { h[jetstream.HeaderID] = []string{"%ZZ"} }},
		{"bad provider escape", func(h nats.Header) { h[jetstream.HeaderProvider] = []string{"%"} }},
	}
	_, err := jetstream.Unpack(ok(), nil)
	require.NoError(t, err)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := ok()
			tt.mutate(h)
			_, err := jetstream.Unpack(h, nil)
			require.ErrorIs(t, err, jetstream.ErrMalformed)
		})
	}
	// Header names in another case are found.
	h := nats.Header{"evhooks-provider": {"edrv"}, "EVHOOKS-RECEIVED-AT": {"2026-12-02T19:00:00Z"}, "x-sig": {"s"}}
	st, err := jetstream.Unpack(h, nil)
	require.NoError(t, err)
	assert.Equal(t, "edrv", st.Provider)
	assert.Equal(t, http.Header{"X-Sig": {"s"}}, st.Header)
}

// TestPackDropsHeaders checks which request headers are never stored.
func TestPackDropsHeaders(t *testing.T) {
	st := dispatch.Stored{Provider: "p", Name: "n", ReceivedAt: time.Now(), Header: http.Header{
		"Authorization": {"x"}, "Proxy-Authorization": {"x"}, "Cookie": {"x"}, "Connection": {"x"},
		"Transfer-Encoding": {"x"}, "Content-Length": {"2"}, "Nats-Msg-Id": {"x"}, "Nats-Expected-Stream": {"x"},
		"Evhooks-Id": {"forged"}, "Bad Name": {"x"}, "X-Crlf": {"a\r\nb"}, "X-Keep": {"kept"},
		"svix-id": {"msg_1"},
	}}
	h := jetstream.PackForTest(st)
	var keys []string
	for k := range h {
		keys = append(keys, k)
	}
	assert.ElementsMatch(t, []string{"X-Keep", "Svix-Id", jetstream.HeaderProvider, jetstream.HeaderEvent,
		jetstream.HeaderReceivedAt}, keys)
}

func TestFailureError(t *testing.T) {
	f := &jetstream.Failure{Subject: "evhooks.edrv.x", Sequence: 7, Deliveries: 3, Status: 500,
		DeadLettered: true, Err: jetstream.ErrNoRouter}
	assert.Equal(t, "jetstream: evhooks.edrv.x #7 delivery 3 (dead-lettered): jetstream: no router for the provider", f.Error())
	assert.ErrorIs(t, f, jetstream.ErrNoRouter)
	f = &jetstream.Failure{Subject: "s", Sequence: 1, Deliveries: 1}
	assert.Equal(t, "jetstream: s #1 delivery 1", f.Error())
}
