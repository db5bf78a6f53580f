package main

import (
	"bytes"
	"context"
	"crypto/rand"
	jsonv1 "encoding/json"
	"errors"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/volteras/volterastest"
	"github.com/nats-io/nats.go"
	njs "github.com/nats-io/nats.go/jetstream"
	"github.com/redis/go-redis/v9"
)

// The multi-process acceptance test (issue 12): three replicas of this
// program as separate processes share the machine's Redis and NATS; a load
// client sends signed deliveries of the three providers, some of them twice
// at once to two replicas; one replica is killed with SIGKILL half-way and
// restarted; handlers fail transiently for some ids and always for others.
const (
	replicas         = 3
	uniquePerProv    = 700                   // unique events per provider
	uniques          = 3 * uniquePerProv     // 2,100 unique events
	redeliveries     = 900                   // 30 % of the 3,000 deliveries
	faultTransientPM = 100                   // per mille of ids whose first handling fails
	faultAlwaysPM    = 10                    // per mille of ids whose handling always fails
	loadWorkers      = 24                    // unique events in flight at once
	retryFor         = 60 * time.Second      // a sender's retries give up after this
	settleFor        = 90 * time.Second      // longest wait for the handling to finish
	lease            = 8 * time.Second       // dedup lease and handler timeout of the replicas
	ackWait          = lease + 2*time.Second // redelivery after a replica died
	// Each dedup call's bound. On a machine this loaded (2 cores, builds
	// and other suites beside), a replica starved of CPU for more than the
	// default 500 ms fails open and handles a message without remembering
	// it: correct at-least-once, but not what this test checks.
	redisTimeout     = 5 * time.Second
	maxDeliver       = 5                      // handlings before a dead letter
	backoffMin       = 200 * time.Millisecond // then 0.4, 0.8, 1 s before the last handling
	backoffMax       = time.Second
	killAfter        = uniques / 2 // unique events sent before the SIGKILL
	killedReplica    = 1
	killedInstance   = "r1-a" // the instance that is killed
	startTimeout     = 30 * time.Second
	stopTimeout      = 20 * time.Second
	probeSubjectPart = ".probe"
	lateCopies       = 100 // handled deliveries stored a second time
	requireServices  = "EVHOOKS_REQUIRE_SERVICES"
	natsDefaultURL   = "nats://127.0.0.1:4222"
	redisDefaultAddr = "127.0.0.1:6379"
	startRedisHint   = `redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no`
	startNATSHint    = `nats-server -js -a 127.0.0.1 -p 4222 &`
)

