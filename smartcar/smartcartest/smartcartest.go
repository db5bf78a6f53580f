package smartcartest

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

// SignatureHeader is the header Smartcar signs deliveries in.
const SignatureHeader = "SC-Signature"

// DefaultTarget is the URL path the requests of this package are sent to
// unless [WithTarget] says otherwise; it is the route of examples/receiver.
const DefaultTarget = "/webhooks/smartcar"

// Option changes the requests and headers this package builds.
type Option func(*config)

type config struct {
	target      string
	wrongSecret bool
}

// WithTarget sets the request URL or path (default [DefaultTarget]).
func WithTarget(target string) Option {
	return func(c *config) { c.target = target }
}

// WithWrongSecret signs with a token other than the one given, so that
// verification fails with a signature mismatch (verify.ErrSignatureMismatch).
func WithWrongSecret() Option {
	return func(c *config) { c.wrongSecret = true }
}

func newConfig(opts []Option) config {
	c := config{target: DefaultTarget}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c
}

// newPost returns a POST of body to the configured target. It panics, as
// httptest.NewRequest does, when the target cannot be parsed.
func newPost(body []byte, c config) *http.Request {
	return httptest.NewRequest(http.MethodPost, c.target, bytes.NewReader(body))
}

// Sign returns the SC-Signature Smartcar would send for body: the
// lower-case hex HMAC-SHA256 of body keyed with the management token.
func Sign(managementToken string, body []byte) string {
	m := hmac.New(sha256.New, []byte(managementToken))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// Header returns the headers of a Smartcar delivery of body: Content-Type,
// User-Agent and SC-Signature. It panics when managementToken is empty.
func Header(managementToken string, body []byte, opts ...Option) http.Header {
	return header(managementToken, body, newConfig(opts))
}

func header(managementToken string, body []byte, c config) http.Header {
	if managementToken == "" {
		panic("smartcartest: empty management token")
	}
	if c.wrongSecret {
		managementToken = "wrong-" + managementToken
	}
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("User-Agent", "Smartcar/test")
	h.Set(SignatureHeader, Sign(managementToken, body))
	return h
}

// NewRequest returns a POST request carrying body, signed with the
// management token as Smartcar signs deliveries, for use with an
// http.Handler under test. It sets only what a real delivery carries (no
// path values). It panics, as httptest.NewRequest does, when the token is
// empty or the target of [WithTarget] cannot be parsed.
func NewRequest(managementToken string, body []byte, opts ...Option) *http.Request {
	c := newConfig(opts)
	h := header(managementToken, body, c)
	r := newPost(body, c)
	r.Header = h
	return r
}

// VerifyBody returns a v4.0 VERIFY payload carrying challenge, with fresh
// random event and delivery ids and the current time as meta.deliveredAt.
func VerifyBody(challenge string) []byte {
	return mustMarshal(verifyV4{
		EventID:   newID(),
		EventType: "VERIFY",
		Data:      challengeData{Challenge: challenge},
		Meta: verifyMeta{
			Version:     "4.0",
			WebhookID:   newID(),
			WebhookName: "smartcartest",
			DeliveryID:  newID(),
			DeliveredAt: time.Now().UnixMilli(),
		},
	})
}

// LegacyVerifyBody returns a v2.0 verify payload carrying challenge.
func LegacyVerifyBody(challenge string) []byte {
	return mustMarshal(verifyV2{Version: "2.0", WebhookID: newID(), EventName: "verify", Payload: challengeData{Challenge: challenge}})
}

// NewVerifyRequest returns an unsigned POST of a v4.0 VERIFY challenge.
// Smartcar does not document whether VERIFY is signed; test both this and
// [NewSignedVerifyRequest].
func NewVerifyRequest(challenge string, opts ...Option) *http.Request {
	r := newPost(VerifyBody(challenge), newConfig(opts))
	r.Header.Set("Content-Type", "application/json")
	return r
}

// NewSignedVerifyRequest returns a POST of a v4.0 VERIFY challenge with an
// SC-Signature made with the management token.
func NewSignedVerifyRequest(managementToken, challenge string, opts ...Option) *http.Request {
	return NewRequest(managementToken, VerifyBody(challenge), opts...)
}

// ExpectedChallengeResponse returns the body a receiver must answer a
// VERIFY challenge with: {"challenge":"<hex HMAC-SHA256(token, challenge)>"}.
func ExpectedChallengeResponse(managementToken, challenge string) []byte {
	return fmt.Appendf(nil, `{"challenge":%q}`, Sign(managementToken, []byte(challenge)))
}

type verifyV4 struct {
	EventID   string        `json:"eventId"`
	EventType string        `json:"eventType"`
	Data      challengeData `json:"data"`
	Meta      verifyMeta    `json:"meta"`
}

type verifyMeta struct {
	Version     string `json:"version"`
	WebhookID   string `json:"webhookId"`
	WebhookName string `json:"webhookName"`
	DeliveryID  string `json:"deliveryId"`
	DeliveredAt int64  `json:"deliveredAt"`
}

type verifyV2 struct {
	Version   string        `json:"version"`
	WebhookID string        `json:"webhookId"`
	EventName string        `json:"eventName"`
	Payload   challengeData `json:"payload"`
}

type challengeData struct {
	Challenge string `json:"challenge"`
}

func mustMarshal(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // plain structs of strings and numbers always marshal
	}
	return b
}

// newID returns a random version-4 UUID.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:]) // crypto/rand.Read never fails
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:])
}
