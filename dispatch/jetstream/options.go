package jetstream

import (
	"fmt"
	"time"

	njs "github.com/nats-io/nats.go/jetstream"
)

// Defaults of the options. They are chosen for webhook traffic: few,
// small messages that must never be lost, from providers that retry for
// hours; see the package documentation for the reasoning.
const (
	// DefaultStream is the name of the stream deliveries are stored in.
	DefaultStream = "EVHOOKS"
	// DefaultSubjectPrefix is the first token of the subjects deliveries
	// are stored under: "evhooks.<provider>.<event>".
	DefaultSubjectPrefix = "evhooks"
	// DefaultDeadLetterPrefix is the first token of the dead-letter
	// subjects: "evhooks_dead.<provider>.<event>".
	DefaultDeadLetterPrefix = "evhooks_dead"
	// DefaultConsumer is the durable name of the consumer group that every
	// replica's [Consumer] shares.
	DefaultConsumer = "evhooks"
	// DefaultDuplicateWindow is how long the stream remembers message ids
	// to drop redeliveries: 48 hours, the 27 h 35 min span of Svix's
	// automatic retries (Volteras) plus 20 hours of margin; Smartcar's
	// retries end after 3 minutes, and eDRV does not publish its schedule.
	DefaultDuplicateWindow = 48 * time.Hour
	// DefaultPublishTimeout bounds one [Sink.Store]: the time to get the
	// stream's acknowledgement, well inside the 15 seconds Svix and
	// Smartcar wait for an answer.
	DefaultPublishTimeout = 5 * time.Second
	// DefaultHandlerTimeout bounds one run of the handlers of a stored
	// delivery; the handlers' context is cancelled when it runs out.
	DefaultHandlerTimeout = 30 * time.Second
	// DefaultAckWait is how long the stream waits for the answer to one
	// delivery of a message before it delivers it again (after a crash):
	// the handler timeout plus 30 seconds for acknowledging.
	DefaultAckWait = DefaultHandlerTimeout + 30*time.Second
	// DefaultMaxDeliver is how many times a message is handled before it
	// goes to the dead-letter subject. With the default back-off the 20
	// attempts span about 5 hours.
	DefaultMaxDeliver = 20
	// DefaultBackoffMin is the delay before the second delivery of a
	// message whose handler failed; each further failure doubles it.
	DefaultBackoffMin = 2 * time.Second
	// DefaultBackoffMax caps the delay between two deliveries.
	DefaultBackoffMax = 30 * time.Minute
	// DefaultConcurrency is how many stored deliveries one [Consumer]
	// handles at the same time.
	DefaultConcurrency = 16
)

// Option configures a [Sink] and a [Consumer]. Both take the same options,
// so that a program can pass one list to both; each uses the ones that
// concern it and ignores the others.
type Option func(*config)

type config struct {
	stream       string
	prefix       string
	deadPrefix   string
	consumer     string
	storage      njs.StorageType
	replicas     int
	dupWindow    time.Duration
	pubTimeout   time.Duration
	handlerTO    time.Duration
	ackWait      time.Duration
	maxDeliver   int
	backoffMin   time.Duration
	backoffMax   time.Duration
	concurrency  int
	onError      func(error)
	ackWaitGiven bool
}

func newConfig(opts []Option) (config, error) {
	c := config{
		stream:      DefaultStream,
		prefix:      DefaultSubjectPrefix,
		deadPrefix:  DefaultDeadLetterPrefix,
		consumer:    DefaultConsumer,
		storage:     njs.FileStorage,
		replicas:    1,
		dupWindow:   DefaultDuplicateWindow,
		pubTimeout:  DefaultPublishTimeout,
		handlerTO:   DefaultHandlerTimeout,
		maxDeliver:  DefaultMaxDeliver,
		backoffMin:  DefaultBackoffMin,
		backoffMax:  DefaultBackoffMax,
		concurrency: DefaultConcurrency,
	}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if !c.ackWaitGiven {
		c.ackWait = c.handlerTO + 30*time.Second
	}
	return c, c.check()
}

