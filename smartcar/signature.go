package smartcar

import (
	"crypto/hmac"
	"crypto/sha256"
	"fmt"
	"net/http"
	"strings"

	"github.com/evhooks/evhooks/verify"
)

// SignatureHeader is the header that carries a delivery's signature. Go
// canonicalises it as "Sc-Signature"; [Verifier] finds it in any case.
const SignatureHeader = "SC-Signature"

// canonicalSignatureHeader is http.CanonicalHeaderKey(SignatureHeader).
const canonicalSignatureHeader = "Sc-Signature"

// VerifySignature checks an SC-Signature value: the hex HMAC-SHA256 of the
// exact raw body keyed with the Application Management Token. Hex digits of
// either case are accepted, surrounding spaces are ignored, and the
// comparison is constant-time. Call it on the bytes received, before any
// JSON decoding.
//
// The error wraps verify.ErrInvalidSecret (empty token),
// verify.ErrMissingSignature (empty signature), verify.ErrMalformedSignature
// (not 64 hex digits) or verify.ErrSignatureMismatch.
func VerifySignature(managementToken, signature string, body []byte) error {
	if managementToken == "" {
		return fmt.Errorf("smartcar: %w: empty management token", verify.ErrInvalidSecret)
	}
	sig, err := checkSignatureText(signature)
	if err != nil {
		return err
	}
	m := hmac.New(sha256.New, []byte(managementToken))
	m.Write(body)
	var sum [sha256.Size]byte
	if !verify.EqualHex(m.Sum(sum[:0]), sig) {
		return errMismatch
	}
	return nil
}

var errMismatch = fmt.Errorf("smartcar: %w", verify.ErrSignatureMismatch)

// checkSignatureText trims sig and checks that it is 64 hex digits.
func checkSignatureText(sig string) (string, error) {
	sig = strings.TrimSpace(sig)
	if sig == "" {
		return "", fmt.Errorf("smartcar: %w: no %s", verify.ErrMissingSignature, SignatureHeader)
	}
	if len(sig) != 2*sha256.Size {
		return "", fmt.Errorf("smartcar: %w: %s is %d characters, want %d hex digits",
			verify.ErrMalformedSignature, SignatureHeader, len(sig), 2*sha256.Size)
	}
	for i := 0; i < len(sig); i++ {
		c := sig[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return "", fmt.Errorf("smartcar: %w: %s is not hexadecimal", verify.ErrMalformedSignature, SignatureHeader)
		}
	}
	return sig, nil
}

// Verifier checks the SC-Signature header of deliveries against one or more
// Application Management Tokens. It keeps a pre-keyed HMAC per token, so a
// check allocates nothing. A Verifier is safe for concurrent use.
type Verifier struct {
	macs []*verify.MAC
}

var _ verify.Verifier = (*Verifier)(nil)

// NewVerifier returns a verifier of the SC-Signature header.
// verify.WithAdditionalSecrets adds tokens that are also accepted, to rotate
// the management token without downtime; the first token is the primary one
// (it answers VERIFY challenges in [Source]).
//
// SC-Signature covers the body only: Smartcar signs no timestamp, so the
// timestamp and clock options of package verify (WithTolerance,
// WithoutTimestampCheck, WithClock) and WithPublicKey have nothing to act on
// and are refused with an error wrapping verify.ErrUnsupportedOption;
// deduplicate on the event id against replays. The error wraps
// verify.ErrInvalidSecret when a token is empty.
func NewVerifier(managementToken string, opts ...verify.Option) (*Verifier, error) {
	cfg := verify.NewConfig(opts...)
	if err := cfg.Check(verify.SupportsAdditionalSecrets); err != nil {
		return nil, fmt.Errorf("smartcar: %w", err)
	}
	tokens := append([]string{managementToken}, cfg.AdditionalSecrets...)
	v := &Verifier{macs: make([]*verify.MAC, 0, len(tokens))}
	for i, t := range tokens {
		if t == "" {
			return nil, fmt.Errorf("smartcar: %w: management token %d is empty", verify.ErrInvalidSecret, i)
		}
		v.macs = append(v.macs, verify.NewMAC([]byte(t)))
	}
	return v, nil
}

// Verify checks the SC-Signature header against body. The error wraps
// verify.ErrMissingSignature, verify.ErrMalformedSignature or
// verify.ErrSignatureMismatch.
func (v *Verifier) Verify(header http.Header, body []byte) error {
	_, err := v.Check(signatureOf(header), body)
	return err
}

// Check checks an SC-Signature value against body and returns the index of
// the token that matched: 0 for the primary token, i for the i-th
// additional one. Watching the index tells when a rotated-out token is no
// longer used.
func (v *Verifier) Check(signature string, body []byte) (int, error) {
	sig, err := checkSignatureText(signature)
	if err != nil {
		return -1, err
	}
	var sum [sha256.Size]byte
	for i, m := range v.macs {
		if verify.EqualHex(m.Sum(sum[:0], "", body), sig) {
			return i, nil
		}
	}
	return -1, errMismatch
}

// Sign returns the SC-Signature of body under the primary token, as
// Smartcar computes it. It is for tests and tools; see also package
// smartcartest.
func (v *Verifier) Sign(body []byte) string {
	var sum [sha256.Size]byte
	return string(verify.AppendHex(make([]byte, 0, 2*sha256.Size), v.macs[0].Sum(sum[:0], "", body)))
}

// hashChallenge is [HashChallenge] with the primary token.
func (v *Verifier) hashChallenge(challenge string) string {
	var sum [sha256.Size]byte
	return string(verify.AppendHex(make([]byte, 0, 2*sha256.Size), v.macs[0].Sum(sum[:0], challenge, nil)))
}

// signatureOf returns the SC-Signature header value. http.Header.Get finds
// canonical keys; a map built by hand may hold "SC-Signature" verbatim.
func signatureOf(h http.Header) string {
	if vs := h[canonicalSignatureHeader]; len(vs) > 0 && vs[0] != "" {
		return vs[0] // the common case, looked up without canonicalising (no allocation)
	}
	for k, vs := range h {
		if len(vs) > 0 && strings.EqualFold(k, SignatureHeader) {
			return vs[0]
		}
	}
	return ""
}
