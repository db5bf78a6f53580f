// Package edrvtest builds signed eDRV webhook deliveries for tests of code
// that receives them, and holds a catalogue of example payloads: one for
// every event name of eDRV's catalogue and one for every documented variant.
//
//	body := edrvtest.Payload(edrv.SessionUpdated)
//	req := edrvtest.NewRequest(secret, body)
//	rec := httptest.NewRecorder()
//	handler.ServeHTTP(rec, req) // e.g. a dispatch.Router over edrv.NewSource(secret)
//
// [NewRequest] signs the body the way eDRV signs deliveries, so a handler
// built with the same secret accepts it; [Header] returns only the headers.
// Options change what is signed and how:
//
//   - [WithTime]: sign at another time, for example a stale delivery;
//   - [WithTarget]: post to another path or URL than [DefaultTarget];
//   - [WithHeaderForm]: the current "t=…,v1=…" form over the raw body
//     ([HeaderV1], the default), over "<t>.<body>" ([HeaderV1TimestampBody]),
//     or the legacy "sha256=…" form ([HeaderLegacy]);
//   - [WithWrongSecret]: sign with another secret, so verification fails;
//   - [WithAdditionalSecrets]: several v1 entries, as during a secret rotation;
//   - [WithEscapedUnicode]: sign the body with its non-ASCII characters
//     written as \uXXXX escapes ([EscapeUnicode]).
//
// # Payload catalogue
//
// [Payload] returns the example of an event name, such as
// "chargestation.online", or of a variant, such as "session.updated/2022";
// [Payloads] yields them all. Every body is a full envelope
// {_id, type, object, data, createdAt} whose data is faithful to the object
// eDRV documents for the event: eDRV's published examples where there are
// some, and bodies derived from the documented object where eDRV publishes
// none (the payloads/README.md file of this package lists which).
// [SetCreatedAt] and [SetID] change the envelope of a payload, for a
// receiver that refuses old events (edrv.WithMaxAge) or a second, distinct
// delivery of the same event.
package edrvtest
