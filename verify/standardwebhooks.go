package verify

import (
	"crypto/ed25519"
	"encoding/base64"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Standard Webhooks header names, in canonical form, and their svix aliases.
const (
	headerSvixID        = "Svix-Id"
	headerSvixTimestamp = "Svix-Timestamp"
	headerSvixSignature = "Svix-Signature"
	headerID            = "Webhook-Id"
	headerTimestamp     = "Webhook-Timestamp"
	headerSignature     = "Webhook-Signature"
)

// Limits on what [StandardWebhooks.Verify] examines in a signature header.
const (
	maxSignatureHeader = 4096 // bytes over all field lines
	maxEntries         = 16   // (version, signature) pairs examined
	maxEd25519Entries  = 4    // v1a signatures tried, each a full verification
	v1Len              = 44   // padded base64 of a 32-byte MAC
	v1aLen             = 88   // padded base64 of a 64-byte signature
)

// StandardWebhooks verifies and signs webhooks under the Standard Webhooks
// scheme used by Svix, and so by Volteras: "v1" HMAC-SHA256 signatures over
// "<id>.<timestamp>.<body>", and, with [WithPublicKey], "v1a" Ed25519 ones.
//
// It reads svix-id, svix-timestamp and svix-signature, falling back for each
// header on its own to webhook-id, webhook-timestamp and webhook-signature.
// It is safe for concurrent use.
type StandardWebhooks struct {
	macs []*MAC // primary secret first, then WithAdditionalSecrets
	pubs []ed25519.PublicKey
	cfg  Config
	msgs sync.Pool // *[]byte, contiguous messages for Ed25519
}

var _ Verifier = (*StandardWebhooks)(nil)

// NewStandardWebhooks returns a verifier for secret, the endpoint secret as
// Svix shows it ("whsec_" followed by base64) or the base64 text alone.
// Options add rotation secrets ([WithAdditionalSecrets]), Ed25519 public keys
// ([WithPublicKey]), and set the time window ([WithTolerance], [WithClock],
// [WithoutTimestampCheck]). A secret or key that cannot be used is reported
// with an error wrapping [ErrInvalidSecret]; a provider setting made with
// [WithSetting] with an error wrapping [ErrUnsupportedOption].
func NewStandardWebhooks(secret string, opts ...Option) (*StandardWebhooks, error) {
	cfg := NewConfig(opts...)
	if err := cfg.Check(SupportsTolerance | SupportsClock | SupportsAdditionalSecrets | SupportsPublicKey); err != nil {
		return nil, err
	}
	v := &StandardWebhooks{cfg: cfg}
	for i, s := range append([]string{secret}, cfg.AdditionalSecrets...) {
		key, err := decodeSecret(s)
		if err != nil {
			if i == 0 {
				return nil, fmt.Errorf("verify: secret: %w", err)
			}
			return nil, fmt.Errorf("verify: additional secret %d: %w", i, err)
		}
		v.macs = append(v.macs, NewMAC(key))
	}
	for i, k := range cfg.PublicKeys {
		pub, err := decodePublicKey(k)
		if err != nil {
			return nil, fmt.Errorf("verify: public key %d: %w", i+1, err)
		}
		v.pubs = append(v.pubs, pub)
	}
	return v, nil
}

// decodeSecret turns "whsec_<base64>" or "<base64>" into key bytes.
func decodeSecret(s string) ([]byte, error) {
	for _, p := range []string{"whpk_", "whsk_", "v1,", "v1a,"} {
		if strings.HasPrefix(s, p) {
			return nil, fmt.Errorf("%w: starts with %q, which is not a \"whsec_\" signing secret", ErrInvalidSecret, p)
		}
	}
	s = strings.TrimPrefix(s, "whsec_")
	if s == "" {
		return nil, fmt.Errorf("%w: empty", ErrInvalidSecret)
	}
	key, err := decodeBase64(s)
	if err != nil || len(key) == 0 {
		return nil, fmt.Errorf("%w: not standard base64", ErrInvalidSecret)
	}
	return key, nil
}

// decodePublicKey turns "whpk_<base64 of 32 bytes>" into an Ed25519 key.
func decodePublicKey(s string) (ed25519.PublicKey, error) {
	b64, ok := strings.CutPrefix(s, "whpk_")
	if !ok {
		return nil, fmt.Errorf("%w: a public key starts with \"whpk_\"", ErrInvalidSecret)
	}
	key, err := decodeBase64(b64)
	if err != nil {
		return nil, fmt.Errorf("%w: not standard base64", ErrInvalidSecret)
	}
	if len(key) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("%w: an ed25519 public key has %d bytes, not %d", ErrInvalidSecret, ed25519.PublicKeySize, len(key))
	}
	return ed25519.PublicKey(key), nil
}

