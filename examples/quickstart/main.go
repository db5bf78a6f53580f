package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
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
	os.Exit(run(os.Stdout, os.Stderr))
}

// delivery is one request the demo sends and the answer it expects.
type delivery struct {
	provider string
	label    string // what is sent, for the output
	path     string
	header   http.Header
	body     []byte
	want     int
	// challenge, when set, is a VERIFY challenge whose answer is checked,
	// and event the name the VERIFY was sent under.
	challenge, event string
}

// seen is what a handler recorded about the last event it handled.
type seen struct {
	mu    sync.Mutex
	event string
	goTyp string
	key   string
}

func (s *seen) record(ev interface{ Type() string }) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.event, s.goTyp, s.key = ev.Type(), goType(ev), keyField(ev)
}

func (s *seen) take() (event, goType, key string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	event, goType, key = s.event, s.goTyp, s.key
	s.event, s.goTyp, s.key = "", "", ""
	return event, goType, key
}

func run(stdout, stderr io.Writer) int {
	root, err := findTestdata()
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
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
		dispatch.Handle(r, "*", func(_ context.Context, ev interface{ Type() string }) error {
			last.record(ev)
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

	deliveries, err := plan(root)
	if err != nil {
		fmt.Fprintln(stderr, "quickstart:", err)
		return 1
	}
	client := &http.Client{Timeout: 10 * time.Second}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PROVIDER\tSENT\tEVENT\tGO TYPE\tKEY FIELD\tSTATUS")
	failed := 0
	for _, d := range deliveries {
		status, reply, err := send(client, base, d)
		event, goType, key := last.take()
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
			event, goType, key = d.event, "(answered by the source)", "challenge="+shorten(r.Challenge)
		case d.want == http.StatusOK && goType == "":
			verdict = "  UNEXPECTED: no handler ran"
		case d.want != http.StatusOK:
			event, goType, key = "-", "-", "rejected"
		}
		if verdict != "" {
			failed++
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d%s\n", d.provider, d.label, event, goType, key, status, verdict)
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

// plan builds the deliveries: every golden of each provider, signed, then a
// VERIFY challenge and one forged request per provider.
func plan(root string) ([]delivery, error) {
	var ds []delivery
	// sign completes a golden's delivery: the route and the signed headers.
	sign := map[string]func(d *delivery) error{
		"volteras": func(d *delivery) error {
			eventType := volterasEventType(strings.TrimSuffix(d.label, ".json"))
			d.path = "/webhooks/volteras/" + eventType
			var err error
			d.header, err = volterastest.Header(volterasSecret, eventType, d.body)
			return err
		},
		"edrv": func(d *delivery) error {
			d.path, d.header = "/webhooks/edrv", edrvtest.Header(edrvSecret, d.body)
			return nil
		},
		"smartcar": func(d *delivery) error {
			d.path, d.header = "/webhooks/smartcar", smartcartest.Header(smartcarToken, d.body)
			if ev, err := smartcar.Parse(d.body); err == nil {
				if v, ok := ev.(*smartcar.Verify); ok {
					d.challenge, d.event = v.Challenge(), v.Type()
				}
			}
			return nil
		},
	}
	for _, provider := range []string{"volteras", "edrv", "smartcar"} {
		files, err := filepath.Glob(filepath.Join(root, provider, "*.json"))
		if err == nil && len(files) == 0 {
			err = fmt.Errorf("no goldens in %s", filepath.Join(root, provider))
		}
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			d := delivery{provider: provider, label: filepath.Base(f), want: http.StatusOK}
			if d.body, err = os.ReadFile(f); err != nil {
				return nil, err
			}
			if err := sign[provider](&d); err != nil {
				return nil, err
			}
			ds = append(ds, d)
		}
	}

	// A VERIFY challenge as Smartcar sends it when a webhook is created.
	const challenge = "3a5c8f72-e6d9-4b1a-9f2e-8c7d6a5b4e3f"
	vbody := smartcartest.VerifyBody(challenge)
	ds = append(ds, delivery{provider: "smartcar", label: "VERIFY challenge", path: "/webhooks/smartcar",
		header: smartcartest.Header(smartcarToken, vbody), body: vbody, want: http.StatusOK, challenge: challenge, event: "VERIFY"})

	// Forgeries: right shape, wrong key.
	forged := []byte(`{"metricType":"STATE_OF_CHARGE","vehicle":{"id":"x","vin":"y"},"timestamp":"2024-01-15T10:30:00Z","stateOfCharge":{"unit":"percent","value":1}}`)
	h, err := volterastest.Header("whsec_"+"Zm9yZ2VkIGJ5IGFuIGF0dGFja2Vy", volteras.EventDeviceTelemetry, forged)
	if err != nil {
		return nil, err
	}
	ds = append(ds, delivery{provider: "volteras", label: "forged telemetry", path: "/webhooks/volteras/device.telemetry", header: h, body: forged, want: http.StatusUnauthorized})
	eforged := []byte(`{"_id":"forged","type":"session.ended","object":"session","data":{"_id":"s1"},"createdAt":"2024-06-04T13:30:18.000Z"}`)
	ds = append(ds, delivery{provider: "edrv", label: "forged session.ended", path: "/webhooks/edrv", header: edrvtest.Header("not-the-secret", eforged), body: eforged, want: http.StatusUnauthorized})
	sforged := []byte(`{"eventId":"forged","eventType":"VEHICLE_STATE","data":{"signals":[]},"meta":{"version":"4.0"}}`)
	ds = append(ds, delivery{provider: "smartcar", label: "forged VEHICLE_STATE", path: "/webhooks/smartcar", header: smartcartest.Header("not-the-token", sforged), body: sforged, want: http.StatusUnauthorized})
	return ds, nil
}

// volterasEventType returns the Volteras event type a golden file is named
// for: the longest known event type that prefixes the file's stem, else the
// stem up to its first '_' (an event type this package does not know).
func volterasEventType(stem string) string {
	best := ""
	for name := range volteras.EventTypes() {
		if (stem == name || strings.HasPrefix(stem, name+"_")) && len(name) > len(best) {
			best = name
		}
	}
	if best != "" {
		return best
	}
	if i := strings.IndexByte(stem, '_'); i > 0 {
		return stem[:i]
	}
	return stem
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
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
	return resp.StatusCode, body, err
}

// keyField returns one telling typed field of an event, for the output.
func keyField(ev any) string {
	switch e := ev.(type) {
	case *volteras.Telemetry:
		return metric(e.Metric)
	case *volteras.DeviceConnected:
		return "device=" + e.ID
	case *volteras.DeviceDisconnected:
		return "device=" + e.ID
	case *volteras.CommandUpdated:
		return fmt.Sprintf("command=%s status=%s", e.Command, e.Status)
	case *volteras.RateLimitUpdated:
		return fmt.Sprintf("remaining=%d/%d", e.RemainingRequests, e.MaxRequests)
	case *volteras.AlertUpdated:
		return fmt.Sprintf("alert=%s status=%s", e.Definition.Name, e.Status)
	case *volteras.JourneyUpdated:
		if e.DistanceTravelledKm != nil {
			return fmt.Sprintf("distance=%gkm", *e.DistanceTravelledKm)
		}
		if e.EnergyUsedKwh != nil {
			return fmt.Sprintf("energy=%gkWh", *e.EnergyUsedKwh)
		}
		return "journey=" + e.ID
	case *edrv.SessionEvent:
		return fmt.Sprintf("session=%s status=%s", shorten(e.Data.ID), e.Data.Status)
	case *edrv.ActionEvent:
		return fmt.Sprintf("action=%s station=%s", e.EventType().Action(), shorten(e.ChargestationID()))
	case edrv.Event:
		if id := e.ChargestationID(); id != "" {
			return "station=" + shorten(id)
		}
		return "resource=" + e.EventType().Resource()
	case *smartcar.VehicleState:
		if soc, ok := e.StateOfCharge(); ok {
			return fmt.Sprintf("vehicle=%s soc=%g%%", shorten(e.VehicleID()), soc)
		}
		return fmt.Sprintf("vehicle=%s signals=%d", shorten(e.VehicleID()), len(e.Data.Signals))
	case *smartcar.VehicleError:
		return fmt.Sprintf("vehicle=%s errors=%d", shorten(e.VehicleID()), len(e.Data.Errors))
	case *smartcar.EventBased:
		if e.Payload != nil {
			return fmt.Sprintf("vehicle=%s %s", shorten(e.Payload.VehicleID), e.Payload.EventType)
		}
	case *smartcar.Schedule:
		if e.Payload != nil {
			return fmt.Sprintf("vehicles=%d", len(e.Payload.Vehicles))
		}
	}
	return "-"
}

// metric describes a Volteras telemetry reading.
func metric(m volteras.Metric) string {
	switch m := m.(type) {
	case *volteras.StateOfCharge:
		return fmt.Sprintf("stateOfCharge=%g %s", m.Value, m.Unit)
	case *volteras.EnergyRemaining:
		return fmt.Sprintf("energyRemaining=%g %s", m.Value, m.Unit)
	case *volteras.Odometer:
		return fmt.Sprintf("odometer=%g %s", m.Value, m.Unit)
	case *volteras.Range:
		return fmt.Sprintf("range=%g %s", m.Value, m.Unit)
	case *volteras.Location:
		return fmt.Sprintf("location=%g,%g", m.Value.Latitude, m.Value.Longitude)
	case *volteras.Tires:
		if m.Pressure != nil {
			return fmt.Sprintf("tire %s=%g %s", m.Position, m.Pressure.Value, m.Pressure.Unit)
		}
	case *volteras.ChargingState:
		return "state=" + string(m.State)
	case *volteras.DepartureTimes:
		return fmt.Sprintf("departureTimes=%d", len(m.Times))
	case *volteras.OEMAlert:
		return "oemAlert=" + m.OEMCode
	case *volteras.OtherChargingData:
		if q, ok := m.MaxStateOfCharge(); ok {
			return fmt.Sprintf("maxStateOfCharge=%g %s", q.Value, q.Unit)
		}
		return fmt.Sprintf("entries=%d", len(m.Data))
	case *volteras.OtherLocationData:
		if q, ok := m.Speed(); ok {
			return fmt.Sprintf("speed=%g %s", q.Value, q.Unit)
		}
	case *volteras.UnknownMetric:
		return "unknown metric"
	}
	return fmt.Sprintf("%T", m)
}

// goType names the Go type of ev without the module path, so that
// *edrv.Envelope[github.com/evhooks/evhooks/edrv.Session] reads
// *edrv.Envelope[edrv.Session].
func goType(ev any) string {
	return strings.ReplaceAll(fmt.Sprintf("%T", ev), "github.com/evhooks/evhooks/", "")
}

// shorten cuts long ids for the table.
func shorten(s string) string {
	if len(s) > 14 {
		return s[:12] + "…"
	}
	return s
}

// findTestdata returns the testdata directory of the module, searching from
// the working directory upwards, so the program runs from any folder of a
// checkout.
func findTestdata() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		td := filepath.Join(dir, "testdata")
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			if st, err := os.Stat(td); err == nil && st.IsDir() {
				return td, nil
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("testdata/ not found: run from a checkout of the module")
		}
		dir = parent
	}
}
