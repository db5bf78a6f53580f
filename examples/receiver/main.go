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
	"strings"
	"syscall"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/volteras"
)

// Environment variables holding the secrets.
const (
	envVolteras = "VOLTERAS_WEBHOOK_SECRET"
	// envVolterasTypes holds per-event-type secrets, as the Volteras portal
	// issues them: "device.telemetry=whsec_…,command.updated=whsec_…".
	envVolterasTypes = "VOLTERAS_WEBHOOK_SECRETS"
	envEDRV          = "EDRV_WEBHOOK_SECRET"
	envSmartcar      = "SMARTCAR_MANAGEMENT_TOKEN"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return // -h printed the usage
		}
		fmt.Fprintln(os.Stderr, "receiver:", err)
		os.Exit(1)
	}
}

// config is what the flags set.
type config struct {
	addr       string
	maxBody    int64
	dedup      bool
	dedupTTL   time.Duration
	dedupLease time.Duration
	dedupSize  int
	edrvMaxAge time.Duration
}

// run parses args, builds the handler from the secrets getenv returns and
// serves until ctx is done.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	var cfg config
	fs := flag.NewFlagSet("receiver", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.Int64Var(&cfg.maxBody, "max-body", dispatch.DefaultMaxBodyBytes, "largest accepted body, in bytes")
	fs.BoolVar(&cfg.dedup, "dedup", true, "handle each message id once (in memory); -dedup=false handles every verified delivery")
	fs.DurationVar(&cfg.dedupTTL, "dedup-ttl", 0,
		"how long a handled message id is remembered (default: the longer of 96h, the providers' retry span, and -edrv-max-age)")
	fs.DurationVar(&cfg.dedupLease, "dedup-lease", dispatch.DefaultClaimLease, "how long a delivery in progress blocks its redeliveries")
	fs.IntVar(&cfg.dedupSize, "dedup-size", dispatch.DefaultDedupSize, "most message ids remembered")
	fs.DurationVar(&cfg.edrvMaxAge, "edrv-max-age", edrv.DefaultMaxAge,
		"refuse eDRV deliveries whose signed createdAt is older than this (0 turns the check off)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if err := cfg.resolve(); err != nil {
		return err
	}

	events := slog.New(slog.NewJSONHandler(stdout, nil))
	problems := slog.New(slog.NewJSONHandler(stderr, nil))
	handler, providers, err := newHandler(getenv, events, problems, cfg)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	attrs := []any{"addr", ln.Addr().String(), "providers", providers, "dedup", cfg.dedup}
	if cfg.dedup {
		attrs = append(attrs, "dedup_ttl", cfg.dedupTTL.String(), "dedup_lease", cfg.dedupLease.String(), "dedup_size", cfg.dedupSize)
	}
	attrs = append(attrs, "edrv_max_age", cfg.edrvMaxAge.String())
	problems.Info("listening", attrs...)
	if cfg.dedup && cfg.edrvMaxAge == 0 && slices.Contains(providers, "edrv") {
		problems.Warn("eDRV deliveries have no maximum age: a captured delivery replayed after the dedup TTL is handled again")
	}

	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	problems.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	problems.Info("stopped")
	return nil
}

// resolve fills the defaults that depend on other flags and refuses
// settings that would reopen a replay window.
func (c *config) resolve() error {
	if c.edrvMaxAge < 0 {
		return fmt.Errorf("-edrv-max-age %v is negative", c.edrvMaxAge)
	}
	if !c.dedup {
		return nil
	}
	if c.dedupTTL == 0 {
		// A handled id must be remembered at least as long as a replay of it
		// can still verify: Svix retries for about 28 hours, the Standard
		// Webhooks schedule for about 76 (dispatch.DefaultDedupTTL covers
		// both), and an eDRV delivery verifies until its createdAt is older
		// than the maximum age.
		c.dedupTTL = max(dispatch.DefaultDedupTTL, c.edrvMaxAge)
	}
	switch {
	case c.dedupTTL < 0:
		return fmt.Errorf("-dedup-ttl %v is negative", c.dedupTTL)
	case c.dedupTTL < c.edrvMaxAge:
		return fmt.Errorf("-dedup-ttl %v is shorter than -edrv-max-age %v: an eDRV delivery replayed after the TTL would be handled again", c.dedupTTL, c.edrvMaxAge)
	case c.dedupLease <= 0:
		return fmt.Errorf("-dedup-lease %v is not positive", c.dedupLease)
	case c.dedupSize <= 0:
		return fmt.Errorf("-dedup-size %d is not positive", c.dedupSize)
	}
	return nil
}

