// Package dispatch serves verified, typed webhooks over net/http.
//
// A [Router] takes the deliveries of one provider through its [Source]
// (volteras.NewSource, edrv.NewSource, smartcar.NewSource): it reads the body
// once, has the source verify the signature over those exact bytes and
// decode them into a typed event, and calls the handler registered for the
// event with [Handle]:
//
//	src, err := edrv.NewSource(os.Getenv("EDRV_WEBHOOK_SECRET"))
//	if err != nil {
//		log.Fatal(err)
//	}
//	r := dispatch.New(src,
//		dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)),
//		dispatch.WithErrorHandler(func(req *http.Request, err error) {
//			slog.Error("webhook", "err", err) // the full cause; the client got generic text
//		}))
//	dispatch.Handle(r, "session.*", func(ctx context.Context, ev *edrv.SessionEvent) error {
//		return store.SaveSession(ctx, ev.Data) // an error answers 500, so eDRV retries
//	})
//	dispatch.Handle(r, "*.rejected", func(ctx context.Context, ev *edrv.ActionEvent) error {
//		slog.Warn("action rejected", "action", ev.Data.Type, "station", ev.Data.Chargestation)
//		return nil
//	})
//	http.Handle("/webhooks/edrv", r)
//
// Patterns, the precedence between them and the registration checks are
// described at [Handle]. [Router.Deliver] is the same pipeline without
// net/http, for serverless functions and queue consumers.
//
// # Answers
//
// The router answers every delivery as follows. Failure bodies are generic
// status text and never contain the cause, which goes to the callback of
// [WithErrorHandler] as an [*Error].
//
//   - handled, or no handler for the (known or unknown) event: 200, empty body;
//   - the source asked for a reply, such as the answer to Smartcar's VERIFY:
//     the reply's status, Content-Type and body;
//   - a method other than POST: 405 with Allow: POST;
//   - a body above the limit (1 MiB unless [WithMaxBodyBytes]): 413;
//   - a body that cannot be read (the client went away): 400;
//   - the source did not verify the delivery: 401;
//   - the source could not decode the verified body: 400;
//   - the handler returned an error: 500, or the code of a [*StatusError]
//     (see [Status]);
//   - the handler panicked: 500, and the router keeps serving;
//   - with deduplication on, a redelivery of a handled message: 200 without
//     calling a handler; one that arrives while the first delivery is still
//     being handled: 409, so that the provider retries later.
//
// Handlers receive the request's context, from which [RawBody] and
// [DeliveryFromContext] return the raw body and headers.
//
// # Deduplication
//
// Providers deliver at least once. With [WithDeduplicator], a message id
// (the Standard Webhooks message id, the eDRV envelope _id, the Smartcar
// eventId) is handled once: it is claimed after verification and decoding,
// committed when the answer is 2xx and released otherwise, so that the
// provider's retry of a failed delivery is handled. Deliveries without an id
// are never deduplicated. [NewMemoryDeduplicator] serves a single process;
// [Deduplicator] shows a Redis implementation.
package dispatch