// check reports the first unusable setting, wrapping [ErrInvalidOption].
func (c *config) check() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: "+format, append([]any{ErrInvalidOption}, args...)...)
	}
	switch {
	case !validName(c.stream):
		return bad("stream name %q", c.stream)
	case !validPrefix(c.prefix):
		return bad("subject prefix %q", c.prefix)
	case !validPrefix(c.deadPrefix):
		return bad("dead-letter prefix %q", c.deadPrefix)
	case c.prefix == c.deadPrefix:
		return bad("dead-letter prefix %q equals the subject prefix", c.deadPrefix)
	case !validName(c.consumer):
		return bad("consumer name %q", c.consumer)
	case c.storage != njs.FileStorage && c.storage != njs.MemoryStorage:
		return bad("storage %v", c.storage)
	case c.replicas < 1 || c.replicas > 5:
		return bad("%d replicas (1 to 5)", c.replicas)
	case c.dupWindow <= 0:
		return bad("duplicate window %v", c.dupWindow)
	case c.pubTimeout <= 0:
		return bad("publish timeout %v", c.pubTimeout)
	case c.handlerTO <= 0:
		return bad("handler timeout %v", c.handlerTO)
	case c.ackWait < c.handlerTO:
		return bad("ack wait %v shorter than the handler timeout %v", c.ackWait, c.handlerTO)
	case c.maxDeliver < 1:
		return bad("max deliver %d", c.maxDeliver)
	case c.backoffMin <= 0 || c.backoffMax < c.backoffMin:
		return bad("back-off from %v to %v", c.backoffMin, c.backoffMax)
	case c.concurrency < 1:
		return bad("concurrency %d", c.concurrency)
	}
	return nil
}

// WithStream sets the name of the stream; the default is [DefaultStream].
func WithStream(name string) Option { return func(c *config) { c.stream = name } }

// WithSubjectPrefix sets the first token(s) of the subjects deliveries are
// stored under; the default is [DefaultSubjectPrefix]. It may hold dots
// ("acme.webhooks") but no wildcard, white space or empty token.
func WithSubjectPrefix(prefix string) Option { return func(c *config) { c.prefix = prefix } }

// WithDeadLetterPrefix sets the first token(s) of the dead-letter subjects;
// the default is [DefaultDeadLetterPrefix]. Neither prefix may be a prefix
// of the other's subjects (the stream would refuse the overlap).
func WithDeadLetterPrefix(prefix string) Option { return func(c *config) { c.deadPrefix = prefix } }

// WithConsumer sets the durable name of the consumer group; the default is
// [DefaultConsumer]. Every replica that should share the work uses the
// same name.
func WithConsumer(name string) Option { return func(c *config) { c.consumer = name } }

// WithStorage sets the stream's storage; the default is
// [njs.FileStorage], which survives a restart of the server.
// [njs.MemoryStorage] loses every stored delivery when the server stops.
func WithStorage(s njs.StorageType) Option { return func(c *config) { c.storage = s } }

// WithReplicas sets the number of copies a NATS cluster keeps of the
// stream (1 to 5); the default is 1, for a single server.
func WithReplicas(n int) Option { return func(c *config) { c.replicas = n } }

// WithDuplicateWindow sets how long the stream remembers message ids;
// the default is [DefaultDuplicateWindow]. The server keeps every id of
// the window in memory (on the order of 100 bytes each).
func WithDuplicateWindow(d time.Duration) Option { return func(c *config) { c.dupWindow = d } }

// WithPublishTimeout bounds how long [Sink.Store] waits for the stream's
// acknowledgement; the default is [DefaultPublishTimeout].
func WithPublishTimeout(d time.Duration) Option { return func(c *config) { c.pubTimeout = d } }

// WithHandlerTimeout bounds one run of the handlers of a stored delivery;
// the default is [DefaultHandlerTimeout]. Unless [WithAckWait] is given,
// the ack wait is this timeout plus 30 seconds.
func WithHandlerTimeout(d time.Duration) Option { return func(c *config) { c.handlerTO = d } }

// WithAckWait sets how long the stream waits for a consumer's answer
// before it delivers a message again; the default is the handler timeout
// plus 30 seconds. It must not be shorter than the handler timeout, or a
// slow handler would run twice at the same time.
func WithAckWait(d time.Duration) Option {
	return func(c *config) { c.ackWait, c.ackWaitGiven = d, true }
}

// WithMaxDeliver sets how many times a message is handled before it goes
// to the dead-letter subject; the default is [DefaultMaxDeliver].
func WithMaxDeliver(n int) Option { return func(c *config) { c.maxDeliver = n } }

// WithBackoff sets the delay before the next delivery of a message whose
// handler failed: min after the first failure, doubled after each further
// one, capped at max. The defaults are [DefaultBackoffMin] and
// [DefaultBackoffMax].
func WithBackoff(min, max time.Duration) Option {
	return func(c *config) { c.backoffMin, c.backoffMax = min, max }
}

// WithConcurrency sets how many stored deliveries one [Consumer] handles
// at the same time; the default is [DefaultConcurrency].
func WithConcurrency(n int) Option { return func(c *config) { c.concurrency = n } }

// WithErrorHandler sets a callback for what a [Consumer] cannot return:
// failed deliveries (an [*Failure] with the router's error), messages sent
// to the dead-letter subject, and failures to acknowledge or to fetch. fn
// may be called from several goroutines at once. Without it, these errors
// are dropped; the router's own error callback still sees every failed
// delivery.
func WithErrorHandler(fn func(err error)) Option { return func(c *config) { c.onError = fn } }
