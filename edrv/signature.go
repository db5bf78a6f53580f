package edrv

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

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
	// SignedBody means HMAC-SHA256 of the raw body (the default). The timestamp is
	// then not covered by the signature; the window only stops naive
	// replays, and deduplication on the envelope _id does the rest.
	SignedBody SignedContent = iota
	// SignedTimestampBody means HMAC-SHA256 of the header's t value exactly as
	// written, a dot, and the raw body.
	SignedTimestampBody
	// SignedEither accepts a signature over either message. It is meant for
	// finding out which one an endpoint uses, and is no weaker than
	// SignedBody.
	SignedEither
)

// settingKey is the key type of this package's [verify.WithSetting]
// options; its String method names the option in errors.
type settingKey uint8

const (
	keySignedContent settingKey = iota
	keyRejectLegacy
)

// String returns the name of the option that sets the key.
func (k settingKey) String() string {
	if k == keySignedContent {
		return "edrv.WithSignedContent"
	}
	return "edrv.WithoutLegacySignature"
}

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
// dashboard. It accepts the shared options [verify.WithTolerance],
// [verify.WithoutTimestampCheck], [verify.WithClock] and
// [verify.WithAdditionalSecrets], and this package's [WithSignedContent]
// and [WithoutLegacySignature]; any other option (such as
// [verify.WithPublicKey]) is an error wrapping
// [verify.ErrUnsupportedOption]. The default tolerance is 5 minutes in both
// directions. It fails with [verify.ErrInvalidSecret] when a secret is
// empty.
func NewVerifier(secret string, opts ...verify.Option) (*Verifier, error) {
	cfg := verify.NewConfig(opts...)
	if err := cfg.Check(verify.SupportsTolerance|verify.SupportsClock|verify.SupportsAdditionalSecrets,
		keySignedContent, keyRejectLegacy); err != nil {
		return nil, fmt.Errorf("edrv: %w", err)
	}
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
//
// A body that holds non-ASCII characters also verifies when the signature
// covers its escaped-Unicode form, every non-ASCII character written as
// \uXXXX (characters above U+FFFF as a UTF-16 surrogate pair) with lower- or
// upper-case hex digits: eDRV's older signing page says it signs that
// form. The raw body is tried first; an ASCII body costs nothing more.
func (v *Verifier) Verify(header http.Header, body []byte) error {
	return v.verifyAt(header, body, v.cfg.Now())
}

// verifyAt is Verify with now as the current time.
func (v *Verifier) verifyAt(header http.Header, body []byte, now time.Time) error {
	value := strings.TrimSpace(header.Get(SignatureHeader))
	if value == "" {
		return fmt.Errorf("edrv: %w: no %s header", verify.ErrMissingSignature, SignatureHeader)
	}
	if len(value) >= len("sha256=") && strings.EqualFold(value[:len("sha256=")], "sha256=") {
		if v.rejectLegacy {
			return fmt.Errorf("edrv: %w: legacy sha256 form not accepted", verify.ErrMalformedSignature)
		}
		if !v.matchEscaped(value, "", body, true) {
			return fmt.Errorf("edrv: %w", verify.ErrSignatureMismatch)
		}
		return nil
	}

	ts, tsText, err := parseHeader(value)
	if err != nil {
		return err
	}
	if !v.matchEscaped(value, tsText, body, false) {
		return fmt.Errorf("edrv: %w", verify.ErrSignatureMismatch)
	}
	if err := v.cfg.CheckTimestampAt(ts, now); err != nil {
		return fmt.Errorf("edrv: %w", err)
	}
	return nil
}

// matchEscaped reports whether value carries a signature of body, or,
// when body has non-ASCII bytes, of its escaped-Unicode forms.
func (v *Verifier) matchEscaped(value, tsText string, body []byte, legacy bool) bool {
	if v.matchAny(value, tsText, body, legacy) {
		return true
	}
	if !hasNonASCII(body) {
		return false
	}
	for _, digits := range [...]string{lowerHex, upperHex} {
		esc, ok := escapeUnicode(body, digits)
		if !ok {
			return false
		}
		if v.matchAny(value, tsText, esc, legacy) {
			return true
		}
	}
	return false
}

// matchAny reports whether the header value carries a signature of body:
// the legacy form's one signature, or any v1 entry.
func (v *Verifier) matchAny(value, tsText string, body []byte, legacy bool) bool {
	if !legacy {
		return v.match(value, tsText, body)
	}
	sig := strings.TrimSpace(value[len("sha256="):])
	var sum [32]byte
	for _, m := range v.macs {
		if verify.EqualHex(m.Sum(sum[:0], "", body), sig) {
			return true
		}
	}
	return false
}

const (
	lowerHex = "0123456789abcdef"
	upperHex = "0123456789ABCDEF"
)

// hasNonASCII reports whether b has a byte above 0x7F.
func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// escapeUnicode returns b with every non-ASCII character written as
// \uXXXX with the given hex digits, characters above U+FFFF as a
// surrogate pair. It reports false when b is not valid UTF-8.
func escapeUnicode(b []byte, digits string) ([]byte, bool) {
	out := make([]byte, 0, len(b)+len(b)/2)
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return nil, false
		}
		i += n
		if r > 0xFFFF {
			hi, lo := utf16.EncodeRune(r)
			out = appendEscape(out, hi, digits)
			out = appendEscape(out, lo, digits)
			continue
		}
		out = appendEscape(out, r, digits)
	}
	return out, true
}

func appendEscape(b []byte, r rune, digits string) []byte {
	return append(b, '\\', 'u', digits[r>>12&0xF], digits[r>>8&0xF], digits[r>>4&0xF], digits[r&0xF])
}

// parseHeader reads "t=<digits>,v1=<hex>,..." and returns the timestamp and its
// text; it fails without a v1 entry. Keys are case-insensitive; elements
// without "=" and unknown keys are ignored.
func parseHeader(value string) (ts time.Time, tsText string, err error) {
	v1 := 0
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
				return ts, "", fmt.Errorf("edrv: %w: more than one t", verify.ErrMalformedSignature)
			}
			seenT, tsText = true, val
		case strings.EqualFold(k, "v1"):
			v1++
		}
	}
	if !seenT {
		return ts, "", fmt.Errorf("edrv: %w: no t", verify.ErrMalformedSignature)
	}
	n, ok := parseDigits(tsText)
	if !ok {
		return ts, "", fmt.Errorf("edrv: %w: t is not a number", verify.ErrMalformedSignature)
	}
	if v1 == 0 {
		return ts, "", fmt.Errorf("edrv: %w: no v1 signature", verify.ErrMalformedSignature)
	}
	ts, _ = epochTime(n)
	return ts, tsText, nil
}

// match reports whether any v1 entry of value is a signature of the body by
// any secret, over the configured content.
func (v *Verifier) match(value, tsText string, body []byte) bool {
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
