// Package jetstream is durable ingest for [dispatch] on NATS JetStream:
// verify, store, answer 200, and handle the stored deliveries from a queue
// shared by every replica.
//
// It is a nested module (github.com/evhooks/evhooks/dispatch/jetstream),
// so the core module never depends on a NATS client. Its name is the same as
// nats.go's jetstream package; import one of them under another name, for
// example njs "github.com/nats-io/nats.go/jetstream".
//
// # Two routers
//
// A program builds, per provider, two [dispatch.Router] values over the
// same source:
//
//   - the ingest router, given to [net/http], with [dispatch.WithSink] and
//     a [Sink]. It verifies and decodes each delivery, publishes it to the
//     stream and answers 200 only after the stream's acknowledgement, 503
//     when the publish fails or times out (so the provider retries). It has
//     no handlers.
//   - the consuming router, with the typed handlers registered with
//     [dispatch.Handle] and no sink, given to [NewConsumer]. The [Consumer]
//     runs each stored delivery through [dispatch.Router.DeliverStored].
//
// Usage:
//
//	nc, _ := nats.Connect(os.Getenv("NATS_URL"))
//	js, _ := njs.New(nc)
//	sink, err := jetstream.NewSink(ctx, js)
//	ingest := dispatch.New(src, dispatch.WithSink(sink))
//	http.Handle("POST /webhooks/edrv", ingest)
//
//	handlers := dispatch.New(src, dispatch.WithDeduplicator(redisdedup.New(rdb)))
//	dispatch.Handle(handlers, edrv.SessionUpdated, onSession)
//	cons, err := jetstream.NewConsumer(ctx, js, map[string]*dispatch.Router{"edrv": handlers})
//	go cons.Run(ctx)
//
// # Subjects and headers
//
// A delivery is stored under [Subject](prefix, provider, event), by default
// "evhooks.<provider>.<event>", for example "evhooks.edrv.session.updated"
// or "evhooks.volteras.device.telemetry": the event name keeps its dots as
// subject tokens; bytes a subject token cannot carry portably are written
// %XX (see [Subject]). The [Consumer] subscribes to "evhooks.>"; a program
// of its own can filter one provider ("evhooks.edrv.>") or one family
// ("evhooks.edrv.session.*"). Dead letters go to the same subject under the
// dead-letter prefix, "evhooks_dead.edrv.session.updated", in the same
// stream, so they are kept until someone reads them (with [Unpack]).
//
// The message data is the exact body. Its headers are the delivery's
// request headers, which verification needs again (signature headers such
// as Edrv-Signature, Svix-Id/-Timestamp/-Signature, SC-Signature, a
// Volteras event-type header, the Content-Type), less Authorization,
// Proxy-Authorization, Cookie, hop-by-hop headers and every header starting
// with "Nats-" or "Evhooks-" (a sender must not steer JetStream or forge
// this package's headers); and [HeaderProvider], [HeaderEvent], [HeaderID]
// and [HeaderReceivedAt], which carry the rest of the [dispatch.Stored]
// ('%' and control bytes in them written %XX).
//
// # Duplicates
//
// A delivery with an idempotency key (the Standard Webhooks message id,
// eDRV's envelope _id, Smartcar's eventId) is published with Nats-Msg-Id
// "<provider>:<id>", so the stream drops a redelivery that arrives inside
// its duplicate window and [Sink.Store] answers it 200 at once. A delivery
// without a key (dispatch.Stored.ID == "") has no message id and is stored
// every time it comes. The window ([DefaultDuplicateWindow], 48 h) covers
// the automatic retries of every provider: Svix's schedule for Volteras
// ends 27 h 35 min after the first attempt, Smartcar's after 2 min 55 s;
// eDRV does not publish its schedule. The server keeps every id of the
// window in memory, on the order of 100 bytes each: 10 deliveries a second
// for 48 hours are about 1.7 million ids, some 170 MB; lower the window
// with [WithDuplicateWindow] for heavier traffic. The stream has work-queue
// retention: a message leaves it once handled (or dead-lettered), so its
// storage holds only the backlog. The ids are kept in memory for the whole
// window, but a server restart rebuilds them only from the messages still
// stored, so after a restart a redelivery of an already handled message is
// stored again.
//
// The stream's window is therefore a first filter, not exactly-once: for
// that, give the consuming routers a shared [dispatch.Deduplicator] (the
// dispatch/redisdedup module), which remembers handled ids for
// [dispatch.DefaultDedupTTL] and also closes manual resends and retries
// beyond the window. Do not give the ingest router a deduplicator with the
// same key space: it commits each key once the delivery is stored, and the
// consuming router would then skip every delivery as already handled. If
// the ingest router needs one, give it its own key prefix.
//
// # At-least-once
//
// The consumer acks only after the handlers returned. A replica that
// crashes between a handler's success and the ack makes the stream deliver
// the message again after the ack wait, so handlers must be idempotent or
// the consuming router must have a [dispatch.Deduplicator], which answers
// the second delivery 200 without calling the handler.
//
// # Verification of a stored delivery
//
// [dispatch.Router.DeliverStored] verifies the stored delivery again: the
// signature over the exact stored body and headers, with the source's
// secrets, so a message that was put on the stream by anything other than
// a Sink that verified it does not reach a handler. What it does not do is
// check the timestamp window against the clock: it checks it against the
// stored [dispatch.Stored.ReceivedAt], the instant the ingest router used
// for the same check, so a delivery handled hours later (back-off, a
// backlog) is not rejected as too old. That is safe because the window
// exists to stop replays of captured requests at the HTTP endpoint; a
// stored message was checked there, at ingest, and can only be replayed by
// someone who can publish to the stream, who needs no replay. Anyone with
// publish rights on the stream's subjects could store a captured, correctly
// signed delivery with a forged receive time: protect the subjects with
// NATS permissions.
//
// # Consuming
//
// [NewConsumer] creates (or updates) a durable pull consumer, by default
// [DefaultConsumer], shared by every replica, so each message goes to one
// of them. For each message the [Consumer]:
//
//   - rebuilds the [dispatch.Stored] ([Unpack]) and calls DeliverStored of
//     the router for its provider, with a context that ends after the
//     handler timeout ([DefaultHandlerTimeout], 30 s);
//   - on a 2xx answer (a duplicate already handled included) acks it and
//     waits for the server to confirm the ack;
//   - on any other answer (a handler error, 409 while another delivery of
//     the same id is in flight, no router for the provider) naks it with a
//     delay of min·2^(n-1) after the n-th failure, capped ([DefaultBackoffMin]
//     2 s, [DefaultBackoffMax] 30 min);
//   - when the failed delivery was the last allowed one ([DefaultMaxDeliver],
//     20: about 5 hours of retries with the default back-off, the span of a
//     database outage a webhook pipeline should ride out), republishes it to
//     its dead-letter subject with the original headers and body,
//     [HeaderError] (the last error), [HeaderDeliveries], [HeaderSubject]
//     and [HeaderSequence], then terminates it. A message that is not a
//     stored delivery goes there at once.
//
// The ack wait ([DefaultAckWait], the handler timeout plus 30 s) is longer
// than the handler timeout, so a slow handler is not run twice at the same
// time; a message whose replica died is delivered again after it. The
// server's limit of deliveries is one more than the attempts, so a message
// whose last attempt got no answer comes back once to be dead-lettered
// ([ErrUnanswered]) instead of staying in the stream for ever. Messages
// waiting for a delayed redelivery do not count against any limit of
// pending acks (MaxAckPending is unlimited), so failing events never stall
// the others.
//
// # Dead letters
//
// Read them with any JetStream client from the stream's dead-letter
// subjects ("evhooks_dead.>"), for example with a consumer filtered on
// them, and [Unpack] each into the [dispatch.Stored] it was. To retry one
// after fixing its cause, call [dispatch.Router.DeliverStored] with it, or
// [Sink.Store] it with ID set to "": stored again under its own id, it
// would be dropped as a duplicate while its id is in the window.
//
// # Durability
//
// The router answers 200 once the stream acknowledged the publish. With
// file storage the server has then written the message, but syncs it to
// disk only every two minutes by default (its sync_interval): a killed
// replica or a killed server loses nothing, a power loss of a single
// server could. Where that matters, run the server with sync_interval:
// always (NATS 2.10 and later), or a NATS cluster with [WithReplicas](3).
//
// The stream has work-queue retention, so JetStream allows no second
// consumer whose filter overlaps the [Consumer]'s: read the deliveries
// elsewhere by mirroring the stream, not with another consumer on it.
//
// # Defaults
//
// File storage, one replica, stream [DefaultStream] ("EVHOOKS") with the
// subjects "evhooks.>" and "evhooks_dead.>", work-queue retention, a 48 h
// duplicate window, a 5 s publish timeout (inside the 15 s Svix and
// Smartcar wait for an answer), consumer [DefaultConsumer] ("evhooks"),
// 30 s handler timeout, 60 s ack wait, 20 deliveries, back-off from 2 s to
// 30 min, [DefaultConcurrency] (16) deliveries handled at a time per
// [Consumer]. Each has an Option. [NewSink] and [NewConsumer] both create
// the stream or update it to their options, so every replica must be given
// the same options.
//
// The server's max_payload (1 MiB by default) must hold the body and its
// headers: with the router's default body limit of 1 MiB, raise
// max_payload or lower [dispatch.WithMaxBodyBytes], or the largest
// deliveries are answered 503 for ever.
package jetstream
