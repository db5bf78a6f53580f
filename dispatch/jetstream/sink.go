package jetstream

import (
	"context"
	"fmt"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/nats-io/nats.go"
	njs "github.com/nats-io/nats.go/jetstream"
)

// Sink is the ingest side: a [dispatch.Sink] that publishes each verified,
// decoded delivery to the stream and returns once the stream has
// acknowledged it. Give it to the ingest router with [dispatch.WithSink].
// A Sink is safe for concurrent use.
type Sink struct {
	js  njs.JetStream
	cfg config
}

var _ dispatch.Sink = (*Sink)(nil)

// NewSink returns a [Sink] publishing through js, after creating the
// stream or updating it to the options (idempotent: every replica may do
// it at start). It fails with an error wrapping [ErrInvalidOption] for an
// unusable option, or with the server's error.
func NewSink(ctx context.Context, js njs.JetStream, opts ...Option) (*Sink, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	if _, err := ensureStream(ctx, js, &cfg); err != nil {
		return nil, err
	}
	return &Sink{js: js, cfg: cfg}, nil
}

// Store publishes s to [Subject](prefix, s.Provider, s.Name): the exact
// body as the data, the request headers (less credentials, hop-by-hop
// headers and any "Nats-" or "Evhooks-" header) and [HeaderProvider],
// [HeaderEvent], [HeaderID] and [HeaderReceivedAt]. When s.ID is not
// empty, the message id (Nats-Msg-Id) is "<provider>:<id>", so the stream
// drops a redelivery inside its duplicate window and Store returns nil for
// it; a delivery without an id is stored every time it comes. Store
// returns nil only after the stream's acknowledgement, and an error when
// the publish fails or takes longer than the publish timeout (the router
// then answers 503 and the provider retries). A publish that timed out
// while the connection was down may still be stored when it comes back
// (the NATS client buffers while it reconnects); the message id makes the
// provider's retry of it a duplicate.
func (s *Sink) Store(ctx context.Context, st dispatch.Stored) error {
	subject := Subject(s.cfg.prefix, st.Provider, st.Name)
	h := pack(&st)
	if id := msgID(st.Provider, st.ID); id != "" {
		h[njs.MsgIDHeader] = []string{id}
	}
	h[njs.ExpectedStreamHeader] = []string{s.cfg.stream}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.pubTimeout)
	defer cancel()
	if _, err := s.js.PublishMsg(ctx, &nats.Msg{Subject: subject, Header: h, Data: st.Body}); err != nil {
		return fmt.Errorf("jetstream: publish to %s: %w", subject, err)
	}
	return nil
}

// ensureStream creates the stream of cfg or updates it to cfg.
func ensureStream(ctx context.Context, js njs.JetStream, cfg *config) (njs.Stream, error) {
	st, err := js.CreateOrUpdateStream(ctx, njs.StreamConfig{
		Name:        cfg.stream,
		Description: "evhooks: verified webhook deliveries and their dead letters",
		Subjects:    []string{cfg.prefix + ".>", cfg.deadPrefix + ".>"},
		Retention:   njs.WorkQueuePolicy,
		Storage:     cfg.storage,
		Replicas:    cfg.replicas,
		Duplicates:  cfg.dupWindow,
	})
	if err != nil {
		return nil, fmt.Errorf("jetstream: stream %s: %w", cfg.stream, err)
	}
	return st, nil
}
