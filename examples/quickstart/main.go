package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"net"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// Demo secrets; a real deployment reads them from its configuration.
const (
	volterasSecret = "whsec_ZXZob29rcyBxdWlja3N0YXJ0IGRlbW8gc2VjcmV0" // base64 of "evhooks quickstart demo secret"
	edrvSecret     = "edrv_quickstart_demo_secret"
	smartcarToken  = "quickstart-demo-management-token"
)

func main() {
	os.Exit(demo(os.Stdout, os.Stderr))
}

// Event is what every event of the three providers has.
type Event interface {
	Type() string
	ID() string
}

// delivery is one request the demo sends and the answer it expects.
type delivery struct {
	provider string
	label    string // what is sent, for the output: the catalogue key
	path     string
	header   http.Header
	body     []byte
	want     int
	// challenge, when set, is a VERIFY challenge whose answer is checked.
	challenge string
}

// seen is what a handler recorded about the last event it handled.
type seen struct {
	mu    sync.Mutex
	event string
	goTyp string
	id    string
}

func (s *seen) record(ev Event, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.event, s.goTyp, s.id = ev.Type(), dispatch.TypeName(ev), id
}

func (s *seen) take() (event, goType, id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	event, goType, id = s.event, s.goTyp, s.id
	s.event, s.goTyp, s.id = "", "", ""
	return event, goType, id
}

// demo serves the routers, sends every delivery, prints the table and
// returns the exit status.
func demo(stdout, stderr io.Writer) int {
	var last seen
	var errs []error
	var errMu sync.Mutex
	onError := dispatch.WithErrorHandler(func(_ *http.Request, err error) {
		errMu.Lock()
		errs = append(errs, err)
		errMu.Unlock()
	})

	vsrc, err := volteras.NewSource(volterasSecret, volteras.WithPathValue("event"))
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	esrc, err := edrv.NewSource(edrvSecret)
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	ssrc, err := smartcar.NewSource(smartcarToken)
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	mux := http.NewServeMux()
	for _, p := range []struct {
		pattern string
		src     dispatch.Source
	}{
		{"/webhooks/volteras/{event}", vsrc},
		{"/webhooks/edrv", esrc},
		{"/webhooks/smartcar", ssrc},
	} {
		r := dispatch.New(p.src, onError)
		dispatch.Handle(r, "*", func(ctx context.Context, ev Event) error {
			id := ev.ID()
			if d, ok := dispatch.DeliveryFromContext(ctx); ok && id == "" {
				id = d.Header.Get("Svix-Id") // Volteras: the message id is a header
			}
			last.record(ev, id)
			return nil
		})
		mux.Handle(p.pattern, r)
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln) //nolint:errcheck // ends with Shutdown
	defer func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		srv.Shutdown(ctx) //nolint:errcheck // best effort at exit
	}()
	base := "http://" + ln.Addr().String()

	deliveries := plan(ssrc.Catalog().Answered)
	client := &http.Client{Timeout: 10 * time.Second}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PROVIDER\tSENT\tEVENT\tGO TYPE\tID\tSTATUS")
	failed := 0
	for _, d := range deliveries {
		status, reply, err := send(client, base, d)
		event, goType, id := last.take()
		verdict := ""
		switch {
		case err != nil:
			verdict = "  UNEXPECTED: " + err.Error()
		case status != d.want:
			verdict = fmt.Sprintf("  UNEXPECTED: want %d", d.want)
		case d.challenge != "":
			var r struct{ Challenge string }
			if json.Unmarshal(reply, &r) != nil || r.Challenge != smartcar.HashChallenge(smartcarToken, d.challenge) {
				verdict = "  UNEXPECTED: wrong challenge answer"
			}
			event, goType, id = name(d.label), "(answered by the source)", "challenge="+shorten(r.Challenge)
		case d.want == http.StatusOK && goType == "":
			verdict = "  UNEXPECTED: no handler ran"
		case d.want == http.StatusOK && event != name(d.label):
			verdict = fmt.Sprintf("  UNEXPECTED: handled as %q", event)
		case d.want != http.StatusOK:
			event, goType, id = "-", "-", "rejected"
		}
		if id == "" {
			id = "-"
		}
		if verdict != "" {
			failed++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d%s\n", d.provider, d.label, event, goType, shorten(id), status, verdict)
	}
	tw.Flush()
	errMu.Lock()
	rejected := len(errs)
	errMu.Unlock()
	fmt.Fprintf(stdout, "\n%d deliveries, %d as expected, %d failures reported to the error callback (the forged ones)\n",
		len(deliveries), len(deliveries)-failed, rejected)
	if failed > 0 {
		return 1
	}
	return 0
}

