package jetstream

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/nats-io/nats.go"
	njs "github.com/nats-io/nats.go/jetstream"
)

// Consumer is the consume side: it fetches stored deliveries from the
// durable pull consumer that all replicas share, and runs each through
// [dispatch.Router.DeliverStored] of the router for its provider. It acks
// a 2xx answer (an already handled duplicate included), naks any other
// answer with an exponential, capped back-off, and after the maximum
// number of deliveries republishes the message to the dead-letter subject
// with the last error and terminates it.
type Consumer struct {
	js      njs.JetStream
	cons    njs.Consumer
	routers map[string]*dispatch.Router
	cfg     config
}

// NewConsumer returns a [Consumer] of the deliveries stored for the
// providers of routers, a map from [dispatch.Source.Provider] to the
// router that has the typed handlers. It creates the stream and the
// durable consumer, or updates them to the options (idempotent: every
// replica may do it at start). It fails with an error wrapping
// [ErrInvalidOption] for an unusable option, no router or a nil one, or
// with the server's error.
//
// The routers should not share a [dispatch.Deduplicator] key space with the
// ingest router: the ingest router commits each key once the delivery is
// stored, so a consuming router that looks the same keys up would skip every
// delivery as already handled. See the package documentation.
func NewConsumer(ctx context.Context, js njs.JetStream, routers map[string]*dispatch.Router, opts ...Option) (*Consumer, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	if len(routers) == 0 {
		return nil, fmt.Errorf("%w: no router", ErrInvalidOption)
	}
	rs := make(map[string]*dispatch.Router, len(routers))
	for p, r := range routers {
		if r == nil {
			return nil, fmt.Errorf("%w: nil router for %q", ErrInvalidOption, p)
		}
		rs[p] = r
	}
	st, err := ensureStream(ctx, js, &cfg)
	if err != nil {
		return nil, err
	}
	cons, err := st.CreateOrUpdateConsumer(ctx, njs.ConsumerConfig{
		Durable:       cfg.consumer,
		Description:   "evhooks: handlers of stored webhook deliveries",
		DeliverPolicy: njs.DeliverAllPolicy,
		AckPolicy:     njs.AckExplicitPolicy,
		AckWait:       cfg.ackWait,
		// One more than the attempts, so that a message whose last attempt
		// got no answer (crash, hang) comes back once to be dead-lettered
		// instead of staying in the stream.
		MaxDeliver:    cfg.maxDeliver + 1,
		FilterSubject: cfg.prefix + ".>",
		// Messages waiting for a delayed redelivery count as pending; a
		// limit would let a run of failing events stall all the others.
		MaxAckPending: -1,
	})
	if err != nil {
		return nil, fmt.Errorf("jetstream: consumer %s: %w", cfg.consumer, err)
	}
	return &Consumer{js: js, cons: cons, routers: rs, cfg: cfg}, nil
}

// Run fetches and handles stored deliveries until ctx is cancelled, with
// at most the configured concurrency at a time. When ctx is cancelled it
// stops fetching, hands the messages it had fetched but not started back to
// the stream (so another replica takes them at once), waits for the
// deliveries in progress to finish (each bounded by the handler timeout)
// and returns nil. The handlers' context carries ctx's values but not its
// cancellation, and ends after the handler timeout. Run returns an error
// when it cannot fetch at all (the consumer was deleted, the connection
// closed). Run may be called again after it returns; running it
// concurrently on one Consumer is allowed and adds concurrency.
func (c *Consumer) Run(ctx context.Context) error {
	it, err := c.cons.Messages(njs.PullMaxMessages(c.cfg.concurrency))
	if err != nil {
		return fmt.Errorf("jetstream: consume %s: %w", c.cfg.consumer, err)
	}
	base := context.WithoutCancel(ctx)
	slots := make(chan struct{}, c.cfg.concurrency)
	var wg sync.WaitGroup
	var runErr error
loop:
	for {
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			break loop
		}
		msg, err := it.Next(njs.NextContext(ctx))
		if err != nil {
			<-slots
			switch {
			case ctx.Err() != nil:
				break loop
			case errors.Is(err, njs.ErrMsgIteratorClosed), errors.Is(err, njs.ErrConsumerDeleted),
				errors.Is(err, njs.ErrConsumerNotFound), errors.Is(err, nats.ErrConnectionClosed):
				runErr = fmt.Errorf("jetstream: consume %s: %w", c.cfg.consumer, err)
				break loop
			}
			// Missing heartbeats while the connection is down and the like:
			// the iterator recovers by itself.
			c.report(fmt.Errorf("jetstream: consume %s: %w", c.cfg.consumer, err))
			select {
			case <-ctx.Done():
				break loop
			case <-time.After(100 * time.Millisecond):
			}
			continue
		}
		wg.Go(func() {
			defer func() { <-slots }()
			c.handle(base, msg)
		})
	}
	c.giveBack(it)
	wg.Wait()
	return runErr
}

