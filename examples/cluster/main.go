package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/dispatch/redisdedup"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/volteras"
	"github.com/nats-io/nats.go"
	njs "github.com/nats-io/nats.go/jetstream"
	"github.com/redis/go-redis/v9"
)

// Environment variables holding the secrets (the same as examples/receiver)
// and the addresses of the services.
const (
	envVolteras      = "VOLTERAS_WEBHOOK_SECRET"
	envVolterasTypes = "VOLTERAS_WEBHOOK_SECRETS" // "type=whsec_…,type=whsec_…"
	envEDRV          = "EDRV_WEBHOOK_SECRET"
	envSmartcar      = "SMARTCAR_MANAGEMENT_TOKEN"
	envRedis         = "REDIS_ADDR"
	envNATS          = "NATS_URL"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "cluster:", err)
		os.Exit(1)
	}
}

// config is what the flags set.
type config struct {
	addr, redisAddr, natsURL, instance string
	maxBody                            int64
	edrvMaxAge                         time.Duration

	// deduplication on the consuming side
	redisPrefix        string
	lease, ttl, redisT time.Duration

	// JetStream
	stream, subjects, deadLetters, consumer string
	handlerTimeout, ackWait, dupWindow      time.Duration
	maxDeliver, concurrency                 int
	backoffMin, backoffMax                  time.Duration

	// the application's handler
	record                   string
	faultTransient, faultAll int
}

// run parses args, connects to Redis and NATS, serves the ingest routes and
// consumes the stored deliveries until ctx is done.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, err := parseFlags(args, getenv, stderr)
	if err != nil {
		return err
	}
	events := slog.New(slog.NewJSONHandler(stdout, nil)).With("instance", cfg.instance)
	problems := slog.New(slog.NewJSONHandler(stderr, nil)).With("instance", cfg.instance)

	rdb := redis.NewClient(&redis.Options{Addr: cfg.redisAddr, ContextTimeoutEnabled: true})
	defer rdb.Close()
	pingCtx, cancel := context.WithTimeout(ctx, 2*time.Second)
	if err := rdb.Ping(pingCtx).Err(); err != nil {
		// Not fatal: deduplication fails open, and the handler's records
		// (when on) fail the delivery, which is retried.
		problems.Warn("redis unreachable at start", "addr", cfg.redisAddr, "err", err.Error())
	}
	cancel()

	nc, err := nats.Connect(cfg.natsURL, nats.Name("evhooks-cluster "+cfg.instance), nats.MaxReconnects(-1),
		nats.ReconnectWait(250*time.Millisecond), nats.Timeout(5*time.Second))
	if err != nil {
		return fmt.Errorf("nats %s: %w", cfg.natsURL, err)
	}
	defer nc.Close()
	js, err := njs.New(nc)
	if err != nil {
		return fmt.Errorf("jetstream: %w", err)
	}

	srv, err := newServer(ctx, cfg, getenv, js, rdb, events, problems)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           srv.mux,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}

	consumeCtx, stopConsuming := context.WithCancel(context.Background())
	defer stopConsuming()
	consumed := make(chan error, 1)
	go func() { consumed <- srv.consumer.Run(consumeCtx) }()
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	problems.Info("listening", "addr", ln.Addr().String(), "providers", srv.providers,
		"stream", cfg.stream, "consumer", cfg.consumer)

	var runErr error
	select {
	case err := <-served:
		runErr = err
	case err := <-consumed:
		if err == nil {
			err = errors.New("no error")
		}
		runErr = fmt.Errorf("consumer stopped: %w", err)
		consumed <- nil
	case <-ctx.Done():
	}
	problems.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdownCtx); err != nil && runErr == nil {
		runErr = fmt.Errorf("shutdown: %w", err)
	}
	// Stored deliveries in progress finish (bounded by the handler timeout);
	// fetched ones not started go back to the stream for another replica.
	stopConsuming()
	if err := <-consumed; err != nil && runErr == nil {
		runErr = err
	}
	if err := nc.Drain(); err != nil && runErr == nil {
		runErr = fmt.Errorf("nats drain: %w", err)
	}
	if runErr != nil && !errors.Is(runErr, http.ErrServerClosed) {
		return runErr
	}
	problems.Info("stopped")
	return nil
}

