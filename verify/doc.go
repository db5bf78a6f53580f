// Package verify checks webhook signatures: the Standard Webhooks scheme that
// Svix (and so Volteras) uses, and the shared pieces the provider packages
// build their own schemes from.
//
// Every verifier implements [Verifier] and reports failures with errors that
// wrap one of this package's sentinels, so callers can branch with
// [errors.Is]:
//
//	v, err := verify.NewStandardWebhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
//		verify.WithAdditionalSecrets(oldSecret), // rotation
//		verify.WithTolerance(3*time.Minute))
//	if err != nil { ... }                       // wraps ErrInvalidSecret
//	switch err := v.Verify(r.Header, body); {
//	case err == nil:                             // authentic and fresh
//	case errors.Is(err, verify.ErrTimestampTooOld): // authentic but stale
//	default:                                     // forged, malformed or missing
//	}
//
// Verification always runs over the exact raw bytes received. Comparisons are
// constant-time, and no error text ever contains a secret or a computed MAC.
// Options are shared by every verifier of the module: [WithTolerance] (5
// minutes by default, applied in both directions), [WithClock],
// [WithoutTimestampCheck], [WithAdditionalSecrets] and [WithPublicKey].
//
// Provider packages compose their schemes from [NewMAC] (a pooled, pre-keyed
// HMAC-SHA256), [EqualHex] and [Config.CheckTimestamp], and add options of
// their own through [WithSetting].
package verify
