// Command receiver is a webhook receiver for Volteras, eDRV and Smartcar, as
// a production service would run it: it serves the providers whose secret is
// set in the environment, verifies and decodes every delivery, and logs one
// JSON line per handled event on stdout.
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
// Each handled event is logged on stdout with the keys provider, event (the
// name as sent) and go_type; rejected deliveries are logged on stderr with
// the cause, while the sender only sees a generic status. The server refuses
// to start when no secret is set or one is malformed, and shuts down
// gracefully on SIGINT or SIGTERM.
package main