// services connects to the machine's Redis and NATS, or skips the test
// (fails it with EVHOOKS_REQUIRE_SERVICES=1) when one is unreachable.
func services(t *testing.T) (rdb *redis.Client, nc *nats.Conn, redisAddr, natsURL string) {
	t.Helper()
	unavailable := func(format string, args ...any) {
		t.Helper()
		if os.Getenv(requireServices) == "1" {
			t.Fatalf(format+" ("+requireServices+"=1)", args...)
		}
		t.Skipf(format, args...)
	}
	redisAddr = orDefault(os.Getenv(envRedis), redisDefaultAddr)
	natsURL = orDefault(os.Getenv(envNATS), natsDefaultURL)
	rdb = redis.NewClient(&redis.Options{Addr: redisAddr})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	if err := rdb.Ping(ctx).Err(); err != nil {
		_ = rdb.Close()
		unavailable("redis at %s unreachable: %v; start one with: %s (or set %s)", redisAddr, err, startRedisHint, envRedis)
	}
	t.Cleanup(func() { _ = rdb.Close() })
	nc, err := nats.Connect(natsURL, nats.Timeout(2*time.Second))
	if err != nil {
		unavailable("nats at %s unreachable: %v; start one with JetStream: %s (or set %s)", natsURL, err, startNATSHint, envNATS)
	}
	t.Cleanup(nc.Close)
	return rdb, nc, redisAddr, natsURL
}

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// buildBinary builds the program once per test binary run, into a folder
// that TestMain removes.
func buildBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "evhooks-cluster-")
		if err != nil {
			buildErr = err
			return
		}
		binDir = dir
		binPath = filepath.Join(dir, "cluster")
		if out, err := exec.Command("go", "build", "-o", binPath, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %w\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

var binDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		_ = os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// names are the per-run names, so that runs never share a stream, a
// subject or a key, with each other or with anything else on the servers.
type names struct {
	run, stream, subjects, deadLetters, consumer, redisPrefix, record string
}

func newNames() names {
	run := strings.ToLower(rand.Text()[:10])
	return names{
		run:         run,
		stream:      "EVHOOKS_TEST_" + strings.ToUpper(run),
		subjects:    "evhooks_test_" + run,
		deadLetters: "evhooks_test_dead_" + run,
		consumer:    "cluster_test_" + run,
		redisPrefix: "evhooks:test:cluster:" + run + ":",
		record:      "evhooks:test:cluster:" + run + ":handled",
	}
}

// replica is one process of the program under test.
type replica struct {
	idx      int
	addr     string
	instance string
	cmd      *exec.Cmd
	exited   chan struct{}
}

// cluster starts and stops the replicas.
type cluster struct {
	t       *testing.T
	bin     string
	dir     string
	env     []string
	flags   []string
	mu      sync.Mutex
	current [replicas]*replica
	all     []*replica
}

// start starts replica idx as instance and waits until it serves; it fails
// the test when the replica does not come up. Call it from the test's
// goroutine; elsewhere use tryStart.
func (c *cluster) start(idx int, addr, instance string) *replica {
	c.t.Helper()
	r, err := c.tryStart(idx, addr, instance)
	if err != nil {
		c.t.Fatal(err)
	}
	return r
}

// tryStart starts replica idx as instance and waits until it serves.
func (c *cluster) tryStart(idx int, addr, instance string) (*replica, error) {
	args := append([]string{"-addr", addr, "-instance", instance}, c.flags...)
	cmd := exec.Command(c.bin, args...)
	cmd.Env = c.env
	stdout, err := os.Create(filepath.Join(c.dir, instance+".stdout"))
	if err != nil {
		return nil, err
	}
	stderr, err := os.Create(filepath.Join(c.dir, instance+".stderr"))
	if err != nil {
		return nil, err
	}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	r := &replica{idx: idx, addr: addr, instance: instance, cmd: cmd, exited: make(chan struct{})}
	go func() {
		_ = cmd.Wait()
		stdout.Close()
		stderr.Close()
		close(r.exited)
	}()
	c.mu.Lock()
	c.current[idx] = r
	c.all = append(c.all, r)
	c.mu.Unlock()

	deadline := time.Now().Add(startTimeout)
	for {
		resp, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return r, nil
			}
		}
		select {
		case <-r.exited:
			return nil, fmt.Errorf("replica %s exited at start:\n%s", instance, c.tail(instance+".stderr"))
		default:
		}
		if time.Now().After(deadline) {
			return nil, fmt.Errorf("replica %s not serving after %v: %v\n%s", instance, startTimeout, err, c.tail(instance+".stderr"))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// pick returns the i-th of the replicas started (modulo their number).
func (c *cluster) pick(i int) *replica {
	c.mu.Lock()
	defer c.mu.Unlock()
	var rs []*replica
	for _, r := range c.current {
		if r != nil {
			rs = append(rs, r)
		}
	}
	return rs[i%len(rs)]
}

// kill ends replica r with SIGKILL and waits for it.
func (c *cluster) kill(r *replica) {
	_ = r.cmd.Process.Signal(syscall.SIGKILL)
	<-r.exited
}

// stopAll stops every running replica with SIGTERM, as an orchestrator
// does, killing those that do not stop in time.
func (c *cluster) stopAll() {
	c.mu.Lock()
	all := slices.Clone(c.all)
	c.mu.Unlock()
	for _, r := range all {
		select {
		case <-r.exited:
			continue
		default:
		}
		_ = r.cmd.Process.Signal(syscall.SIGTERM)
	}
	for _, r := range all {
		select {
		case <-r.exited:
		case <-time.After(stopTimeout):
			c.t.Errorf("replica %s did not stop within %v of SIGTERM; killed", r.instance, stopTimeout)
			c.kill(r)
		}
	}
}

// tail returns the last lines of one of the replicas' log files.
func (c *cluster) tail(name string) string {
	b, _ := os.ReadFile(filepath.Join(c.dir, name))
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > 30 {
		lines = lines[len(lines)-30:]
	}
	return strings.Join(lines, "\n")
}

// grep returns the lines of every replica's logs that contain s.
func (c *cluster) grep(s string) string {
	c.mu.Lock()
	all := slices.Clone(c.all)
	c.mu.Unlock()
	var b strings.Builder
	for _, r := range all {
		for _, ext := range []string{".stdout", ".stderr"} {
			data, _ := os.ReadFile(filepath.Join(c.dir, r.instance+ext))
			for line := range strings.Lines(string(data)) {
				if strings.Contains(line, s) {
					b.WriteString(r.instance + ext + ": " + line)
				}
			}
		}
	}
	return b.String()
}

// freeAddr returns a loopback address that nothing listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// delivery is one unique event as a provider sends it: every attempt and
// redelivery carries the same headers and body.
type delivery struct {
	provider string
	id       string
	name     string // the event name as stored
	path     string
	header   http.Header
	body     []byte
	twice    bool // also sent at once to a second replica
}

func (d *delivery) key() string { return d.provider + ":" + d.id }

// templates returns, per provider, the catalogue payloads the load is made
// of, with a function that gives one of them a new id.
type template struct {
	name string // Volteras: the event type; others: the catalogue key
	body []byte
	// withID returns the body carrying id, or nil when it cannot.
	withID func(id string) []byte
}

func edrvTemplates(t *testing.T) []template {
	var ts []template
	for key, body := range edrvtest.Payloads() {
		ts = append(ts, template{name: key, body: body, withID: func(id string) []byte {
			var m map[string]any
			dec := jsonv1.NewDecoder(bytes.NewReader(body))
			dec.UseNumber()
			if dec.Decode(&m) != nil {
				return nil
			}
			m["_id"] = id
			// A fresh createdAt: the replicas refuse deliveries older
			// than edrv.DefaultMaxAge.
			m["createdAt"] = time.Now().UTC().Format("2006-01-02T15:04:05.000Z")
			b, err := jsonv1.Marshal(m)
			if err != nil {
				return nil
			}
			if ev, err := edrv.Parse(b); err != nil || ev.ID() != id {
				return nil
			}
			return b
		}})
	}
	return usable(t, "edrv", ts)
}

func smartcarTemplates(t *testing.T) []template {
	var ts []template
	for key, body := range smartcartest.Payloads() {
		ev, err := smartcar.Parse(body)
		if err != nil || ev.ID() == "" || strings.EqualFold(ev.Type(), "verify") {
			continue // no id to deduplicate on, or answered by the source
		}
		old := []byte(`"` + ev.ID() + `"`)
		if bytes.Count(body, old) != 1 {
			continue
		}
		ts = append(ts, template{name: key, body: body, withID: func(id string) []byte {
			b := bytes.Replace(body, old, []byte(`"`+id+`"`), 1)
			if ev, err := smartcar.Parse(b); err != nil || ev.ID() != id {
				return nil
			}
			return b
		}})
	}
	return usable(t, "smartcar", ts)
}

func volterasTemplates(t *testing.T) []template {
	var ts []template
	for key, body := range volterastest.Payloads() {
		typ, _, _ := strings.Cut(key, "/") // variant keys: "<type>/<variant>"
		ts = append(ts, template{name: typ, body: body, withID: func(string) []byte { return body }})
	}
	return usable(t, "volteras", ts)
}

// usable keeps the templates that take a new id, and fails the test when
// none does.
func usable(t *testing.T, provider string, ts []template) []template {
	t.Helper()
	var ok []template
	for _, tpl := range ts {
		if tpl.withID("0123456789abcdef01234567") != nil {
			ok = append(ok, tpl)
		}
	}
	if len(ok) == 0 {
		t.Fatalf("%s: no catalogue payload takes a new id", provider)
	}
	slices.SortFunc(ok, func(a, b template) int { return strings.Compare(a.name, b.name) })
	return ok
}

func edrvType(t *testing.T, body []byte) string {
	ev, err := edrv.Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	return ev.Type()
}

func smartcarType(t *testing.T, body []byte) string {
	ev, err := smartcar.Parse(body)
	if err != nil {
		t.Fatal(err)
	}
	return ev.Type()
}

// hexID returns n random lower-case hex digits.
func hexID(n int) string {
	b := make([]byte, (n+1)/2)
	_, _ = rand.Read(b)
	return fmt.Sprintf("%x", b)[:n]
}

// makeDeliveries builds the unique events, signed now, a third per
// provider, redeliveries marked on a random 900 of them. secrets holds the
// eDRV and Smartcar secrets under their variables' names and a Volteras
// secret per event type under "volteras:<type>".
func makeDeliveries(t *testing.T, secrets map[string]string) []*delivery {
	t.Helper()
	edrvTs, scTs, volTs := edrvTemplates(t), smartcarTemplates(t), volterasTemplates(t)
	ds := make([]*delivery, 0, uniques)
	for i := range uniquePerProv {
		// eDRV: a 24-hex ObjectId in the envelope.
		tpl := edrvTs[i%len(edrvTs)]
		id := hexID(24)
		body := tpl.withID(id)
		ds = append(ds, &delivery{provider: "edrv", id: id, name: edrvType(t, body), path: edrvtest.DefaultTarget, body: body,
			header: edrvtest.Header(secrets[envEDRV], body)})
		// Smartcar: a UUID eventId.
		tpl = scTs[i%len(scTs)]
		id = hexID(8) + "-" + hexID(4) + "-4" + hexID(3) + "-8" + hexID(3) + "-" + hexID(12)
		body = tpl.withID(id)
		ds = append(ds, &delivery{provider: "smartcar", id: id, name: smartcarType(t, body), path: smartcartest.DefaultTarget, body: body,
			header: smartcartest.Header(secrets[envSmartcar], body)})
		// Volteras: the svix-id header; the type in the path.
		tpl = volTs[i%len(volTs)]
		id = "msg_" + hexID(26)
		ds = append(ds, &delivery{provider: "volteras", id: id, name: tpl.name, path: volterastest.DefaultTarget + tpl.name, body: tpl.body,
			header: volterastest.Header(secrets["volteras:"+tpl.name], tpl.name, tpl.body, volterastest.WithID(id))})
	}
	for _, d := range ds {
		if d.body == nil {
			t.Fatalf("%s: template refused a new id", d.key())
		}
	}
	rng := mrand.New(mrand.NewPCG(1, 2)) // any fixed order: the ids are random anyway
	rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
	for _, d := range ds[:redeliveries] {
		d.twice = true
	}
	rng.Shuffle(len(ds), func(i, j int) { ds[i], ds[j] = ds[j], ds[i] })
	return ds
}

// outcome is what the load client saw for one unique event.
type outcome struct {
	mu       sync.Mutex
	ok       bool     // some attempt got 200
	unstored []string // probes after a 200 that found the message not stored
	attempts int
	statuses map[string]int // status (or error) -> count
}

func (o *outcome) note(status string, ok bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.attempts++
	if o.statuses == nil {
		o.statuses = map[string]int{}
	}
	o.statuses[status]++
	o.ok = o.ok || ok
}

// send delivers d like a provider: POST to replica first; on anything but
// 200 (an error, a 5xx while a replica is down) retry on the next replica
// after a short pause, until 200 or the retry time is up. After a 200 it
// calls stored, which must confirm that the stream already has the message.
func send(client *http.Client, c *cluster, d *delivery, first int, o *outcome, stored func(*delivery) error) {
	deadline := time.Now().Add(retryFor)
	for i := first; ; i++ {
		r := c.pick(i)
		req, err := http.NewRequest(http.MethodPost, "http://"+r.addr+d.path, bytes.NewReader(d.body))
		if err != nil {
			o.note(err.Error(), false)
			return
		}
		req.Header = d.header.Clone()
		resp, err := client.Do(req)
		status := ""
		if err != nil {
			status = "error"
		} else {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			status = strconv.Itoa(resp.StatusCode)
		}
		if status == "200" {
			o.note(status, true)
			if err := stored(d); err != nil {
				o.mu.Lock()
				o.unstored = append(o.unstored, fmt.Sprintf("200 from %s: %v", r.instance, err))
				o.mu.Unlock()
			}
			return
		}
		o.note(status, false)
		if time.Now().After(deadline) {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func TestCluster(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process acceptance test; not in -short mode")
	}
	start := time.Now()
	rdb, nc, redisAddr, natsURL := services(t)
	n := newNames()
	ctx := context.Background()
	js, err := njs.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cleanup(t, rdb, js, n) })

	dir := t.TempDir()
	bin := buildBinary(t)
	t.Logf("built in %v", time.Since(start).Round(time.Millisecond))

	// Volteras with one secret per event type, as its portal issues them:
	// the consuming side verifies each stored delivery again with the
	// secret of the type it was stored under.
	secrets := map[string]string{
		envEDRV:     "edrv-" + rand.Text(),
		envSmartcar: "sc-" + rand.Text(),
	}
	var perType []string
	for _, tpl := range volterasTemplates(t) {
		if _, ok := secrets["volteras:"+tpl.name]; !ok {
			secrets["volteras:"+tpl.name] = volterastest.NewSecret()
			perType = append(perType, tpl.name+"="+secrets["volteras:"+tpl.name])
		}
	}
	env := append(os.Environ(), envVolterasTypes+"="+strings.Join(perType, ","), envEDRV+"="+secrets[envEDRV], envSmartcar+"="+secrets[envSmartcar])
	c := &cluster{t: t, bin: bin, dir: dir, env: env, flags: []string{
		"-redis", redisAddr, "-nats", natsURL,
		"-stream", n.stream, "-subject-prefix", n.subjects, "-dead-letter-prefix", n.deadLetters,
		"-consumer", n.consumer, "-redis-prefix", n.redisPrefix, "-record", n.record,
		"-lease", lease.String(), "-handler-timeout", lease.String(), "-ack-wait", ackWait.String(), "-redis-timeout", redisTimeout.String(),
		"-max-deliver", strconv.Itoa(maxDeliver), "-backoff-min", backoffMin.String(), "-backoff-max", backoffMax.String(),
		"-fault-transient", strconv.Itoa(faultTransientPM), "-fault-always", strconv.Itoa(faultAlwaysPM),
	}}
	t.Cleanup(func() {
		c.stopAll()
		if t.Failed() {
			for _, r := range c.all {
				t.Logf("%s stderr (tail):\n%s", r.instance, c.tail(r.instance+".stderr"))
			}
		}
	})
	addrs := [replicas]string{}
	for i := range replicas {
		addrs[i] = freeAddr(t)
		c.start(i, addrs[i], fmt.Sprintf("r%d-a", i))
	}
	t.Logf("%d replicas serving after %v", replicas, time.Since(start).Round(time.Millisecond))

	ds := makeDeliveries(t, secrets)
	wantHandled, wantDead := map[string]bool{}, map[string]bool{}
	for _, d := range ds {
		if faultOf(d.key(), faultTransientPM, faultAlwaysPM) == faultAlways {
			wantDead[d.key()] = true
		} else {
			wantHandled[d.key()] = true
		}
	}
	if len(wantDead) == 0 || len(wantHandled) == 0 {
		t.Fatalf("fault selection: %d always-failing, %d handled", len(wantDead), len(wantHandled))
	}

	// No 200 before the delivery is durable: right after each 200, a probe
	// published with the same message id must be dropped by the stream as a
	// duplicate, which it is only when the stream stored the message before
	// (the stream remembers the ids of its duplicate window even after the
	// consumer removed the messages). A control probe shows the test can
	// tell: an id never sent is stored.
	probe := func(key string) (bool, error) {
		ack, err := js.PublishMsg(ctx, &nats.Msg{
			Subject: n.deadLetters + probeSubjectPart,
			Header:  nats.Header{njs.MsgIDHeader: {key}},
			Data:    []byte("probe"),
		})
		if err != nil {
			return false, err
		}
		return ack.Duplicate, nil
	}
	if dup, err := probe("edrv:never-sent-" + n.run); err != nil || dup {
		t.Fatalf("control probe of an id never sent: duplicate %v, %v; the probes cannot tell stored from not stored", dup, err)
	}
	stored := func(d *delivery) error {
		dup, err := probe(d.key())
		if err == nil && !dup {
			err = errors.New("not in the stream")
		}
		return err
	}

	// The load: loadWorkers unique events at a time; a redelivery is sent
	// at the same moment to the next replica.
	loadStart := time.Now()
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 2 * loadWorkers}}
	outcomes := make([]*outcome, len(ds))
	var sent atomic.Int64
	var killOnce sync.Once
	killed := make(chan struct{})
	var restartErr error
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range loadWorkers {
		wg.Go(func() {
			for i := range jobs {
				d, o := ds[i], &outcome{}
				outcomes[i] = o
				first := i % replicas
				if d.twice {
					var pair sync.WaitGroup
					release := make(chan struct{})
					for k := range 2 {
						pair.Go(func() { <-release; send(client, c, d, first+k, o, stored) })
					}
					close(release) // both at once: the two copies race
					pair.Wait()
				} else {
					send(client, c, d, first, o, stored)
				}
				if sent.Add(1) == killAfter {
					killOnce.Do(func() {
						go func() {
							defer close(killed)
							c.mu.Lock()
							victim := c.current[killedReplica]
							c.mu.Unlock()
							c.kill(victim)
							t.Logf("SIGKILLed %s after %d unique events", victim.instance, killAfter)
							time.Sleep(500 * time.Millisecond)
							if _, restartErr = c.tryStart(killedReplica, addrs[killedReplica], fmt.Sprintf("r%d-b", killedReplica)); restartErr == nil {
								t.Logf("restarted replica %d", killedReplica)
							}
						}()
					})
				}
			}
		})
	}
	for i := range ds {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	<-killed
	if restartErr != nil {
		t.Fatalf("restart after the SIGKILL: %v", restartErr)
	}
	loadTime := time.Since(loadStart)

	var got200 []*delivery
	statuses := map[string]int{}
	attempts := 0
	for i, o := range outcomes {
		for s, k := range o.statuses {
			statuses[s] += k
		}
		attempts += o.attempts
		for _, u := range o.unstored {
			t.Errorf("%s: %s", ds[i].key(), u)
		}
		if o.ok {
			got200 = append(got200, ds[i])
		} else {
			t.Errorf("%s: no 200 in %v (%v)", ds[i].key(), retryFor, o.statuses)
		}
	}
	t.Logf("load: %d unique events, %d deliveries (%d redeliveries), %d HTTP attempts in %v; answers %v",
		len(ds), len(ds)+redeliveries, redeliveries, attempts, loadTime.Round(time.Millisecond), statuses)

	// Wait until every event is handled or dead-lettered.
	var handled map[string][]string
	var dead map[string]int
	deadline := time.Now().Add(settleFor)
	for {
		handled = records(t, rdb, n.record)
		dead = deadLetters(t, js, n)
		missing := 0
		for k := range wantHandled {
			if len(handled[k]) == 0 {
				missing++
			}
		}
		if missing == 0 && len(dead) >= len(wantDead) {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("after %v: %d of %d events not handled, %d of %d dead letters", settleFor, missing, len(wantHandled), len(dead), len(wantDead))
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	// Deduplication on the consuming side: a copy of a handled delivery that
	// the stream stores again (a redelivery after its duplicate window, or
	// after a NATS restart lost the ids) is consumed and acknowledged
	// without a second handling. Such copies, exactly as the ingest side
	// stores them, with another message id, go straight into the stream.
	var late []string
	for _, d := range ds {
		if len(late) == lateCopies {
			break
		}
		if !wantHandled[d.key()] {
			continue
		}
		h := nats.Header{}
		for k, vs := range d.header {
			h[k] = vs
		}
		h[jetstream.HeaderProvider] = []string{d.provider}
		h[jetstream.HeaderEvent] = []string{d.name}
		h[jetstream.HeaderID] = []string{d.id}
		h[jetstream.HeaderReceivedAt] = []string{time.Now().UTC().Format(time.RFC3339Nano)}
		h[njs.MsgIDHeader] = []string{"late:" + d.key()}
		if st, err := jetstream.Unpack(h, d.body); err != nil || st.ID != d.id || st.Name != d.name {
			t.Fatalf("late copy of %s does not unpack as a stored delivery: %+v, %v", d.key(), st, err)
		}
		ack, err := js.PublishMsg(ctx, &nats.Msg{Subject: jetstream.Subject(n.subjects, d.provider, d.name), Header: h, Data: d.body})
		if err != nil || ack.Duplicate {
			t.Fatalf("store a late copy of %s: %+v, %v", d.key(), ack, err)
		}
		late = append(late, d.key())
	}
	waitConsumed(t, js, n)
	for _, k := range late {
		if lines := c.grep(k[strings.IndexByte(k, ':')+1:]); !strings.Contains(lines, `"msg":"redelivery skipped"`) {
			t.Errorf("%s: stored twice, no \"redelivery skipped\" line; its log lines:\n%s", k, lines)
		}
	}
	// Anything still to come (a second handling) would come within one ack
	// wait of the last redelivery.
	time.Sleep(ackWait + time.Second)
	handled = records(t, rdb, n.record)
	dead = deadLetters(t, js, n)
	t.Logf("settled %v after the load", time.Since(loadStart.Add(loadTime)).Round(time.Millisecond))

	// Every unique event handled exactly once, and none lost. A handling
	// cut by the SIGKILL after it recorded its event but before the
	// replica committed the id (one Redis round trip) is handled again
	// after the lease: at-least-once is all a crash allows. Such doubles
	// are tolerated only when the first was on the killed instance, at most
	// one per concurrent handling there.
	var crashDoubles []string
	for k := range wantHandled {
		by := handled[k]
		switch {
		case len(by) == 0:
			t.Errorf("%s: lost (never handled); the replicas' log lines about it:\n%s", k, c.grep(k[strings.IndexByte(k, ':')+1:]))
		case len(by) == 2 && by[0] == killedInstance && by[1] != killedInstance:
			crashDoubles = append(crashDoubles, k)
		case len(by) > 1:
			t.Errorf("%s: handled %d times, by %v; the replicas' log lines about it:\n%s", k, len(by), by, c.grep(k[strings.IndexByte(k, ':')+1:]))
		}
	}
	if len(crashDoubles) > 0 {
		t.Logf("handled twice across the SIGKILL (first by %s, cut before its commit): %v", killedInstance, crashDoubles)
	}
	if len(crashDoubles) > 16 {
		t.Errorf("%d events handled twice across the kill, more than the killed replica handles at a time (16)", len(crashDoubles))
	}
	for k, by := range handled {
		if !wantHandled[k] {
			t.Errorf("%s: handled (by %v) although its handler always fails, or unknown", k, by)
		}
	}

	// The dead-letter subject holds exactly the always-failing deliveries.
	for k := range wantDead {
		if dead[k] != 1 {
			t.Errorf("%s: %d dead letters, want 1", k, dead[k])
		}
	}
	for k, cnt := range dead {
		if !wantDead[k] {
			t.Errorf("%s: %d dead letters, but its handler does not always fail", k, cnt)
		}
	}

	// The transient faults happened and were retried: each such id was
	// handled at least twice, the first time failing.
	var transient []string
	for k := range wantHandled {
		if faultOf(k, faultTransientPM, faultAlwaysPM) == faultTransient {
			transient = append(transient, n.redisPrefix+"attempts:"+k)
		}
	}
	for batch := range slices.Chunk(transient, 500) {
		vals, err := rdb.MGet(ctx, batch...).Result()
		if err != nil {
			t.Fatalf("read attempt counts: %v", err)
		}
		for i, v := range vals {
			if k, _ := strconv.Atoi(fmt.Sprint(v)); k < 2 {
				t.Errorf("%s: %v handlings, want at least 2 (a failed first one)", batch[i], v)
			}
		}
	}

	t.Logf("%d handled (%d after a transient fault, %d stored twice), %d dead-lettered, all %d answered 200 and stored before; total %v",
		len(handled), len(transient), len(late), len(dead), len(got200), time.Since(start).Round(time.Millisecond))
}

// waitConsumed waits until the stream holds no stored delivery any more
// (each was acknowledged or dead-lettered), and fails the test after
// settleFor.
func waitConsumed(t *testing.T, js njs.JetStream, n names) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(settleFor)
	for {
		st, err := js.Stream(ctx, n.stream)
		if err != nil {
			t.Fatalf("stream %s: %v", n.stream, err)
		}
		info, err := st.Info(ctx, njs.WithSubjectFilter(n.subjects+".>"))
		if err != nil {
			t.Fatalf("stream %s: %v", n.stream, err)
		}
		var left uint64
		for _, k := range info.State.Subjects {
			left += k
		}
		if left == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("after %v the stream still holds %d stored deliveries", settleFor, left)
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// records reads the handler's records: for each "<provider>:<id>", the
// instances that handled it, in order.
func records(t *testing.T, rdb *redis.Client, key string) map[string][]string {
	t.Helper()
	all, err := rdb.LRange(context.Background(), key, 0, -1).Result()
	if err != nil {
		t.Fatalf("read records: %v", err)
	}
	m := make(map[string][]string, len(all))
	for _, e := range all {
		k, inst, _ := strings.Cut(e, " ")
		m[k] = append(m[k], inst)
	}
	return m
}

// deadLetters counts the dead letters per "<provider>:<id>", read with a
// consumer of the dead-letter subjects that acknowledges nothing.
func deadLetters(t *testing.T, js njs.JetStream, n names) map[string]int {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cons, err := js.CreateConsumer(ctx, n.stream, njs.ConsumerConfig{
		FilterSubject:     n.deadLetters + ".>",
		AckPolicy:         njs.AckExplicitPolicy,
		InactiveThreshold: 10 * time.Second,
	})
	if err != nil {
		t.Fatalf("dead-letter consumer: %v", err)
	}
	defer func() { _ = js.DeleteConsumer(ctx, n.stream, cons.CachedInfo().Name) }()
	m := map[string]int{}
	for {
		batch, err := cons.FetchNoWait(500)
		if err != nil {
			t.Fatalf("fetch dead letters: %v", err)
		}
		got := 0
		for msg := range batch.Messages() {
			got++
			if strings.HasSuffix(msg.Subject(), probeSubjectPart) {
				continue
			}
			st, err := jetstream.Unpack(msg.Headers(), msg.Data())
			if err != nil {
				t.Errorf("dead letter on %s: %v", msg.Subject(), err)
				continue
			}
			// The last error is the injected fault, or, when one of the
			// handlings was cut by the SIGKILL, that the stream delivered
			// the message once more than allowed without an answer.
			if e := msg.Headers().Get(jetstream.HeaderError); !strings.Contains(e, errAlways.Error()) && !strings.Contains(e, jetstream.ErrUnanswered.Error()) {
				t.Errorf("dead letter %s:%s: last error %q, want the injected fault", st.Provider, st.ID, e)
			}
			m[st.Provider+":"+st.ID]++
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) {
			t.Fatalf("fetch dead letters: %v", err)
		}
		if got == 0 {
			return m
		}
	}
}

// cleanup deletes the run's stream and Redis keys.
func cleanup(t *testing.T, rdb *redis.Client, js njs.JetStream, n names) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := js.DeleteStream(ctx, n.stream); err != nil && !errors.Is(err, njs.ErrStreamNotFound) {
		t.Errorf("cleanup: delete stream %s: %v", n.stream, err)
	}
	iter := rdb.Scan(ctx, 0, n.redisPrefix+"*", 1000).Iterator()
	var keys []string
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	if err := iter.Err(); err != nil {
		t.Errorf("cleanup: scan %s*: %v", n.redisPrefix, err)
	}
	for batch := range slices.Chunk(keys, 500) {
		if err := rdb.Del(ctx, batch...).Err(); err != nil {
			t.Errorf("cleanup: del: %v", err)
		}
	}
}