// parseFlags reads the flags, with defaults from the environment.
func parseFlags(args []string, getenv func(string) string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("cluster", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&c.redisAddr, "redis", orDefault(getenv(envRedis), "127.0.0.1:6379"), "Redis address (default $"+envRedis+")")
	fs.StringVar(&c.natsURL, "nats", orDefault(getenv(envNATS), nats.DefaultURL), "NATS URL (default $"+envNATS+")")
	host, _ := os.Hostname()
	fs.StringVar(&c.instance, "instance", host+"-"+strconv.Itoa(os.Getpid()), "name of this replica in logs and records")
	fs.Int64Var(&c.maxBody, "max-body", 512<<10, "largest accepted body, in bytes; with its headers it must fit NATS's max_payload (1 MiB by default)")
	fs.DurationVar(&c.edrvMaxAge, "edrv-max-age", edrv.DefaultMaxAge, "refuse eDRV deliveries whose signed createdAt is older (0: off)")

	fs.StringVar(&c.redisPrefix, "redis-prefix", redisdedup.DefaultPrefix, "prefix of the deduplication keys (and of the handler's records)")
	fs.DurationVar(&c.lease, "lease", dispatch.DefaultClaimLease, "how long a delivery being handled blocks its redeliveries")
	fs.DurationVar(&c.ttl, "dedup-ttl", dispatch.DefaultDedupTTL, "how long a handled id is remembered")
	fs.DurationVar(&c.redisT, "redis-timeout", redisdedup.DefaultTimeout, "bound of each deduplication call")

	fs.StringVar(&c.stream, "stream", jetstream.DefaultStream, "JetStream stream name")
	fs.StringVar(&c.subjects, "subject-prefix", jetstream.DefaultSubjectPrefix, "first token(s) of the subjects deliveries are stored under")
	fs.StringVar(&c.deadLetters, "dead-letter-prefix", jetstream.DefaultDeadLetterPrefix, "first token(s) of the dead-letter subjects")
	fs.StringVar(&c.consumer, "consumer", jetstream.DefaultConsumer, "durable consumer shared by every replica")
	fs.DurationVar(&c.dupWindow, "duplicate-window", jetstream.DefaultDuplicateWindow, "how long the stream drops redeliveries of a stored message id")
	fs.DurationVar(&c.handlerTimeout, "handler-timeout", jetstream.DefaultHandlerTimeout, "bound of one handling of a stored delivery")
	fs.DurationVar(&c.ackWait, "ack-wait", 0, "how long the stream waits for an answer before redelivering (0: handler timeout + 30s)")
	fs.IntVar(&c.maxDeliver, "max-deliver", jetstream.DefaultMaxDeliver, "handlings of a failing delivery before it is dead-lettered")
	fs.IntVar(&c.concurrency, "concurrency", jetstream.DefaultConcurrency, "stored deliveries handled at a time by this replica")
	fs.DurationVar(&c.backoffMin, "backoff-min", jetstream.DefaultBackoffMin, "delay before the second handling of a failed delivery")
	fs.DurationVar(&c.backoffMax, "backoff-max", jetstream.DefaultBackoffMax, "largest delay between two handlings")

	fs.StringVar(&c.record, "record", "", "Redis list to which the handler appends one \"<provider>:<id> <instance>\" entry per handled event (off when empty)")
	fs.IntVar(&c.faultTransient, "fault-transient", 0, "fault injection: per mille of message ids whose first handling fails")
	fs.IntVar(&c.faultAll, "fault-always", 0, "fault injection: per mille of message ids whose handling always fails")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	switch {
	case c.faultTransient < 0 || c.faultAll < 0 || c.faultTransient+c.faultAll > 1000:
		return c, fmt.Errorf("-fault-transient %d and -fault-always %d must be per mille, together at most 1000", c.faultTransient, c.faultAll)
	case c.edrvMaxAge < 0:
		return c, fmt.Errorf("-edrv-max-age %v is negative", c.edrvMaxAge)
	}
	return c, nil
}

