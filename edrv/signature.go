package edrv

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/evhooks/evhooks/verify"
)

// SignatureHeader is the header eDRV signs deliveries in.
const SignatureHeader = "Edrv-Signature"

// SignedContent selects the bytes the v1 signature of an edrv-signature
// header is computed over. eDRV does not publish it: the integrators'
// reading is the raw body, while the header's Stripe-like form suggests
// "<t>.<body>". See [WithSignedContent].
type SignedContent uint8

// Signed content modes.
const (
	// SignedBody: HMAC-SHA256 of the raw body (the default). The timestamp is
	// then not covered by the signature; the window only stops naive
	// replays, and deduplication on the envelope _id does the rest.
	SignedBody SignedContent = iota
	// SignedTimestampBody: HMAC-SHA256 of the header's t value exactly as
	// written, a dot, and the raw body.
	SignedTimestampBody
	// SignedEither accepts a signature over either message. It is meant for
	// finding out which one an endpoint uses, and is no weaker than
	// SignedBody.
	SignedEither
)

type settingKey uint8

const (
	keySignedContent settingKey = iota
	keyRejectLegacy
)

// WithSignedContent selects what the v1 signature covers, for both Verify
// and Sign; the default is [SignedBody]. It is a [verify.Option], so it
// mixes with the shared options.
func WithSignedContent(c SignedContent) verify.Option {
	return verify.WithSetting(keySignedContent, c)
}

// WithoutLegacySignature makes the verifier reject the legacy
// "sha256=<hex>" header form, which carries no timestamp, with
// [verify.ErrMalformedSignature].
func WithoutLegacySignature() verify.Option {
	return verify.WithSetting(keyRejectLegacy, true)
}

// Verifier checks the edrv-signature header of eDRV deliveries. It accepts
// the current form "t=<timestamp>,v1=<hex>" (several v1 entries allowed,
// other schemes ignored, the timestamp in seconds or milliseconds, told
// apart by magnitude) and the legacy form "sha256=<hex>". Signatures are
// HMAC-SHA256 keyed with the endpoint secret's UTF-8 bytes, compared in
// constant time. A Verifier is safe for concurrent use.
type Verifier struct {
	cfg          verify.Config
	macs         []*verify.MAC // primary secret first
	content      SignedContent
	rejectLegacy bool
}

var _ verify.Verifier = (*Verifier)(nil)

// NewVerifier returns a [Verifier] for the endpoint secret shown in eDRV's
// dashboard. It accepts the shared options ([verify.WithTolerance],
// [verify.WithClock], [verify.WithoutTimestampCheck],
// [verify.WithAdditionalSecrets]) and this package's [WithSignedContent]
// and [WithoutLegacySignature]. The default tolerance is 5 minutes in both
// directions. It fails with [verify.ErrInvalidSecret] when a secret is
// empty.
func NewVerifier(secret string, opts ...verify.Option) (*Verifier, error) {
	cfg := verify.NewConfig(opts...)
	v := &Verifier{cfg: cfg}
	for i, s := range append([]string{secret}, cfg.AdditionalSecrets...) {
		if s == "" {
			return nil, fmt.Errorf("edrv: secret %d: %w: empty", i, verify.ErrInvalidSecret)
		}
		v.macs = append(v.macs, verify.NewMAC([]byte(s)))
	}
	if c, ok := cfg.Setting(keySignedContent).(SignedContent); ok {
		if c > SignedEither {
			return nil, fmt.Errorf("edrv: unknown signed content mode %d", c)
		}
		v.content = c
	}
	v.rejectLegacy, _ = cfg.Setting(keyRejectLegacy).(bool)
	return v, nil
}