// name returns the event name of a catalogue key: the key up to its
// variant suffix ("device.telemetry/location" -> "device.telemetry").
func name(key string) string {
	n, _, _ := strings.Cut(key, "/")
	return n
}

// plan builds the deliveries: every payload of the three test packages'
// catalogues, signed as the provider signs, then one forged request per
// provider. answered lists the Smartcar names the source answers itself
// (the VERIFY challenges), whose answer is checked.
func plan(answered []string) []delivery {
	var ds []delivery
	add := func(provider string, payloads iter.Seq2[string, []byte], sign func(d *delivery)) {
		for key, body := range payloads {
			d := delivery{provider: provider, label: key, body: body, want: http.StatusOK}
			sign(&d)
			ds = append(ds, d)
		}
	}
	add("volteras", volterastest.Payloads(), func(d *delivery) {
		eventType := name(d.label)
		d.path = volterastest.DefaultTarget + eventType
		d.header = volterastest.Header(volterasSecret, eventType, d.body)
	})
	add("edrv", edrvtest.Payloads(), func(d *delivery) {
		d.path, d.header = edrvtest.DefaultTarget, edrvtest.Header(edrvSecret, d.body)
	})
	add("smartcar", smartcartest.Payloads(), func(d *delivery) {
		d.path, d.header = smartcartest.DefaultTarget, smartcartest.Header(smartcarToken, d.body)
		if slices.Contains(answered, name(d.label)) {
			d.challenge = challengeOf(d.body)
		}
	})

	// Forgeries: right shape, wrong key.
	telemetry := volterastest.Payload(volteras.EventDeviceTelemetry)
	ds = append(ds, delivery{provider: "volteras", label: "forged telemetry", path: volterastest.DefaultTarget + volteras.EventDeviceTelemetry,
		header: volterastest.Header(volterasSecret, volteras.EventDeviceTelemetry, telemetry, volterastest.WithWrongSecret()), body: telemetry, want: http.StatusUnauthorized})
	session := edrvtest.Payload(edrv.SessionEnded)
	ds = append(ds, delivery{provider: "edrv", label: "forged session.ended", path: edrvtest.DefaultTarget,
		header: edrvtest.Header(edrvSecret, session, edrvtest.WithWrongSecret()), body: session, want: http.StatusUnauthorized})
	state := smartcartest.Payload(smartcar.EventVehicleState)
	ds = append(ds, delivery{provider: "smartcar", label: "forged VEHICLE_STATE", path: smartcartest.DefaultTarget,
		header: smartcartest.Header(smartcarToken, state, smartcartest.WithWrongSecret()), body: state, want: http.StatusUnauthorized})
	return ds
}

// challengeOf returns the challenge of a Smartcar VERIFY body: data.challenge
// (v3, v4) or payload.challenge (v2).
func challengeOf(body []byte) string {
	var v struct {
		Data    struct{ Challenge string }
		Payload struct{ Challenge string }
	}
	if json.Unmarshal(body, &v) != nil {
		return ""
	}
	if v.Data.Challenge != "" {
		return v.Data.Challenge
	}
	return v.Payload.Challenge
}

// send posts d and returns the status and body of the answer.
func send(client *http.Client, base string, d delivery) (int, []byte, error) {
	req, err := http.NewRequest(http.MethodPost, base+d.path, bytes.NewReader(d.body))
	if err != nil {
		return 0, nil, err
	}
	for k, vs := range d.header {
		req.Header[k] = vs
	}
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	return resp.StatusCode, body, err
}

// shorten cuts long ids for the table.
func shorten(s string) string {
	if len(s) > 24 {
		return s[:22] + "…"
	}
	return s
}
