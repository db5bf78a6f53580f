// Command receiver is a webhook receiver for Volteras, eDRV and Smartcar, as
// a production service would run it: it serves the providers whose secret is
// set in the environment, verifies and decodes every delivery, handles each
// message once, and logs one JSON line per handled event on stdout.
//
//	VOLTERAS_WEBHOOK_SECRET=whsec_... EDRV_WEBHOOK_SECRET=... \
//	SMARTCAR_MANAGEMENT_TOKEN=... go run ./examples/receiver -addr 127.0.0.1:8080
//
// Routes:
//
//	POST /webhooks/volteras/{event}   the path segment is the Volteras event type
//	POST /webhooks/edrv
//	POST /webhooks/smartcar           also answers Smartcar's VERIFY challenge
//
// # Secrets
//
// VOLTERAS_WEBHOOK_SECRET is the Volteras endpoint secret ("whsec_…").
// The Volteras portal issues one secret per event type; give them as
//
//	VOLTERAS_WEBHOOK_SECRETS="device.telemetry=whsec_…,command.updated=whsec_…"
//
// and each delivery is verified with the secret of the type its path
// claims, so a delivery re-sent on another type's path is refused (401).
// Types without a secret of their own use VOLTERAS_WEBHOOK_SECRET; when it is
// not set, deliveries of the other types are refused (401).
// EDRV_WEBHOOK_SECRET is the eDRV webhook secret and SMARTCAR_MANAGEMENT_TOKEN
// the Smartcar application management token. The server refuses to start
// when no secret is set or one is malformed.
//
// # Replays
//
// Deduplication is on by default (-dedup=false turns it off): a message id
// (the svix-id for Volteras, the envelope _id for eDRV, the eventId for
// Smartcar) is handled once, whatever path, timestamp header or retry it
// comes back with. The ids live in memory, shared by the three providers:
//
//	-dedup-ttl    how long a handled id is remembered; default the longer of
//	              96 hours (Svix retries for about 28 hours, the Standard
//	              Webhooks schedule for about 76) and -edrv-max-age, so that a
//	              replayed eDRV delivery is either too old or remembered. A
//	              value below -edrv-max-age is refused.
//	-dedup-lease  how long a delivery being handled blocks its redeliveries
//	              (409) before a retry may take over: 2 minutes, more than any
//	              provider waits for an answer.
//	-dedup-size   most ids remembered (100000); beyond it the oldest are
//	              forgotten first.
//
// eDRV's default signature does not cover the header's timestamp, so the
// receiver also refuses eDRV deliveries whose signed createdAt is older than
// -edrv-max-age (default edrv.DefaultMaxAge; 0 turns the check off, and a
// delivery replayed after the dedup TTL is then handled again).
//
// # Logs
//
// Each handled event is one JSON line on stdout with the keys provider,
// event (the name as sent), go_type (as written in Go, such as
// *edrv.SessionEvent) and id (the idempotency key). Each failure is a line on
// stderr with provider, stage (method, read, verify, decode, handler, dedup
// or sink), status, id and event when decoding got that far, the path,
// and the cause; the sender only sees a generic status, and no line carries a
// secret or a signature. A redelivery skipped as already handled is a
// "redelivery skipped" line on stderr with provider, stage dedup and id, so
// the fate of every message id can be read from the logs. A body over -max-body (1 MiB) is drained, within
// bounds, and answered 413, so that senders that write the whole body before
// reading get the answer. The server shuts down gracefully on SIGINT or
// SIGTERM.
package main