// giveBack stops the iterator and naks, without delay, the messages it had
// buffered, so that they are redelivered now rather than after the ack
// wait.
func (c *Consumer) giveBack(it njs.MessagesContext) {
	it.Drain()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	for {
		msg, err := it.Next(njs.NextContext(ctx))
		if err != nil {
			return
		}
		msg.Nak() //nolint:errcheck // best effort: the ack wait redelivers it anyway
	}
}

// handle runs one stored delivery and settles its message.
func (c *Consumer) handle(base context.Context, msg njs.Msg) {
	md, err := msg.Metadata()
	if err != nil {
		c.report(fmt.Errorf("jetstream: %s: %w", msg.Subject(), err))
		return
	}
	f := &Failure{Subject: msg.Subject(), Sequence: md.Sequence.Stream, Deliveries: md.NumDelivered}
	st, err := Unpack(msg.Headers(), msg.Data())
	switch {
	case err != nil:
		f.Err = err
		c.deadLetter(msg, f)
		return
	case md.NumDelivered > uint64(c.cfg.maxDeliver):
		f.Err = ErrUnanswered
		c.deadLetter(msg, f)
		return
	}
	r := c.routers[st.Provider]
	if r == nil {
		f.Err = fmt.Errorf("%w %q", ErrNoRouter, st.Provider)
	} else {
		ctx, cancel := context.WithTimeout(base, c.cfg.handlerTO)
		res, err := r.DeliverStored(ctx, st)
		cancel()
		if res.Status >= 200 && res.Status < 300 {
			f.Status = res.Status
			c.ack(msg, f)
			return
		}
		f.Status, f.Err = res.Status, err
		if f.Err == nil {
			f.Err = fmt.Errorf("jetstream: router answered %d", res.Status)
		}
	}
	if md.NumDelivered >= uint64(c.cfg.maxDeliver) {
		c.deadLetter(msg, f)
		return
	}
	if err := msg.NakWithDelay(c.backoff(md.NumDelivered)); err != nil {
		f.Err = errors.Join(f.Err, fmt.Errorf("jetstream: nak: %w", err))
	}
	c.report(f)
}

// ack acknowledges a handled message and waits for the server to confirm.
func (c *Consumer) ack(msg njs.Msg, f *Failure) {
	ctx, cancel := context.WithTimeout(context.Background(), c.cfg.pubTimeout)
	defer cancel()
	if err := msg.DoubleAck(ctx); err != nil {
		f.Err = fmt.Errorf("jetstream: ack of a handled delivery: %w", err)
		c.report(f)
	}
}

// deadLetter republishes msg to its dead-letter subject with the failure,
// then terminates it. When the republish fails, msg is redelivered after the
// back-off and the next delivery tries again.
func (c *Consumer) deadLetter(msg njs.Msg, f *Failure) {
	f.DeadLettered = true
	h := make(nats.Header, len(msg.Headers())+6)
	for k, vs := range msg.Headers() {
		if !hasPrefixFold(k, "Nats-") {
			h[k] = vs
		}
	}
	h[HeaderError] = []string{oneLine(f.Error(), 4096)}
	h[HeaderDeliveries] = []string{strconv.FormatUint(f.Deliveries, 10)}
	h[HeaderSubject] = []string{f.Subject}
	h[HeaderSequence] = []string{strconv.FormatUint(f.Sequence, 10)}
	// A crash between the republish and the Term redelivers the message;
	// this id makes the stream drop the second copy.
	h[njs.MsgIDHeader] = []string{"dead:" + c.cfg.stream + ":" + strconv.FormatUint(f.Sequence, 10)}
	h[njs.ExpectedStreamHeader] = []string{c.cfg.stream}
	subject := c.cfg.deadPrefix + strings.TrimPrefix(f.Subject, c.cfg.prefix)
	ctx, cancel := context.WithTimeout(context.Background(), c.cfg.pubTimeout)
	defer cancel()
	if _, err := c.js.PublishMsg(ctx, &nats.Msg{Subject: subject, Header: h, Data: msg.Data()}); err != nil {
		f.DeadLettered = false
		f.Err = errors.Join(f.Err, fmt.Errorf("jetstream: publish to %s: %w", subject, err))
		msg.NakWithDelay(c.backoff(f.Deliveries)) //nolint:errcheck // the ack wait redelivers it anyway
		c.report(f)
		return
	}
	if err := msg.Term(); err != nil {
		f.Err = errors.Join(f.Err, fmt.Errorf("jetstream: term: %w", err))
	}
	c.report(f)
}

// backoff is the delay after the n-th failed delivery: min·2^(n-1), capped
// at max.
func (c *Consumer) backoff(n uint64) time.Duration {
	d, limit := c.cfg.backoffMin, c.cfg.backoffMax
	for i := uint64(1); i < n; i++ {
		if d > limit/2 {
			return limit
		}
		d *= 2
	}
	return min(d, limit)
}

func (c *Consumer) report(err error) {
	if c.cfg.onError != nil {
		c.cfg.onError(err)
	}
}

// oneLine returns s with control characters as spaces, cut to at most n
// bytes on a rune boundary.
func oneLine(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