// Verify checks the edrv-signature header against the exact raw body. It
// returns nil for a valid signature made with any configured secret, and
// otherwise an error wrapping [verify.ErrMissingSignature] (no header),
// [verify.ErrMalformedSignature] (unparseable header, no t or no v1),
// [verify.ErrSignatureMismatch], or, for an authentic signature outside the
// window, [verify.ErrTimestampTooOld] or [verify.ErrTimestampTooNew].
func (v *Verifier) Verify(header http.Header, body []byte) error {
	value := strings.TrimSpace(header.Get(SignatureHeader))
	if value == "" {
		return fmt.Errorf("edrv: %w: no %s header", verify.ErrMissingSignature, SignatureHeader)
	}
	if len(value) >= len("sha256=") && strings.EqualFold(value[:len("sha256=")], "sha256=") {
		if v.rejectLegacy {
			return fmt.Errorf("edrv: %w: legacy sha256 form not accepted", verify.ErrMalformedSignature)
		}
		sig := strings.TrimSpace(value[len("sha256="):])
		var sum [32]byte
		for _, m := range v.macs {
			if verify.EqualHex(m.Sum(sum[:0], "", body), sig) {
				return nil
			}
		}
		return fmt.Errorf("edrv: %w", verify.ErrSignatureMismatch)
	}

	ts, tsText, n, err := parseHeader(value)
	if err != nil {
		return err
	}
	if !v.match(value, tsText, n, body) {
		return fmt.Errorf("edrv: %w", verify.ErrSignatureMismatch)
	}
	if err := v.cfg.CheckTimestamp(ts); err != nil {
		return fmt.Errorf("edrv: %w", err)
	}
	return nil
}

// parseHeader reads "t=<digits>,v1=<hex>,..." and returns the timestamp, its
// text and the number of v1 entries. Keys are case-insensitive; elements
// without "=" and unknown keys are ignored.
func parseHeader(value string) (ts time.Time, tsText string, v1 int, err error) {
	seenT := false
	for rest := value; rest != ""; {
		var elem string
		elem, rest, _ = strings.Cut(rest, ",")
		k, val, ok := strings.Cut(elem, "=")
		if !ok {
			continue
		}
		k, val = strings.TrimSpace(k), strings.TrimSpace(val)
		switch {
		case strings.EqualFold(k, "t"):
			if seenT {
				return ts, "", 0, fmt.Errorf("edrv: %w: more than one t", verify.ErrMalformedSignature)
			}
			seenT, tsText = true, val
		case strings.EqualFold(k, "v1"):
			v1++
		}
	}
	if !seenT {
		return ts, "", 0, fmt.Errorf("edrv: %w: no t", verify.ErrMalformedSignature)
	}
	n, ok := parseDigits(tsText)
	if !ok {
		return ts, "", 0, fmt.Errorf("edrv: %w: t is not a number", verify.ErrMalformedSignature)
	}
	if v1 == 0 {
		return ts, "", 0, fmt.Errorf("edrv: %w: no v1 signature", verify.ErrMalformedSignature)
	}
	ts, _ = epochTime(n)
	return ts, tsText, v1, nil
}

// match reports whether any v1 entry of value is a signature of the body by
// any secret, over the configured content.
func (v *Verifier) match(value, tsText string, n int, body []byte) bool {
	var sums [2][32]byte
	for _, m := range v.macs {
		var macs [2][]byte
		k := 0
		if v.content != SignedTimestampBody {
			macs[k] = m.Sum(sums[k][:0], "", body)
			k++
		}
		if v.content != SignedBody {
			macs[k] = m.Sum(sums[k][:0], timestampHead(tsText), body)
			k++
		}
		for rest := value; rest != ""; {
			var elem string
			elem, rest, _ = strings.Cut(rest, ",")
			key, sig, ok := strings.Cut(elem, "=")
			if !ok || !strings.EqualFold(strings.TrimSpace(key), "v1") {
				continue
			}
			sig = strings.TrimSpace(sig)
			for _, mac := range macs[:k] {
				if verify.EqualHex(mac, sig) {
					return true
				}
			}
		}
	}
	return false
}

func timestampHead(ts string) string { return ts + "." }

// Sign returns a complete edrv-signature header value for body at ts,
// "t=<unix milliseconds>,v1=<hex>", signed with the primary secret over
// the configured content (the raw body by default; for [SignedEither], the
// raw body). It is meant for tests and for relaying deliveries.
func (v *Verifier) Sign(ts time.Time, body []byte) string {
	t := strconv.FormatInt(ts.UnixMilli(), 10)
	head := ""
	if v.content == SignedTimestampBody {
		head = timestampHead(t)
	}
	var sum [32]byte
	mac := v.macs[0].Sum(sum[:0], head, body)
	b := make([]byte, 0, len("t=,v1=")+len(t)+64)
	b = append(b, "t="...)
	b = append(b, t...)
	b = append(b, ",v1="...)
	b = verify.AppendHex(b, mac)
	return string(b)
}

// SignLegacy returns a legacy "sha256=<hex>" header value for body, signed
// with the primary secret over the raw body.
func (v *Verifier) SignLegacy(body []byte) string {
	var sum [32]byte
	return string(verify.AppendHex([]byte("sha256="), v.macs[0].Sum(sum[:0], "", body)))
}
