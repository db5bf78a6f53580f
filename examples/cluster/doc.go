// Command cluster is the webhook receiver of examples/receiver built to run
// as several replicas behind a load balancer: it answers a delivery only
// once it is stored durably, handles it from a queue shared by every
// replica, and handles each message id once across all of them.
//
//	VOLTERAS_WEBHOOK_SECRET=whsec_... EDRV_WEBHOOK_SECRET=... \
//	SMARTCAR_MANAGEMENT_TOKEN=... go run . -addr 127.0.0.1:8081
//
// Routes, as in examples/receiver, with secrets from the same variables
// (VOLTERAS_WEBHOOK_SECRET and/or the per-type VOLTERAS_WEBHOOK_SECRETS
// "device.telemetry=whsec_…,command.updated=whsec_…", EDRV_WEBHOOK_SECRET,
// SMARTCAR_MANAGEMENT_TOKEN; at least one must be set):
//
//	POST /webhooks/volteras/{event}   the path segment is the Volteras event type
//	POST /webhooks/edrv
//	POST /webhooks/smartcar           also answers Smartcar's VERIFY challenge
//	GET  /healthz                     200 once the replica serves
//
// # How a delivery flows
//
// Per provider each replica has two [dispatch.Router] values over the same
// source:
//
//   - the ingest router, on the route: it verifies the signature and the
//     timestamp window, decodes the event, publishes the exact body and
//     headers to a NATS JetStream stream (dispatch/jetstream's Sink) and
//     answers 200 only after the stream acknowledged it; 503 when NATS
//     does not, so the provider retries. A redelivery inside the stream's
//     duplicate window (48 hours) is dropped by the stream (Nats-Msg-Id is
//     the message id) and answered 200.
//   - the consuming router: dispatch/jetstream's Consumer, one durable
//     consumer shared by every replica (each stored delivery goes to one of
//     them), runs it with [dispatch.Router.DeliverStored]. Its
//     deduplicator is dispatch/redisdedup on the shared Redis, so a message
//     id is handled once across the replicas for 96 hours, even when the
//     stream stored it twice (beyond the window, after a NATS restart) or
//     delivered it again after a replica died between handling and ack.
//     A failed handling is retried with back-off and, after -max-deliver
//     handlings, republished to the dead-letter subject
//     ("evhooks_dead.<provider>.<event>") with its last error.
//
// The handler is the application's: here it logs one JSON line per handled
// event on stdout (keys provider, event, go_type, id and instance) and, with
// -record, appends "<provider>:<id> <instance>" to a Redis list. Every
// failure, and every stored delivery skipped as already handled ("redelivery
// skipped"), is a JSON line on stderr with the provider and the id.
//
// # Failures
//
// Redis down: deduplication fails open (the delivery is handled, the error
// logged); at-least-once, nothing lost. NATS down: the ingest routes answer
// 503 and the providers retry; the consumer resumes when NATS is back. A
// replica killed mid-handling: its stored deliveries are delivered again to
// another replica after the ack wait; its Redis claims block them until
// their lease ends. A kill between a handler's success and the commit of
// its id (one Redis round trip) lets the id be handled a second time:
// exactly-once effects need handlers that are idempotent, or whose effect
// and id commit are one transaction.
//
// # Flags
//
// Addresses: -addr (127.0.0.1:8080), -redis ($REDIS_ADDR or
// 127.0.0.1:6379), -nats ($NATS_URL or nats://127.0.0.1:4222), -instance
// (host-pid). Names, so that several deployments or test runs can share
// the servers: -stream, -subject-prefix, -dead-letter-prefix, -consumer,
// -redis-prefix. Tuning, with the libraries' defaults: -lease (2 min),
// -dedup-ttl (96 h), -redis-timeout (500 ms), -duplicate-window (48 h),
// -handler-timeout (30 s),
// -ack-wait (handler timeout + 30 s), -max-deliver (20), -backoff-min (2 s),
// -backoff-max (30 min), -concurrency (16), -max-body (512 KiB, so that a
// body and its headers fit NATS's default 1 MiB max_payload), -edrv-max-age
// (edrv.DefaultMaxAge). Every replica must get the same names and tuning.
//
// Fault injection, for the acceptance test and demonstrations:
// -fault-transient N makes the first handling of N per mille of the message
// ids fail, -fault-always N makes every handling of another N per mille fail
// (chosen by a hash of "<provider>:<id>").
package main