func orDefault(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// server is one replica: the ingest routes and the consumer.
type server struct {
	mux       *http.ServeMux
	consumer  *jetstream.Consumer
	providers []string
}

// newServer builds, per configured provider, an ingest router (verify,
// decode, store in the stream, then 200) on its route and a consuming router
// (Redis deduplication, the handler) for the consumer.
func newServer(ctx context.Context, cfg config, getenv func(string) string, js njs.JetStream, rdb redis.UniversalClient, events, problems *slog.Logger) (*server, error) {
	srcs, err := sources(cfg, getenv)
	if err != nil {
		return nil, err
	}
	jsOpts := []jetstream.Option{
		jetstream.WithStream(cfg.stream),
		jetstream.WithSubjectPrefix(cfg.subjects),
		jetstream.WithDeadLetterPrefix(cfg.deadLetters),
		jetstream.WithConsumer(cfg.consumer),
		jetstream.WithDuplicateWindow(cfg.dupWindow),
		jetstream.WithHandlerTimeout(cfg.handlerTimeout),
		jetstream.WithMaxDeliver(cfg.maxDeliver),
		jetstream.WithBackoff(cfg.backoffMin, cfg.backoffMax),
		jetstream.WithConcurrency(cfg.concurrency),
		jetstream.WithErrorHandler(func(err error) { problems.Warn("stored delivery failed", "err", err.Error()) }),
	}
	if cfg.ackWait > 0 {
		jsOpts = append(jsOpts, jetstream.WithAckWait(cfg.ackWait))
	}
	sink, err := jetstream.NewSink(ctx, js, jsOpts...)
	if err != nil {
		return nil, err
	}
	dedup := auditedDedup{redisdedup.New(rdb, redisdedup.WithPrefix(cfg.redisPrefix), redisdedup.WithLease(cfg.lease),
		redisdedup.WithTTL(cfg.ttl), redisdedup.WithTimeout(cfg.redisT)), problems}
	h := &handler{rdb: rdb, cfg: cfg, events: events}

	s := &server{mux: http.NewServeMux()}
	routers := map[string]*dispatch.Router{}
	for _, p := range srcs {
		report := func(side string) func(*http.Request, error) {
			return func(_ *http.Request, err error) {
				attrs := []any{"provider", p.provider, "side", side}
				if de, ok := errors.AsType[*dispatch.Error](err); ok {
					attrs = append(attrs, "status", de.Status, "event", de.Event, "id", de.ID)
				}
				problems.Warn("delivery failed", append(attrs, "err", err.Error())...)
			}
		}
		// No deduplicator here: the stream drops redeliveries inside its
		// window, and a deduplicator sharing the consuming routers' keys
		// would make them skip every stored delivery.
		ingest := dispatch.New(p.src,
			dispatch.WithMaxBodyBytes(cfg.maxBody),
			dispatch.WithSink(sink),
			dispatch.WithErrorHandler(report("ingest")))
		s.mux.Handle(p.pattern, ingest)
		routers[p.provider] = dispatch.New(p.src,
			dispatch.WithMaxBodyBytes(cfg.maxBody),
			dispatch.WithDeduplicator(dedup),
			dispatch.WithErrorHandler(report("consume")),
			dispatch.WithFallback(h.handle(p.provider)))
		s.providers = append(s.providers, p.provider)
	}
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "ok\n") })

	cons, err := jetstream.NewConsumer(ctx, js, routers, jsOpts...)
	if err != nil {
		return nil, err
	}
	s.consumer = cons
	return s, nil
}

// auditedDedup logs each stored delivery the deduplicator skips as already
// handled (the router acknowledges it without a handler and reports
// nothing), so that every message id's fate can be read from the logs:
// handled on stdout, skipped or failed on stderr.
type auditedDedup struct {
	dispatch.Deduplicator
	log *slog.Logger
}

// Claim implements dispatch.Deduplicator.
func (d auditedDedup) Claim(ctx context.Context, key string) (dispatch.ClaimState, string, error) {
	st, token, err := d.Deduplicator.Claim(ctx, key)
	if err == nil && st == dispatch.ClaimDone {
		provider, id, _ := strings.Cut(key, ":") // the router's key is provider:id
		d.log.InfoContext(ctx, "redelivery skipped", "provider", provider, "stage", "dedup", "id", id)
	}
	return st, token, err
}

// provider is one configured provider: its source and its route.
type provider struct {
	provider, pattern string
	src               dispatch.Source
}

