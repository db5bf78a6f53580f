// Package dispatch serves verified, typed webhooks over net/http.
//
// A [Router] takes the deliveries of one provider through its [Source]
// (volteras.NewSource, edrv.NewSource, smartcar.NewSource): it reads the body
// once, has the source verify the signature over those exact bytes and
// decode them into a typed event, and calls the handler registered for the
// event with [Handle]. A whole server for eDRV:
//
//	package main
//
//	import (
//		"context"
//		"log"
//		"log/slog"
//		"net/http"
//		"os"
//
//		"github.com/evhooks/evhooks/dispatch"
//		"github.com/evhooks/evhooks/edrv"
//	)
//
//	func main() {
//		src, err := edrv.NewSource(os.Getenv("EDRV_WEBHOOK_SECRET"), edrv.WithMaxAge(edrv.DefaultMaxAge))
//		if err != nil {
//			log.Fatal(err)
//		}
//		r := dispatch.New(src,
//			dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(0, 0)),
//			dispatch.WithErrorHandler(func(req *http.Request, err error) {
//				slog.Warn("webhook rejected", "err", err) // the full cause; the sender only sees "Unauthorized"
//			}))
//		dispatch.Handle(r, "session.*", func(ctx context.Context, ev *edrv.SessionEvent) error {
//			return saveSession(ctx, ev.Data) // an error answers 500, so eDRV retries
//		})
//		dispatch.Handle(r, "*.rejected", func(ctx context.Context, ev *edrv.ActionEvent) error {
//			slog.Warn("action rejected", "action", ev.Name.Action(), "station", ev.ChargestationID())
//			return nil
//		})
//		http.Handle("/webhooks/edrv", r)
//		log.Fatal(http.ListenAndServe(":8080", nil))
//	}
//
//	// saveSession stores a session; a real service writes to its database.
//	func saveSession(ctx context.Context, s edrv.Session) error { return nil }
//
// Patterns, the precedence between them and the registration checks are
// described at [Handle]. [Router.Deliver] is the same pipeline without
// net/http, for serverless functions and queue consumers.
//
// # Answers
//
// The router answers every delivery as follows. Failure bodies are generic
// status text ("Unauthorized\n", with Content-Type text/plain) and never
// contain the cause, which goes to the callback of [WithErrorHandler] as an
// [*Error] wrapping the sentinel named here.
//
//	situation                                            status  body         reported as
//	handled, or no handler for the (known or unknown)
//	  event and no fallback                              200     empty        -
//	the source answers the event itself (Smartcar
//	  VERIFY, v2 and v4)                                 reply's reply's      -
//	method other than POST                               405     generic      ErrMethodNotAllowed
//	                                                             (Allow: POST)
//	body larger than the limit (1 MiB unless
//	  WithMaxBodyBytes), declared or found while reading 413     generic      ErrBodyTooLarge
//	                                                             (Connection: close)
//	body could not be read (the client went away)        400     generic      ErrBodyRead
//	missing, malformed or wrong signature, timestamp
//	  outside the window, delivery too old               401     generic      ErrVerify
//	signature fine but the body is not a valid payload   400     generic      ErrDecode
//	handler (or fallback) returned an error              500, or the code of  ErrHandler
//	                                                     a *StatusError
//	handler panicked (the router keeps serving)          500     generic      ErrPanic
//	redelivery already handled (deduplication on)        200     empty        -
//	redelivery while the first is in flight (dedup on)   409     generic      ErrInFlight
//	the Deduplicator failed (the delivery is handled
//	  as if deduplication were off)                      as above             ErrDedup
//	with a Sink: stored                                  200     empty        -
//	with a Sink: storing failed (the claim is released)  503     generic      ErrSink
//
// A body over the limit is not simply refused: the router first reads and
// discards the rest of it, up to 32 MiB (or four times the limit, if
// larger) and for at most 5 seconds, then answers 413 and closes the
// connection. A sender that writes its whole body before reading the answer
// (many HTTP clients without Expect: 100-continue) would otherwise see the
// connection reset and retry instead of reading the 413; nginx's lingering
// close does the same. Nothing is buffered, so memory stays flat whatever
// the size.
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
// provider's retry of a failed delivery is handled. A claim holds only for
// a short lease ([DefaultClaimLease]), so a hung or crashed handler does not
// block the retries for the whole time a handled id is remembered
// ([DefaultDedupTTL]). Deliveries without an id are never deduplicated, and
// a failing store degrades to at-least-once delivery. [NewMemoryDeduplicator]
// serves a single process; the dispatch/redisdedup module serves several
// replicas.
//
// # Durable ingest
//
// With [WithSink], the router stores each verified, decoded delivery (a
// [Stored]: provider, name, id, headers, exact body and time of receipt)
// instead of calling handlers, and answers 200 only once it is stored; a
// consumer later runs it through the handlers with [Router.DeliverStored],
// which verifies it again against its time of receipt. The dispatch/jetstream
// module is such a sink on NATS JetStream.
package dispatch