// newHandler builds one router per configured provider, sharing one
// deduplicator (its keys carry the provider). It fails when no secret is set
// or a set one cannot be used.
func newHandler(getenv func(string) string, events, problems *slog.Logger, cfg config) (http.Handler, []string, error) {
	mux := http.NewServeMux()
	var providers []string
	var dedup dispatch.Deduplicator
	if cfg.dedup {
		dedup = auditedDedup{
			Deduplicator: dispatch.NewMemoryDeduplicator(cfg.dedupSize, cfg.dedupTTL, dispatch.WithLease(cfg.dedupLease)),
			log:          problems,
		}
	}
	add := func(provider, pattern string, src dispatch.Source) {
		opts := []dispatch.Option{
			dispatch.WithMaxBodyBytes(cfg.maxBody),
			dispatch.WithErrorHandler(func(r *http.Request, err error) { logProblem(problems, provider, r, err) }),
			// Every event goes to the fallback, which sees the whole message,
			// id included; a real service registers typed handlers with
			// dispatch.Handle instead.
			dispatch.WithFallback(func(ctx context.Context, msg dispatch.Message) error {
				events.InfoContext(ctx, "event", "provider", provider, "event", msg.Name, "go_type", dispatch.TypeName(msg.Event), "id", msg.ID)
				return nil
			}),
		}
		if dedup != nil {
			opts = append(opts, dispatch.WithDeduplicator(dedup))
		}
		mux.Handle(pattern, dispatch.New(src, opts...))
		providers = append(providers, provider)
	}

	var errs []error
	if src, ok, err := volterasSource(getenv); err != nil {
		errs = append(errs, err)
	} else if ok {
		add("volteras", "/webhooks/volteras/{event}", src)
	}
	if s, ok, err := secret(getenv, envEDRV); err != nil {
		errs = append(errs, err)
	} else if ok {
		var opts []edrv.SourceOption
		if cfg.edrvMaxAge > 0 {
			opts = append(opts, edrv.WithMaxAge(cfg.edrvMaxAge))
		}
		src, err := edrv.NewSource(s, opts...)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", envEDRV, err))
		} else {
			add("edrv", "/webhooks/edrv", src)
		}
	}
	if s, ok, err := secret(getenv, envSmartcar); err != nil {
		errs = append(errs, err)
	} else if ok {
		src, err := smartcar.NewSource(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", envSmartcar, err))
		} else {
			add("smartcar", "/webhooks/smartcar", src)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	if len(providers) == 0 {
		return nil, nil, fmt.Errorf("no provider configured: set at least one of %s, %s, %s, %s", envVolteras, envVolterasTypes, envEDRV, envSmartcar)
	}
	return mux, providers, nil
}

// auditedDedup logs each redelivery the deduplicator skips as already
// handled (the router answers it 200 without a handler and reports nothing),
// so that every message id's fate can be read from the logs: handled on
// stdout, skipped or rejected on stderr.
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

// volterasSource builds the Volteras source from the single secret and the
// per-type secrets. A delivery is verified with the secret of the event type
// its path claims, so a delivery re-sent on another type's path is a 401;
// types without a secret of their own use the single secret, and without
// one they are refused (401).
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
// is unset or empty; a value with surrounding white space is an error, as it
// is almost always a copy-and-paste slip that would make every signature fail.
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

// logProblem logs a failed delivery on stderr: the provider, the stage that
// failed, the status answered, the message id and event when decoding got
// that far, the path, and the cause. Causes name what failed, never a
// secret or a computed MAC (the provider packages keep them out of errors).
func logProblem(problems *slog.Logger, provider string, r *http.Request, err error) {
	attrs := []any{"provider", provider}
	var de *dispatch.Error
	if !errors.As(err, &de) {
		problems.Warn("delivery rejected", append(attrs, "err", err.Error())...)
		return
	}
	attrs = append(attrs, "stage", stage(de.Kind), "status", de.Status)
	if de.ID != "" {
		attrs = append(attrs, "id", de.ID)
	}
	if de.Event != "" {
		attrs = append(attrs, "event", de.Event)
	}
	if r != nil {
		attrs = append(attrs, "path", r.URL.Path)
	}
	cause := ""
	if de.Kind != nil {
		cause = de.Kind.Error()
	}
	if de.Err != nil {
		cause += ": " + de.Err.Error()
	}
	attrs = append(attrs, "err", cause)
	if errors.Is(de.Kind, dispatch.ErrDedup) {
		// Not a rejection: the delivery was handled without deduplication.
		problems.Error("deduplication failed", attrs...)
		return
	}
	problems.Warn("delivery rejected", attrs...)
}

// stage names the step of the pipeline a dispatch sentinel reports.
func stage(kind error) string {
	switch kind {
	case dispatch.ErrMethodNotAllowed:
		return "method"
	case dispatch.ErrBodyTooLarge, dispatch.ErrBodyRead:
		return "read"
	case dispatch.ErrVerify:
		return "verify"
	case dispatch.ErrDecode:
		return "decode"
	case dispatch.ErrHandler, dispatch.ErrPanic:
		return "handler"
	case dispatch.ErrInFlight, dispatch.ErrDedup:
		return "dedup"
	case dispatch.ErrSink:
		return "sink"
	}
	return "unknown"
}