// decodeBase64 decodes padded standard base64, or unpadded when the length
// is not a multiple of four.
func decodeBase64(s string) ([]byte, error) {
	if len(s)%4 != 0 {
		return base64.RawStdEncoding.Strict().DecodeString(s)
	}
	return base64.StdEncoding.Strict().DecodeString(s)
}

// Sign returns the "v1,<base64>" signature of body for message id msgID sent
// at ts, made with the primary secret: the value of a webhook-signature
// header. ts is truncated to whole seconds, as the scheme requires.
func (v *StandardWebhooks) Sign(msgID string, ts time.Time, body []byte) string {
	var tsBuf [20]byte
	t := strconv.AppendInt(tsBuf[:0], ts.Unix(), 10)
	var sum [32]byte
	mac := v.macs[0].sum3(sum[:0], msgID, string(t), body)
	out := make([]byte, 3, 3+v1Len)
	copy(out, "v1,")
	return string(base64.StdEncoding.AppendEncode(out, mac))
}

// Verify checks the Standard Webhooks signature of body. It returns nil when
// a "v1" entry matches any configured secret, or a "v1a" entry any configured
// public key, and the timestamp lies inside the window. Otherwise the error
// wraps [ErrMissingSignature], [ErrMalformedSignature],
// [ErrSignatureMismatch], [ErrTimestampTooOld] or [ErrTimestampTooNew]; the
// last two are only returned for an authentic signature.
//
// All field lines of the signature header are read, so a header split by a
// proxy still verifies. The id and timestamp are signed verbatim: an id
// containing '.' and a timestamp that is not plain decimal seconds are
// rejected as malformed.
func (v *StandardWebhooks) Verify(header http.Header, body []byte) error {
	return v.VerifyAt(header, body, time.Time{})
}

// VerifyAt is [StandardWebhooks.Verify] with the timestamp window centred on
// now instead of the verifier's clock; a zero now means the clock. It serves
// a delivery received earlier and verified again later, such as a stored one
// (the window is then checked against its time of receipt).
func (v *StandardWebhooks) VerifyAt(header http.Header, body []byte, now time.Time) error {
	id := firstValue(header, headerSvixID, headerID)
	ts := firstValue(header, headerSvixTimestamp, headerTimestamp)
	sigs := allValues(header, headerSvixSignature, headerSignature)
	if id == "" || ts == "" || len(sigs) == 0 {
		return fmt.Errorf("verify: %w: need id, timestamp and signature headers", ErrMissingSignature)
	}
	if strings.IndexByte(id, '.') >= 0 {
		return fmt.Errorf("verify: %w: message id contains '.'", ErrMalformedSignature)
	}
	unix, ok := parseSeconds(ts)
	if !ok {
		return fmt.Errorf("verify: %w: timestamp is not decimal unix seconds", ErrMalformedSignature)
	}
	if err := v.match(id, ts, body, sigs); err != nil {
		return err
	}
	return v.cfg.CheckTimestampAt(time.Unix(unix, 0), now)
}