// sources builds the source of every provider whose secret is set. It fails
// when none is, or when a set one cannot be used.
func sources(cfg config, getenv func(string) string) ([]provider, error) {
	var ps []provider
	var errs []error
	if src, ok, err := volterasSource(getenv); err != nil {
		errs = append(errs, err)
	} else if ok {
		ps = append(ps, provider{"volteras", "/webhooks/volteras/{event}", src})
	}
	if v, ok, err := secret(getenv, envEDRV); err != nil {
		errs = append(errs, err)
	} else if ok {
		var opts []edrv.SourceOption
		if cfg.edrvMaxAge > 0 {
			opts = append(opts, edrv.WithMaxAge(cfg.edrvMaxAge))
		}
		if src, err := edrv.NewSource(v, opts...); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", envEDRV, err))
		} else {
			ps = append(ps, provider{"edrv", "/webhooks/edrv", src})
		}
	}
	if v, ok, err := secret(getenv, envSmartcar); err != nil {
		errs = append(errs, err)
	} else if ok {
		if src, err := smartcar.NewSource(v); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", envSmartcar, err))
		} else {
			ps = append(ps, provider{"smartcar", "/webhooks/smartcar", src})
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(ps) == 0 {
		return nil, fmt.Errorf("no provider configured: set at least one of %s, %s, %s, %s", envVolteras, envVolterasTypes, envEDRV, envSmartcar)
	}
	return ps, nil
}

// volterasSource builds the Volteras source from the single secret and the
// per-type secrets, as examples/receiver does: a delivery is verified with
// the secret of the event type its path claims, so a delivery re-sent on
// another type's path is a 401; types without a secret of their own use the
// single secret, and without one they are refused (401).
func volterasSource(getenv func(string) string) (src dispatch.Source, ok bool, err error) {
	shared, hasShared, err := secret(getenv, envVolteras)
	if err != nil {
		return nil, false, err
	}
	perType, err := typeSecrets(getenv(envVolterasTypes))
	if err != nil {
		return nil, false, err
	}
	if !hasShared && len(perType) == 0 {
		return nil, false, nil
	}
	opts := []volteras.SourceOption{volteras.WithPathValue("event")}
	for _, ts := range perType {
		opts = append(opts, volteras.WithEventSecret(ts.eventType, ts.secret))
	}
	s, err := volteras.NewSource(shared, opts...)
	if err != nil {
		name := envVolteras
		if len(perType) > 0 {
			name += " or " + envVolterasTypes
		}
		return nil, false, fmt.Errorf("%s: %w", name, err)
	}
	return s, true, nil
}

// typeSecret is one entry of VOLTERAS_WEBHOOK_SECRETS.
type typeSecret struct{ eventType, secret string }

// typeSecrets parses "type=secret,type=secret". Errors name the variable
// and the event type, never the secret.
func typeSecrets(v string) ([]typeSecret, error) {
	if v == "" {
		return nil, nil
	}
	var out []typeSecret
	for i, entry := range strings.Split(v, ",") {
		entry = strings.TrimSpace(entry)
		typ, s, found := strings.Cut(entry, "=")
		switch {
		case entry == "":
			return nil, fmt.Errorf("%s: entry %d is empty", envVolterasTypes, i+1)
		case !found || typ == "" || strings.ContainsAny(typ, " \t\r\n"):
			return nil, fmt.Errorf("%s: entry %d is not event.type=secret", envVolterasTypes, i+1)
		case s == "":
			return nil, fmt.Errorf("%s: no secret for %s", envVolterasTypes, typ)
		case strings.TrimSpace(s) != s:
			return nil, fmt.Errorf("%s: the secret for %s has white space", envVolterasTypes, typ)
		case slices.ContainsFunc(out, func(t typeSecret) bool { return t.eventType == typ }):
			return nil, fmt.Errorf("%s: %s is given twice", envVolterasTypes, typ)
		}
		out = append(out, typeSecret{typ, s})
	}
	return out, nil
}

// secret reads a secret from the environment. ok is false when the variable
// is unset or empty; a value with surrounding white space is an error.
func secret(getenv func(string) string, name string) (value string, ok bool, err error) {
	v := getenv(name)
	if v == "" {
		return "", false, nil
	}
	if strings.TrimSpace(v) != v {
		return "", false, fmt.Errorf("%s: the value has leading or trailing white space", name)
	}
	return v, true, nil
}
