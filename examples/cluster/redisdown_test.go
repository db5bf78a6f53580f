package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	jsonv1 "encoding/json"

	"github.com/evhooks/evhooks/edrv/edrvtest"
	njs "github.com/nats-io/nats.go/jetstream"
	"github.com/redis/go-redis/v9"
)

// startPrivateRedis starts a redis-server of the test's own on a free
// loopback port and returns its address and a function that kills it.
func startPrivateRedis(t *testing.T) (string, func()) {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		if os.Getenv(requireServices) == "1" {
			t.Fatalf("redis-server not found (%s=1): %v", requireServices, err)
		}
		t.Skipf("redis-server not found: %v; this test starts a private one", err)
	}
	addr := freeAddr(t)
	port := addr[strings.LastIndexByte(addr, ':')+1:]
	cmd := exec.Command(bin, "--bind", "127.0.0.1", "--port", port, "--save", "", "--appendonly", "no", "--dir", t.TempDir())
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	kill := func() { once.Do(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }) }
	t.Cleanup(kill)
	c := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
	defer c.Close()
	for deadline := time.Now().Add(10 * time.Second); c.Ping(context.Background()).Err() != nil; {
		if time.Now().After(deadline) {
			t.Fatalf("private redis-server on %s does not answer", addr)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return addr, kill
}

// TestClusterRedisDown gives two replicas a Redis of the test's own and
// kills it half-way through the load: deduplication fails open, so every
// delivery is still stored (200) and handled, and the replicas report the
// failures. Nothing is lost.
func TestClusterRedisDown(t *testing.T) {
	if testing.Short() {
		t.Skip("multi-process test; not in -short mode")
	}
	const (
		events  = 200
		workers = 8
	)
	rdb, nc, _, natsURL := services(t)
	js, err := njs.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	n := newNames()
	t.Cleanup(func() { cleanup(t, rdb, js, n) })
	redisAddr, killRedis := startPrivateRedis(t)
	bin := buildBinary(t)

	secret := "edrv-" + n.run
	c := &cluster{t: t, bin: bin, dir: t.TempDir(), env: append(os.Environ(), envEDRV+"="+secret), flags: []string{
		"-redis", redisAddr, "-nats", natsURL, "-redis-timeout", "200ms",
		"-stream", n.stream, "-subject-prefix", n.subjects, "-dead-letter-prefix", n.deadLetters,
		"-consumer", n.consumer, "-redis-prefix", n.redisPrefix,
	}}
	t.Cleanup(c.stopAll)
	for i := range 2 {
		c.start(i, freeAddr(t), fmt.Sprintf("r%d-a", i))
	}

	tpls := edrvTemplates(t)
	ds := make([]*delivery, events)
	for i := range ds {
		id := hexID(24)
		body := tpls[i%len(tpls)].withID(id)
		ds[i] = &delivery{provider: "edrv", id: id, path: edrvtest.DefaultTarget, body: body, header: edrvtest.Header(secret, body)}
	}
	client := &http.Client{Timeout: 10 * time.Second}
	noProbe := func(*delivery) error { return nil }
	var sent atomic.Int64
	jobs := make(chan int)
	var wg sync.WaitGroup
	outcomes := make([]*outcome, events)
	for range workers {
		wg.Go(func() {
			for i := range jobs {
				outcomes[i] = &outcome{}
				send(client, c, ds[i], i, outcomes[i], noProbe)
				if sent.Add(1) == events/2 {
					killRedis()
				}
			}
		})
	}
	for i := range ds {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	for i, o := range outcomes {
		if !o.ok {
			t.Errorf("%s: no 200 (%v)", ds[i].key(), o.statuses)
		}
	}
	waitConsumed(t, js, n)
	c.stopAll() // flush and close the logs

	handled := map[string]int{}
	dedupFailures := 0
	for _, r := range c.all {
		out, err := os.ReadFile(filepath.Join(c.dir, r.instance+".stdout"))
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(out)) {
			var ev struct{ Msg, Provider, ID string }
			if jsonv1.Unmarshal([]byte(line), &ev) == nil && ev.Msg == "event" {
				handled[ev.Provider+":"+ev.ID]++
			}
		}
		errs, _ := os.ReadFile(filepath.Join(c.dir, r.instance+".stderr"))
		dedupFailures += strings.Count(string(errs), "deduplication failed")
	}
	for _, d := range ds {
		if handled[d.key()] == 0 {
			t.Errorf("%s: lost (never handled)", d.key())
		}
	}
	if dedupFailures == 0 {
		t.Error("no deduplication failure reported after Redis went down")
	}
	t.Logf("%d events, all handled; %d deduplication failures reported after the kill", events, dedupFailures)
}