// match reports nil when one of the entries in sigs is a valid signature.
func (v *StandardWebhooks) match(id, ts string, body []byte, sigs []string) error {
	size := 0
	for _, s := range sigs {
		size += len(s)
	}
	if size > maxSignatureHeader {
		return fmt.Errorf("verify: %w: signature header longer than %d bytes", ErrMalformedSignature, maxSignatureHeader)
	}

	var (
		cache   [4][v1Len]byte // encoded MACs of the first secrets, made on first use
		cached  bool
		entries int
		tried   int
		version string
		msg     *[]byte
	)
	defer func() {
		if msg != nil {
			v.msgs.Put(msg)
		}
	}()

	for _, line := range sigs {
		for rest := line; rest != ""; {
			var tok string
			tok, rest = nextToken(rest)
			if tok == "" {
				continue
			}
			if isVersion(tok) {
				version = tok
				continue
			}
			if version == "" {
				continue // stray text; not part of an entry
			}
			entries++
			if entries > maxEntries {
				return fmt.Errorf("verify: %w: more than %d signature entries", ErrMalformedSignature, maxEntries)
			}
			switch version {
			case "v1":
				if len(tok) != v1Len {
					break
				}
				if !cached {
					for i, m := range v.macs[:min(len(v.macs), len(cache))] {
						v.encodeMAC(&cache[i], m, id, ts, body)
					}
					cached = true
				}
				found := false
				for i, m := range v.macs {
					var fresh [v1Len]byte
					enc := fresh[:]
					if i < len(cache) {
						enc = cache[i][:]
					} else {
						v.encodeMAC(&fresh, m, id, ts, body)
					}
					// No early exit: every key is compared.
					if equalText(enc, tok) {
						found = true
					}
				}
				if found {
					return nil
				}
			case "v1a":
				if len(v.pubs) == 0 || len(tok) != v1aLen || tried >= maxEd25519Entries {
					break
				}
				tried++
				var sig [ed25519.SignatureSize + 2]byte
				n, err := base64.StdEncoding.Strict().Decode(sig[:], []byte(tok))
				if err != nil || n != ed25519.SignatureSize {
					break
				}
				if msg == nil {
					msg = v.message(id, ts, body)
				}
				for _, pub := range v.pubs {
					if ed25519.Verify(pub, *msg, sig[:n]) {
						return nil
					}
				}
			}
			version = ""
		}
	}
	if entries == 0 {
		return fmt.Errorf("verify: %w: no signature entry in header", ErrMalformedSignature)
	}
	return fmt.Errorf("verify: %w: no signature matched any key", ErrSignatureMismatch)
}

// encodeMAC writes the base64 text of m's MAC over id.ts.body into dst.
func (v *StandardWebhooks) encodeMAC(dst *[v1Len]byte, m *MAC, id, ts string, body []byte) {
	var sum [32]byte
	base64.StdEncoding.Encode(dst[:], m.sum3(sum[:0], id, ts, body))
}

// message builds "<id>.<ts>.<body>" in a pooled buffer, for Ed25519.
func (v *StandardWebhooks) message(id, ts string, body []byte) *[]byte {
	p, _ := v.msgs.Get().(*[]byte)
	if p == nil {
		p = new([]byte)
	}
	b := append((*p)[:0], id...)
	b = append(b, '.')
	b = append(b, ts...)
	b = append(b, '.')
	*p = append(b, body...)
	return p
}

// nextToken returns the first token of s, separated by spaces, tabs or
// commas, and the text after it.
func nextToken(s string) (tok, rest string) {
	i := 0
	for i < len(s) && isSep(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isSep(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

func isSep(c byte) bool { return c == ' ' || c == ',' || c == '\t' }

// isVersion reports whether tok looks like a signature version: "v", one or
// more digits, then an optional lower-case suffix ("v1", "v1a", "v2").
func isVersion(tok string) bool {
	if len(tok) < 2 || len(tok) > 8 || tok[0] != 'v' {
		return false
	}
	i := 1
	for i < len(tok) && '0' <= tok[i] && tok[i] <= '9' {
		i++
	}
	if i == 1 {
		return false
	}
	for ; i < len(tok); i++ {
		if tok[i] < 'a' || tok[i] > 'z' {
			return false
		}
	}
	return true
}

// parseSeconds parses 1 to 19 ASCII digits that fit in an int64.
func parseSeconds(s string) (int64, bool) {
	if len(s) == 0 || len(s) > 19 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		d := int64(c - '0')
		if n > (1<<63-1-d)/10 {
			return 0, false
		}
		n = n*10 + d
	}
	return n, true
}

// firstValue returns the first field line of the first of names that is
// present and non-empty.
func firstValue(h http.Header, names ...string) string {
	for _, n := range names {
		if vs := lookup(h, n); len(vs) > 0 && vs[0] != "" {
			return vs[0]
		}
	}
	return ""
}

// allValues returns every field line of the first of names that has a
// non-empty line.
func allValues(h http.Header, names ...string) []string {
	for _, n := range names {
		for _, s := range lookup(h, n) {
			if s != "" {
				return lookup(h, n)
			}
		}
	}
	return nil
}

// lookup returns the field lines of the canonical header name, falling back
// to a case-insensitive scan for headers built without canonical keys.
func lookup(h http.Header, canonical string) []string {
	if vs, ok := h[canonical]; ok {
		return vs
	}
	for k, vs := range h {
		if strings.EqualFold(k, canonical) {
			return vs
		}
	}
	return nil
}
