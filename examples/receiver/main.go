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
	envEDRV     = "EDRV_WEBHOOK_SECRET"
	envSmartcar = "SMARTCAR_MANAGEMENT_TOKEN"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "receiver:", err)
		os.Exit(1)
	}
}

// run parses args, builds the handler from the secrets getenv returns and
// serves until ctx is done.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("receiver", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	maxBody := fs.Int64("max-body", dispatch.DefaultMaxBodyBytes, "largest accepted body, in bytes")
	dedup := fs.Bool("dedup", false, "skip redeliveries of an already handled message id (in memory)")
	if err := fs.Parse(args); err != nil {
		return err
	}

	events := slog.New(slog.NewJSONHandler(stdout, nil))
	problems := slog.New(slog.NewJSONHandler(stderr, nil))
	handler, providers, err := newHandler(getenv, events, problems, *maxBody, *dedup)
	if err != nil {
		return err
	}

	ln, err := net.Listen("tcp", *addr)
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
	problems.Info("listening", "addr", ln.Addr().String(), "providers", providers)

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

// newHandler builds one router per configured provider. It fails when no
// secret is set or a set one cannot be used.
func newHandler(getenv func(string) string, events, problems *slog.Logger, maxBody int64, dedup bool) (http.Handler, []string, error) {
	mux := http.NewServeMux()
	var providers []string
	add := func(provider, pattern string, src dispatch.Source) {
		opts := []dispatch.Option{
			dispatch.WithMaxBodyBytes(maxBody),
			dispatch.WithErrorHandler(func(r *http.Request, err error) {
				problems.Warn("delivery rejected", "provider", provider, "path", r.URL.Path, "err", err)
			}),
		}
		if dedup {
			opts = append(opts, dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)))
		}
		r := dispatch.New(src, opts...)
		dispatch.Handle(r, "*", func(ctx context.Context, ev interface{ Type() string }) error {
			events.InfoContext(ctx, "event", "provider", provider, "event", ev.Type(), "go_type", goType(ev))
			return nil
		})
		mux.Handle(pattern, r)
		providers = append(providers, provider)
	}

	var errs []error
	if s, ok, err := secret(getenv, envVolteras); err != nil {
		errs = append(errs, err)
	} else if ok {
		src, err := volteras.NewSource(s, volteras.WithPathValue("event"))
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", envVolteras, err))
		} else {
			add("volteras", "/webhooks/volteras/{event}", src)
		}
	}
	if s, ok, err := secret(getenv, envEDRV); err != nil {
		errs = append(errs, err)
	} else if ok {
		src, err := edrv.NewSource(s)
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
		return nil, nil, fmt.Errorf("no provider configured: set at least one of %s, %s, %s", envVolteras, envEDRV, envSmartcar)
	}
	return mux, providers, nil
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

// goType names the Go type of ev without the module path.
func goType(ev any) string {
	return strings.ReplaceAll(fmt.Sprintf("%T", ev), "github.com/evhooks/evhooks/", "")
}
