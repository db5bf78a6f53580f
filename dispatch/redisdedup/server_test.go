package redisdedup_test

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// privateRedis is a redis-server process of the test's own, so that a test
// can stop or kill it without touching the machine's Redis.
type privateRedis struct {
	addr string
	cmd  *exec.Cmd
}

// startRedis starts a redis-server on a free loopback port, without
// persistence. It skips the test when redis-server is not installed,
// or fails when EVHOOKS_REQUIRE_SERVICES=1.
func startRedis(tb testing.TB, args ...string) *privateRedis {
	tb.Helper()
	bin := lookPath(tb, "redis-server")
	addr := closedAddr(tb)
	port := addr[strings.LastIndexByte(addr, ':')+1:]
	args = append([]string{"--bind", "127.0.0.1", "--port", port, "--save", "", "--appendonly", "no", "--dir", tb.TempDir()}, args...)
	cmd := exec.Command(bin, args...)
	out, err := cmd.StdoutPipe()
	if err != nil {
		tb.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		tb.Fatal(err)
	}
	s := &privateRedis{addr: addr, cmd: cmd}
	tb.Cleanup(func() { s.kill(tb) })
	go func() { // drain the log so the server never blocks on it
		sc := bufio.NewScanner(out)
		for sc.Scan() {
		}
	}()
	c := redis.NewClient(&redis.Options{Addr: addr, MaxRetries: -1})
	defer c.Close()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		err := c.Ping(ctx).Err()
		cancel()
		if err == nil {
			return s
		}
		if time.Now().After(deadline) {
			tb.Fatalf("private redis-server on %s did not answer: %v", addr, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// lookPath finds a Redis program, or skips the test (fails it with
// EVHOOKS_REQUIRE_SERVICES=1) when it is not installed.
func lookPath(tb testing.TB, name string) string {
	tb.Helper()
	bin, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("EVHOOKS_REQUIRE_SERVICES") == "1" {
			tb.Fatalf("%s not found (EVHOOKS_REQUIRE_SERVICES=1): %v", name, err)
		}
		tb.Skipf("%s not found: %v; this test starts a private Redis", name, err)
	}
	return bin
}

// startCluster starts a Redis Cluster of three private masters and returns
// their addresses once every slot is served.
func startCluster(tb testing.TB) []string {
	tb.Helper()
	cli := lookPath(tb, "redis-cli")
	var addrs []string
	for range 3 {
		s := startRedis(tb, "--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "5000")
		addrs = append(addrs, s.addr)
	}
	create := exec.Command(cli, append(append([]string{"--cluster", "create"}, addrs...), "--cluster-replicas", "0", "--cluster-yes")...)
	if out, err := create.CombinedOutput(); err != nil {
		tb.Fatalf("redis-cli --cluster create: %v\n%s", err, out)
	}
	deadline := time.Now().Add(20 * time.Second)
	for _, a := range addrs {
		c := redis.NewClient(&redis.Options{Addr: a})
		for {
			info, err := c.ClusterInfo(context.Background()).Result()
			if err == nil && strings.Contains(info, "cluster_state:ok") {
				break
			}
			if time.Now().After(deadline) {
				tb.Fatalf("cluster node %s not ready: %v %q", a, err, info)
			}
			time.Sleep(50 * time.Millisecond)
		}
		_ = c.Close()
	}
	return addrs
}

// stop freezes the server: it keeps its socket but answers nothing.
func (s *privateRedis) stop(tb testing.TB) {
	tb.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		tb.Fatal(err)
	}
}

// resume undoes stop.
func (s *privateRedis) resume(tb testing.TB) {
	tb.Helper()
	if err := s.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		tb.Fatal(err)
	}
}

// kill ends the server at once (SIGKILL; also ends a stopped one).
func (s *privateRedis) kill(tb testing.TB) {
	tb.Helper()
	if s.cmd.ProcessState != nil {
		return
	}
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
}
